"""One class, for its teacher: today's lesson (play together) and the class report.

Today's levels (or, before a lesson is chosen, the class's track) each have a
"Play together" button that opens the projector view. Below, the report: each
pupil's levels and stars, the share of safe choices per topic, and the tricky
moments with the level's question for the class. Printing and exports are
``sango-game classroom report`` (docs/TEACHERS.md).
"""

from __future__ import annotations

from sango_game.classroom import lesson, report
from sango_game.classroom.language import percent, plain_text
from sango_game.i18n import _, ngettext, pgettext
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
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Class {name}", name=self.info.name), role="heading",
                         color="heading", bold=True))
        column.add(Label("lesson-heading", _("Today's lesson"), bold=True))
        column.add(Button("choose-lesson", _("Choose today's levels"), self.choose_lesson,
                          variant="secondary"))
        chosen = [library.level(i) for i in self.info.lesson if library.level(i)]
        for level in chosen or list(library.levels_in(self.info.track)):
            item = lesson.lesson_level(level)
            title = pgettext(item.title_msgctxt, item.title)
            column.add(Button(f"together-{level.id}", _("Play together: {title}", title=title),
                              lambda lv=level: self.play_together(lv), variant="secondary",
                              align="start"))
        data = report.build_report(services.store, self.info, library.levels, library.topics)
        column.add(Label("report-heading", _("Levels and stars"), bold=True))
        if not data.rows:
            column.add(Label("no-pupils", _("This class has no pupils yet.")))
        for row in data.rows:
            done = ngettext("{n} level done", "{n} levels done", row.levels_done)
            stars = ngettext("{n} star", "{n} stars", row.stars)
            column.add(Label(f"pupil-{row.nickname}", _(
                "{label}: {value}", label=row.nickname, value=f"{done} · {stars}"),
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
        return column.widgets

    def choose_lesson(self) -> None:
        self.app.push_screen("teacher-lesson", self.info)

    def play_together(self, level) -> None:
        self.app.push_screen("teacher-together", level)
