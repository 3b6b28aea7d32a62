"""Print and export one class: the report (PDF, web page, spreadsheet), the
certificates, and the class file that carries the class to another PC.

Each button writes one file into the data folder's ``exports`` folder, whose
full path is on screen; afterwards the screen says where the file is, or in
plain words why it could not be written (the disk is full, the folder cannot
be written). Reports and certificates are in the class's language.
"""

from __future__ import annotations

from functools import partial

from sango_game.i18n import _, isolate
from sango_game.text.markup import literal
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens import teacher_saving
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label


def kind_words(kind: str) -> str:
    return {
        "report-pdf": _("Class report (PDF, to print)"),
        "report-html": _("Class report (web page, to open and print)"),
        "report-csv": _("Class report (spreadsheet, CSV)"),
        "certificates": _("Certificates, one page a pupil (PDF)"),
        "class-file": _("Class file, to carry the class to another PC"),
    }[kind]


class TeacherExportsScreen(Screen):
    name = "teacher-exports"
    KINDS = ("report-pdf", "report-html", "report-csv", "certificates", "class-file")

    def __init__(self, app, info):
        super().__init__(app)
        self.info = info
        self.message = ""
        self.failed = False

    def compose(self, ctx, body):
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Print and export: class {name}",
                                      name=isolate(literal(self.info.name))),
                         role="heading", color="heading", bold=True))
        column.add(Label("folder", teacher_saving.folder_words(self.app)))
        for kind in self.KINDS:
            column.add(Button(f"save-{kind}", kind_words(kind),
                              partial(self.save, kind), variant="secondary",
                              align="start"))
        if self.message:
            column.add(Label("message", f"<b>{self.message}</b>",
                             color="unsafe" if self.failed else "text"))
        return column.widgets

    def save(self, kind: str) -> None:
        result = teacher_saving.save(self.app, kind, self.info)
        self.message, self.failed = teacher_saving.saved_words(result), not result.ok
        self.app.relayout_all()
