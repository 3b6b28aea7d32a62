"""Help, one key (F1) or click away on every screen.

"Worried about something online? Tell an adult you trust", how to block and
report, and the help for the country an adult chose, from the help directory:
the heading names the country ("Help in Kenya"). Where to report online abuse
and take an image down are shown too for 12-18 and over a sensitive level (a
content note or a sensitive ending below this screen says so: `wants_report`).
"""

from __future__ import annotations

from sango_game.i18n import _
from sango_game.ui.helplines import country_heading, helpline_words
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Label, Picture

REPORT_TRACKS = frozenset({"12-18"})


def wants_report(app) -> bool:
    """Report and take-down entries are shown for 12-18 and over a sensitive screen."""
    if app.services.track() in REPORT_TRACKS:
        return True
    return any(getattr(screen, "sensitive_help", False) for screen in app.stack)


class HelpScreen(Screen):
    name = "help"
    show_help = False

    def compose(self, ctx, body):
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Picture("help-icon", "icons/help.svg"), height=ctx.theme.px("avatar"))
        column.add(
            Label(
                "heading",
                _("Worried about something online?"),
                role="heading",
                color="heading",
                bold=True,
                align="center",
            )
        )
        column.add(
            Label(
                "tell",
                _(
                    "<b>Tell an adult you trust</b>: a parent, a carer or a "
                    "teacher. Keep telling until someone helps. "
                    "It is never your fault."
                ),
            )
        )
        column.add(
            Label(
                "helpline-heading", country_heading(self.app.services), role="text", bold=True,
                color="heading",
            )
        )
        column.add(Label("helpline", helpline_words(self.app.services, wants_report(self.app),
                                                     advice=False)))
        column.add(
            Label("block-heading", _("Block and report"), role="text", bold=True, color="heading")
        )
        column.add(
            Label(
                "block",
                _(
                    "If someone is mean, scary or asks for private things: stop answering. "
                    "Keep the messages and their profile to show an adult; "
                    "if there is a private photo, do not save it. "
                    "Then use the app's Block and Report buttons."
                ),
            )
        )
        column.add(
            Label(
                "keys",
                _(
                    "Keys: F1 help, Esc back, Tab and arrows move, "
                    "Enter or Space choose, F11 full screen."
                ),
                role="small",
                color="text_muted",
            )
        )
        return column.widgets
