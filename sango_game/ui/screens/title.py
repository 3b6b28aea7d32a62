"""The title screen: Sango's name and art, Play, Settings, Quit, and the language.

The language button shows the current language in its own script and opens
the list of languages, each named in its own script. Room is left below the buttons for
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
        widgets = self._compose(ctx, body, int(body.height * 0.34))
        overflow = max(w.rect.bottom for w in widgets) + ctx.theme.px("padding") - body.bottom
        if overflow > 0:  # the art gives way first, so the buttons need no scrolling
            widgets = self._compose(ctx, body, max(60, int(body.height * 0.34) - overflow))
        return widgets

    def _compose(self, ctx, body, art_height: int):
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
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
        play = Button(
            "play", _("Play"), self.play, icon="icons/play.svg", min_height="choice_min_height"
        )
        column.add(play, width=button_width, align="center")
        others = [
            Button(
                "settings",
                _("Settings"),
                self.app.open_settings,
                icon="icons/settings.svg",
                variant="secondary",
            ),
            language_button(self.app),
            Button("quit", _("Quit"), self.app.quit, icon="icons/quit.svg", variant="secondary"),
        ]
        column.row(
            others, min_width=round(250 * ctx.theme.scale), max_width=button_width, whole_words=True
        )
        column.add(Button("teachers", _("For teachers"), self.open_teachers, variant="secondary",
                          role="small"), width=button_width, align="center")
        return column.widgets

    def open_teachers(self) -> None:
        """The teacher area, always through the PIN screen (docs/TEACHERS.md)."""
        self.app.push_screen("teacher-pin")

    def play(self) -> None:
        self.app.push_screen("profiles")

    def on_key(self, event) -> bool:
        if event.key == pygame.K_q and event.mod & pygame.KMOD_CTRL:
            self.app.quit()
            return True
        return False


def language_button(app) -> Button:
    """ "Language: <name in its own script>", opening the language list."""
    language = i18n.current_language()
    words = _("Language: {language}", language=language.native_name)
    return Button("language", words, lambda: app.push_screen("language"), variant="secondary")
