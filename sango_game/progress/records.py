"""The values the progress store hands out: rows as frozen dataclasses, and
results that say whether a write reached the disk.

Nothing here touches the database; these are plain data for the UI and CLI.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sango_game.vocab.codes import lookup
from sango_game.vocab.problems import Problem as _Problem

LevelStatus = Literal["new", "in_progress", "done"]


class Problem(_Problem):
    """Why the store refused a request (nothing was written or queued).

    Sango's one problem type (`sango_game.vocab.problems.Problem`), made the store's
    way: ``code`` is stable and registered (``nickname-taken``, ``not-found``...),
    ``place`` names the field or file (the problem's ``path``), ``message`` is an
    English source string (marked for translation in ``texts``) and ``params`` fill
    its ``{placeholders}``. The severity is the registry's.
    """

    def __init__(self, code: str, place: str, message: str,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(code, lookup(code).severity, place, 0, 0, message, dict(params or {}))

    @property
    def place(self) -> str:
        return self.path


class Notice(_Problem):
    """Something to tell the person at the keyboard (file set aside, can't save...).

    Sango's one problem type, with no place. ``message`` is an English source
    string with ``{placeholders}`` filled from ``params``; the UI translates it
    with ``_(notice.message, **notice.params)``.
    """

    def __init__(self, code: str, message: str, params: Mapping[str, Any] | None = None) -> None:
        super().__init__(code, lookup(code).severity, "", 0, 0, message, dict(params or {}))


@dataclass(frozen=True)
class WriteResult:
    """What happened to one write.

    ``saved``: on disk now. ``queued``: kept in memory, retried on the next write
    (the game carries on; ``store.can_save`` is False). ``problem``: refused.
    ``value``: what the write made (a new id, a Profile, an ImportReport...).
    """

    saved: bool
    value: Any = None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        """The request was accepted (saved now, or queued to be saved)."""
        return self.problem is None

    @property
    def queued(self) -> bool:
        return self.problem is None and not self.saved


@dataclass(frozen=True)
class Profile:
    id: str
    nickname: str
    avatar: str
    track: str
    language: str
    settings: dict[str, Any]
    class_id: str | None
    created_at: str
    last_played_at: str | None


@dataclass(frozen=True)
class LevelProgress:
    """One level on a child's map.

    ``status``: ``in_progress`` when an unfinished attempt can be resumed, else
    ``done`` when the level was ever finished, else ``new``. ``completed`` says
    whether it was ever finished (it unlocks the next level), ``best_stars`` is
    0 when never finished, ``attempt_id`` is the attempt to resume or None.
    """

    level_id: str
    status: LevelStatus
    completed: bool
    best_stars: int
    attempt_id: str | None
    unlocked: bool
    times_finished: int


@dataclass(frozen=True)
class Attempt:
    id: str
    profile_id: str
    level_id: str
    content_hash: str
    status: str
    started_at: str
    updated_at: str
    finished_at: str | None
    ending_id: str | None
    stars: int | None
    state: dict[str, Any]


@dataclass(frozen=True)
class ChoiceRecord:
    attempt_id: str
    seq: int
    scene_id: str
    choice_id: str
    safety: str
    made_at: str


@dataclass(frozen=True)
class Badge:
    badge_id: str
    earned_at: str


@dataclass(frozen=True)
class SchoolClass:
    id: str
    name: str
    created_at: str


@dataclass(frozen=True)
class ResumePoint:
    attempt_id: str
    state: dict[str, Any]


@dataclass(frozen=True)
class ImportReport:
    """What an import did. ``renamed_from`` is set when the nickname was taken
    here by another child and the imported one got ``nickname`` instead."""

    profile_id: str
    nickname: str
    renamed_from: str | None
    merged: bool
    attempts_added: int
    attempts_updated: int
    choices_added: int
    badges_added: int

    def notice(self) -> Notice | None:
        """The sentence that explains a rename, or None."""
        if self.renamed_from is None:
            return None
        from sango_game.progress.texts import IMPORT_RENAMED

        return Notice("import-renamed", IMPORT_RENAMED,
                      {"old": self.renamed_from, "new": self.nickname})

    @property
    def changed_anything(self) -> bool:
        return bool(
            not self.merged
            or self.attempts_added
            or self.attempts_updated
            or self.choices_added
            or self.badges_added
        )
