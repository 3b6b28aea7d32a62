"""A slider for volumes and text size: arrows or a click set its value."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from sango_game.ui.widgets.base import Widget, WidgetState, draw_focus_ring, focus_rect


class Slider(Widget):
    """`value` moves between `minimum` and `maximum` in `step`s.

    `label` is the already-translated caption including the value
    (the screen rebuilds it when the value changes).
    """

    focusable = True

    def __init__(
        self,
        name: str,
        label: str,
        value: int,
        minimum: int,
        maximum: int,
        step: int,
        on_change: Callable[[int], None],
        *,
        rect: pygame.Rect | None = None,
    ):
        super().__init__(name, rect)
        self.label = label
        self.value = value
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
        self.on_change = on_change

    def _paragraph(self, ctx, width):
        return ctx.layout(self.label, width, ctx.style("text", "text", bold=True))

    def measure(self, ctx, width: int) -> int:
        pad = ctx.theme.px("padding")
        return int(self._paragraph(ctx, width - pad * 2).height) + ctx.theme.px("icon") + pad * 3

    def set_value(self, value: int) -> None:
        value = max(self.minimum, min(self.maximum, int(value)))
        value = self.minimum + round((value - self.minimum) / self.step) * self.step
        if value != self.value:
            self.value = value
            self.on_change(value)

    def handle_key(self, event, ctx) -> bool:
        less, more = (pygame.K_RIGHT, pygame.K_LEFT) if ctx.rtl else (pygame.K_LEFT, pygame.K_RIGHT)
        if event.key in (less, pygame.K_MINUS, pygame.K_KP_MINUS):
            self.set_value(self.value - self.step)
            return True
        if event.key in (more, pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
            self.set_value(self.value + self.step)
            return True
        return False

    def _track(self, ctx, rect: pygame.Rect) -> pygame.Rect:
        pad = ctx.theme.px("padding")
        knob = ctx.theme.px("icon")
        return pygame.Rect(
            rect.x + pad + knob // 2, rect.bottom - pad - knob, rect.width - pad * 2 - knob, knob
        )

    def click_at(self, pos, rect) -> bool:
        track = self._track_for_click
        if track is None or track.width <= 0:
            return False
        fraction = (pos[0] - track.x) / track.width
        if self._rtl:
            fraction = 1 - fraction
        fraction = max(0.0, min(1.0, fraction))
        self.set_value(self.minimum + fraction * (self.maximum - self.minimum))
        return True

    _track_for_click: pygame.Rect | None = None
    _rtl = False

    def draw(self, surface, ctx, rect, state: WidgetState) -> None:
        theme = ctx.theme
        radius = theme.px("radius")
        draw_rect = focus_rect(rect, ctx) if state.focused else rect
        pygame.draw.rect(surface, theme.color("panel"), draw_rect, border_radius=radius)
        pygame.draw.rect(surface, theme.color("panel_border"), draw_rect, 2, radius)
        if state.focused:
            draw_focus_ring(surface, ctx, draw_rect, radius)
        pad = theme.px("padding")
        para = self._paragraph(ctx, rect.width - pad * 2)
        para.draw(surface, (rect.x + pad, rect.y + pad))
        track = self._track(ctx, rect)
        self._track_for_click, self._rtl = track, ctx.rtl
        bar = pygame.Rect(track.x, track.centery - 4, track.width, 8)
        pygame.draw.rect(surface, theme.color("placeholder"), bar, border_radius=4)
        fraction = (self.value - self.minimum) / max(1, self.maximum - self.minimum)
        filled = bar.copy()
        filled.width = round(bar.width * fraction)
        if ctx.rtl:
            filled.right = bar.right
        pygame.draw.rect(surface, theme.color("button"), filled, border_radius=4)
        knob_x = bar.right - filled.width if ctx.rtl else bar.x + filled.width
        pygame.draw.circle(surface, theme.color("button"), (knob_x, bar.centery), track.height // 2)
        pygame.draw.circle(
            surface, theme.color("panel"), (knob_x, bar.centery), track.height // 2 - 5
        )

    def text(self) -> str:
        return self.label

    def activate(self) -> bool:
        """Enter (or the one switch) raises the value a step; past the top it starts again
        at the bottom, so a slider works with a single key too."""
        if not self.enabled:
            return False
        self.set_value(self.minimum if self.value >= self.maximum else self.value + self.step)
        return True
