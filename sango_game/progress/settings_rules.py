"""What a profile's settings may hold: each known setting with its type and range.

The ui's ``Settings`` (``session/settings.py``) saves exactly these keys. The store
checks them on every write and import (``check_settings``: a bad value is
refused with a problem naming it) and on every read (``repair_settings``: a
bad value read back from progress.db is dropped, so the game uses its default,
and reported). A key that is not a known setting is refused on write and
dropped on read: nothing else may ride along in the settings.

Whole numbers only (``1e9``, ``Infinity``, ``NaN`` and ``0.5`` are refused),
booleans only for switches, known language codes only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sango_game.progress import known, validate
from sango_game.progress.records import Problem

TEXT_SCALE_RANGE = (100, 200)  # percent; session/settings.py imports these ranges
VOLUME_RANGE = (0, 100)  # percent
LINE_SPACING_RANGE = (100, 200)  # percent of the font's natural line height
SWITCHES = ("high_contrast", "reading_font", "reduced_motion", "clipboard", "one_switch", "mono")
COUNTRY = re.compile(r"[A-Za-z]{2}|default")


def _whole(low: int, high: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"a whole number from {low} to {high}"
        return None
    return check


def _switch(value: Any) -> str | None:
    return None if isinstance(value, bool) else "true or false"


def _optional_switch(value: Any) -> str | None:
    return None if value is None or isinstance(value, bool) else "null, true or false"


def _language(value: Any) -> str | None:
    if value is None or known.is_known("language", value):
        return None
    return "null or " + known.describe("language")


def _country(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and COUNTRY.fullmatch(value)):
        return None
    return "null or a two-letter country code"


RULES: dict[str, Callable[[Any], str | None]] = {
    "text_scale": _whole(*TEXT_SCALE_RANGE),
    "volume": _whole(*VOLUME_RANGE),
    "effects_volume": _whole(*VOLUME_RANGE),
    "speech_volume": _whole(*VOLUME_RANGE),
    "music_volume": _whole(*VOLUME_RANGE),
    "line_spacing": _whole(*LINE_SPACING_RANGE),
    **{name: _switch for name in SWITCHES},
    "fullscreen": _switch,
    "language": _language,
    "country": _country,
    "read_aloud": _optional_switch,  # null: on for under-9 only
}


def check_settings(value: Any) -> tuple[dict[str, Any] | None, str | None]:
    """The settings to store (known keys only), or the reason they are refused."""
    if value is None:
        return {}, None
    if not isinstance(value, dict):
        return None, "settings must be a dictionary"
    unknown = sorted(str(key) for key in value if key not in RULES)
    if unknown:
        return None, f"settings.{unknown[0][:40]} is not a setting Sango knows"
    kept = {}
    for key, rule in RULES.items():
        if key in value:
            reason = rule(value[key])
            if reason:
                return None, f"settings.{key} must be {reason}"
            kept[key] = value[key]
    return kept, None


def repair_settings(value: Any) -> tuple[dict[str, Any], list[str]]:
    """Settings as read back: the good known ones, and the names of bad ones dropped."""
    if not isinstance(value, dict):
        return {}, ["settings"]
    kept, dropped = {}, []
    for key, rule in RULES.items():
        if key in value:
            if rule(value[key]) is None:
                kept[key] = value[key]
            else:
                dropped.append(f"settings.{key}")
    return kept, dropped


def settings_json(value: Any) -> tuple[str | None, Problem | None]:
    """The settings as the JSON text to store, or the Problem that refuses them."""
    kept, reason = check_settings(value)
    if reason:
        return None, validate.bad_value("settings", reason)
    return validate.dump_json(kept, "settings")
