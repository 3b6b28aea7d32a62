"""The child's settings: text size, volumes, fullscreen, language.

Before a profile is chosen the app-wide defaults apply; once a child picks
their profile, the settings saved in it (through `progress`) take over, and
every change is saved back into that profile.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

TEXT_SCALE_RANGE = (100, 200)  # percent
VOLUME_RANGE = (0, 100)


@dataclass
class Settings:
    text_scale: int = 100  # percent, 100..200
    volume: int = 80  # percent
    effects_volume: int = 80  # percent
    fullscreen: bool = False
    language: str | None = None  # None: the app's language
    country: str | None = None  # chosen by an adult; None: no country (never guessed)

    @classmethod
    def from_dict(cls, data: dict | None) -> Settings:
        settings = cls()
        for item in fields(cls):
            if data and item.name in data:
                setattr(settings, item.name, data[item.name])
        settings.text_scale = _clamp(settings.text_scale, *TEXT_SCALE_RANGE, 100)
        settings.volume = _clamp(settings.volume, *VOLUME_RANGE, 80)
        settings.effects_volume = _clamp(settings.effects_volume, *VOLUME_RANGE, 80)
        settings.fullscreen = bool(settings.fullscreen)
        if settings.language is not None and not isinstance(settings.language, str):
            settings.language = None
        if settings.country is not None and not isinstance(settings.country, str):
            settings.country = None
        return settings

    def to_dict(self) -> dict:
        return asdict(self)


def _clamp(value, low: int, high: int, default: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))
