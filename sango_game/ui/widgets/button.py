"""Buttons: words with an optional icon and key hint, and picture cards.

A button grows taller when its words wrap (large text sizes never clip).
In right-to-left languages the icon and key hint sit on the right.
"""

from __future__ import annotations

import pygame

from sango_game.ui.widgets.base import (
    Action,
    Widget,
    WidgetState,
    draw_focus_ring,
    focus_rect,
)

VARIANTS = {
    # variant: (background, text colour)
    "primary": ("button", "button_text"),
    "secondary": ("button_secondary", "button_secondary_text"),
}


class Button(Widget):
    focusable = True

    def __init__(
        self,
        name: str,
        label: str,
        on_activate: Action | None = None,
        *,
        icon: str | None = None,
        key_hint: str | None = None,
        variant: str = "primary",
        role: str = "button_text",
        min_height: str = "button_min_height",
        selected: bool | None = None,
        rect: pygame.Rect | None = None,
        fixed: bool = False,
        align: str = "center",
    ):
        super().__init__(name, rect, fixed=fixed)
        self.label = label
        self.on_activate = on_activate
        self.icon = icon
        self.key_hint = key_hint
        self.variant = variant
        self.role = role
        self.min_height = min_height
        self.selected = selected  # None: not a toggle; True/False: shows a tick
        self.align = align

    def _parts(self, ctx) -> tuple[int, int, int]:
        pad = ctx.theme.px("padding")
        icon = ctx.theme.px("icon") if (self.icon or self.selected is not None) else 0
        hint = 0
        if self.key_hint:  # the circle grows with the text size setting
            digit = ctx.layout(self.key_hint, 400, self._hint_style(ctx))
            hint = max(ctx.theme.px("icon"), int(digit.content_width), int(digit.height) + 4)
        return pad, icon, hint

    def _text_width(self, ctx, width: int) -> int:
        pad, icon, hint = self._parts(ctx)
        used = pad * 2 + (icon + pad if icon else 0) + (hint + pad if hint else 0)
        return max(40, width - used)

    def _paragraph(self, ctx, width: int):
        return ctx.layout(self.label, self._text_width(ctx, width), self._style(ctx))

    def _style(self, ctx):
        colors = VARIANTS.get(self.variant, VARIANTS["primary"])
        return ctx.style(self.role, colors[1], bold=True, align=self.align)

    def measure(self, ctx, width: int) -> int:
        pad = ctx.theme.px("padding")
        para = self._paragraph(ctx, width)
        return max(ctx.theme.px(self.min_height), int(para.height) + pad * 2)

    def natural_width(self, ctx, max_width: int) -> int:
        """The width the words need on one line (plus icon and padding)."""
        words = ctx.natural_width(self.label, self._style(ctx))
        return min(max_width, max_width - self._text_width(ctx, max_width) + words + 2)

    def draw(self, surface, ctx, rect, state: WidgetState) -> None:
        theme = ctx.theme
        radius = theme.px("radius")
        if state.focused:
            rect = focus_rect(rect, ctx)
        if state.pressed:
            rect = rect.move(0, 2)
        background, _ink = VARIANTS.get(self.variant, VARIANTS["primary"])
        fill = theme.color(background)
        if not self.enabled:
            fill = theme.color("disabled")
        elif state.hovered and self.variant == "primary":
            fill = theme.color("button_hover")
        pygame.draw.rect(surface, fill, rect, border_radius=radius)
        border = 4 if (self.selected or state.hovered) else 2
        pygame.draw.rect(surface, theme.color("panel_border"), rect, border, radius)
        if state.focused:
            draw_focus_ring(surface, ctx, rect, radius)
        pad, icon_size, hint_size = self._parts(ctx)
        inner = rect.inflate(-pad * 2, -pad * 2)
        start_edge = inner.right if ctx.rtl else inner.left
        direction = -1 if ctx.rtl else 1
        cursor = start_edge
        if self.key_hint:
            cursor = self._draw_key_hint(surface, ctx, cursor, direction, rect.centery, hint_size)
        icon_name = self.icon
        if self.selected is not None:
            icon_name = "icons/done.svg" if self.selected else None
        if icon_size:
            box = pygame.Rect(0, 0, icon_size, icon_size)
            box.centery = rect.centery
            if ctx.rtl:
                box.right = cursor
            else:
                box.left = cursor
            if icon_name:
                surface.blit(ctx.images.icon(icon_name, box.size, ctx.rtl), box)
            else:  # an empty tick box: an unselected toggle
                pygame.draw.rect(surface, theme.color("panel_border"), box.inflate(-8, -8), 3, 6)
            cursor += direction * (icon_size + pad)
        para = self._paragraph(ctx, rect.width)
        text_width = self._text_width(ctx, rect.width)
        x = cursor - text_width if ctx.rtl else cursor
        para.draw(surface, (x, rect.centery - int(para.height) // 2))

    @staticmethod
    def _hint_style(ctx):
        return ctx.style("button_text", "text", bold=True, align="center")

    def _draw_key_hint(self, surface, ctx, cursor, direction, center_y, size) -> int:
        theme = ctx.theme
        box = pygame.Rect(0, 0, size, size)
        box.centery = center_y
        if direction < 0:
            box.right = cursor
        else:
            box.left = cursor
        pygame.draw.ellipse(surface, theme.color("panel"), box)
        pygame.draw.ellipse(surface, theme.color("panel_border"), box, 2)
        para = ctx.layout(self.key_hint, size, self._hint_style(ctx))
        para.draw(surface, (box.x, box.centery - int(para.height) // 2))
        return cursor + direction * (size + ctx.theme.px("padding"))

    def text(self) -> str:
        return self.label


class Card(Widget):
    """A big picture with a caption under it: profiles, avatars, tracks."""

    focusable = True

    def __init__(
        self,
        name: str,
        image: str | None,
        caption: str,
        on_activate: Action | None = None,
        *,
        selected: bool = False,
        badge: str | None = None,
        rect: pygame.Rect | None = None,
        alt: str | None = None,
    ):
        super().__init__(name, rect)
        self.image = image
        self.caption = caption
        self.alt = alt  # what the picture shows, read aloud when focused
        self.on_activate = on_activate
        self.selected = selected
        self.badge = badge

    def _caption_paragraph(self, ctx, width: int):
        style = ctx.style("small", "text", bold=True, align="center")
        return ctx.layout(self.caption, width - ctx.theme.px("padding") * 2, style)

    def measure(self, ctx, width: int) -> int:
        pad = ctx.theme.px("padding") // 2
        caption = int(self._caption_paragraph(ctx, width).height) if self.caption else 0
        return ctx.theme.px("avatar") + caption + pad * 3

    def draw(self, surface, ctx, rect, state: WidgetState) -> None:
        theme = ctx.theme
        radius = theme.px("radius")
        if state.focused:
            rect = focus_rect(rect, ctx)
        fill = (
            theme.color("button_secondary")
            if (self.selected or state.hovered)
            else theme.color("panel")
        )
        pygame.draw.rect(surface, fill, rect, border_radius=radius)
        pygame.draw.rect(
            surface, theme.color("panel_border"), rect, 5 if self.selected else 2, radius
        )
        if state.focused:
            draw_focus_ring(surface, ctx, rect, radius)
        pad = theme.px("padding") // 2
        caption_height = int(self._caption_paragraph(ctx, rect.width).height) if self.caption else 0
        picture_box = pygame.Rect(
            rect.x + pad, rect.y + pad, rect.width - pad * 2, rect.height - caption_height - pad * 3
        )
        if self.image:
            size = ctx.images.fit_size(self.image, picture_box.size)
            picture = ctx.images.get(self.image, size)
            surface.blit(picture, picture.get_rect(center=picture_box.center))
        if self.selected or self.badge:
            icon = "icons/done.svg" if self.selected else self.badge
            size = theme.px("icon")
            corner = pygame.Rect(0, 0, size, size)
            corner.topright = (rect.right - 4, rect.top + 4)
            if ctx.rtl:
                corner.topleft = (rect.left + 4, rect.top + 4)
            surface.blit(ctx.images.get(icon, (size, size)), corner)
        if self.caption:
            para = self._caption_paragraph(ctx, rect.width)
            para.draw(surface, (rect.x + theme.px("padding"), rect.bottom - pad - caption_height))

    def text(self) -> str:
        return self.caption
