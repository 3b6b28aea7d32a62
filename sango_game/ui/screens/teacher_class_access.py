"""A class's accessibility defaults, set by its teacher behind the PIN.

Text size, line spacing, high contrast, easy-to-read letters, less movement,
read-aloud, one switch and the screen-reader clipboard: each pupil of the
class starts with these (``store.set_class_settings``). A pupil's own choices
in the accessibility menu (Shift+A) win over the class's. "Read aloud" has
three states: as for the age group (on for under-9), on, or off. The screen
itself keeps the teacher's own look: the class's settings apply to pupils.
"""

from __future__ import annotations

from functools import partial

from sango_game.i18n import _, isolate
from sango_game.session.settings import LINE_SPACING_RANGE, TEXT_SCALE_RANGE
from sango_game.text.markup import literal
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label, Slider

SWITCHES = ("high_contrast", "reading_font", "reduced_motion", "one_switch", "clipboard")


def switch_words(key: str, value: bool) -> str:
    state = _("on") if value else _("off")
    words = {
        "high_contrast": _("High contrast: {state}", state=state),
        "reading_font": _("Easy-to-read letters: {state}", state=state),
        "reduced_motion": _("Less movement: {state}", state=state),
        "one_switch": _("One switch (Space moves, Enter chooses): {state}", state=state),
        "clipboard": _("Copy the text for a screen reader: {state}", state=state),
    }
    return words[key]


def read_aloud_words(value: bool | None) -> str:
    if value is None:
        return _("Read aloud: as for the age group (on for under-9)")
    return _("Read aloud: {state}", state=_("on") if value else _("off"))


class TeacherClassAccessScreen(Screen):
    name = "teacher-class-access"

    def __init__(self, app, info):
        super().__init__(app)
        self.info = info
        self.message = ""

    def defaults(self) -> dict:
        return self.app.services.store.class_settings(self.info.id)

    def compose(self, ctx, body):
        chosen = self.defaults()
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Class {name}: accessibility for every pupil",
                                      name=isolate(literal(self.info.name))),
                         role="heading", color="heading", bold=True))
        column.add(Label("about", _("Each pupil of the class starts with these settings. A "
                                    "pupil can still change their own with Shift+A, and "
                                    "their own choice wins.")))
        scale = chosen.get("text_scale", 100)
        column.add(Slider("text-size", _("Text size: {value} %", value=scale), scale,
                          *TEXT_SCALE_RANGE, 25, lambda value: self.change(text_scale=value)))
        spacing = chosen.get("line_spacing", 100)
        column.add(Slider("line-spacing", _("Line spacing: {value} %", value=spacing), spacing,
                          *LINE_SPACING_RANGE, 25,
                          lambda value: self.change(line_spacing=value)))
        for key in SWITCHES:
            value = chosen.get(key, False) is True
            column.add(Button(key.replace("_", "-"), switch_words(key, value),
                              partial(self.change, **{key: not value}),
                              variant="secondary", selected=value, align="start"))
        aloud = chosen.get("read_aloud")
        following = {None: True, True: False, False: None}[aloud]
        column.add(Button("read-aloud", read_aloud_words(aloud),
                          lambda: self.change(read_aloud=following), variant="secondary",
                          selected=aloud is True, align="start"))
        if self.message:
            column.add(Label("message", self.message, color="unsafe"))
        return column.widgets

    def change(self, **values) -> None:
        settings = {**self.defaults(), **values}
        settings = {key: value for key, value in settings.items()
                    if not (key == "read_aloud" and value is None)}
        result = self.app.services.store.set_class_settings(self.info.id, settings)
        self.message = "" if result.ok else _("The setting could not be saved.")
        self.app.relayout_all()
