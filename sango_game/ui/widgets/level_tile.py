"""A level on the map: status icon and word, title, and the stars earned.

Status is shown three ways (icon, word, stars), never by colour alone.
"""

from __future__ import annotations

import pygame

from sango_game.ui.widgets.base import WidgetState, focus_rect
from sango_game.ui.widgets.button import Button

STATUS_ICONS = {
    "new": "icons/new.svg",
    "in_progress": "icons/in-progress.svg",
    "done": "icons/done.svg",
    "locked": "icons/lock.svg",
}


class LevelTile(Button):
    """A level button; with `picture` (the under-9 picture-book map) a big picture on top.

    `picture_limit` (pixels) caps the picture's height, so a screen can shrink the
    picture to keep the first row of cards in view when the text grows.
    """

    def __init__(
        self, name, title, status_words, status, stars, on_activate, picture=None, **kwargs
    ):
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
        self.picture = picture
        self.picture_limit: int | None = None
        self.enabled = status != "locked"

    def _subline(self, ctx, width):
        return ctx.layout(
            self.status_words, self._text_width(ctx, width), ctx.style("small", "text_muted")
        )

    def _picture_height(self, ctx) -> int:
        if not self.picture:
            return 0
        full = round(ctx.theme.px("avatar") * 1.3)
        if self.picture_limit is None:
            return full
        return max(ctx.theme.px("icon"), min(full, self.picture_limit))

    def height_without_picture(self, ctx, width: int) -> int:
        """The height the card needs for its words alone (the picture's share removed)."""
        picture = self._picture_height(ctx)
        return self.measure(ctx, width) - (picture + ctx.theme.px("padding") if picture else 0)

    def _star_size(self, ctx) -> int:
        return max(16, ctx.theme.px("icon") // 2)

    def measure(self, ctx, width: int) -> int:
        pad = ctx.theme.px("padding")
        words = self._paragraph(ctx, width).height + self._subline(ctx, width).height
        block = max(ctx.theme.px("icon"), int(words) + self._star_size(ctx))
        picture = self._picture_height(ctx)
        return max(
            ctx.theme.px("button_min_height"), block + pad * 2 + (picture + pad if picture else 0)
        )

    def draw(self, surface, ctx, rect, state: WidgetState) -> None:
        label, icon_name = self.label, self.icon
        self.label, self.icon = "", None  # the button draws background, border and focus
        super().draw(surface, ctx, rect, state)
        self.label, self.icon = label, icon_name
        if state.focused:
            rect = focus_rect(rect, ctx)
        pad, icon, _hint = self._parts(ctx)
        area = rect.inflate(-pad * 2, -pad * 2)
        picture_height = self._picture_height(ctx)
        if picture_height:
            box = pygame.Rect(area.x, area.y, area.width, picture_height)
            size = ctx.images.fit_size(self.picture, box.size)
            image = ctx.images.get(self.picture, size)
            surface.blit(image, image.get_rect(center=box.center))
            area.height -= picture_height + pad
            area.y += picture_height + pad
        text_width = self._text_width(ctx, rect.width)
        title = self._paragraph(ctx, rect.width)
        sub = self._subline(ctx, rect.width)
        star = self._star_size(ctx)
        block = int(title.height + sub.height) + star
        if icon_name:
            icon_box = pygame.Rect(0, 0, icon, icon)
            icon_box.centery = area.centery
            if ctx.rtl:
                icon_box.right = area.right
            else:
                icon_box.left = area.left
            surface.blit(ctx.images.icon(icon_name, icon_box.size, ctx.rtl), icon_box)
        x = area.right - icon - pad - text_width if ctx.rtl else area.x + icon + pad
        y = area.centery - block // 2
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
