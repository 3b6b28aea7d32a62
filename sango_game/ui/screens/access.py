"""The accessibility menu (Shift+A from any screen, or Settings > Accessibility).

Text size and line spacing, high contrast, the reading-friendly font, reduced
motion, one-switch input, clipboard mode, and the volumes of speech, sound
effects and music with mono audio. Every switch says "on" or "off" in words
(never by colour alone). Changes take effect at once and are kept in the
player's profile, like every setting (`SettingsScreen.change`).
"""

from __future__ import annotations

from functools import partial

from sango_game.i18n import _
from sango_game.session.settings import LINE_SPACING_RANGE, TEXT_SCALE_RANGE, VOLUME_RANGE
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.settings import SettingsScreen
from sango_game.ui.widgets import Button, Label, Slider


def _state(value: bool) -> str:
    return _("on") if value else _("off")


class AccessScreen(SettingsScreen):
    name = "access"

    def compose(self, ctx, body):
        settings = self.app.services.settings
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Accessibility"), role="heading", color="heading",
                         bold=True, align="center"))
        column.add(Label("hint", _("Shift+A opens this menu from any screen."),
                         role="small", color="text_muted"))
        column.add(Slider("text-size", _("Text size: {value} %", value=settings.text_scale),
                          settings.text_scale, *TEXT_SCALE_RANGE, 25,
                          lambda value: self.change(text_scale=value)))
        column.add(Slider("line-spacing",
                          _("Line spacing: {value} %", value=settings.line_spacing),
                          settings.line_spacing, *LINE_SPACING_RANGE, 25,
                          lambda value: self.change(line_spacing=value)))
        switches = (
            ("high_contrast", lambda state: _("High contrast: {state}", state=state)),
            ("reading_font", lambda state: _("Easy-to-read letters: {state}", state=state)),
            ("reduced_motion", lambda state: _("Less movement: {state}", state=state)),
            ("one_switch", lambda state: _("One switch (Space moves, Enter chooses): {state}",
                                           state=state)),
            ("clipboard", lambda state: _("Copy the text for a screen reader: {state}",
                                          state=state)),
            ("mono", lambda state: _("Same sound in both ears (mono): {state}", state=state)),
        )
        for key, words in switches:
            value = getattr(settings, key)
            column.add(Button(
                key.replace("_", "-"),
                words(_state(value)),
                partial(self.change, **{key: not value}),
                variant="secondary",
                selected=value,
                align="start",
            ))
        volumes = (
            ("speech_volume", lambda value: _("Voice volume: {value} %", value=value)),
            ("effects_volume", lambda value: _("Sound effects: {value} %", value=value)),
            ("music_volume", lambda value: _("Music volume: {value} %", value=value)),
        )
        for key, words in volumes:
            value = getattr(settings, key)
            column.add(Slider(key.replace("_", "-"), words(value), value, *VOLUME_RANGE, 10,
                              partial(self.change_one, key)))
        return column.widgets

    def change_one(self, key: str, value: int) -> None:
        """A slider moved: the one setting `key` becomes `value`."""
        self.change(**{key: value})
