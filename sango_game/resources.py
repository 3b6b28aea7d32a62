"""Where the game's data folders are (a source checkout or an installed wheel),
and how a path is shown to a person.

In a checkout (or an editable install) `levels/`, `locale/` and `assets/` sit
beside the `sango_game` package. A built wheel carries them inside the package
as `sango_game/_resources/<name>` (see `pyproject.toml`). `SANGO_RESOURCES`
points at another folder holding all three, for tests and for schools that
keep their own levels.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
NAMES = ("levels", "locale", "assets")


def resource_root() -> Path:
    """The folder that holds `levels/`, `locale/` and `assets/`."""
    override = os.environ.get("SANGO_RESOURCES")
    if override:
        return Path(override).expanduser().resolve()
    bundled = _PACKAGE_DIR / "_resources"
    if (bundled / "levels").is_dir():
        return bundled
    return _PACKAGE_DIR.parent


def levels_dir() -> Path:
    return resource_root() / "levels"


def locale_dir() -> Path:
    return resource_root() / "locale"


def assets_dir() -> Path:
    return resource_root() / "assets"


def shown_path(path: object, cwd: Path | None = None) -> str:
    """A path as a person would type it: relative to the current folder when inside it.

    Every finding and translation problem prints its file this way.
    """
    text = str(path)
    try:
        cwd = cwd or Path.cwd().resolve()
        absolute = Path(text) if Path(text).is_absolute() else cwd / text
        return str(absolute.relative_to(cwd))
    except (ValueError, OSError):
        return text
