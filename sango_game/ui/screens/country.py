"""Which country's help lines the Help screen shows (a grown-up's setting).

School computers often keep a default locale (en_US) wherever they are, so the
country can be set here; "this computer's" follows the system locale again.
Each entry shows the country code and its help lines, so no translated country
names are needed.
"""

from __future__ import annotations

from sango_game.i18n import _
from sango_game.ui.helplines import system_country
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label


class CountryScreen(Screen):
    name = "country"

    def preferred_focus(self):
        chosen = self.app.services.settings.country
        return f"country-{chosen}" if chosen else "country-system"

    def compose(self, ctx, body):
        services = self.app.services
        chosen = services.settings.country
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(
            Label(
                "heading",
                _("Help line country"),
                role="heading",
                color="heading",
                bold=True,
                align="center",
            )
        )
        system = system_country()
        column.add(
            Button(
                "country-system",
                _("This computer's country ({country})", country=system or _("not set")),
                lambda: self.pick(None),
                variant="secondary",
                selected=chosen is None,
                align="start",
            )
        )
        lines = services.helplines.lines
        for code in sorted(code for code in lines if code != "DEFAULT"):
            services_here = ", ".join(
                dict.fromkeys(line.label for line in lines[code] if line.number))
            column.add(
                Button(
                    f"country-{code}",
                    f"{code} · {services_here}",
                    lambda c=code: self.pick(c),
                    variant="secondary",
                    selected=chosen == code,
                    align="start",
                    role="small",
                )
            )
        return column.widgets

    def pick(self, code: str | None) -> None:
        services = self.app.services
        settings = services.settings
        settings.country = code
        services.save_settings(settings)
        self.app.pop()
