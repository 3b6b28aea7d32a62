"""New player: a picture, a nickname (typed or picked) and an age group.

It never asks for a real name, age, birthday or photo, and tells the child
why in words for children. Nicknames can be picked from friendly made-up
names, for children who cannot type yet.
"""

from __future__ import annotations

import random
from functools import partial

from sango_game import i18n
from sango_game.classroom.names import suggestions
from sango_game.i18n import _, pgettext
from sango_game.progress import what_we_save
from sango_game.ui.avatars import AVATARS, avatar_alt
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Card, Label, TextInput

TRACKS = ("under-9", "9-11", "12-18")


class NewProfileScreen(Screen):
    name = "new-profile"

    def __init__(self, app):
        super().__init__(app)
        self.avatar = random.choice(AVATARS)
        self.nickname = ""
        self.track = None
        self.chosen_track: str | None = None
        self.seed = random.randrange(1_000_000)
        self.problem: str | None = None

    def preferred_focus(self):
        return "nickname"

    def compose(self, ctx, body):
        """Why (top), the picture (left), nickname and age group (right), what is saved."""
        gap = ctx.theme.px("gap")
        width = centered_width(ctx, max_px=1300)
        x = (ctx.size[0] - width) // 2
        top = Column(ctx, x, body.top, width)
        top.add(
            Label(
                "heading",
                _("New player"),
                role="heading",
                color="heading",
                bold=True,
                align="center",
            )
        )
        top.add(
            Label(
                "why",
                _(
                    "Pick a nickname and a picture. Don't use your real name or a photo of you: "
                    "online, a nickname keeps you private and safe. Sango does the same!"
                ),
                align="center",
            )
        )
        left_width = round(width * 0.4)
        left = Column(ctx, x, top.bottom, left_width)
        right = Column(ctx, x + left_width + gap * 2, top.bottom, width - left_width - gap * 2)
        left.add(Label("avatar-heading", _("Your picture"), role="text", bold=True))
        cell = round(ctx.theme.px("avatar") * 0.9)
        left.row(
            [
                Card(
                    f"avatar-{name}",
                    f"avatars/{name}.svg",
                    "",
                    partial(self.pick_avatar, name),
                    selected=name == self.avatar,
                    alt=avatar_alt(name),
                )
                for name in AVATARS
            ],
            min_width=cell,
            max_width=round(cell * 1.15),
            height=cell,
        )
        right.add(Label("nickname-heading", _("Your nickname"), role="text", bold=True))
        right.add(
            TextInput(
                "nickname",
                self.nickname,
                self.type_nickname,
                self.create,
                hint=_("Type a nickname, or pick one below"),
                can_draw=self.can_draw,
                on_refused=self.refuse_characters,
            )
        )
        taken = {profile.nickname for profile in self.app.services.store.list_profiles()}
        names = [
            Button(
                f"name-{index + 1}",
                name,
                partial(self.pick_name, name),
                variant="secondary",
                role="small",
            )
            for index, name in enumerate(suggestions(3, self.seed, taken))
        ]
        names.append(
            Button(
                "more-names", _("Other names"), self.more_names, variant="secondary", role="small"
            )
        )
        right.row(names, min_width=round(150 * ctx.theme.scale))
        right.add(Label("track-heading", _("Your age group"), role="text", bold=True))
        library = self.app.services.library
        tracks = []
        for track_id in TRACKS:
            track = library.track(track_id)
            if track is None:
                continue
            words = _(
                "{track} ({ages})",
                track=pgettext(f"track/{track_id}/name", track.name),
                ages=pgettext(f"track/{track_id}/ages", track.ages),
            )
            tracks.append(
                Card(
                    f"track-{track_id}",
                    f"tracks/{track_id}.svg",
                    words,
                    partial(self.pick_track, track_id),
                    selected=track_id == self.chosen_track,
                )
            )
        right.row(tracks, min_width=round(170 * ctx.theme.scale))
        if self.problem:
            right.add(Label("problem", f"<b>{self.problem}</b>", color="unsafe"))
        start = Button("create", _("Start playing"), self.create, icon="icons/play.svg")
        start.enabled = bool(self.nickname.strip()) and self.chosen_track is not None
        right.add(start)
        bottom = Column(ctx, x, max(left.bottom, right.bottom), width)
        if self.chosen_track:
            folder = str(self.app.services.store_folder())
            for index, line in enumerate(what_we_save(self.chosen_track)):
                bottom.add(
                    Label(
                        f"saved-{index}", _(line, folder=folder), role="small", color="text_muted"
                    )
                )
        bottom.add(
            Button(
                "what-we-save",
                _("See everything we save"),
                self.show_what_we_save,
                variant="secondary",
                role="small",
                align="start",
            )
        )
        return top.widgets + left.widgets + right.widgets + bottom.widgets

    def show_what_we_save(self) -> None:
        self.app.push_screen("what-we-save", self.chosen_track)

    def pick_avatar(self, name: str) -> None:
        self.avatar = name
        self.app.relayout_all()

    def type_nickname(self, value: str) -> None:
        self.nickname = value
        self.problem = None
        self.app.relayout_all()

    def can_draw(self, char: str) -> bool:
        from sango_game.text.glyphs import invisible

        return invisible(char) or self.app.ctx.engine.book.covers(char)

    def refuse_characters(self, characters: str) -> None:
        """A typed character no font can show: say so kindly instead of drawing a box."""
        self.problem = _(
            "Sango can't show some of those letters or emoji yet. "
            "Please choose others for your nickname."
        )
        self.app.relayout_all()

    def pick_name(self, name: str) -> None:
        self.type_nickname(name)

    def more_names(self) -> None:
        self.seed += 1
        self.app.relayout_all()

    def pick_track(self, track_id: str) -> None:
        self.chosen_track = track_id
        self.app.relayout_all()

    def create(self) -> None:
        if not self.nickname.strip():
            self.problem = _("Choose a nickname.")
            self.app.relayout_all()
            return
        if self.chosen_track is None:
            self.problem = _("Choose your age group.")
            self.app.relayout_all()
            return
        services = self.app.services
        written = services.store.create_profile(
            self.nickname.strip(),
            self.avatar,
            self.chosen_track,
            i18n.current_language().code,
            services.app_settings.to_dict(),
        )
        if written.problem is not None:
            self.problem = _(written.problem.message, **written.problem.params)
            self.app.relayout_all()
            return
        services.profile = written.value
        self.app.apply_settings()
        self.app.switch_screen("map")
