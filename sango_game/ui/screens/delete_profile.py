"""Delete my profile: a confirmation in a child's words, the safe answer first.

Reached from Settings while a player is chosen. It says what goes (nickname,
picture, stars, badges, saved stories, on this computer only), that it cannot
be undone, and to ask a grown-up when unsure. "No, keep it" has the focus and
Esc (or Back) keeps the profile too; "Yes, delete" asks the progress store to
remove every row of that child, then goes back to "Who's playing?" with a
short notice.
"""

from __future__ import annotations

from sango_game.i18n import _
from sango_game.text.markup import literal
from sango_game.ui.avatars import avatar_picture
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label, Picture


class DeleteProfileScreen(Screen):
    name = "delete-profile"

    def __init__(self, app):
        super().__init__(app)
        self.profile = app.services.profile
        self.problem: str | None = None

    def preferred_focus(self):
        return "keep"

    def compose(self, ctx, body):
        profile = self.profile
        width = centered_width(ctx, max_px=900)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(
            Picture("avatar", avatar_picture(profile.avatar)),
            height=ctx.theme.px("avatar"),
        )
        column.add(
            Label(
                "heading",
                _("Delete <name>{nickname}</name>?", nickname=literal(profile.nickname)),
                role="heading",
                color="heading",
                bold=True,
                align="center",
            )
        )
        column.add(
            Label(
                "what",
                _(
                    "Sango will forget everything about <name>{nickname}</name> on this "
                    "computer: the nickname, the picture, the stars, the badges and the "
                    "saved stories.",
                    nickname=literal(profile.nickname),
                ),
            )
        )
        column.add(Label("undo", _("<b>This cannot be undone.</b>")))
        column.add(Label("grown-up", _("Ask a grown-up if you are not sure.")))
        if self.problem:
            column.add(Label("problem", f"<b>{self.problem}</b>", color="unsafe"))
        column.row(
            [
                Button("keep", _("No, keep it"), self.on_back, icon="icons/back.svg"),
                Button("delete", _("Yes, delete"), self.delete, variant="secondary"),
            ],
            min_width=round(240 * ctx.theme.scale),
        )
        return column.widgets

    def delete(self) -> None:
        services = self.app.services
        result = services.store.delete_profile(self.profile.id)
        if result.problem is not None:
            self.problem = _(result.problem.message, **result.problem.params)
            self.app.relayout_all()
            return
        self.app.notices.append(
            _("<name>{nickname}</name>'s profile was deleted.",
              nickname=literal(self.profile.nickname))
        )
        services.profile = None
        self.app.back_to_profiles()
