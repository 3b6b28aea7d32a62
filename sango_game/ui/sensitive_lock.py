"""The words for the teacher's lock on sensitive stories, shown in Settings and on
the lock screen (one sentence, one place)."""

from __future__ import annotations

from sango_game.i18n import _


def lock_words(locked: bool) -> str:
    if locked:
        return _("Sensitive stories: locked by a teacher")
    return _("Sensitive stories: open")
