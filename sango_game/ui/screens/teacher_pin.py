"""The door to the teacher area: type the PIN, or choose one on first use.

Digits come from the number keys or the on-screen keypad (mouse, touch); the
PIN shows as dots. A wrong PIN says so, and after repeated wrong PINs the
screen says how long to wait (``classroom.pin_gate``: the wait is kept in the
data folder, so restarting the game does not skip it). Esc always leaves.
Only this screen opens the teacher screens.
"""

from __future__ import annotations

from functools import partial

import pygame

from sango_game.classroom import pin_gate
from sango_game.i18n import _
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label

DIGIT_KEYS = {getattr(pygame, f"K_{n}"): str(n) for n in range(10)} | {
    getattr(pygame, f"K_KP{n}"): str(n) for n in range(10)
}
MAX_DIGITS = 12


class TeacherPinScreen(Screen):
    name = "teacher-pin"

    def __init__(self, app):
        super().__init__(app)
        self.typed = ""
        self.first: str | None = None  # choosing a PIN: the first of the two entries
        self.message: str | None = None

    def preferred_focus(self):
        return "key-1"

    def compose(self, ctx, body):
        store = self.app.services.store
        width = centered_width(ctx, max_px=700)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("For teachers"), role="heading", color="heading",
                         bold=True, align="center"))
        if store.has_teacher_pin():
            prompt = _("Type the teacher PIN.")
        elif self.first is None:
            prompt = _("Choose a teacher PIN: 4 to 12 digits. Children must not see it.")
        else:
            prompt = _("Type the same PIN again.")
        column.add(Label("prompt", prompt, align="center"))
        column.add(Label("pin-dots", "●" * len(self.typed) or "–", role="heading",
                         align="center"))
        keys = [Button(f"key-{d}", d, partial(self.add, d), variant="secondary")
                for d in "1234567890"]
        column.row(keys, min_width=round(110 * ctx.theme.scale))
        column.row([
            # Translators: keypad key that removes the last digit typed.
            Button("key-delete", _("Delete"), self.delete, variant="secondary"),
            Button("key-ok", _("OK"), self.submit),
        ], min_width=round(200 * ctx.theme.scale))
        if self.message:
            column.add(Label("message", f"<b>{self.message}</b>", color="unsafe",
                             align="center"))
        return column.widgets

    def on_key(self, event) -> bool:
        if event.key in DIGIT_KEYS:
            self.add(DIGIT_KEYS[event.key])
            return True
        if event.key == pygame.K_BACKSPACE:
            self.delete()
            return True
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):  # Enter always tries the PIN
            self.submit()
            return True
        return False

    def add(self, digit: str) -> None:
        if len(self.typed) < MAX_DIGITS:
            self.typed += digit
        self.app.relayout_all()

    def delete(self) -> None:
        self.typed = self.typed[:-1]
        self.app.relayout_all()

    def submit(self) -> None:
        store = self.app.services.store
        typed, self.typed = self.typed, ""
        if not store.has_teacher_pin():
            self._choose(store, typed)
        else:
            checked = pin_gate.check_pin(store, typed)
            if checked.problem is None:
                self._open()
                return
            self.message = _(checked.problem.message, **checked.problem.params)
        self.app.relayout_all()

    def _choose(self, store, typed: str) -> None:
        if not (4 <= len(typed) <= MAX_DIGITS):
            self.message = _("A PIN has 4 to 12 digits.")
        elif self.first is None:
            self.first, self.message = typed, None
        elif typed != self.first:
            self.first, self.message = None, _("The two PINs differ. Start again.")
        else:
            result = store.set_teacher_pin(typed)
            if result.problem is None:
                self._open()
                return
            self.first, self.message = None, _(result.problem.message, **result.problem.params)

    def _open(self) -> None:
        self.app.switch_screen("teacher-classes")
