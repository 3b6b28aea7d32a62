"""What the runner hands the UI: plain, immutable views of the level's state.

Texts are English source plus their msgctxt; the UI translates them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sango_game.content.model import Ending


@dataclass(frozen=True)
class LineView:
    id: str
    msgctxt: str
    speaker: str
    speaker_name: str | None
    speaker_msgctxt: str | None
    text: str
    mood: str | None
    picture: str | None
    speaker_picture: str | None = None


@dataclass(frozen=True)
class ChoiceView:
    id: str
    msgctxt: str
    text: str
    key: int  # the number key: stays with this choice while the scene is shown
    way_on: bool = False  # the runner's own "Continue" when a scene has no choice
    picture: str | None = None  # shown on the button for a child who cannot read yet


@dataclass(frozen=True)
class EndingView:
    id: str
    outcome: str
    title: str
    summary: str
    help: str | None
    title_msgctxt: str
    summary_msgctxt: str
    help_msgctxt: str

    @classmethod
    def of(cls, ending: Ending) -> EndingView:
        return cls(ending.id, ending.outcome, ending.title, ending.summary, ending.help,
                   ending.title_msgctxt, ending.summary_msgctxt, ending.help_msgctxt)


@dataclass(frozen=True)
class View:
    scene_id: str | None
    background: str | None
    lines: tuple[LineView, ...]
    choices: tuple[ChoiceView, ...]
    ending: EndingView | None


@dataclass(frozen=True)
class Outcome:
    choice_id: str
    safety: str
    feedback: str
    feedback_msgctxt: str
    retry: bool
    next_scene: str | None
    finished: bool


@dataclass(frozen=True)
class Result:
    level_id: str
    ending_id: str
    outcome: str
    stars: int
    key_lesson: str
    key_lesson_msgctxt: str
    choices_made: tuple[tuple[str, str, str], ...]
