"""A new class, made in the game by its teacher: a name ("4B"), an age group and
the language of its reports and certificates. Then its pupils can be added.
"""

from __future__ import annotations

from functools import partial

from sango_game import i18n
from sango_game.classroom import classes
from sango_game.i18n import _, isolate, pgettext
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label, TextInput


class TeacherNewClassScreen(Screen):
    name = "teacher-new-class"

    def __init__(self, app):
        super().__init__(app)
        self.class_name = ""
        self.class_track: str = classes.DEFAULT_TRACK  # the age group picked for the class
        # The screen's look (Screen.track) follows the age group picked, as before.
        self.track = self.class_track
        self.language = i18n.current_language().code
        self.message = ""

    def preferred_focus(self):
        return "class-name"

    def compose(self, ctx, body):
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("New class"), role="heading", color="heading", bold=True))
        column.add(Label("name-heading", _("Class name, such as 4B"), bold=True))
        column.add(TextInput("class-name", self.class_name, self.type_name, self.create,
                             max_length=40))
        column.add(Label("track-heading", _("Age group"), bold=True))
        library = self.app.services.library
        tracks = []
        for track_id in classes.TRACKS:
            track = library.track(track_id)
            words = (_("{track} ({ages})", track=pgettext(f"track/{track_id}/name", track.name),
                       ages=pgettext(f"track/{track_id}/ages", track.ages))
                     if track else track_id)
            tracks.append(Button(f"track-{track_id}", words,
                                 partial(self.pick_track, track_id), variant="secondary",
                                 selected=track_id == self.class_track))
        column.row(tracks, min_width=round(240 * ctx.theme.scale), whole_words=True)
        column.add(Label("language-heading", _("Language of its reports and certificates"),
                         bold=True))
        languages = [Button(f"language-{language.code}", isolate(language.native_name),
                            partial(self.pick_language, language.code),
                            variant="secondary", selected=language.code == self.language)
                     for language in i18n.available_languages(include_pseudo=False)]
        column.row(languages, min_width=round(160 * ctx.theme.scale), whole_words=True)
        if self.message:
            column.add(Label("message", f"<b>{self.message}</b>", color="unsafe"))
        column.add(Button("create-class", _("Make the class"), self.create))
        return column.widgets

    def type_name(self, value: str) -> None:
        self.class_name = value
        self.app.relayout_all()

    def pick_track(self, track_id: str) -> None:
        self.class_track = self.track = track_id
        self.app.relayout_all()

    def pick_language(self, code: str) -> None:
        self.language = code
        self.app.relayout_all()

    def create(self, *_args) -> None:
        if not self.class_name.strip():
            self.message = _("Type the class's name first.")
            self.app.relayout_all()
            return
        result = classes.create_class(self.app.services.store, self.class_name.strip(),
                                      self.class_track, self.language)
        if result.problem:
            from sango_game.text.markup import literal

            self.message = _(result.problem.message, **{
                k: literal(str(v)) for k, v in result.problem.params.items()})
            self.app.relayout_all()
            return

        self.app.switch_screen("teacher-pupils", result.value)
