"""Which country's help the Help screen shows: chosen by an adult, never guessed.

School computers often keep a default locale (en_US) wherever they are, so the
game never reads the country from the locale: an adult picks it here, from
Settings. Every country of the help directory is listed by its name in the
child's language (Babel), with its child help line when one is confirmed.
"No country" goes back to the advice that always holds.
"""

from __future__ import annotations

from functools import partial

from sango_game import i18n
from sango_game.i18n import _
from sango_game.ui.helplines import country_name, entry_label
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label


def country_choices(directory, language: str) -> list[tuple[str, str]]:
    """(code, "Kenya · Childline Kenya 116") for every country, sorted by shown name."""
    rows = []
    for code, entry in directory.countries.items():
        name = country_name(code, language, entry.name)
        lines = directory.help_for(code).helplines
        label = f"{name} · {entry_label(lines[0])}" if lines else name
        rows.append((name.casefold(), code, label))
    return [(code, label) for _key, code, label in sorted(rows)]


class CountryScreen(Screen):
    name = "country"

    def preferred_focus(self):
        chosen = self.app.services.country()
        return f"country-{chosen}" if chosen else "country-none"

    def compose(self, ctx, body):
        services = self.app.services
        chosen = services.country()
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
        column.add(Label("for-adults", _("For an adult: choose the country this child is in, "
                                         "so the Help screen shows help lines that work there.")))
        column.add(
            Button(
                "country-none",
                _("No country (only the advice that always holds)"),
                lambda: self.pick(None),
                variant="secondary",
                selected=chosen is None,
                align="start",
            )
        )
        language = i18n.current_language().code
        for code, label in country_choices(services.help_directory, language):
            column.add(
                Button(
                    f"country-{code}",
                    label,
                    partial(self.pick, code),
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
