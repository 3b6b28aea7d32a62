"""The title screen: Sango's name and art, Play, Settings, Quit, and the language.

The language button shows the current language in its own script and opens
the list of languages, each named in its own script. Room is left below the buttons for
a "For teachers" entry a later issue adds.
"""

from __future__ import annotations

import pygame

from sango_game.i18n import _
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.screens.language import language_button
from sango_game.ui.widgets import Button, Label, Picture


class TitleScreen(Screen):
    name = "title"
    show_back = False

    def preferred_focus(self) -> str | None:
        return "play"

    def on_back(self) -> None:
        """Esc on the first screen does nothing: Quit is a button, never an accident."""

    def compose(self, ctx, body):
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        art_height = max(80, int(body.height * 0.34))
        column.add(Picture("title-art", "title.svg"), height=art_height)
        column.add(
            Label("title", _("Sango"), role="title", color="heading", bold=True, align="center")
        )
        column.add(
            Label(
                "tagline",
                _("Stories about being safe and kind online"),
                role="text",
                color="text_muted",
                align="center",
            )
        )
        button_width = min(width, round(420 * ctx.theme.scale))
        for name, words, icon, action in (
            ("play", _("Play"), "icons/play.svg", self.play),
            ("settings", _("Settings"), "icons/settings.svg", self.app.open_settings),
            ("quit", _("Quit"), "icons/quit.svg", self.app.quit),
        ):
            column.add(Button(name, words, action, icon=icon), width=button_width, align="center")
        column.add(language_button(self.app), width=button_width, align="center")
        return column.widgets

    def play(self) -> None:
        from sango_game.ui.screens.profiles import ProfilesScreen

        self.app.push(ProfilesScreen(self.app))

    def on_key(self, event) -> bool:
        return (
            event.key == pygame.K_q
            and bool(event.mod & pygame.KMOD_CTRL)
            and (self.app.quit() or True)
        )
