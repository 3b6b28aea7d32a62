"""Words, pictures and plain panels: widgets that show but do not act."""

from __future__ import annotations

import pygame

from sango_game.ui.widgets.base import Widget, WidgetState


class Label(Widget):
    """A paragraph drawn by the text engine, wrapped to the widget's width.

    `align` is "start" (left, or right in RTL) or "center".
    `reveal` draws only the first N characters (the typewriter).
    """

    def __init__(
        self,
        name: str,
        text: str,
        *,
        role: str = "text",
        color: str = "text",
        bold: bool = False,
        align: str = "start",
        rect: pygame.Rect | None = None,
        fixed: bool = False,
    ):
        super().__init__(name, rect, fixed=fixed)
        self.words = text
        self.role = role
        self.color = color
        self.bold = bold
        self.align = align
        self.reveal: int | None = None

    def paragraph(self, ctx, width: int):
        style = ctx.style(self.role, self.color, self.bold, align=self.align)
        return ctx.layout(self.words, width, style)

    def measure(self, ctx, width: int) -> int:
        return int(self.paragraph(ctx, width).height)

    def draw(self, surface, ctx, rect, state: WidgetState) -> None:
        self.paragraph(ctx, rect.width).draw(surface, rect.topleft, reveal=self.reveal)

    def text(self) -> str:
        return self.words


class Picture(Widget):
    """A picture fitted into the widget's rect, kept in proportion."""

    def __init__(
        self,
        name: str,
        image: str | None,
        *,
        rect: pygame.Rect | None = None,
        anchor: str = "center",
        flip: bool = False,
        fixed: bool = False,
    ):
        super().__init__(name, rect, fixed=fixed)
        self.image = image
        self.anchor = anchor  # "center" or "bottom"
        self.flip = flip

    def draw(self, surface, ctx, rect, state: WidgetState) -> None:
        size = ctx.images.fit_size(self.image, rect.size) if self.image else rect.size
        picture = ctx.images.get(self.image, size, self.flip)
        place = picture.get_rect(center=rect.center)
        if self.anchor == "bottom":
            place.bottom = rect.bottom
        surface.blit(picture, place)


class Panel(Widget):
    """A rounded card behind other widgets (dialogue box, sections)."""

    def __init__(self, name: str, *, rect=None, color: str = "panel", border: str = "panel_border"):
        super().__init__(name, rect)
        self.color = color
        self.border = border

    def draw(self, surface, ctx, rect, state: WidgetState) -> None:
        radius = ctx.theme.px("radius")
        pygame.draw.rect(surface, ctx.theme.color(self.color), rect, border_radius=radius)
        pygame.draw.rect(surface, ctx.theme.color(self.border), rect, 2, radius)
