"""Play together: one level on the projector, for the whole class, with large text.

The scene's lines are shown all at once in large text. At a choice the game
pauses on the level's discussion question; the teacher counts a show of hands
for each answer with its number key (1-9 add a hand, Shift + the number takes
one away) and then reveals: every answer's feedback and the class's tally.
The story goes on with the answer most hands chose. Nothing is recorded
against any pupil: this screen never writes to the progress store.
"""

from __future__ import annotations

from functools import partial

import pygame

from sango_game.i18n import _, ngettext, pgettext
from sango_game.story import LevelRunner
from sango_game.story.views import EndingView
from sango_game.ui.layout import Column, centered_width
from sango_game.ui.screens.base import Screen
from sango_game.ui.widgets import Button, Label, Widget

NUMBER_KEYS = {getattr(pygame, f"K_{n}"): n for n in range(1, 10)} | {
    getattr(pygame, f"K_KP{n}"): n for n in range(1, 10)
}
SAFETY_WORDS = {"safe": "<safe>{word}</safe>", "unsafe": "<unsafe>{word}</unsafe>",
                "mixed": "<mixed>{word}</mixed>"}


class TogetherScreen(Screen):
    name = "teacher-together"

    def __init__(self, app, level):
        super().__init__(app)
        self.level = level
        self.runner = LevelRunner(level)
        self.view = self.runner.view()
        self.phase = "lines" if self.view.lines else "question"
        self.tally: dict[str, int] = {}
        self.questions_asked = 0
        self.feedback: str | None = None

    def preferred_focus(self):
        # At a question the first answer takes focus, so the question stays in view.
        return {"lines": "next", "question": "choice-1", "reveal": "continue"}.get(
            self.phase, "done")

    # --- texts ---------------------------------------------------------------------
    def _text(self, msgctxt: str, text: str) -> str:
        # Translators: stands for the player's nickname in a level played by the whole
        # class together on the projector ("Well done, {nickname}!").
        return pgettext(msgctxt, text, nickname=_("the class"))

    def question(self) -> str | None:
        questions = self.level.teacher_notes.questions
        if not questions:
            return None
        chosen = questions[self.questions_asked % len(questions)]
        return pgettext(chosen.msgctxt, chosen.text)

    def compose(self, ctx, body):
        width = centered_width(ctx, max_px=1600)
        column = Column(ctx, (ctx.size[0] - width) // 2, body.top, width)
        title = pgettext(f"{self.level.id}/meta/title", self.level.title)
        column.add(Label("level-title", title, role="small", color="text_muted"))
        if self.view.ending is not None:
            return self._ending(column, self.view.ending)
        if self.phase == "lines":
            for index, line in enumerate(self.view.lines):
                text = self._text(line.msgctxt, line.text)
                if line.speaker_name and line.speaker_msgctxt:
                    text = _("{label}: {value}", label=pgettext(
                        line.speaker_msgctxt, line.speaker_name), value=text)
                column.add(Label(f"line-{index}", text, role="heading"))
            column.add(Button("next", _("Next"), self.to_question))
            return column.widgets
        asked = self.question()
        if asked and self.phase == "question":
            column.add(Label("question", asked, role="heading", color="heading", bold=True))
            column.add(Label("how", _("Show of hands: press an answer's number once for each "
                                      "hand (Shift takes one away)."), role="small"))
        for choice in self.view.choices:
            hands = self.tally.get(choice.id, 0)
            words = self._text(choice.msgctxt, choice.text)
            count = ngettext("{n} hand", "{n} hands", hands)
            column.add(Button(f"choice-{choice.key}", _("{label}: {value}", label=words,
                                                        value=count),
                              partial(self.hand, choice.key), variant="secondary",
                              key_hint=str(choice.key), align="start", role="heading"))
            if self.phase == "reveal":
                column.add(Label(f"feedback-{choice.key}", self._feedback(choice.id)))
        if self.phase == "question":
            column.add(Button("reveal", _("Reveal"), self.reveal))
        else:
            column.add(Button("continue", _("Continue"), self.go_on))
        return column.widgets

    def _feedback(self, choice_id: str) -> str:
        scene = self.level.scene(self.view.scene_id)
        choice = next(c for c in scene.choices if c.id == choice_id)
        word = {"safe": _("Safe"), "unsafe": _("Not safe"), "mixed": _("Partly safe")}.get(
            choice.safety, "")
        marked = SAFETY_WORDS.get(choice.safety, "{word}").format(word=word)
        return _("{label}: {value}", label=marked,
                 value=self._text(choice.feedback_msgctxt, choice.feedback))

    def _ending(self, column: Column, ending: EndingView) -> list[Widget]:
        column.add(Label("ending-title", pgettext(ending.title_msgctxt, ending.title),
                         role="heading", color="heading", bold=True))
        column.add(Label("ending-summary", self._text(ending.summary_msgctxt, ending.summary),
                         role="heading"))
        column.add(Button("done", _("Back to the class"), self.app.pop))
        return column.widgets

    # --- actions -------------------------------------------------------------------
    def on_key(self, event) -> bool:
        if self.phase == "question" and event.key in NUMBER_KEYS:
            self.hand(NUMBER_KEYS[event.key], -1 if event.mod & pygame.KMOD_SHIFT else 1)
            return True
        return False

    def hand(self, key: int, change: int = 1) -> None:
        if self.phase != "question":
            return
        choice = next((c for c in self.view.choices if c.key == key), None)
        if choice is not None:
            self.tally[choice.id] = max(0, self.tally.get(choice.id, 0) + change)
            self.app.relayout_all()

    def to_question(self) -> None:
        self.phase = "question" if self.view.choices else "lines"
        self.app.relayout_all()

    def reveal(self) -> None:
        self.phase = "reveal"
        self.focused_name = None
        self.app.relayout_all()

    def class_choice(self) -> str:
        """The answer most hands chose (the first shown on a tie or with no hands)."""
        return max(self.view.choices, key=lambda c: self.tally.get(c.id, 0)).id

    def go_on(self) -> None:
        self.runner.choose(self.class_choice())
        self.view = self.runner.view()
        self.questions_asked += 1
        self.tally = {}
        self.phase = "lines" if self.view.lines and self.view.ending is None else "question"
        self.focused_name = None
        self.app.relayout_all()
