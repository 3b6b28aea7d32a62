"""A one-line text entry (the nickname): typed text, Backspace, Enter.

Typed characters arrive as TEXTINPUT events, so any keyboard layout and
input method works. The words are drawn by the text engine like every other
text in the game. `can_draw(char)` (the fonts' coverage) keeps out characters
no font has, and `on_refused(chars)` lets the screen say so kindly, so a typed
character never becomes a silent empty box.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from sango_game.ui.widgets.base import Action, Widget, WidgetState, draw_focus_ring, focus_rect


class TextInput(Widget):
    focusable = True
    wants_text = True

    def __init__(
        self,
        name: str,
        value: str,
        on_change: Callable[[str], None],
        on_submit: Action | None = None,
        *,
        hint: str = "",
        max_length: int = 20,
        forbidden: str = "<>",  # markup brackets: a nickname is shown inside marked-up text
        rect: pygame.Rect | None = None,
        can_draw: Callable[[str], bool] | None = None,
        on_refused: Callable[[str], None] | None = None,
    ):
        super().__init__(name, rect)
        self.can_draw = can_draw
        self.on_refused = on_refused
        self.value = value
        self.on_change = on_change
        self.on_activate = on_submit
        self.hint = hint
        self.max_length = max_length
        self.forbidden = forbidden

    def measure(self, ctx, width: int) -> int:
        pad = ctx.theme.px("padding")
        style = ctx.style("heading", "text")
        para = ctx.layout(self.value or self.hint or " ", width - pad * 2, style)
        return max(ctx.theme.px("button_min_height"), int(para.height) + pad * 2)

    def insert(self, typed: str) -> None:
        cleaned = "".join(
            ch for ch in typed if ch.isprintable() and ch not in "\r\n\t" + self.forbidden
        )
        refused = ""
        if self.can_draw is not None:
            refused = "".join(dict.fromkeys(ch for ch in cleaned if not self.can_draw(ch)))
            cleaned = "".join(ch for ch in cleaned if ch not in refused)
        if cleaned:
            self.value = (self.value + cleaned)[: self.max_length]
            self.on_change(self.value)
        if refused and self.on_refused is not None:
            self.on_refused(refused)

    def handle_text(self, event) -> bool:
        self.composing = ""
        self.insert(event.text)
        return True

    composing = ""  # what an input method (Chinese, Japanese...) is still composing

    def handle_editing(self, event) -> bool:
        """TEXTEDITING: show the input method's composition until it is committed."""
        self.composing = "".join(ch for ch in event.text if ch not in self.forbidden)
        return True

    def handle_key(self, event, ctx) -> bool:
        if event.key == pygame.K_BACKSPACE:
            if self.value:
                self.value = without_last_character(self.value)
                self.on_change(self.value)
            return True
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            return self.activate()
        # Space is typed text here, not "activate".
        return event.key == pygame.K_SPACE

    def click_at(self, pos, rect) -> bool:
        return True  # clicking only focuses it

    def draw(self, surface, ctx, rect, state: WidgetState) -> None:
        theme = ctx.theme
        radius = theme.px("radius") // 2
        draw_rect = focus_rect(rect, ctx) if state.focused else rect
        pygame.draw.rect(surface, theme.color("panel"), draw_rect, border_radius=radius)
        pygame.draw.rect(surface, theme.color("panel_border"), draw_rect, 3, radius)
        if state.focused:
            draw_focus_ring(surface, ctx, draw_rect, radius)
        pad = theme.px("padding")
        if state.focused:  # the input method's window opens next to the entry
            pygame.key.set_text_input_rect(rect)
        shown = self.value or self.hint
        if self.composing:
            shown = f"{self.value}<em>{self.composing}</em>"
        color = "text" if (self.value or self.composing) else "text_muted"
        para = ctx.layout(shown or " ", rect.width - pad * 2, ctx.style("heading", color))
        y = rect.centery - int(para.height) // 2
        para.draw(surface, (rect.x + pad, y))
        if state.focused:
            used = int(para.content_width) if (self.value or self.composing) else 0
            caret_x = rect.right - pad - used - 4 if ctx.rtl else rect.x + pad + used + 2
            pygame.draw.line(
                surface, theme.color("text"), (caret_x, y), (caret_x, y + int(para.height)), 3
            )

    def text(self) -> str:
        return self.value or self.hint


def without_last_character(text: str) -> str:
    """`text` without its last user-perceived character (an emoji, a letter with its marks)."""
    from uniseg.graphemecluster import grapheme_clusters

    clusters = list(grapheme_clusters(text))
    return "".join(clusters[:-1])
