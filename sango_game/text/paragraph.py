"""A laid-out paragraph as plain data (lines, runs, positions) that can draw itself.

Everything a test or a widget needs is inspectable: each `Line` knows its
logical character range and its runs in display order (left to right); each
`Run` knows its text, direction, font, x position and width. Positions are in
pixels relative to the paragraph's top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from .fonts import Face
from .problems import Problem
from .shaper import Shaper
from .style import Color

ZWJ = "\u200d"


@dataclass(frozen=True)
class Run:
    text: str  # the characters in logical order
    start: int  # logical index range in Paragraph.text
    end: int
    direction: str  # "ltr" or "rtl"
    level: int  # bidi embedding level
    script: str  # ISO 15924, given to HarfBuzz
    font: str  # family name from fonts.yaml, or "pygame-default"
    face: str  # "regular", "bold", "italic" or "bold_italic" (the file used)
    tags: tuple[str, ...]  # markup tags around it, outermost first
    color: Color
    x: int
    width: int
    px: int = field(repr=False)
    ascent: int = field(repr=False)
    shaped: str = field(repr=False)  # what HarfBuzz gets: text plus joiners at style changes
    font_face: Face = field(repr=False, compare=False)

    @property
    def bold(self) -> bool:
        return "bold" in self.face or self.font_face.fake_bold

    @property
    def italic(self) -> bool:
        return "italic" in self.face or self.font_face.fake_italic


@dataclass(frozen=True)
class Line:
    start: int  # logical range, including trailing spaces (not drawn)
    end: int
    x: int  # left edge of the drawn text
    y: int
    width: int
    height: int
    baseline: int  # from the line's top
    runs: tuple[Run, ...]  # display order, left to right


class Paragraph:
    def __init__(self, text: str, lang: str, direction: str, width: int, height: int,
                 lines: tuple[Line, ...], problems: tuple[Problem, ...], shaper: Shaper) -> None:
        self.text = text
        self.lang = lang
        self.direction = direction
        self.width = width
        self.height = height
        self.lines = lines
        self.problems = problems
        self._shaper = shaper

    @property
    def length(self) -> int:
        """Logical characters (markup removed); `draw(reveal=length)` shows them all."""
        return len(self.text)

    @property
    def content_width(self) -> int:
        return max((line.width for line in self.lines), default=0)

    @property
    def breaks(self) -> tuple[int, ...]:
        """Logical index where each line after the first starts."""
        return tuple(line.start for line in self.lines[1:])

    @property
    def runs(self) -> tuple[Run, ...]:
        return tuple(run for line in self.lines for run in line.runs)

    def line_texts(self) -> list[str]:
        return [self.text[line.start : line.end].rstrip() for line in self.lines]

    def caret(self, index: int) -> tuple[int, int, int]:
        """(x, y, height) of a text cursor before logical character `index` (a text field's
        caret: after the last character it sits at the left end of an RTL line)."""
        index = max(0, min(index, self.length))
        line = next((ln for ln in self.lines if ln.start <= index < ln.end or ln.end == index),
                    self.lines[-1])
        for run in line.runs:
            if run.start <= index < run.end:
                before = self._prefix_width(run, index - run.start) if index > run.start else 0
                x = run.x + run.width - before if run.direction == "rtl" else run.x + before
                return x, line.y, line.height
        last = max(line.runs, key=lambda run: run.end, default=None)
        if last is None:  # an empty line: its start side
            return line.x, line.y, line.height
        x = last.x if last.direction == "rtl" else last.x + last.width
        return x, line.y, line.height

    def draw(self, surface: pygame.Surface, pos: tuple[int, int],
             reveal: int | None = None) -> None:
        """Draw at `pos` (top-left); with `reveal`, only the first `reveal` logical characters."""
        left, top = pos
        for line in self.lines:
            if reveal is not None and line.start >= reveal:
                break
            for run in line.runs:
                if reveal is not None and run.start >= reveal:
                    continue
                self._draw_run(surface, run, left, top + line.y + line.baseline, reveal)

    def _draw_run(self, surface: pygame.Surface, run: Run, left: int, baseline: int,
                  reveal: int | None) -> None:
        rtl = run.direction == "rtl"
        image = self._shaper.surface(run.font_face, run.px, run.script, rtl, run.shaped,
                                     run.color)
        x, y = left + run.x, baseline - run.ascent
        if reveal is None or run.end <= reveal:
            surface.blit(image, (x, y))
            return
        shown = min(image.get_width(), self._prefix_width(run, reveal - run.start))
        if rtl:
            area = pygame.Rect(image.get_width() - shown, 0, shown, image.get_height())
            surface.blit(image, (x + image.get_width() - shown, y), area)
        else:
            surface.blit(image, (x, y), pygame.Rect(0, 0, shown, image.get_height()))

    def _prefix_width(self, run: Run, count: int) -> int:
        prefix = run.text[:count]
        if run.shaped.startswith(ZWJ):
            prefix = ZWJ + prefix
        if count < len(run.text):
            prefix += ZWJ  # keep the joined form the full run has at that letter
        return self._shaper.width(run.font_face, run.px, run.script, run.direction == "rtl",
                                  prefix)
