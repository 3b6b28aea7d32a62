"""LevelRunner: plays one level. Pure Python; it holds no pixels.

The runner tells the UI what to show now (`view()`), takes the child's choice
(`choose()`) and says what happened (`Outcome`). At an ending it gives the
`Result`. Its whole state is a small JSON-safe dict (`save()` / `restore()`),
so a level resumes after the PC is switched off.

Rules:
- Lines and choices with `when` conditions show only when every condition holds.
- A choice without `next` (unsafe or mixed) lets the child choose again in the
  same scene; the choice just tried is not offered again in this visit.
- Stars come from the choices made: safe = 2 points, mixed = 1, unsafe = 0.
  3 stars at 85 % or more, 2 at 50 % or more, else 1. An okay ending gives at
  most 2 stars, a bad ending 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from sango_game.content.model import NARRATOR, PLAYER, Level, all_hold
from sango_game.story.views import ChoiceView, EndingView, LineView, Outcome, Result, View

STATE_VERSION = 1
POINTS = {"safe": 2, "mixed": 1, "unsafe": 0}
MAX_STARS_FOR = {"good": 3, "okay": 2, "bad": 1}


class RunnerError(ValueError):
    """A call the runner cannot honour (unknown choice, finished level, bad state)."""


@dataclass
class _State:
    position: str
    flags: set[str]
    tried: list[str]
    history: list[tuple[str, str, str]]  # (scene, choice, safety)


class LevelRunner:
    """Runs one level from its start scene (or from a saved state) to an ending."""

    def __init__(self, level: Level) -> None:
        self.level = level
        self._state = _State(level.start, set(), [], [])

    # What to show -------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.level.ending(self._state.position) is not None

    @property
    def flags(self) -> frozenset[str]:
        return frozenset(self._state.flags)

    def view(self) -> View:
        position = self._state.position
        ending = self.level.ending(position)
        if ending is not None:
            return View(scene_id=None, background=ending.background, lines=(), choices=(),
                        ending=EndingView.of(ending))
        scene = self.level.scene(position)
        assert scene is not None
        flags = self._state.flags
        lines = tuple(self._line_view(line) for line in scene.lines if all_hold(line.when, flags))
        open_choices = [
            choice for choice in scene.choices
            if all_hold(choice.when, flags) and choice.id not in self._state.tried
        ]
        choices = tuple(
            ChoiceView(id=choice.id, msgctxt=choice.msgctxt, text=choice.text, key=index + 1)
            for index, choice in enumerate(open_choices)
        )
        return View(scene_id=scene.id, background=scene.background, lines=lines,
                    choices=choices, ending=None)

    def _line_view(self, line) -> LineView:
        person = self.level.character(line.speaker)
        if line.speaker in (NARRATOR, PLAYER) or person is None:
            name, name_ctx, picture = None, None, None
        else:
            name, name_ctx, picture = person.name, person.msgctxt, person.picture
        return LineView(id=line.id, msgctxt=line.msgctxt, speaker=line.speaker,
                        speaker_name=name, speaker_msgctxt=name_ctx, text=line.text,
                        mood=line.mood, picture=line.picture,
                        speaker_picture=picture)

    # Taking a choice ----------------------------------------------------

    def choose(self, choice_id: str) -> Outcome:
        if self.finished:
            raise RunnerError("the level has ended; there is nothing to choose")
        offered = {choice.id for choice in self.view().choices}
        if choice_id not in offered:
            raise RunnerError(f"choice '{choice_id}' is not offered now")
        scene = self.level.scene(self._state.position)
        choice = next(c for c in scene.choices if c.id == choice_id)
        state = self._state
        state.history.append((scene.id, choice.id, choice.safety))
        before = set(state.flags)
        state.flags |= set(choice.set_flags)
        state.flags -= set(choice.unset_flags)
        if choice.retry:
            state.tried.append(choice.id)
        else:
            state.position = choice.next
            state.tried = []
        return Outcome(
            choice_id=choice.id, safety=choice.safety, feedback=choice.feedback,
            feedback_msgctxt=choice.feedback_msgctxt, retry=choice.retry,
            next_scene=None if choice.retry else choice.next,
            flags_set=tuple(sorted(state.flags - before)),
            flags_cleared=tuple(sorted(before - state.flags)),
            finished=self.finished,
        )

    # The end ------------------------------------------------------------

    def stars(self) -> int:
        history = self._state.history
        if not history:
            ratio = 1.0
        else:
            ratio = sum(POINTS[safety] for _, _, safety in history) / (2 * len(history))
        stars = 3 if ratio >= 0.85 else 2 if ratio >= 0.5 else 1
        ending = self.level.ending(self._state.position)
        if ending is not None:
            stars = min(stars, MAX_STARS_FOR[ending.outcome])
        return stars

    def result(self) -> Result:
        ending = self.level.ending(self._state.position)
        if ending is None:
            raise RunnerError("the level has not ended yet")
        return Result(
            level_id=self.level.id, ending_id=ending.id, outcome=ending.outcome,
            stars=self.stars(), key_lesson=self.level.key_lesson,
            key_lesson_msgctxt=self.level.meta_msgctxt("key_lesson"),
            choices_made=tuple(self._state.history),
        )

    # Save and restore ---------------------------------------------------

    def save(self) -> dict:
        state = self._state
        return {
            "version": STATE_VERSION,
            "level": self.level.id,
            "content_hash": self.level.content_hash,
            "position": state.position,
            "flags": sorted(state.flags),
            "tried": list(state.tried),
            "history": [list(item) for item in state.history],
        }

    @classmethod
    def restore(cls, level: Level, saved: dict) -> LevelRunner:
        """Resume from `save()`. Raises RunnerError if the state does not fit this level."""
        runner = cls(level)
        try:
            if saved.get("version") != STATE_VERSION or saved.get("level") != level.id:
                raise RunnerError("saved state belongs to another level or version")
            position = str(saved["position"])
            if level.scene(position) is None and level.ending(position) is None:
                raise RunnerError(f"saved position '{position}' is not in this level")
            scene = level.scene(position)
            known = {choice.id for choice in scene.choices} if scene else set()
            tried = [str(item) for item in saved.get("tried", [])]
            if any(item not in known for item in tried):
                raise RunnerError("saved state names a choice this scene does not have")
            history = [(str(s), str(c), str(k)) for s, c, k in saved.get("history", [])]
            if any(safety not in POINTS for _, _, safety in history):
                raise RunnerError("saved state has an unknown safety value")
            runner._state = _State(position, {str(f) for f in saved.get("flags", [])},
                                   tried, history)
        except (KeyError, TypeError, ValueError) as problem:
            if isinstance(problem, RunnerError):
                raise
            raise RunnerError(f"saved state is damaged: {problem}") from problem
        return runner
