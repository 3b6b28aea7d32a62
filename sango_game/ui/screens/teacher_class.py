"""One class, for its teacher: today's lesson (play together) and the class report.

Today's levels (or, before a lesson is chosen, the class's track) each have a
"Play together" button that opens the projector view. Below, the report: each
pupil's levels and stars, the share of safe choices per topic, and the tricky
moments with the level's question for the class. Buttons open the class's
pupils (add, generate, print cards), printing and exports, and the class's
accessibility defaults.
"""

from __future__ import annotations

from functools import partial

from sango_game.classroom import classes, lesson, report
from sango_game.classroom.language import percent, plain_text
from sango_game.i18n import _, isolate, ngettext, pgettext
from sango_game.text.markup import literal
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label


class TeacherClassScreen(Screen):
    name = "teacher-class"

    def __init__(self, app, info):
        super().__init__(app)
        self.info = info

    def compose(self, ctx, body):
        services = self.app.services
        library = services.library
        self.info = classes.find_class(services.store, self.info.id) or self.info  # fresh
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Class {name}", name=self.info.name), role="heading",
                         color="heading", bold=True))
        column.row([
            Button("pupils", _("Add or see pupils"), self.open_pupils, variant="secondary"),
            Button("print-export", _("Print and export"), self.open_exports,
                   variant="secondary"),
            Button("class-access", _("Accessibility for this class"), self.open_access,
                   variant="secondary"),
        ], min_width=round(300 * ctx.theme.scale), align="start")
        column.add(Label("lesson-heading", _("Today's lesson"), bold=True))
        column.add(Button("choose-lesson", _("Choose today's levels"), self.choose_lesson,
                          variant="secondary"))
        chosen = [level for level in map(library.level, self.info.lesson) if level is not None]
        for level in chosen or list(library.levels_in(self.info.track)):
            item = lesson.lesson_level(level)
            title = pgettext(item.title_msgctxt, item.title)
            column.add(Button(f"together-{level.id}", _("Play together: {title}", title=title),
                              partial(self.play_together, level), variant="secondary",
                              align="start"))
        data = report.build_report(services.store, self.info, library.levels, library.topics)
        column.add(Label("report-heading", _("Levels and stars"), bold=True))
        if not data.rows:
            column.add(Label("no-pupils", _("This class has no pupils yet.")))
        for row in data.rows:
            done = ngettext("{n} level done", "{n} levels done", row.levels_done)
            stars = ngettext("{n} star", "{n} stars", row.stars)
            column.add(Label(f"pupil-{row.nickname}", _(
                "{label}: {value}", label=isolate(literal(row.nickname)),
                value=f"{done} · {stars}"),
                role="small"))
        column.add(Label("topics-heading", _("Safe choices per topic"), bold=True))
        if not data.topics:
            column.add(Label("no-choices", _("No choices yet"), role="small"))
        for topic in data.topics:
            column.add(Label(f"topic-{topic.topic}", _(
                "{label}: {value}", label=pgettext(topic.name_msgctxt, topic.name),
                value=percent(topic.share or 0.0)), role="small"))
        column.add(Label("tricky-heading", _("Tricky moments"), bold=True))
        for index, moment in enumerate(data.tricky):
            choice = plain_text(pgettext(moment.choice_msgctxt, moment.choice_text))
            note = plain_text(pgettext(moment.note_msgctxt, moment.note))
            column.add(Label(f"tricky-{index}", _("{label}: {value}", label=choice,
                                                   value=note), role="small"))
        column.add(Button("delete-class", _("Delete this class"), self.delete_class,
                          variant="secondary", align="start"))
        return column.widgets

    def delete_class(self) -> None:
        self.app.push_screen("teacher-delete-class", self.info)

    def open_pupils(self) -> None:
        self.app.push_screen("teacher-pupils", self.info)

    def open_exports(self) -> None:
        self.app.push_screen("teacher-exports", self.info)

    def on_enter(self) -> None:
        self.app.relayout_all()  # pupils added meanwhile

    def open_access(self) -> None:
        self.app.push_screen("teacher-class-access", self.info)

    def choose_lesson(self) -> None:
        self.app.push_screen("teacher-lesson", self.info)

    def play_together(self, level) -> None:
        self.app.push_screen("teacher-together", level)
