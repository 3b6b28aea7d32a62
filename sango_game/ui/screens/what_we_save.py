"""What we save: exactly what Sango keeps about a player, and where, in child words.

The sentences are the progress store's own data (`progress.what_we_save`), one
set per age group: the player's group when one is playing (or was picked on
the new-player screen), every group before that. The real folder of
`progress.db` is filled in and shown on its own line as well.
"""

from __future__ import annotations

from sango_game.i18n import _, pgettext
from sango_game.progress import what_we_save
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Label

TRACKS = ("under-9", "9-11", "12-18")


class WhatWeSaveScreen(Screen):
    name = "what-we-save"

    def __init__(self, app, track: str | None = None):
        super().__init__(app)
        self.shown_track = track or app.services.track()

    def tracks(self) -> tuple[str, ...]:
        return (self.shown_track,) if self.shown_track else TRACKS

    def compose(self, ctx, body):
        services = self.app.services
        folder = str(services.store_folder())
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        column.add(
            Label(
                "heading",
                _("What we save"),
                role="heading",
                color="heading",
                bold=True,
                align="center",
            )
        )
        show_names = len(self.tracks()) > 1
        for track_id in self.tracks():
            if show_names:
                column.add(
                    Label(
                        f"track-{track_id}",
                        self.track_words(track_id),
                        role="text",
                        bold=True,
                        color="heading",
                    )
                )
            for index, line in enumerate(what_we_save(track_id)):
                column.add(Label(f"saved-{track_id}-{index}", _(line, folder=folder)))
        column.add(
            Label(
                "file",
                _("The file: {path}", path=str(services.store.path)),
                role="small",
                color="text_muted",
            )
        )
        return column.widgets

    def track_words(self, track_id: str) -> str:
        track = self.app.services.library.track(track_id)
        if track is None:
            return track_id
        return _(
            "{track} ({ages})",
            track=pgettext(f"track/{track_id}/name", track.name),
            ages=pgettext(f"track/{track_id}/ages", track.ages),
        )
