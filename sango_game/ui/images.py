"""Pictures from `assets/images/` (SVG), scaled crisply and cached per size.

`pygame.image.load_sized_svg` renders an SVG at the size asked for, so a
picture stays sharp at any window size. A missing or broken picture never
crashes the game: `ImageCache.get` draws a neutral placeholder shape instead
and records a problem once (`ImageCache.problems`).

Icons that point a way (Back, Play/Next/Continue, Quit, the in-progress clock)
are drawn mirrored in right-to-left languages: `ImageCache.icon` does it for
every widget, so no screen has to remember.

A line's `mood` picks the speaker's mood picture, `<picture>-<mood>.svg` beside
the speaker's own (`characters/sango-worried.svg`), when that file exists;
otherwise the speaker's own picture is shown (`ImageCache.with_mood`).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pygame

from sango_game.content.picture_size import check_picture_file
from sango_game.ui import log
from sango_game.vocab.codes import problem
from sango_game.vocab.problems import Problem

# Icons whose meaning has a direction: "forward" points the way text reads.
DIRECTIONAL_ICONS = frozenset({
    "icons/back.svg", "icons/play.svg", "icons/quit.svg", "icons/in-progress.svg",
})


# Moods drawn by another mood's picture (assets/images/README.md, "Moods").
MOOD_ALIASES = {"sad": "worried", "scared": "worried", "upset": "worried"}
_MOOD = re.compile(r"[a-z][a-z0-9_-]{0,30}")


def mirrored_in_rtl(name: str | None) -> bool:
    """True for an icon that points a way, so it is flipped in right-to-left text."""
    return name in DIRECTIONAL_ICONS


class ImageCache:
    """Loads pictures by name relative to `assets/images/` (or `assets/`)."""

    def __init__(self, assets_root: Path, max_entries: int = 160):
        self.assets_root = Path(assets_root)
        self.max_entries = max_entries
        self._cache: dict[tuple[str, int, int, bool], pygame.Surface] = {}
        self._natural: dict[str, tuple[int, int] | None] = {}
        self.problems: list[Problem] = []
        self._reported: set[str] = set()
        self._exists: dict[str, bool] = {}

    def resolve(self, name: str) -> Path:
        """`characters/sango.svg` or `images/characters/sango.svg` -> a file path."""
        candidate = Path(name)
        if candidate.is_absolute():
            return candidate
        if candidate.parts and candidate.parts[0] == "images":
            return self.assets_root / candidate
        return self.assets_root / "images" / candidate

    def exists(self, name: str) -> bool:
        found = self._exists.get(name)
        if found is None:
            found = self._exists[name] = self.resolve(name).is_file()
        return found

    def with_mood(self, name: str | None, mood: str | None) -> str | None:
        """`name`'s picture for `mood` (`characters/amara-worried.svg`) if there is one,
        else `name` itself: a missing mood picture is never a placeholder."""
        if not name or not mood:
            return name
        mood = mood.strip().lower()
        path = Path(name)
        # the mood's own picture first (sofia-sad), then the one drawing it (sango-worried)
        for wanted in dict.fromkeys((mood, MOOD_ALIASES.get(mood, mood))):
            if not _MOOD.fullmatch(wanted) or path.stem.endswith(f"-{wanted}"):
                return name
            candidate = str(path.with_name(f"{path.stem}-{wanted}{path.suffix}"))
            if self.exists(candidate):
                return candidate
        return name

    def natural_size(self, name: str) -> tuple[int, int] | None:
        """The picture's own size (from its SVG viewBox), or None when missing."""
        if name not in self._natural:
            size = svg_size(self.resolve(name))
            if size is None:
                surface = self._load(name, None)
                size = surface.get_size() if surface else None
            self._natural[name] = size
        return self._natural[name]

    def fit_size(self, name: str, box: tuple[int, int]) -> tuple[int, int]:
        """The largest size with the picture's proportions that fits in `box`."""
        natural = self.natural_size(name) or box
        nat_w, nat_h = max(1, natural[0]), max(1, natural[1])
        factor = min(box[0] / nat_w, box[1] / nat_h)
        return max(1, round(nat_w * factor)), max(1, round(nat_h * factor))

    def icon(self, name: str | None, size: tuple[int, int], rtl: bool) -> pygame.Surface:
        """An icon fitted to `size`, mirrored in right-to-left text when it points a way."""
        fitted = self.fit_size(name, size) if name else size
        return self.get(name, fitted, flip=rtl and mirrored_in_rtl(name))

    def get(self, name: str | None, size: tuple[int, int], flip: bool = False) -> pygame.Surface:
        """The picture at exactly `size` (it fits inside, proportions kept)."""
        width, height = max(1, int(size[0])), max(1, int(size[1]))
        key = (name or "", width, height, flip)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        surface = self._load(name, (width, height)) if name else None
        if surface is None:
            surface = placeholder((width, height))
        elif flip:
            surface = pygame.transform.flip(surface, True, False)
        if len(self._cache) >= self.max_entries:
            self._cache.pop(next(iter(self._cache)))
        self._cache[key] = surface
        return surface

    def _load(self, name: str, size: tuple[int, int] | None) -> pygame.Surface | None:
        path = self.resolve(name)
        # Read once, bounded and never from a pipe or device; refuse a picture whose
        # declared size would need gigabytes to decode (the validator's SG047 check).
        data, check = check_picture_file(path)
        if check.missing:
            self._report("UI-IMG-MISSING", name, "picture not found; drawing a placeholder")
            return None
        if data is None:
            self._report("UI-IMG-REFUSED", name, f"picture not shown: {check.problem}")
            return None
        is_svg = path.suffix.lower() == ".svg"
        if is_svg and size is None:
            return None  # an SVG is only ever drawn at a size asked for
        try:
            if is_svg and size is not None:
                surface = pygame.image.load_sized_svg(io.BytesIO(data), size)
            else:
                surface = pygame.image.load(io.BytesIO(data), path.name)
                if size is not None and surface.get_size() != size:
                    surface = pygame.transform.smoothscale(surface, size)
        except (pygame.error, OSError, ValueError) as error:
            self._report("UI-IMG-BROKEN", name, f"picture could not be read ({error})")
            return None
        if pygame.display.get_surface() is not None:
            surface = surface.convert_alpha()
        return surface

    def _report(self, code: str, name: str, message: str) -> None:
        if name in self._reported:
            return
        self._reported.add(name)
        self.problems.append(problem(code, name, message=message))
        log.warning("%s %s: %s", code, name, message)

    def clear(self) -> None:
        self._cache.clear()


def svg_size(path: Path) -> tuple[int, int] | None:
    """An SVG's declared size, read without rendering it (None when unknown or refused)."""
    if path.suffix.lower() != ".svg":
        return None
    check = check_picture_file(path)[1]
    return check.size if check.ok else None


def placeholder(size: tuple[int, int]) -> pygame.Surface:
    """A soft grey rounded card with a circle: clearly 'a picture goes here'."""
    width, height = size
    surface = pygame.Surface((width, height), pygame.SRCALPHA)
    radius = max(2, min(width, height) // 8)
    pygame.draw.rect(surface, (201, 206, 216, 255), surface.get_rect(), border_radius=radius)
    border = max(1, min(width, height) // 40)
    pygame.draw.rect(surface, (123, 131, 146, 255), surface.get_rect(), border, radius)
    circle_radius = max(1, min(width, height) // 5)
    pygame.draw.circle(
        surface, (123, 131, 146, 255), (width // 2, height // 2), circle_radius, border
    )
    return surface
