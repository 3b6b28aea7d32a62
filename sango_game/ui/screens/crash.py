"""The calm screen shown when something unexpected went wrong (the crash guard).

"Something went wrong - your stars are safe", in the child's language, and
one big button: back to the map, or to the title when the map is what failed
(or no map is open). See `sango_game.ui.crash` for the log and the rules that
stop it from looping.
"""

from __future__ import annotations

from sango_game.i18n import _
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label, Picture

MAP = "map"
TITLE = "title"


class CrashScreen(Screen):
    name = "crash"
    show_help = True

    def __init__(self, app, failed: str):
        super().__init__(app)
        self.failed = failed  # the name of the screen that failed

    def way_back(self) -> str:
        """Where the button goes: the map, unless the map failed or is not open."""
        below = [screen.name for screen in self.app.stack if screen is not self]
        if self.failed != MAP and MAP in below:
            return MAP
        return TITLE

    def preferred_focus(self):
        return "way-back"

    def compose(self, ctx, body):
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Picture("crash-icon", "icons/help.svg"), height=ctx.theme.px("avatar"))
        column.add(
            Label(
                "heading",
                _("Something went wrong — your stars are safe."),
                role="heading",
                color="heading",
                bold=True,
                align="center",
            )
        )
        column.add(
            Label(
                "explain",
                _("Everything you chose is saved. Let's go back and carry on."),
                align="center",
            )
        )
        if self.way_back() == MAP:
            label = _("Back to the map")
        else:
            label = _("Back to the start")
        button = Button("way-back", label, self.go_back, icon="icons/back.svg")
        column.add(
            button,
            width=min(width, max(round(320 * ctx.theme.scale), button.natural_width(ctx, width))),
            align="center",
        )
        return column.widgets

    def go_back(self) -> None:
        app = self.app
        target = self.way_back()
        names = [screen.name for screen in app.stack]
        index: int | None
        if target == MAP:
            index = len(names) - 1 - names[::-1].index(MAP)
        else:
            index = 0 if names and names[0] == TITLE else None
        if index is None:
            app.crash_guard.restart_at_title()
            return
        app.pop_to(index)

    def on_back(self) -> None:
        self.go_back()
