"""A track's colours and text sizes for the studio's preview, read from assets/themes.

The same data files the game reads (`base.yaml`, then `<track>.yaml` on top);
the studio reads them itself because it never imports the game's `ui`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from sango_game.resources import assets_dir
from sango_game.safe_files import read_limited

TRACKS = ("under-9", "9-11", "12-18")
THEME_LIMIT = 256_000


def _color(value: object) -> tuple[int, int, int]:
    text = str(value).strip().lstrip("#")
    try:
        return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except (ValueError, IndexError):
        return (128, 128, 128)


@lru_cache(maxsize=8)
def _read(path: Path) -> dict:
    result = read_limited(path, THEME_LIMIT)
    if result.data is None:
        return {}
    try:
        data = yaml.safe_load(result.data.decode("utf-8"))
    except (ValueError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


@dataclass(frozen=True)
class Look:
    track: str
    colors: dict
    sizes: dict
    narrator_picture: str | None

    def color(self, name: str) -> tuple[int, int, int]:
        return self.colors.get(name, (128, 128, 128))

    def size(self, name: str, default: float = 24) -> float:
        return float(self.sizes.get(name, default))


def load_look(track: str | None, folder: Path | None = None) -> Look:
    folder = folder or assets_dir() / "themes"
    data = dict(_read(folder / "base.yaml"))
    name = track if track in TRACKS else "9-11"
    for key, value in _read(folder / f"{name}.yaml").items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    colors = {key: _color(value) for key, value in (data.get("colors") or {}).items()}
    sizes = {key: value for key, value in (data.get("sizes") or {}).items()
             if isinstance(value, int | float)}
    narrator = (data.get("pictures") or {}).get("narrator")
    return Look(name, colors, sizes, narrator)
