"""The child's settings: text size, spacing, looks, motion, input, volumes, language,
read-aloud.

Before a profile is chosen the app-wide defaults apply; once a child picks
their profile, the settings saved in it (through `progress`) take over, and
every change is saved back into that profile. The allowed ranges come from
`progress.settings_rules`, so what the ui offers and what the store accepts
can never drift apart.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sango_game.progress.settings_rules import (
    LINE_SPACING_RANGE,
    SWITCHES,
    TEXT_SCALE_RANGE,
    VOLUME_RANGE,
)

__all__ = ["LINE_SPACING_RANGE", "TEXT_SCALE_RANGE", "VOLUME_RANGE", "Settings"]

_NUMBERS = {
    "text_scale": (TEXT_SCALE_RANGE, 100),
    "line_spacing": (LINE_SPACING_RANGE, 100),
    "volume": (VOLUME_RANGE, 80),
    "effects_volume": (VOLUME_RANGE, 80),
    "speech_volume": (VOLUME_RANGE, 100),
    "music_volume": (VOLUME_RANGE, 60),
}


@dataclass
class Settings:
    text_scale: int = 100  # percent, 100..200
    line_spacing: int = 100  # percent of the natural line height, 100..200
    volume: int = 80  # percent: the main volume, multiplies the three below
    effects_volume: int = 80  # percent
    speech_volume: int = 100  # percent (read-aloud)
    music_volume: int = 60  # percent
    mono: bool = False  # both ears hear the same sound
    high_contrast: bool = False
    reading_font: bool = False  # Atkinson Hyperlegible for Latin, Andika for Cyrillic
    reduced_motion: bool = False  # no typewriter, no cross-fades
    clipboard: bool = False  # the current text goes to the clipboard for a screen reader
    one_switch: bool = False  # Space moves the focus, Enter chooses
    fullscreen: bool = False
    language: str | None = None  # None: the app's language
    country: str | None = None  # chosen by an adult; None: no country (never guessed)
    read_aloud: bool | None = None  # None: on for under-9 only (ui/read_aloud.py)

    @classmethod
    def from_dict(cls, data: dict | None) -> Settings:
        settings = cls()
        for item in fields(cls):
            if data and item.name in data:
                setattr(settings, item.name, data[item.name])
        for name, (limits, default) in _NUMBERS.items():
            setattr(settings, name, _clamp(getattr(settings, name), *limits, default))
        settings.fullscreen = bool(settings.fullscreen)
        for name in SWITCHES:
            setattr(settings, name, getattr(settings, name) is True)
        if settings.language is not None and not isinstance(settings.language, str):
            settings.language = None
        if settings.country is not None and not isinstance(settings.country, str):
            settings.country = None
        if not isinstance(settings.read_aloud, bool):
            settings.read_aloud = None
        return settings

    def to_dict(self) -> dict:
        return asdict(self)


def _clamp(value, low: int, high: int, default: int) -> int:
    if isinstance(value, bool):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return max(low, min(high, number))
