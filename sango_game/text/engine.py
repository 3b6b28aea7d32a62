"""`TextEngine`: the one way every screen lays out and draws text.

    engine = TextEngine(assets_dir() / "fonts")   # after pygame.init()
    engine.scale = 1.5                            # the text-size setting
    para = engine.layout("<name>Pip</name>: hello", "en", 600, TextStyle(size=24))
    para.draw(screen, (x, y), reveal=None)
    image = engine.render(text, "ar", 400, style)  # a Surface, e.g. for a pygame-gui UIImage

Paragraphs, widths and drawn runs are cached in bounded LRU caches, so drawing
the same paragraph again shapes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from sango_game.vocab.direction import direction_of

from .cache import LRUCache
from .fonts import FontBook
from .layout import lay_out
from .paragraph import Paragraph
from .problems import Problem
from .shaper import Shaper
from .style import TextStyle

MIN_SCALE, MAX_SCALE = 0.5, 3.0


class TextEngine:
    def __init__(self, fonts_dir: Path | str, paragraph_limit: int = 256,
                 measure_limit: int = 50_000, surface_bytes: int = 48 * 1024 * 1024) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        self.book = FontBook(fonts_dir)
        self.shaper = Shaper(self.book, measure_limit, surface_bytes)
        self.paragraphs: LRUCache[Paragraph] = LRUCache(paragraph_limit)
        self._scale = 1.0

    @property
    def scale(self) -> float:
        """Multiplies every TextStyle.size (the player's text-size setting, 1.0..2.0)."""
        return self._scale

    @scale.setter
    def scale(self, value: float) -> None:
        self._scale = min(MAX_SCALE, max(MIN_SCALE, float(value)))

    @property
    def reading_font(self) -> bool:
        """The reading-friendly font setting (Atkinson Hyperlegible for Latin)."""
        return self.book.reading

    @reading_font.setter
    def reading_font(self, value: bool) -> None:
        self.book.reading = bool(value)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Font problems found so far (missing or unreadable files), for the UI to show."""
        return tuple(self.book.problems)

    def direction(self, lang: str, override: str | None = None) -> str:
        return direction_of(lang, override)

    def layout(self, text: str, lang: str, width: int | None, style: TextStyle | None = None,
               direction: str | None = None) -> Paragraph:
        """Lay out `text` (markup allowed) in lines at most `width` pixels wide (None: one line
        per hard line break). `direction` overrides the language's ("ltr"/"rtl")."""
        style = style or TextStyle()
        resolved = direction_of(lang, direction)
        key = (text, lang, width, style, resolved, self._scale, self.book.reading)
        return self.paragraphs.get_or_make(
            key, lambda: lay_out(text, lang, resolved, width, style, self._scale, self.book,
                                 self.shaper))

    def render(self, text: str, lang: str, width: int | None, style: TextStyle | None = None,
               direction: str | None = None, reveal: int | None = None) -> pygame.Surface:
        """The paragraph drawn on a transparent Surface of exactly its size."""
        para = self.layout(text, lang, width, style, direction)
        surface = pygame.Surface((max(1, para.width), max(1, para.height)), pygame.SRCALPHA)
        para.draw(surface, (0, 0), reveal)
        return surface
