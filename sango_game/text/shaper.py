"""Measuring and drawing one run of text with HarfBuzz (through pygame-ce's SDL_ttf).

A run is one font, one script, one direction. pygame-ce shapes correctly only
when the font is told the script and the direction before each use, so every
call sets both. Widths and drawn surfaces are cached (bounded): a redraw of a
laid-out paragraph shapes nothing.
"""

from __future__ import annotations

import pygame

from .cache import LRUCache
from .fonts import Face, FontBook

Color = tuple[int, int, int]


def _pixel_bytes(surface: pygame.Surface) -> int:
    return surface.get_width() * surface.get_height() * surface.get_bytesize() + 64


class Shaper:
    def __init__(self, book: FontBook, measure_limit: int = 50_000,
                 surface_bytes: int = 48 * 1024 * 1024) -> None:
        self.book = book
        self.widths: LRUCache[int] = LRUCache(measure_limit)
        self.surfaces: LRUCache[pygame.Surface] = LRUCache(surface_bytes, weigh=_pixel_bytes)
        self.shaping_calls = 0  # for tests: how often HarfBuzz really ran
        self._can_set_script = True

    def _ready(self, face: Face, px: int, script: str, rtl: bool) -> pygame.font.Font:
        font = self.book.font(face, px)
        if self._can_set_script:
            try:
                font.set_script(script if len(script) == 4 else "Zyyy")
                font.set_direction(pygame.DIRECTION_RTL if rtl else pygame.DIRECTION_LTR)
            except (pygame.error, AttributeError, ValueError):
                self._can_set_script = False  # SDL_ttf built without HarfBuzz
        return font

    def width(self, face: Face, px: int, script: str, rtl: bool, text: str) -> int:
        if not text:
            return 0

        def measure() -> int:
            self.shaping_calls += 1
            return self._ready(face, px, script, rtl).size(text)[0]

        return self.widths.get_or_make((face, px, script, rtl, text), measure)

    def surface(self, face: Face, px: int, script: str, rtl: bool, text: str,
                color: Color) -> pygame.Surface:
        def draw() -> pygame.Surface:
            self.shaping_calls += 1
            font = self._ready(face, px, script, rtl)
            try:
                return font.render(text, True, color)
            except pygame.error:  # nothing visible (a lone joiner or mark): draw nothing
                return pygame.Surface((0, font.get_height()), pygame.SRCALPHA)

        return self.surfaces.get_or_make((face, px, script, rtl, text, color), draw)

    def vertical_metrics(self, face: Face, px: int) -> tuple[int, int, int]:
        """(ascent, descent as a positive number, recommended line spacing) in pixels."""
        font = self.book.font(face, px)
        return font.get_ascent(), -font.get_descent(), font.get_linesize()
