"""Learning records, for the teacher: on or off, what is sent, and to where.

Behind the teacher PIN (reached from the classes screen). The switch keeps
(or stops keeping) learning records in ``progress.db``; the game itself never
sends anything: IT staff send them with ``sango-game records send``. The words
say in plain terms what a record holds (an anonymous profile ID, levels
finished, stars, whether choices were safe, badges), what it never holds
(nicknames, anything typed, choices made under pressure), and where records
go: the LRS address IT staff gave ``sango-game records``, or nowhere until
they set one. Without the school's address (``records enable --home-page``)
records cannot be turned on, and the screen says who can set it.
"""

from __future__ import annotations

from sango_game.i18n import _
from sango_game.text.markup import literal
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label


def what_is_sent() -> str:
    return _("A learning record holds an anonymous profile ID (a random code, not a name), "
             "the levels finished, the stars, whether each choice was safe, and the badges "
             "earned.")


def what_is_never_sent() -> str:
    return _("It never holds a nickname, a picture or anything a child typed. A choice made "
             "under pressure is never recorded.")


def where_words(lrs: str) -> str:
    if not lrs:
        return _("Nothing is sent until IT staff set an address: records wait on this PC.")
    return _("Records wait on this PC until IT staff send them to {address} with "
             "sango-game records send. The game itself never uses the network.",
             address=literal(lrs))


class TeacherRecordsScreen(Screen):
    name = "teacher-records"

    def __init__(self, app):
        super().__init__(app)
        self.message = ""

    def preferred_focus(self):
        return "switch"

    def compose(self, ctx, body):
        store = self.app.services.store
        enabled = store.records_enabled
        where = store.records_addresses()
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(Label("heading", _("Learning records"), role="heading", color="heading",
                         bold=True))
        state = (_("Learning records: on") if enabled else _("Learning records: off"))
        column.add(Label("state", state, bold=True))
        column.add(Label("what", what_is_sent()))
        column.add(Label("never", what_is_never_sent()))
        column.add(Label("where", where_words(where["lrs"])))
        if where["home_page"]:
            column.add(Button("switch", _("Turn learning records off") if enabled
                              else _("Turn learning records on"), self.switch))
        else:
            column.add(Label("no-home-page", _(
                "Learning records cannot be turned on yet: IT staff first give the school's "
                "address with sango-game records enable (see docs/TEACHERS.md).")))
        waiting = store.outbox_counts()["waiting"]
        column.add(Label("waiting", _("Records waiting on this PC: {n}", n=waiting),
                         role="small", color="text_muted"))
        if self.message:
            column.add(Label("message", self.message, color="unsafe"))
        return column.widgets

    def switch(self) -> None:
        store = self.app.services.store
        if store.records_enabled:
            result = store.disable_records()
        else:
            result = store.enable_records(store.records_addresses()["home_page"])
        self.message = "" if result.ok else _("The setting could not be saved.")
        self.app.relayout_all()
