"""Pick a language: every language whose catalog exists, named in its own script.

Opened from the title screen and from Settings. The change takes effect at
once (no restart) and is remembered in the player's settings.
"""

from __future__ import annotations

from functools import partial

from sango_game import i18n
from sango_game.i18n import _
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label


def change_language(app, code: str) -> None:
    if app.set_language(code):
        settings = app.services.settings
        settings.language = code
        app.services.save_settings(settings)


class LanguageScreen(Screen):
    name = "language"

    def preferred_focus(self):
        return f"lang-{i18n.current_language().code}"

    def compose(self, ctx, body):
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(
            Label(
                "heading", _("Language"), role="heading", color="heading", bold=True, align="center"
            )
        )
        current = i18n.current_language().code
        buttons = [
            Button(
                f"lang-{language.code}",
                language.native_name,
                partial(self.pick, language.code),
                variant="secondary",
                selected=language.code == current,
            )
            for language in i18n.available_languages()
        ]
        column.row(buttons, min_width=round(260 * ctx.theme.scale), whole_words=True)
        return column.widgets

    def pick(self, code: str) -> None:
        change_language(self.app, code)
        self.app.pop()
