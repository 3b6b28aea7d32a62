"""Results at an ending: stars, "Remember: ...", a badge, and what next.

For a bad ending in the older tracks the ending's help text and a help line
are shown too. Every ending of a sensitive level (`level.sensitive`) always
shows its help text and the country's help line, emergency, report and
take-down entries, under a heading that names the country. Buttons: Continue
(to the map; it has the focus, so Enter never restarts the level), Next level
(when there is one), Play again. They
work once the results have been visible for a moment (`Screen.has_been_read`).
"""

from __future__ import annotations

import pygame

from sango_game.i18n import _, ngettext, pgettext
from sango_game.story.rules import badge_for
from sango_game.text.markup import literal
from sango_game.ui.backdrop import draw_backdrop
from sango_game.ui.helplines import country_heading, helpline_words
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label, Picture


class ResultsScreen(Screen):
    name = "results"

    def __init__(self, app, flow):
        super().__init__(app)
        self.flow = flow
        self.result = flow.finish()
        self.ending = flow.view().ending
        # F1 over a sensitive ending shows report and take-down too (help.wants_report).
        self.sensitive_help = bool(getattr(flow.level, "sensitive", False))
        self.image_help = self.sensitive_help and flow.level.about_images  # take-down too
        app.sounds.play("results")

    def draw_background(self, surface, ctx) -> None:
        """The ending's picture, faint behind the results."""
        draw_backdrop(surface, ctx, self.flow.view().background, veiled=True)

    def preferred_focus(self):
        return "map"

    def next_level(self):
        return self.app.services.library.next_level(self.flow.level.id)

    def compose(self, ctx, body):
        """Two columns: what was earned and what next (left), what it means (right)."""
        services = self.app.services
        level = self.flow.level
        result = self.result
        nickname = literal(services.profile.nickname) if services.profile else ""
        gap = ctx.theme.px("gap")
        width = centered_width(ctx, max_px=1400)
        x = (ctx.size[0] - width) // 2
        left_width = round(width * 0.38)
        left = Column(ctx, x, body.top, left_width)
        right = Column(ctx, x + left_width + gap * 2, body.top, width - left_width - gap * 2)
        ending = self.ending
        if ending is not None:
            left.add(
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
        row_width = 3 * star + 2 * gap
        start_x = left.x + (left.width - row_width) // 2
        for index in range(3):
            name = "icons/star-full.svg" if index < result.stars else "icons/star-empty.svg"
            picture = Picture(f"star-{index + 1}", name)
            picture.rect = pygame.Rect(start_x + index * (star + gap), left.bottom, star, star)
            left.widgets.append(picture)
        left.space(star + left.gap)
        left.add(
            Label(
                "stars",
                ngettext("{n} star", "{n} stars", result.stars),
                role="text",
                bold=True,
                align="center",
            )
        )
        badge_id = badge_for(level.topic, result.outcome)  # the rule the session records
        if badge_id is not None:
            topic = services.library.topic(badge_id)
            if topic is not None:
                badge = pgettext(f"topic/{topic.id}/badge", topic.badge)
                left.add(Picture("badge-icon", "icons/badge.svg"), height=star)
                left.add(
                    Label("badge", _("Badge: {badge}", badge=badge), bold=True, align="center")
                )
        left.add(Button("map", _("Continue"), self.continue_to_map, icon="icons/play.svg"))
        if self.next_level() is not None:
            left.add(
                Button("next-level", _("Next level"), self.play_next, variant="secondary")
            )
        left.add(
            Button(
                "play-again",
                _("Play again"),
                self.play_again,
                icon="icons/back.svg",
                variant="secondary",
            )
        )
        if ending is not None:
            right.add(
                Label(
                    "summary", pgettext(ending.summary_msgctxt, ending.summary, nickname=nickname)
                )
            )
        lesson = pgettext(result.key_lesson_msgctxt, result.key_lesson, nickname=nickname)
        right.add(Label("lesson", _("<b>Remember:</b> {lesson}", lesson=lesson), role="heading"))
        track = services.library.track(level.track)
        failed = ending is not None and ending.outcome == "bad" and track is not None and (
            track.can_fail)
        if ending is not None and (failed or self.sensitive_help):
            if ending.help:
                right.add(
                    Label(
                        "ending-help",
                        pgettext(ending.help_msgctxt, ending.help, nickname=nickname),
                    )
                )
            right.add(Label("help-country", country_heading(services), bold=True,
                            color="heading"))
            right.add(Label("helpline", helpline_words(services, report=self.sensitive_help,
                                                       takedown=self.image_help)))
        return left.widgets + right.widgets

    def play_again(self) -> None:
        if not self.has_been_read():
            return
        self.app.switch_screen("scene", self.flow.level, fresh=True)

    def play_next(self) -> None:
        level = self.next_level()
        if level is not None and self.has_been_read():
            self.app.start_level(level, replace=True)  # through its content note, if any

    def continue_to_map(self) -> None:
        if self.has_been_read():
            self.to_map()

    def to_map(self) -> None:
        self.app.pop()

    def on_back(self) -> None:
        self.to_map()
