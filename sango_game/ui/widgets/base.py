"""The widget base class and the focus ring every focusable widget shares."""

from __future__ import annotations

from collections.abc import Callable

import pygame

Action = Callable[[], None]  # a callback: a button pressed, a card chosen, a text submitted


class Widget:
    """A named rectangle that draws itself and may take focus and activation.

    `rect` is in screen pixels as laid out with no scrolling; widgets with
    `fixed=True` (header buttons) never scroll.
    """

    focusable = False

    def __init__(self, name: str, rect: pygame.Rect | None = None, *, fixed: bool = False):
        self.name = name
        self.rect = pygame.Rect(rect) if rect is not None else pygame.Rect(0, 0, 0, 0)
        self.fixed = fixed
        self.enabled = True
        self.on_activate: Action | None = None

    def measure(self, ctx, width: int) -> int:
        """The height this widget needs at `width` (for layout)."""
        return self.rect.height

    def draw(self, surface: pygame.Surface, ctx, rect: pygame.Rect, state: WidgetState) -> None:
        raise NotImplementedError

    def text(self) -> str:
        """The words this widget shows, for the pilot and tests."""
        return ""

    def activate(self) -> bool:
        if self.enabled and self.on_activate is not None:
            self.on_activate()
            return True
        return False

    def handle_key(self, event: pygame.event.Event, ctx) -> bool:
        """Keys the widget handles itself while focused (sliders, text entry)."""
        return False

    def click_at(self, pos: tuple[int, int], rect: pygame.Rect) -> bool:
        """A click or tap released at `pos` inside `rect`."""
        return self.activate()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} {tuple(self.rect)}>"


class WidgetState:
    """How a widget should look this frame."""

    __slots__ = ("focused", "hovered", "pressed")

    def __init__(self, focused: bool = False, hovered: bool = False, pressed: bool = False):
        self.focused = focused
        self.hovered = hovered
        self.pressed = pressed


def focus_rect(rect: pygame.Rect, ctx) -> pygame.Rect:
    """The focused widget grows slightly: focus is shown by shape, not colour only."""
    factor = (ctx.theme.size("focus_scale") or 1.04) - 1
    limit = ctx.theme.px("gap")  # never over the neighbours
    return rect.inflate(
        min(limit, round(rect.width * factor)), min(limit, round(rect.height * factor))
    )


def draw_focus_ring(surface: pygame.Surface, ctx, rect: pygame.Rect, radius: int) -> None:
    """A thick two-tone ring (dark outside, bright inside): visible on any colour."""
    width = max(3, ctx.theme.px("focus_width"))
    outer = rect.inflate(width * 4, width * 4)
    inner = rect.inflate(width * 2, width * 2)
    pygame.draw.rect(surface, ctx.theme.color("focus_outer"), outer, width, radius + width * 2)
    pygame.draw.rect(surface, ctx.theme.color("focus_inner"), inner, width, radius + width)
