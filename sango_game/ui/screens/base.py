"""The screen base class: header, layout, scrolling and drawing; focus, keys,
mouse and touch come from `ScreenInput` (screen_input.py).

A screen builds its widgets in `compose(ctx, body)`; the base class adds the
header (Back on the reading side, Help on the other), keeps focus by widget
name across re-layouts, scrolls the body when it is taller than the window
(so nothing is ever clipped), and turns keys, clicks and taps into actions.

`read_clock` counts the seconds the screen has been fully visible (the app
adds each frame's time once no cross-fade runs). Screens that take a
decision (choices, feedback, results) ignore it until `has_been_read()`:
mashing Enter cannot skip what the child never saw. It is not a timer the
child must beat: there is no upper limit.

With the one-switch setting, Space only moves the focus to the next item (round
and round) and Enter chooses, so two keys (or one switch and Enter) play the
whole game.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from sango_game.i18n import _
from sango_game.text.markup import strip_literal_marks
from sango_game.ui.layout import mirror
from sango_game.ui.screens.screen_input import ScreenInput
from sango_game.ui.widgets import Button, Widget
from sango_game.ui.widgets.base import WidgetState

if TYPE_CHECKING:
    from sango_game.ui.context import UiContext
    from sango_game.ui.seams import AppLike

READ_S = 0.8  # a choice (or Continue) works once it has been fully visible this long


class Screen(ScreenInput):
    """One full-window screen on the app's stack."""

    name = "screen"
    show_back = True
    show_help = True
    show_settings = False

    def __init__(self, app: AppLike) -> None:
        self.app = app
        self.widgets: list[Widget] = []
        self.focused_name: str | None = None
        self.hover_name: str | None = None
        self.pressed_name: str | None = None
        self.scroll = 0
        self.body = pygame.Rect(0, 0, 0, 0)
        self.content_bottom = 0
        self.track: str | None = None  # the theme this screen uses; None: the profile's
        self.read_clock = 0.0

    # --- reading time ------------------------------------------------------------
    def restart_read_clock(self) -> None:
        """What is shown changed: the child needs time to read it again."""
        self.read_clock = 0.0

    def has_been_read(self) -> bool:
        return self.read_clock >= READ_S

    # --- what subclasses provide -------------------------------------------------
    def compose(self, ctx: UiContext, body: pygame.Rect) -> list[Widget]:
        return []

    def preferred_focus(self) -> str | None:
        """The widget that takes focus when the screen appears."""
        return None

    def draw_background(self, surface: pygame.Surface, ctx: UiContext) -> None:
        surface.fill(ctx.theme.color("background"))

    def update(self, dt: float) -> bool:
        """Advance animations; True while something still moves."""
        return False

    def on_key(self, event) -> bool:
        """Screen-specific keys, before focus handling."""
        return False

    def spoken(self) -> tuple[str, str | None] | None:
        """(words, msgctxt or None) read aloud when the screen shows; None: the focused item."""
        return None

    def on_enter(self) -> None:
        """Called when the screen becomes the top of the stack again."""

    def on_back(self) -> None:
        self.dismiss()

    def dismiss(self) -> None:
        """Close this screen (as Textual's `Screen.dismiss`): the one below shows again."""
        self.app.pop()

    # --- layout ------------------------------------------------------------------
    def header(self, ctx: UiContext) -> list[Widget]:
        """Back on the start side; Help, then Settings, on the other, as the screen asks."""
        pad = ctx.theme.px("padding")
        height = ctx.theme.px("button_min_height")
        max_width = ctx.size[0] // 3
        wanted = [
            (self.show_back, "back", _("Back"), self.on_back, "icons/back.svg"),
            (self.show_help, "help", _("Help"), self.app.open_help, "icons/help.svg"),
            (self.show_settings, "settings", _("Settings"), self.app.open_settings,
             "icons/settings.svg"),
        ]
        items: list[Widget] = []
        right = ctx.size[0] - pad
        for shown, name, label, action, icon in wanted:
            if not shown:
                continue
            button = Button(name, label, action, icon=icon, variant="secondary", fixed=True)
            width = min(max_width, button.natural_width(ctx, max_width))
            left = pad if name == "back" else right - width
            button.rect = pygame.Rect(left, pad, width, max(height, button.measure(ctx, width)))
            if name != "back":
                right -= width + pad
            items.append(button)
        return items

    def relayout(self) -> None:
        ctx = self.app.context_for(self)
        header = self.header(ctx)
        pad = ctx.theme.px("padding")
        header_bottom = max((w.rect.bottom for w in header), default=0)
        self.body = pygame.Rect(
            0, header_bottom + pad, ctx.size[0], ctx.size[1] - header_bottom - pad
        )
        body_widgets = self.compose(ctx, self.body)
        self.content_bottom = max((w.rect.bottom for w in body_widgets), default=0) + pad
        if ctx.rtl:
            mirror(header, ctx.size[0])
            mirror(body_widgets, ctx.size[0])
        self.widgets = body_widgets + header
        self.clamp_scroll()
        names = {w.name for w in self.focusables()}
        if self.focused_name not in names:
            preferred = self.preferred_focus()
            self.focused_name = preferred if preferred in names else None
            if self.focused_name is None and self.focusables():
                self.focused_name = self.focusables()[0].name
        self.scroll_into_view(self.focused())
        self.app.read_aloud.screen_laid_out(self)

    def max_scroll(self) -> int:
        return max(0, self.content_bottom - self.body.bottom)

    def clamp_scroll(self) -> None:
        self.scroll = max(0, min(self.scroll, self.max_scroll()))

    def screen_rect(self, widget: Widget) -> pygame.Rect:
        return widget.rect if widget.fixed else widget.rect.move(0, -self.scroll)

    def scroll_into_view(self, widget: Widget | None) -> None:
        """Scroll only as far as the focused widget needs, and never further.

        A widget already in view moves nothing. One that fits below the top of
        the page brings the page back to its top (the heading is read first);
        otherwise the page scrolls just enough to show the widget whole, plus a
        little margin that never pushes the widget's own top, nor the page's
        heading (`heading_widget`), out of view."""
        if widget is None or widget.fixed:
            return
        rect = self.screen_rect(widget)
        if self.body.top <= rect.top and rect.bottom <= self.body.bottom:
            return
        margin = self.app.ctx.theme.px("padding") * 2
        if widget.rect.bottom <= self.body.bottom:
            self.scroll = 0
        elif rect.top < self.body.top:
            self.scroll = widget.rect.top - self.body.top - margin
        else:
            needed = widget.rect.bottom - self.body.bottom
            limit = widget.rect.top - self.body.top
            heading = self.heading_widget()
            if heading is not None:
                limit = min(limit, heading.rect.top - self.body.top)
            self.scroll = max(needed, min(needed + margin, limit))
        self.clamp_scroll()

    # --- queries -----------------------------------------------------------------
    HEADINGS = ("heading", "greeting", "verdict", "title", "ending-title")

    def heading_widget(self) -> Widget | None:
        """What the child reads first on this page (no scroll margin pushes it away)."""
        for name in self.HEADINGS:
            widget = self.widget(name)
            if widget is not None and not widget.fixed:
                return widget
        return None

    def visible_text(self) -> list[str]:
        return [strip_literal_marks(w.text()) for w in self.widgets if w.text()]

    # --- drawing -----------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        ctx = self.app.context_for(self)
        self.draw_background(surface, ctx)
        surface.set_clip(self.body)
        for widget in self.widgets:
            if not widget.fixed:
                self._draw_widget(surface, ctx, widget)
        surface.set_clip(None)
        for widget in self.widgets:
            if widget.fixed:
                self._draw_widget(surface, ctx, widget)
        if self.max_scroll():
            self._draw_scrollbar(surface, ctx)

    def _draw_widget(self, surface, ctx, widget) -> None:
        rect = self.screen_rect(widget)
        if not rect.colliderect(surface.get_rect()):
            return
        state = WidgetState(
            focused=widget.name == self.focused_name and self.app.show_focus,
            hovered=widget.name == self.hover_name,
            pressed=widget.name == self.pressed_name,
        )
        widget.draw(surface, ctx, rect, state)

    def _draw_scrollbar(self, surface, ctx) -> None:
        width = max(6, ctx.theme.px("padding") // 2)
        x = 2 if ctx.rtl else ctx.size[0] - width - 2
        track = pygame.Rect(x, self.body.top, width, self.body.height)
        visible = self.body.height / max(1, self.content_bottom - self.body.top)
        thumb_h = max(24, int(track.height * visible))
        thumb_y = track.top + int(
            (track.height - thumb_h) * self.scroll / max(1, self.max_scroll())
        )
        pygame.draw.rect(surface, ctx.theme.color("placeholder"), track, border_radius=width // 2)
        thumb = pygame.Rect(x, thumb_y, width, thumb_h)
        pygame.draw.rect(surface, ctx.theme.color("panel_border"), thumb, border_radius=width // 2)
