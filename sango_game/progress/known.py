"""The known sets a saved name must come from: avatars, tracks and languages.

A profile's avatar, track and language are used by the game to build paths
(``avatars/<avatar>.svg``, the track's theme, the language's catalog). So the
store only accepts, and only hands out, values from these sets:

- avatars: the pictures in ``assets/images/avatars/`` (``owl`` for ``owl.svg``),
  or ``""`` for the default picture;
- tracks: the ids in ``levels/tracks.yaml`` (the three built-in ones if that
  file can't be read);
- languages: English (the source), the catalogs in ``locale/`` and the pseudo
  languages used for testing.

Every name must also look like a name (letters, digits, ``_`` and ``-``,
at most ``NAME_MAX`` characters), so a folder called ``..`` can never be known.
The sets are read once per resource folder (``SANGO_RESOURCES`` may change it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sango_game import resources

NAME_MAX = 40
NAME = re.compile(rf"[A-Za-z0-9][A-Za-z0-9_-]{{0,{NAME_MAX - 1}}}")
BUILT_IN_TRACKS = ("under-9", "9-11", "12-18")
DEFAULTS = {"avatar": "", "track": "9-11", "language": "en"}
FIELDS = tuple(DEFAULTS)


def is_name(value: object) -> bool:
    """True for a short plain name (no dots, slashes or spaces): safe in a path."""
    return isinstance(value, str) and NAME.fullmatch(value) is not None


def known(field: str) -> frozenset[str]:
    """The accepted values of ``field`` ("avatar", "track" or "language")."""
    root = resources.resource_root()
    if field == "avatar":
        return _avatars(root) | {""}
    if field == "track":
        return _tracks(root)
    if field == "language":
        return _languages(root)
    raise KeyError(field)


def is_known(field: str, value: object) -> bool:
    return isinstance(value, str) and value in known(field)


def describe(field: str) -> str:
    """Plain words for the accepted values, for a problem's detail."""
    values = sorted(v for v in known(field) if v)
    shown = ", ".join(values[:12]) + (", ..." if len(values) > 12 else "")
    return f"{field} must be one of: {shown}"


@lru_cache(maxsize=8)
def _avatars(root: Path) -> frozenset[str]:
    folder = root / "assets" / "images" / "avatars"
    try:
        names = {path.stem for path in folder.iterdir() if path.suffix == ".svg"}
    except OSError:
        names = set()
    return frozenset(name for name in names if is_name(name))


@lru_cache(maxsize=8)
def _tracks(root: Path) -> frozenset[str]:
    from sango_game.content.library import load_tracks

    try:
        tracks, _findings = load_tracks(root / "levels")
    except Exception:  # noqa: BLE001 - a broken tracks file means "the built-in ones"
        tracks = ()
    names = {track.id for track in tracks if is_name(track.id)}
    return frozenset(names or BUILT_IN_TRACKS)


@lru_cache(maxsize=8)
def _languages(root: Path) -> frozenset[str]:
    from sango_game.i18n.languages import PSEUDO_LANGUAGES, SOURCE, discover

    try:
        found, _notes = discover(root / "locale")
    except OSError:
        found = {}
    names = {SOURCE, *PSEUDO_LANGUAGES, *found}
    return frozenset(name for name in names if is_name(name))
