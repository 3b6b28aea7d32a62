"""The title screen: Sango's name and art, Play, Settings, Quit, and languages.

Each language is named in its own script. Room is left below the buttons for
a "For teachers" entry a later issue adds.
"""

from __future__ import annotations

import pygame

from sango_game import i18n
from sango_game.i18n import _
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
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
        languages = i18n.available_languages()
        if len(languages) > 1:
            current = i18n.current_language().code
            buttons = [
                Button(
                    f"lang-{language.code}",
                    language.native_name,
                    lambda code=language.code: self.pick_language(code),
                    variant="secondary",
                    selected=language.code == current,
                    role="small",
                )
                for language in languages
            ]
            column.row(buttons, min_width=round(180 * ctx.theme.scale))
        return column.widgets

    def play(self) -> None:
        from sango_game.ui.screens.profiles import ProfilesScreen

        self.app.push(ProfilesScreen(self.app))

    def pick_language(self, code: str) -> None:
        if self.app.set_language(code):
            settings = self.app.services.settings
            settings.language = code
            self.app.services.save_settings(settings)

    def on_key(self, event) -> bool:
        return (
            event.key == pygame.K_q
            and bool(event.mod & pygame.KMOD_CTRL)
            and (self.app.quit() or True)
        )
