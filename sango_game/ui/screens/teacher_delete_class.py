"""Delete a class and every record of its pupils, after the teacher confirms.

Reached from the class's screen, behind the PIN. It says how many pupils go
and that it cannot be undone; "No, keep it" has the focus and Esc keeps the
class too. "Yes, delete" removes the class, its pupils' profiles, levels,
choices and badges in one step (``classes.delete_class``; the deleted bytes
are overwritten in the file), then goes back to the classes.
"""

from __future__ import annotations

from sango_game.classroom import classes
from sango_game.i18n import _, isolate, ngettext
from sango_game.text.markup import literal
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label


class TeacherDeleteClassScreen(Screen):
    name = "teacher-delete-class"

    def __init__(self, app, info):
        super().__init__(app)
        self.info = info
        self.message = ""

    def preferred_focus(self):
        return "keep"

    def compose(self, ctx, body):
        count = len(classes.pupils(self.app.services.store, self.info))
        width = centered_width(ctx, max_px=900)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Delete class {name}?",
                                      name=isolate(literal(self.info.name))),
                         role="heading", color="heading", bold=True))
        column.add(Label("what", ngettext(
            "This deletes the class and everything of its {n} pupil: profile, levels, "
            "choices and badges. It cannot be undone.",
            "This deletes the class and everything of its {n} pupils: profiles, levels, "
            "choices and badges. It cannot be undone.", count)))
        column.add(Label("files", _("Files you saved (reports, certificates, class files) "
                                    "are not deleted."), role="small"))
        column.add(Button("keep", _("No, keep it"), self.app.pop))
        column.add(Button("delete", _("Yes, delete the class"), self.delete,
                          variant="secondary"))
        if self.message:
            column.add(Label("message", f"<b>{self.message}</b>", color="unsafe"))
        return column.widgets

    def delete(self) -> None:
        result = classes.delete_class(self.app.services.store, self.info)
        if not result.ok:
            self.message = _("The class could not be deleted. Nothing was changed.")
            self.app.relayout_all()
            return
        self.app.pop()  # this screen
        self.app.pop()  # the class's own screen: it is gone
