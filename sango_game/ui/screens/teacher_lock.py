"""Lock or open sensitive levels: a teacher's setting, behind the teacher PIN.

Reached from Settings. With a PIN set, the teacher types it (checked by `classroom.pin_gate`, so
repeated wrong PINs slow further tries, as on the teacher area's PIN screen);
a right PIN turns
the lock on or off (`store.set_sensitive_locked`) and goes back. With no PIN
yet, the teacher chooses one (4 to 12 digits, kept only as a salted hash by
`progress`) and the lock is switched at once. A wrong PIN changes nothing.
"""

from __future__ import annotations

from sango_game.classroom import pin_gate
from sango_game.i18n import _
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.sensitive_lock import lock_words
from sango_game.ui.widgets import Button, Label
from sango_game.ui.widgets.text_input import TextInput


class TeacherLockScreen(Screen):
    name = "teacher-lock"

    def __init__(self, app):
        super().__init__(app)
        self.typed = ""
        self.message = ""

    def preferred_focus(self):
        return "pin"

    def compose(self, ctx, body):
        store = self.app.services.store
        locked = store.sensitive_locked
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("For teachers: sensitive stories"), role="heading",
                         color="heading", bold=True, align="center"))
        column.add(Label("state", lock_words(locked), bold=True))
        column.add(Label("about", _("Some stories are about difficult things, such as "
                                    "pressure to send a private photo. A teacher can lock "
                                    "them, so they stay closed on the map.")))
        if store.has_teacher_pin():
            ask = _("Type the teacher PIN")
        else:
            ask = _("Choose a teacher PIN (4 to 12 digits). You need it to change this again.")
        column.add(Label("ask", ask))
        column.add(TextInput("pin", self.typed, self.on_type, self.submit, max_length=12))
        if self.message:
            column.add(Label("message", self.message, color="text_muted"))
        action = _("Open sensitive stories") if locked else _("Lock sensitive stories")
        column.add(Button("switch", action, self.submit))
        return column.widgets

    def on_type(self, value: str) -> None:
        self.typed = "".join(char for char in value if char.isascii() and char.isdigit())

    def submit(self, *_args) -> None:
        store = self.app.services.store
        if store.has_teacher_pin():
            checked = pin_gate.check_pin(store, self.typed)  # wrong PINs slow further tries
            if checked.problem is not None:
                self.typed = ""
                self.message = _(checked.problem.message, **checked.problem.params)
                self.app.relayout_all()
                return
        else:
            result = store.set_teacher_pin(self.typed)
            if not result.ok:
                self.message = _("A PIN is 4 to 12 digits.")
                self.app.relayout_all()
                return
        store.set_sensitive_locked(not store.sensitive_locked)
        self.app.pop()
