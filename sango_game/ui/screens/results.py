"""Results at an ending: stars, "Remember: ...", a badge, and what next.

For a bad ending in the older tracks the ending's help text and a help line
are shown too. Buttons: Play again, Next level (when there is one), Map.
"""

from __future__ import annotations

import pygame

from sango_game.i18n import _, ngettext, pgettext
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.screens.help import helpline_words
from sango_game.ui.widgets import Button, Label, Picture


class ResultsScreen(Screen):
    name = "results"

    def __init__(self, app, flow):
        super().__init__(app)
        self.flow = flow
        self.result = flow.finish()
        self.ending = flow.view().ending
        app.sounds.play("results")

    def preferred_focus(self):
        return "next-level" if self.next_level() is not None else "play-again"

    def next_level(self):
        return self.app.services.library.next_level(self.flow.level.id)

    def compose(self, ctx, body):
        services = self.app.services
        level = self.flow.level
        result = self.result
        nickname = services.profile.nickname if services.profile else ""
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        ending = self.ending
        if ending is not None:
            column.add(
                Label(
                    "ending-title",
                    pgettext(ending.title_msgctxt, ending.title, nickname=nickname),
                    role="heading",
                    color="heading",
                    bold=True,
                    align="center",
                )
            )
        star = round(ctx.theme.px("icon") * 1.6)
        stars = []
        for index in range(3):
            name = "icons/star-full.svg" if index < result.stars else "icons/star-empty.svg"
            stars.append(Picture(f"star-{index + 1}", name))
        row_width = 3 * star + 2 * ctx.theme.px("gap")
        start_x = column.x + (column.width - row_width) // 2
        for index, picture in enumerate(stars):
            picture.rect = pygame.Rect(
                start_x + index * (star + ctx.theme.px("gap")), column.bottom, star, star
            )
            column.widgets.append(picture)
        column.space(star + column.gap)
        column.add(
            Label(
                "stars",
                ngettext("{n} star", "{n} stars", result.stars),
                role="text",
                bold=True,
                align="center",
            )
        )
        if ending is not None:
            column.add(
                Label(
                    "summary",
                    pgettext(ending.summary_msgctxt, ending.summary, nickname=nickname),
                    align="center",
                )
            )
        lesson = pgettext(result.key_lesson_msgctxt, result.key_lesson, nickname=nickname)
        column.add(
            Label(
                "lesson",
                _("<b>Remember:</b> {lesson}", lesson=lesson),
                role="heading",
                align="center",
            )
        )
        track = services.library.track(level.track)
        if ending is not None and ending.outcome == "bad" and track is not None and track.can_fail:
            if ending.help:
                column.add(
                    Label(
                        "ending-help",
                        pgettext(ending.help_msgctxt, ending.help, nickname=nickname),
                        align="center",
                    )
                )
            column.add(Label("helpline", helpline_words(services), align="center"))
        if result.outcome == "good":
            topic = services.library.topic(level.topic)
            if topic is not None:
                badge = pgettext(f"topic/{topic.id}/badge", topic.badge)
                column.add(Picture("badge-icon", "icons/badge.svg"), height=star)
                column.add(
                    Label("badge", _("Badge: {badge}", badge=badge), bold=True, align="center")
                )
        buttons = [
            Button(
                "play-again",
                _("Play again"),
                self.play_again,
                icon="icons/back.svg",
                variant="secondary",
            )
        ]
        if self.next_level() is not None:
            buttons.append(
                Button("next-level", _("Next level"), self.play_next, icon="icons/play.svg")
            )
        buttons.append(Button("map", _("Map"), self.to_map, variant="secondary"))
        column.row(buttons, min_width=round(240 * ctx.theme.scale))
        return column.widgets

    def play_again(self) -> None:
        from sango_game.ui.screens.scene import SceneScreen

        self.app.replace(SceneScreen(self.app, self.flow.level, fresh=True))

    def play_next(self) -> None:
        from sango_game.ui.screens.scene import SceneScreen

        level = self.next_level()
        if level is not None:
            self.app.replace(SceneScreen(self.app, level))

    def to_map(self) -> None:
        self.app.pop()

    def on_back(self) -> None:
        self.to_map()
