"""The teacher area's first screen: the classes on this PC.

Reached only through the PIN screen. Each class opens its own screen (today's
lesson, play together, the report). "New class" makes one here (or IT staff
use ``sango-game classroom``, docs/TEACHERS.md). Esc leaves the teacher area.
"""

from __future__ import annotations

from functools import partial

from sango_game.classroom import classes
from sango_game.i18n import _, ngettext
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label


class TeacherClassesScreen(Screen):
    name = "teacher-classes"

    def compose(self, ctx, body):
        store = self.app.services.store
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Classes"), role="heading", color="heading", bold=True))
        found = classes.list_classes(store)
        if not found:
            column.add(Label("no-classes", _("No classes yet. Make one with New class.")))
        for info in found:
            count = len(store.list_profiles(info.id))
            label = ngettext("{name}: {n} pupil", "{name}: {n} pupils", count, name=info.name)
            column.add(Button(f"class-{info.name}", label,
                              partial(self.open_class, info), variant="secondary",
                              align="start"))
        column.add(Button("new-class", _("New class"), self.new_class, align="start"))
        column.add(Label("more-heading", _("For the whole PC"), bold=True))
        column.add(Button("records", _("Learning records"), self.open_records,
                          variant="secondary", align="start"))
        return column.widgets

    def new_class(self) -> None:
        self.app.push_screen("teacher-new-class")

    def on_enter(self) -> None:
        self.app.relayout_all()  # a class made or changed meanwhile

    def open_records(self) -> None:
        self.app.push_screen("teacher-records")

    def open_class(self, info) -> None:
        self.app.push_screen("teacher-class", info)

    def on_back(self) -> None:
        """Esc leaves the teacher area altogether."""
        self.app.pop()
