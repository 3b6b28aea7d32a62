"""A class's pupils, for the teacher: add them one by one or thirty at once,
and print their nickname cards.

One by one: a nickname and a picture (never a real name: the screen says so).
At once: "Make 30 friendly nicknames" adds pupils such as "Happy Fox", each
with its picture, in the class's language (``classroom.names``). "Print
nickname cards" writes the PDF of cards to cut out (as
``sango-game classroom add-pupils --cards``) into the exports folder, named on
screen, and says where it went or why it could not.
"""

from __future__ import annotations

from functools import partial

from sango_game.classroom import classes, names
from sango_game.classroom.language import in_language
from sango_game.i18n import _, isolate, ngettext
from sango_game.text.markup import literal
from sango_game.ui.avatars import avatar_alt
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens import teacher_saving
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Card, Label, TextInput

CLASS_SIZE = 30


class TeacherPupilsScreen(Screen):
    name = "teacher-pupils"

    def __init__(self, app, info):
        super().__init__(app)
        self.info = info
        self.nickname = ""
        self.picture = names.PICTURES[0]
        self.message = ""
        self.failed = False

    def preferred_focus(self):
        return "nickname"

    def compose(self, ctx, body):
        store = self.app.services.store
        pupils = classes.pupils(store, self.info)
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Pupils of class {name}",
                                      name=isolate(literal(self.info.name))),
                         role="heading", color="heading", bold=True))
        column.add(Label("count", ngettext("{n} pupil", "{n} pupils", len(pupils)),
                         role="small", color="text_muted"))
        cell = round(ctx.theme.px("avatar") * 0.9)
        if pupils:
            # Translators: separates the nicknames in the list of a class's pupils.
            column.add(Label("pupils", _(", ").join(isolate(literal(p.nickname))
                                                    for p in pupils)))
        column.add(Label("add-heading", _("Add a pupil"), bold=True))
        column.add(Label("no-real-names", _("Use a nickname the child chose, never their "
                                            "real name."), role="small"))
        column.add(TextInput("nickname", self.nickname, self.type_nickname, self.add_one,
                             hint=_("Nickname")))
        column.row([Card(f"picture-{name}", f"avatars/{name}.svg", "",
                         partial(self.pick, name), selected=name == self.picture,
                         alt=avatar_alt(name)) for name in names.PICTURES],
                   min_width=round(cell * 0.8), max_width=cell, height=round(cell * 0.8),
                   align="start")
        column.add(Button("add-pupil", _("Add this pupil"), self.add_one))
        column.add(Label("many-heading", _("A whole class at once"), bold=True))
        column.add(Button("generate", _("Make {n} friendly nicknames", n=CLASS_SIZE),
                          self.generate, variant="secondary", align="start"))
        column.add(Button("print-cards", _("Print nickname cards"), self.print_cards,
                          variant="secondary", align="start"))
        column.add(Label("folder", teacher_saving.folder_words(self.app), role="small",
                         color="text_muted"))
        if self.message:
            column.add(Label("message", f"<b>{self.message}</b>",
                             color="unsafe" if self.failed else "text"))
        return column.widgets

    def type_nickname(self, value: str) -> None:
        self.nickname = value
        self.app.relayout_all()

    def pick(self, picture: str) -> None:
        self.picture = picture
        self.app.relayout_all()

    def _say(self, message: str, failed: bool) -> None:
        self.message, self.failed = message, failed
        self.app.relayout_all()

    def add_one(self, *_args) -> None:
        if not self.nickname.strip():
            self._say(_("Type a nickname first."), True)
            return
        result = classes.add_pupil(self.app.services.store, self.info, self.nickname.strip(),
                                   self.picture)
        if result.problem:
            self._say(_(result.problem.message, **{
                k: literal(str(v)) for k, v in result.problem.params.items()}), True)
            return
        self.nickname = ""
        self._say(_("{nickname} is in the class.", nickname=isolate(literal(
            result.value.nickname))), False)

    def generate(self) -> None:
        store = self.app.services.store
        taken = {p.nickname for p in store.list_profiles()}
        with in_language(self.info.language):
            wanted = names.class_names(CLASS_SIZE, seed=len(taken), taken=taken)
        added = [classes.add_pupil(store, self.info, nickname, picture)
                 for nickname, picture in wanted]
        count = sum(1 for result in added if result.ok)
        self._say(ngettext("{n} pupil added. Print their nickname cards to hand out.",
                           "{n} pupils added. Print their nickname cards to hand out.",
                           count), count < len(wanted))

    def print_cards(self) -> None:
        pupils = classes.pupils(self.app.services.store, self.info)
        if not pupils:
            self._say(_("This class has no pupils yet."), True)
            return
        result = teacher_saving.save(self.app, "cards", self.info, pupils)
        self._say(teacher_saving.saved_words(result), not result.ok)
