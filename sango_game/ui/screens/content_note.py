"""The content note before a sensitive level: what it is about, and that the child may stop.

Shown by `navigation.start_level` before any level with a `content_note`: the note in the
level's own words (written for its track), "You can stop any time", and the Help
screen one key (F1) away; the Help screen opened from here also lists where to
report and take an image down (`sensitive_help`). Continue starts the level;
Not now goes back to the map. A level a teacher locked (sensitive levels, from
Settings) does not start at all (`Services.level_locked`).
"""

from __future__ import annotations

from sango_game.i18n import _, pgettext
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label, Picture


def stop_words(track: str | None) -> str:
    """"You can stop any time" in words for the track."""
    if track == "under-9":
        return _("You can stop any time. Press F1 for help.")
    return _("You can stop any time: press Esc or choose Not now. Help is one key away: "
             "press F1 on any screen.")


class ContentNoteScreen(Screen):
    name = "content-note"
    sensitive_help = True  # F1 here shows report and take-down too

    def __init__(self, app, level):
        super().__init__(app)
        self.level = level

    def preferred_focus(self):
        return "continue"

    def compose(self, ctx, body):
        level = self.level
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Picture("help-icon", "icons/help.svg"), height=ctx.theme.px("avatar"))
        column.add(Label("heading", _("Before you start"), role="heading", color="heading",
                         bold=True, align="center"))
        column.add(Label("title", pgettext(level.meta_msgctxt("title"), level.title), bold=True))
        column.add(Label("note", pgettext(level.content_note_msgctxt, level.content_note)))
        column.add(Label("stop", stop_words(level.track), bold=True))
        column.add(Button("continue", _("Continue"), self.go_on, icon="icons/play.svg"))
        column.add(Button("not-now", _("Not now"), self.app.pop, variant="secondary",
                          icon="icons/back.svg"))
        column.add(Button("open-help", _("Help (F1)"), self.app.open_help, variant="secondary",
                          icon="icons/help.svg"))
        return column.widgets

    def go_on(self) -> None:
        self.app.switch_screen("scene", self.level)
