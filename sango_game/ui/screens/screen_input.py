"""How a screen takes input: focus moves (Tab, arrows, one switch), keys, mouse,
touch taps and swipes. Mixed into `Screen` (base.py), which holds the widgets,
the focus and the scroll these methods act on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from sango_game.ui.widgets import TextInput, Widget

if TYPE_CHECKING:
    from sango_game.ui.seams import AppLike

DRAG_SLOP = 12  # pixels a finger may move and still tap
ACTIVATE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
DIRECTIONS = {
    pygame.K_UP: (0, -1),
    pygame.K_DOWN: (0, 1),
    pygame.K_LEFT: (-1, 0),
    pygame.K_RIGHT: (1, 0),
}


class ScreenInput:
    """Focus, keys, pointer and touch for a screen (see `Screen`)."""

    app: AppLike
    widgets: list[Widget]
    focused_name: str | None
    hover_name: str | None
    pressed_name: str | None
    scroll: int
    body: pygame.Rect

    if TYPE_CHECKING:  # given by Screen
        def clamp_scroll(self) -> None: ...
        def screen_rect(self, widget: Widget) -> pygame.Rect: ...
        def scroll_into_view(self, widget: Widget | None) -> None: ...
        def on_key(self, event) -> bool: ...

    def focusables(self) -> list[Widget]:
        return [w for w in self.widgets if w.focusable and w.enabled]

    def focused(self) -> Widget | None:
        return self.widget(self.focused_name) if self.focused_name else None

    def widget(self, name: str) -> Widget | None:
        for widget in self.widgets:
            if widget.name == name:
                return widget
        return None

    def widget_at(self, pos) -> Widget | None:
        for widget in reversed(self.widgets):
            if not (widget.focusable or widget.on_activate):
                continue
            rect = self.screen_rect(widget)
            if not widget.fixed and not self.body.collidepoint(pos):
                continue
            if rect.collidepoint(pos):
                return widget
        return None

    def focus(self, name: str | None) -> None:
        if name != self.focused_name:
            self.focused_name = name
            self.scroll_into_view(self.focused())
            self.app.sounds.play("focus")
            self.app.read_aloud.focus_moved(self, self.focused())

    def move_focus(self, step: int) -> None:
        items = self.focusables()
        if not items:
            return
        names = [w.name for w in items]
        index = names.index(self.focused_name) if self.focused_name in names else -step
        self.focus(names[(index + step) % len(names)])

    def move_focus_direction(self, dx: int, dy: int) -> None:
        current = self.focused()
        items = [w for w in self.focusables() if w is not current]
        if current is None:
            self.move_focus(1)
            return
        here = pygame.Vector2(current.rect.center)
        best, best_score = None, None
        for widget in items:
            delta = pygame.Vector2(widget.rect.center) - here
            along = delta.x * dx + delta.y * dy
            if along <= 0:
                continue
            across = abs(delta.x * dy) + abs(delta.y * dx)
            score = along + across * 2
            if best_score is None or score < best_score:
                best, best_score = widget, score
        if best is not None:
            self.focus(best.name)
        else:  # at the edge: wrap around in reading order, never a trap
            self.move_focus(1 if (dx + dy) > 0 else -1)

    def activate(self, widget: Widget | None) -> None:
        if widget is not None and widget.enabled:
            widget.activate()

    def handle_event(self, event) -> bool:
        """True when something on screen changed."""
        if event.type == pygame.KEYDOWN:
            return self._handle_key(event)
        if event.type in (pygame.TEXTINPUT, pygame.TEXTEDITING):
            widget = self.focused()
            if not isinstance(widget, TextInput):  # the one widget that wants_text
                return False
            if event.type == pygame.TEXTEDITING:
                return widget.handle_editing(event)
            return widget.handle_text(event)
        if event.type == pygame.MOUSEMOTION:
            if getattr(event, "touch", False):
                return False
            hovered = self.widget_at(event.pos)
            name = hovered.name if hovered else None
            if name != self.hover_name:
                self.hover_name = name
                return True
            return False
        if event.type == pygame.MOUSEWHEEL:
            before = self.scroll
            self.scroll -= int(event.y * self.app.ctx.theme.px("button_min_height"))
            self.clamp_scroll()
            return before != self.scroll
        if event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            if getattr(event, "touch", False) or event.button != 1:
                return False  # touch arrives as FINGER events; wheel as MOUSEWHEEL
            return self.pointer(event.type == pygame.MOUSEBUTTONDOWN, event.pos)
        if event.type in (pygame.FINGERDOWN, pygame.FINGERUP):
            width, height = self.app.size
            pos = (int(event.x * width), int(event.y * height))
            if event.type == pygame.FINGERDOWN:
                self._dragged = 0
            elif self._dragged > DRAG_SLOP:
                self.pressed_name = None  # it was a swipe to scroll, not a tap
                return True
            return self.pointer(event.type == pygame.FINGERDOWN, pos)
        if event.type == pygame.FINGERMOTION:  # swipe to scroll long screens
            moved = int(event.dy * self.app.size[1])
            self._dragged += abs(moved)
            before = self.scroll
            self.scroll -= moved
            self.clamp_scroll()
            return before != self.scroll
        return False

    _dragged = 0

    def pointer(self, down: bool, pos) -> bool:
        """A mouse button or a finger went down or up at `pos`."""
        widget = self.widget_at(pos)
        if down:
            self.pressed_name = widget.name if widget else None
            if widget is not None and widget.focusable:
                self.focused_name = widget.name
            return True
        pressed, self.pressed_name = self.pressed_name, None
        if widget is not None and widget.name == pressed and widget.enabled:
            self.app.show_focus = False  # mouse users see hover, not the ring
            widget.click_at(pos, self.screen_rect(widget))
        return True

    def _handle_key(self, event) -> bool:
        self.app.show_focus = True
        widget = self.focused()
        if event.key == pygame.K_SPACE and self.app.services.settings.one_switch:
            self.move_focus(1)  # one switch: Space moves the focus on, Enter chooses
            return True
        if widget is not None and widget.handle_key(event, self.app.ctx):
            return True
        if self.on_key(event):
            return True
        key = event.key
        if key == pygame.K_TAB:
            self.move_focus(-1 if event.mod & pygame.KMOD_SHIFT else 1)
            return True
        if key in DIRECTIONS:
            self.move_focus_direction(*DIRECTIONS[key])
            return True
        if key in ACTIVATE_KEYS:
            self.activate(widget)
            return True
        if key == pygame.K_PAGEDOWN:
            self.scroll += self.body.height * 3 // 4
            self.clamp_scroll()
            return True
        if key == pygame.K_PAGEUP:
            self.scroll -= self.body.height * 3 // 4
            self.clamp_scroll()
            return True
        return False
