"""The look of each age track, read from `assets/themes/*.yaml` (data, not code).

`base.yaml` holds every value; `<track>.yaml` overrides some of them; with the
high-contrast setting `high-contrast.yaml` is laid over both (colours only). Sizes in
the files are pixels for a 1280x720 window; `Theme.px` scales them to the
window the child actually has, so the layout grows and shrinks with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from sango_game.resources import assets_dir
from sango_game.ui import log

REFERENCE_SIZE = (1280, 720)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DEFAULT_TRACK = "9-11"
HIGH_CONTRAST = "high-contrast"


def parse_color(value: str) -> tuple[int, int, int, int]:
    """ "#rrggbb" or "#rrggbbaa" -> an RGBA tuple; anything else is mid grey."""
    text = str(value).strip().lstrip("#")
    try:
        if len(text) in (6, 8):
            parts = [int(text[i : i + 2], 16) for i in range(0, len(text), 2)]
            return (parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else 255)
    except ValueError:
        pass
    log.warning("theme colour %r is not #rrggbb; using grey", value)
    return (128, 128, 128, 255)


def _merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in (override or {}).items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


@lru_cache(maxsize=8)
def _read_theme_file(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_LOADER) or {}
    except (OSError, yaml.YAMLError) as error:
        log.warning("theme file %s could not be read: %s", path, error)
        return {}
    return data if isinstance(data, dict) else {}


@dataclass
class Theme:
    """Colours and sizes for one track, scaled to one window size."""

    track: str
    colors: dict[str, tuple[int, int, int, int]]
    sizes: dict[str, float]
    characters_per_second: float
    scale: float = 1.0
    extras: dict = field(default_factory=dict)

    def color(self, name: str) -> tuple[int, int, int, int]:
        return self.colors.get(name, (128, 128, 128, 255))

    def size(self, name: str) -> float:
        """A raw size value from the file (pixels at 1280x720, or a fraction)."""
        return float(self.sizes.get(name, 0))

    def picture(self, role: str) -> str | None:
        """A picture the track uses for a role ("narrator"), or None for none."""
        return (self.extras.get("pictures") or {}).get(role)

    def flag(self, name: str) -> bool:
        """A layout choice of the track, like `map_pictures`."""
        return bool((self.extras.get("layout") or {}).get(name, False))

    def px(self, name: str) -> int:
        """A size in pixels for the current window."""
        return max(1, round(self.size(name) * self.scale))

    def scaled_to(self, window_size: tuple[int, int]) -> Theme:
        width, height = window_size
        scale = min(width / REFERENCE_SIZE[0], height / REFERENCE_SIZE[1])
        return Theme(
            self.track,
            self.colors,
            self.sizes,
            self.characters_per_second,
            max(0.6, scale),
            self.extras,
        )


def themes_dir() -> Path:
    return assets_dir() / "themes"


def load_theme(track: str | None, window_size: tuple[int, int] = REFERENCE_SIZE,
               high_contrast: bool = False) -> Theme:
    """The theme of `track` (or the default look when None), scaled to the window;
    with `high_contrast`, the high-contrast colours over it."""
    folder = themes_dir()
    data = _read_theme_file(folder / "base.yaml")
    name = track or DEFAULT_TRACK
    track_file = folder / f"{name}.yaml"
    if track_file.is_file():
        data = _merge(data, _read_theme_file(track_file))
    if high_contrast:
        colors_only = {"colors": _read_theme_file(folder / f"{HIGH_CONTRAST}.yaml").get("colors")}
        data = _merge(data, colors_only if isinstance(colors_only["colors"], dict) else {})
    colors = {key: parse_color(value) for key, value in (data.get("colors") or {}).items()}
    sizes = {key: float(value) for key, value in (data.get("sizes") or {}).items()}
    cps = float((data.get("typewriter") or {}).get("characters_per_second", 45))
    theme = Theme(
        name,
        colors,
        sizes,
        cps,
        extras={"pictures": data.get("pictures") or {}, "layout": data.get("layout") or {}},
    )
    return theme.scaled_to(window_size)
