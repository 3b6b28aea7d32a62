"""Rows read back from progress.db, made safe before the ui sees them.

A damaged or hostile progress.db (copied from elsewhere, edited by hand) can
hold anything a write would have refused: ``../../x`` as an avatar, an
unknown track, ``Infinity`` in the settings, markup in a nickname, JSON nested
100,000 deep, stars of 2**62. Each row is checked by the same rules as a
write (``validate``, ``known``, ``settings_rules``, ``untrusted``); a bad value
is replaced by its default (an unknown avatar by the default picture, an
unknown track by ``9-11``...) and named in the list of fixes, which the store
turns into a notice. Nothing is written back: the file stays as it was.
"""

from __future__ import annotations

from typing import Any

from sango_game.progress import known, settings_rules, untrusted, validate
from sango_game.progress.records import Attempt, Profile
from sango_game.progress.unlock import AttemptRow

STATUSES = ("in_progress", "done", "abandoned")


def json_dict(text: Any) -> dict:
    """A JSON object read from the database, or {} when it is anything else."""
    if not isinstance(text, str | bytes | None):
        return {}
    try:
        value = untrusted.loads(text or "{}")
    except untrusted.BadJson:
        return {}
    return value if isinstance(value, dict) else {}


def profile(row: tuple) -> tuple[Profile, list[str]]:
    """The Profile for a ``PROFILE_COLUMNS`` row, and the fields that were replaced."""
    fixed: list[str] = []
    nickname = row[1]
    if not isinstance(nickname, str) or validate.check_nickname(nickname):
        nickname = validate.repair_nickname(nickname)
        fixed.append("nickname")
    values = {}
    for field, value in zip(known.FIELDS, row[2:5], strict=True):
        if not known.is_known(field, value):
            value = known.DEFAULTS[field]
            fixed.append(field)
        values[field] = value
    raw = json_dict(row[5]) if row[5] is not None else {}
    if row[5] is not None and not raw and row[5] not in ("{}", ""):
        fixed.append("settings")
    settings, dropped = settings_rules.repair_settings(raw)
    fixed.extend(dropped)
    class_id = row[6] if isinstance(row[6], str) or row[6] is None else None
    return Profile(
        _text(row[0]), nickname, values["avatar"], values["track"], values["language"],
        settings, class_id, _text(row[7]), row[8] if isinstance(row[8], str) else None,
    ), fixed


def attempt(row: tuple) -> Attempt:
    """The Attempt for an ``ATTEMPT_COLUMNS`` row: unknown status -> abandoned,
    stars outside 0-3 -> none, a state that is not sound JSON -> {}."""
    return Attempt(_text(row[0]), _text(row[1]), _text(row[2]), _text(row[3]), status(row[4]),
                   _text(row[5]), _text(row[6]), _optional_text(row[7]),
                   _optional_text(row[8]), stars(row[9]), state=json_dict(row[10]))


def attempt_row(row: tuple) -> AttemptRow:
    """A level-map row (level_id, id, status, stars, updated_at), checked the same way."""
    return AttemptRow(_text(row[0]), _text(row[1]), status(row[2]), stars(row[3]),
                      _text(row[4]))


def status(value: Any) -> str:
    return value if value in STATUSES else "abandoned"


def stars(value: Any) -> int | None:
    return None if validate.check_stars(value) else value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _optional_text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
