"""Feedback after a choice: an icon and a word (never colour alone), and why.

Under-9 never sees a failure screen: an unsafe choice is explained kindly and
the child chooses again. A choice that lets the child try again (no `next`)
offers "Try again"; otherwise "Continue". Continue works once the feedback
has been visible for a moment (`Screen.has_been_read`), so a mashed Enter
never skips it.
"""

from __future__ import annotations

import pygame

from sango_game.i18n import _, pgettext
from sango_game.text.markup import literal
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label, Picture


def verdict(safety: str, track: str | None) -> tuple[str, str]:
    """(icon, words with markup) for a choice's safety in this track."""
    if safety == "safe":
        return "icons/safe.svg", _("<safe>A safe choice!</safe>")
    if safety == "mixed":
        return "icons/mixed.svg", _("<mixed>Think about it</mixed>")
    if safety == "pressured":  # never scored, never a red "Not safe" over "not your fault"
        return "icons/help.svg", _("This is not your fault. Let's get help.")
    if track == "under-9":
        return "icons/mixed.svg", _("<mixed>Let's think again</mixed>")
    return "icons/unsafe.svg", _("<unsafe>Not safe</unsafe>")


class FeedbackScreen(Screen):
    name = "feedback"

    def __init__(self, app, scene, outcome, choice_words: str = ""):
        super().__init__(app)
        self.scene = scene
        self.outcome = outcome
        self.choice_words = choice_words
        sound = "feedback-safe" if outcome.safety == "safe" else "feedback-think"
        app.sounds.play(sound)

    def preferred_focus(self):
        return "continue"

    def draw_background(self, surface, ctx) -> None:
        """The scene stays faintly visible behind: the story goes on."""
        self.scene.draw_background(surface, ctx, veiled=True)

    def compose(self, ctx, body):
        width = centered_width(ctx)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        icon, words = verdict(self.outcome.safety, self.app.services.track())
        size = round(ctx.theme.px("avatar") * 1.2)
        if self.choice_words:
            column.add(
                Label(
                    "chosen",
                    _("You chose: {choice}", choice=self.choice_words),
                    role="small",
                    color="text_muted",
                    align="center",
                )
            )
        column.add(Picture("verdict-icon", icon), height=size)
        column.add(Label("verdict", words, role="heading", bold=True, align="center"))
        nickname = literal(self.app.services.profile.nickname) if self.app.services.profile else ""
        column.add(
            Label(
                "feedback",
                pgettext(self.outcome.feedback_msgctxt, self.outcome.feedback, nickname=nickname),
                align="center",
            )
        )
        if self.outcome.retry:
            label, icon = _("Try again"), "icons/back.svg"
        else:
            label, icon = _("Continue"), "icons/play.svg"
        button = Button("continue", label, self.go_on, icon=icon)
        column.add(
            button,
            width=min(width, max(round(320 * ctx.theme.scale), button.natural_width(ctx, width))),
            align="center",
        )
        total = column.bottom - body.top
        if total < body.height:  # centre the card in the window when it fits
            shift = (body.height - total) // 2
            for widget in column.widgets:
                widget.rect = widget.rect.move(0, shift)
        return column.widgets

    def go_on(self) -> None:
        """Continue (or Try again): back to the scene, once the child could read this."""
        if self.has_been_read():
            self.app.pop()

    def on_key(self, event) -> bool:
        if event.key in (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER):
            if self.focused_name in (None, "continue"):
                self.go_on()
                return True
        return False
