"""A level on the map: status icon and word, title, and the stars earned.

Status is shown three ways (icon, word, stars), never by colour alone.
"""

from __future__ import annotations

import pygame

from sango_game.ui.widgets.base import WidgetState
from sango_game.ui.widgets.button import Button

STATUS_ICONS = {
    "new": "icons/new.svg",
    "in_progress": "icons/in-progress.svg",
    "done": "icons/done.svg",
    "locked": "icons/lock.svg",
}


class LevelTile(Button):
    def __init__(self, name, title, status_words, status, stars, on_activate, **kwargs):
        super().__init__(
            name,
            title,
            on_activate,
            icon=STATUS_ICONS.get(status),
            variant="secondary",
            align="start",
            **kwargs,
        )
        self.status = status
        self.status_words = status_words
        self.stars = stars
        self.enabled = status != "locked"

    def _subline(self, ctx, width):
        return ctx.layout(
            self.status_words, self._text_width(ctx, width), ctx.style("small", "text_muted")
        )

    def measure(self, ctx, width: int) -> int:
        pad = ctx.theme.px("padding")
        words = self._paragraph(ctx, width).height + self._subline(ctx, width).height
        return max(
            ctx.theme.px("button_min_height"), int(words) + pad * 2 + ctx.theme.px("icon") // 2
        )

    def draw(self, surface, ctx, rect, state: WidgetState) -> None:
        label, self.label = self.label, ""
        super().draw(surface, ctx, rect, state)
        self.label = label
        pad, icon, _hint = self._parts(ctx)
        text_width = self._text_width(ctx, rect.width)
        title = self._paragraph(ctx, rect.width)
        sub = self._subline(ctx, rect.width)
        star = max(16, ctx.theme.px("icon") // 2)
        block = int(title.height + sub.height) + star
        x = rect.right - pad - icon - pad - text_width if ctx.rtl else rect.x + pad + icon + pad
        y = rect.centery - block // 2
        title.draw(surface, (x, y))
        y += int(title.height)
        sub.draw(surface, (x, y))
        y += int(sub.height)
        if self.stars is not None:
            for index in range(3):
                name = "icons/star-full.svg" if index < self.stars else "icons/star-empty.svg"
                offset = index * (star + 4)
                star_x = x + text_width - star - offset if ctx.rtl else x + offset
                surface.blit(ctx.images.get(name, (star, star)), pygame.Rect(star_x, y, star, star))

    def text(self) -> str:
        return f"{self.label} · {self.status_words}"
