"""Who's playing? Profile pictures with nicknames, and "New player".

With classes on the PC, the profiles are grouped under each class's name
(``classroom.classes.group_by_class``), and the profiles in no class come last.
"""

from __future__ import annotations

from functools import partial

from sango_game.classroom.classes import group_by_class
from sango_game.i18n import _, isolate
from sango_game.text.markup import literal
from sango_game.ui.avatars import avatar_picture
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Card, Label


class ProfilesScreen(Screen):
    name = "profiles"

    def compose(self, ctx, body):
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(
            Label(
                "heading",
                _("Who's playing?"),
                role="heading",
                color="heading",
                bold=True,
                align="center",
            )
        )
        store = self.app.services.store
        for notice in store.take_notices():
            self.app.notices.append(_(notice.message, **notice.params))
        for index, message in enumerate(self.app.notices[-3:]):
            column.add(
                Label(f"notice-{index}", message, role="small", color="text_muted", align="center")
            )
        groups = group_by_class(store)
        classes_here = any(info is not None for info, _members in groups)
        if not groups or groups[-1][0] is not None:
            groups.append((None, []))
        cell = round(ctx.theme.px("avatar") * 1.5)
        for info, members in groups:
            cards = [self._card(profile) for profile in members]
            if info is None:
                cards.append(Card("new-player", "icons/new.svg", _("New player"), self.new_player))
            if classes_here:
                heading = (_("Class {name}", name=isolate(literal(info.name))) if info
                           else _("Other players"))
                column.add(Label(f"group-{info.name if info else 'none'}", heading,
                                 color="heading", bold=True))
            column.row(
                cards,
                min_width=cell,
                max_width=round(cell * 1.3),
                height=max(c.measure(ctx, cell) for c in cards),
            )
        return column.widgets

    def _card(self, profile) -> Card:
        return Card(
            f"profile-{profile.nickname}",
            avatar_picture(profile.avatar),
            isolate(literal(profile.nickname)),  # its own direction: "Sam😀" in Arabic too
            partial(self.choose, profile),
        )

    def preferred_focus(self):
        return None

    def new_player(self) -> None:
        self.app.push_screen("new-profile")

    def choose(self, profile) -> None:
        self.app.services.profile = profile
        self.app.apply_settings()
        self.app.push_screen("map")

    def on_enter(self) -> None:
        self.app.services.profile = None
        self.app.apply_settings()
