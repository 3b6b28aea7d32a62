"""Settings: language, text size (100-200 %), sound volumes, fullscreen, help-line country,
read-aloud (with which languages this computer can read aloud),
and (for teachers, behind the PIN) locking sensitive stories.

Also the accessibility menu (`access.py`), "What we
save" and, while a player is chosen, "Delete my profile".

Changes take effect at once and are saved in the player's profile (or kept
for the app until a player is chosen).
"""

from __future__ import annotations

from functools import partial

from sango_game import i18n
from sango_game.i18n import _
from sango_game.session.settings import TEXT_SCALE_RANGE
from sango_game.ui.helplines import country_name
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.sensitive_lock import lock_words
from sango_game.ui.widgets import Button, Label, Slider


class SettingsScreen(Screen):
    name = "settings"

    def compose(self, ctx, body):
        settings = self.app.services.settings
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(
            Label(
                "heading", _("Settings"), role="heading", color="heading", bold=True, align="center"
            )
        )
        languages = i18n.available_languages()
        if len(languages) > 1:
            column.add(Label("language-heading", _("Language"), bold=True))
            current = i18n.current_language().code
            column.row(
                [
                    Button(
                        f"lang-{language.code}",
                        language.native_name,
                        partial(self.change, language=language.code),
                        variant="secondary",
                        selected=language.code == current,
                        role="small",
                    )
                    for language in languages
                ],
                min_width=round(180 * ctx.theme.scale),
                whole_words=True,
            )
        column.add(
            Slider(
                "text-size",
                _("Text size: {value} %", value=settings.text_scale),
                settings.text_scale,
                *TEXT_SCALE_RANGE,
                10,
                lambda value: self.change(text_scale=value),
            )
        )
        column.add(
            Slider(
                "volume",
                _("Sound volume: {value} %", value=settings.volume),
                settings.volume,
                0,
                100,
                10,
                lambda value: self.change(volume=value),
            )
        )
        column.add(
            Slider(
                "effects-volume",
                _("Sound effects: {value} %", value=settings.effects_volume),
                settings.effects_volume,
                0,
                100,
                10,
                lambda value: self.change(effects_volume=value),
            )
        )
        column.add(
            Button(
                "accessibility",
                _("Accessibility (Shift+A)"),
                self.app.open_access,
                variant="secondary",
                align="start",
            )
        )
        column.add(
            Button(
                "fullscreen",
                _("Full screen (F11)"),
                lambda: self.change(fullscreen=not self.app.is_fullscreen()),
                variant="secondary",
                selected=self.app.is_fullscreen(),
                align="start",
            )
        )
        read_aloud = self.app.read_aloud
        column.add(
            Button(
                "read-aloud",
                _("Read aloud (R repeats)"),
                lambda: self.change(read_aloud=not read_aloud.enabled()),
                variant="secondary",
                selected=read_aloud.enabled(),
                align="start",
            )
        )
        column.add(Label("read-aloud-languages", read_aloud.languages_sentence(), role="small"))
        country = self.app.services.country()
        shown = country_name(country, i18n.current_language().code) if country else _("not set")
        column.add(
            Button(
                "help-country",
                _("Help line country: {country}", country=shown),
                partial(self.open_screen, "country"),
                variant="secondary",
                align="start",
            )
        )
        column.add(
            Button(
                "teacher-lock",
                lock_words(self.app.services.store.sensitive_locked),
                partial(self.open_screen, "teacher-lock"),
                variant="secondary",
                align="start",
            )
        )
        column.add(
            Button(
                "what-we-save",
                _("What we save"),
                partial(self.open_screen, "what-we-save"),
                variant="secondary",
                align="start",
            )
        )
        if self.app.services.profile is not None:
            column.add(
                Button(
                    "delete-profile",
                    _("Delete my profile"),
                    partial(self.open_screen, "delete-profile"),
                    variant="secondary",
                    align="start",
                )
            )
        return column.widgets

    def open_screen(self, name: str) -> None:
        """A button's action: open the screen called `name` over this one."""
        self.app.push_screen(name)

    def change(self, **values) -> None:
        services = self.app.services
        settings = services.settings
        fullscreen = values.pop("fullscreen", None)
        for key, value in values.items():
            setattr(settings, key, value)
        services.save_settings(settings)
        if "language" in values:
            self.app.set_language(values["language"])
        self.app.apply_settings()
        if fullscreen is not None:
            self.app.toggle_fullscreen()
        if {"effects_volume", "volume", "mono"} & set(values):
            self.app.sounds.play("choice")
