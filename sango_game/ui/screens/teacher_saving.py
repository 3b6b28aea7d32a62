"""What the teacher screens share when they save a file: where, and what happened.

``folder(app)`` is the data folder's ``exports`` folder (``classroom.saving``);
``saved_words(result)`` says in plain words where a file went, or why it could
not be written (disk full, folder not writable).
"""

from __future__ import annotations

from pathlib import Path

from sango_game.classroom import saving
from sango_game.i18n import _
from sango_game.text.markup import literal


def folder(app) -> Path:
    return saving.exports_folder(app.services.store.data_dir)


def folder_words(app) -> str:
    return _("Files are saved in this folder: {folder}", folder=literal(str(folder(app))))


def saved_words(result) -> str:
    if result.ok:
        return _("Saved: {path}", path=literal(str(result.path)))
    problem = result.problem
    return _(problem.message, **{key: literal(str(value))
                                 for key, value in problem.params.items()})


def save(app, kind: str, info, pupils=None):
    """Save ``kind`` for the class ``info``; returns the ``Saved`` result."""
    services = app.services
    library = services.library
    return saving.save(kind, folder(app), services.store, info, library.levels,
                       library.topics, pupils)
