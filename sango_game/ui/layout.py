"""Small layout helpers: a column that stacks widgets and rows that wrap.

Screens lay out left-to-right; `mirror` flips every rectangle for
right-to-left languages afterwards, so each screen is written once.
"""

from __future__ import annotations

import pygame


class Column:
    """Stacks widgets top to bottom inside `width`, measuring each one."""

    def __init__(self, ctx, x: int, y: int, width: int, gap: int | None = None):
        self.ctx = ctx
        self.x = x
        self.y = y
        self.width = width
        self.gap = ctx.theme.px("gap") if gap is None else gap
        self.bottom = y
        self.widgets: list = []

    def add(self, widget, height: int | None = None, width: int | None = None, align="start"):
        width = min(self.width, width or self.width)
        height = widget.measure(self.ctx, width) if height is None else height
        x = self.x
        if align == "center":
            x = self.x + (self.width - width) // 2
        elif align == "end":
            x = self.x + self.width - width
        widget.rect = pygame.Rect(x, self.bottom, width, height)
        self.bottom += height + self.gap
        self.widgets.append(widget)
        return widget

    def space(self, height: int) -> None:
        self.bottom += height

    def row(
        self,
        widgets: list,
        min_width: int,
        height: int | None = None,
        align="center",
        max_width: int | None = None,
        whole_words: bool = False,
    ):
        """Widgets side by side, each at least `min_width` wide, wrapping to new rows.

        `whole_words`: cells are never narrower than the longest label on one line
        (short labels such as language names must not break inside a word).
        """
        if not widgets:
            return
        if whole_words and all(hasattr(w, "natural_width") for w in widgets):
            needed = max(w.natural_width(self.ctx, self.width) for w in widgets)
            min_width = min(self.width, max(min_width, needed))
            if max_width:
                max_width = max(max_width, min_width)
        per_row = max(1, min(len(widgets), (self.width + self.gap) // (min_width + self.gap)))
        cell = (self.width - self.gap * (per_row - 1)) // per_row
        if max_width:
            cell = min(cell, max_width)
        for start in range(0, len(widgets), per_row):
            chunk = widgets[start : start + per_row]
            row_height = height or max(w.measure(self.ctx, cell) for w in chunk)
            used = len(chunk) * cell + (len(chunk) - 1) * self.gap
            x = self.x + ((self.width - used) // 2 if align == "center" else 0)
            for widget in chunk:
                widget.rect = pygame.Rect(x, self.bottom, cell, row_height)
                x += cell + self.gap
                self.widgets.append(widget)
            self.bottom += row_height + self.gap


def mirror(widgets, window_width: int) -> None:
    """Flip rectangles horizontally (right-to-left languages)."""
    for widget in widgets:
        widget.rect.x = window_width - widget.rect.right


def centered_width(ctx, fraction_name: str = "content_width", max_px: int = 1100) -> int:
    width = ctx.size[0]
    return min(
        int(width * (ctx.theme.size(fraction_name) or 0.86)), round(max_px * ctx.theme.scale)
    )
