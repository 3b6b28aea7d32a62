"""Choose today's lesson for a class: the catalogue, filtered by topic and minutes.

Each level shows its minutes, its learning objective and its discussion
questions. A tick puts it in today's lesson (pupils' maps show today's levels
first); a second toggle locks or unlocks it for this class, sensitive levels
included. Every change is saved at once.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from sango_game.classroom import classes, lesson
from sango_game.i18n import _, ngettext, pgettext
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label

MINUTES = (None, 10, 15, 20)


class TeacherLessonScreen(Screen):
    name = "teacher-lesson"

    def __init__(self, app, info):
        super().__init__(app)
        self.info = info
        self.topic: str | None = None
        self.minutes: int | None = None

    def compose(self, ctx, body):
        library = self.app.services.library
        width = centered_width(ctx, max_px=1300)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Choose today's levels"), role="heading",
                         color="heading", bold=True))
        track_levels = list(library.levels_in(self.info.track))
        topics = [None, *dict.fromkeys(level.topic for level in track_levels)]
        topic_names = {t.id: pgettext(f"topic/{t.id}/name", t.name) for t in library.topics}
        column.row([Button(f"topic-{t or 'all'}", topic_names.get(t, t) if t else
                           _("All topics"), partial(self.filter, topic=t),
                           variant="secondary", role="small", selected=t == self.topic)
                    for t in topics], min_width=round(180 * ctx.theme.scale))
        column.row([Button(f"minutes-{m or 'any'}",
                           ngettext("Up to {n} minute", "Up to {n} minutes", m) if m
                           else _("Any length"), partial(self.filter, minutes=m),
                           variant="secondary", role="small", selected=m == self.minutes)
                    for m in MINUTES], min_width=round(180 * ctx.theme.scale))
        found = lesson.catalogue(track_levels, topic=self.topic, max_minutes=self.minutes)
        if not found:
            column.add(Label("none", _("No levels match.")))
        for item in found:
            title = pgettext(item.title_msgctxt, item.title)
            words = _("{label}: {value}", label=title, value=ngettext(
                "{n} minute", "{n} minutes", item.minutes))
            column.add(Button(f"lesson-{item.id}", words, partial(self.toggle, item.id),
                              variant="secondary", align="start",
                              selected=item.id in self.info.lesson))
            column.add(Label(f"objective-{item.id}",
                             pgettext(item.objective_msgctxt, item.objective), role="small"))
            for index, (msgctxt, question) in enumerate(item.questions):
                column.add(Label(f"question-{item.id}-{index}", pgettext(msgctxt, question),
                                 role="small", color="text_muted"))
            locked = item.id in self.info.locked
            column.add(Button(f"lock-{item.id}", _("Locked for this class") if locked
                              else _("Open for this class"), partial(self.lock, item.id),
                              variant="secondary", role="small", selected=not locked))
        return column.widgets

    def filter(self, **changes) -> None:
        for name, value in changes.items():
            setattr(self, name, value)
        self.app.relayout_all()

    def toggle(self, level_id: str) -> None:
        chosen = list(self.info.lesson)
        chosen = [i for i in chosen if i != level_id] if level_id in chosen else [
            *chosen, level_id]
        self._save(classes.set_lesson(self.info, chosen))

    def lock(self, level_id: str) -> None:
        change = classes.unlock_levels if level_id in self.info.locked else classes.lock_levels
        self._save(change(self.info, [level_id]))

    def _save(self, info) -> None:
        result = classes.save_class(self.app.services.store, info)
        if result.ok:
            self.info = info
        self.app.relayout_all()

    def on_back(self) -> None:
        """Back to the class screen, which shows the new lesson."""
        below = self.app.stack[-2] if len(self.app.stack) > 1 else None
        if below is not None and hasattr(below, "info"):
            below.info = replace(self.info)
        self.app.pop()
