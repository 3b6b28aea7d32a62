"""LevelRunner: plays one level. Pure Python; it holds no pixels.

The runner tells the UI what to show now (`view()`), takes the child's choice
(`choose()`) and says what happened (`Outcome`). At an ending it gives the
`Result`. Its whole state is a small JSON-safe dict (`save()` / `restore()`),
so a level resumes after the PC is switched off.

Rules:
- Lines and choices with `when` conditions show only when every condition holds.
- A choice without `next` (unsafe or mixed) lets the child choose again in the
  same scene; the choice just tried is not offered again in this visit. These
  rules live in `content.playability` (`offered_choices`, `flags_after`), which
  `sango-game validate` uses to prove that play always ends.
- A choice's `key` (the number key that picks it) is its place among the
  scene's choices as first shown in this visit, and it stays when other choices
  are tried and removed. A choice that appears later in the same visit (a retry
  set a flag) gets the next unused number.
- A view never has zero choices and no ending: then the runner offers the way
  on (`story.way_on`), one "Continue" choice to an ending.
- Stars follow `story.rules`: an ending reached by asking for help earns full
  stars; otherwise the ending caps them (good 3, okay 2, bad 1) and each
  unsafe choice costs one; pressured choices are never scored.
- A pressured choice is kept in the history only as a neutral marker
  (scene, "", "pressured"): which one the child took is not saved.
"""

from __future__ import annotations

from sango_game.content.model import NARRATOR, PLAYER, PRESSURED, Level, all_hold
from sango_game.content.playability import flags_after, offered_choices
from sango_game.story.rules import CAP, stars_for
from sango_game.story.saved_state import (
    STATE_VERSION,
    RunnerError,
    RunState,
    load_state,
    save_state,
)
from sango_game.story.views import ChoiceView, EndingView, LineView, Outcome, Result, View
from sango_game.story.way_on import (
    WAY_ON_FEEDBACK,
    WAY_ON_FEEDBACK_MSGCTXT,
    WAY_ON_ID,
    WAY_ON_MSGCTXT,
    WAY_ON_SAFETY,
    WAY_ON_TEXT,
    ending_at,
    way_on_target,
)

__all__ = ["LevelRunner", "RunnerError", "STATE_VERSION", "MAX_STARS_FOR"]

MAX_STARS_FOR = CAP


class LevelRunner:
    """Runs one level from its start scene (or from a saved state) to an ending."""

    def __init__(self, level: Level) -> None:
        self.level = level
        self._state = RunState(level.start, set(), [], [])
        self._enter()

    def _enter(self) -> None:
        """A new visit to the current scene: nothing tried, keys from the choices shown."""
        self._state.tried = []
        self._state.shown = [choice.id for choice in self._open_choices()]

    def _open_choices(self):
        scene = self.level.scene(self._state.position)
        if scene is None:
            return ()
        return offered_choices(scene, self._state.flags, self._state.tried)

    # What to show -------------------------------------------------------

    @property
    def finished(self) -> bool:
        return ending_at(self.level, self._state.position) is not None

    @property
    def flags(self) -> frozenset[str]:
        return frozenset(self._state.flags)

    def view(self) -> View:
        position = self._state.position
        ending = ending_at(self.level, position)
        if ending is not None:
            return View(scene_id=None, background=ending.background, lines=(), choices=(),
                        ending=EndingView.of(ending))
        scene = self.level.scene(position)
        flags = self._state.flags
        lines = tuple(self._line_view(line) for line in scene.lines
                      if all_hold(line.when, flags)) if scene else ()
        keys = self._keys()
        choices = tuple(
            ChoiceView(id=choice.id, msgctxt=choice.msgctxt, text=choice.text,
                       key=keys[choice.id], picture=choice.picture)
            for choice in self._open_choices()
        )
        if not choices:
            choices = (ChoiceView(id=WAY_ON_ID, msgctxt=WAY_ON_MSGCTXT, text=WAY_ON_TEXT,
                                  key=1, way_on=True),)
        return View(scene_id=scene.id if scene else position,
                    background=scene.background if scene else None, lines=lines,
                    choices=choices, ending=None)

    def _keys(self) -> dict[str, int]:
        """Number keys: first-shown order, then any choice shown later, in file order."""
        keys = {choice_id: index + 1 for index, choice_id in enumerate(self._state.shown)}
        for choice in self._open_choices():
            keys.setdefault(choice.id, len(keys) + 1)
        return keys

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
        offered = {choice.id: choice for choice in self.view().choices}
        if choice_id not in offered:
            raise RunnerError(f"choice '{choice_id}' is not offered now")
        if offered[choice_id].way_on:
            return self._take_way_on()
        scene = self.level.scene(self._state.position)
        assert scene is not None  # choices are offered only in a scene
        choice = next(c for c in scene.choices if c.id == choice_id)
        state = self._state
        if choice.pressured:  # a neutral marker: which choice it was is not kept
            state.history.append((scene.id, "", PRESSURED))
        else:
            state.history.append((scene.id, choice.id, choice.safety))
        state.flags = set(flags_after(choice, state.flags))
        if choice.next is None:  # choice.retry: choose again in this scene
            keys = self._keys()  # choices a flag just opened keep the next numbers
            state.tried.append(choice.id)
            state.shown = sorted(keys, key=keys.__getitem__)
        else:
            state.position = choice.next
            self._enter()
        return Outcome(
            choice_id=choice.id, safety=choice.safety, feedback=choice.feedback,
            feedback_msgctxt=choice.feedback_msgctxt, retry=choice.retry,
            next_scene=None if choice.retry else choice.next, finished=self.finished,
        )

    def _take_way_on(self) -> Outcome:
        target = way_on_target(self.level, self._state.position)
        self._state.position = target
        self._enter()
        return Outcome(
            choice_id=WAY_ON_ID, safety=WAY_ON_SAFETY, feedback=WAY_ON_FEEDBACK,
            feedback_msgctxt=WAY_ON_FEEDBACK_MSGCTXT, retry=False, next_scene=target,
            finished=self.finished,
        )

    # The end ------------------------------------------------------------

    def stars(self) -> int:
        ending = ending_at(self.level, self._state.position)
        return stars_for(ending, (safety for _, _, safety in self._state.history))

    def result(self) -> Result:
        ending = ending_at(self.level, self._state.position)
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
        """The whole state as a small JSON-safe dict."""
        return save_state(self.level, self._state)

    @classmethod
    def restore(cls, level: Level, saved: dict) -> LevelRunner:
        """Resume from `save()`. Raises RunnerError if the state does not fit this level."""
        runner = cls(level)
        state = load_state(level, saved)
        runner._state = state
        if not state.shown:  # saved before keys were kept: first shown = tried + open
            open_ids = {choice.id for choice in runner._open_choices()}
            scene = level.scene(state.position)
            state.shown = [c.id for c in (scene.choices if scene else ())
                           if c.id in open_ids or c.id in state.tried]
        return runner

    @classmethod
    def restore_or_start(cls, level: Level, saved: object) -> tuple[LevelRunner, str | None]:
        """Resume from `saved`, or start afresh when it is damaged; (runner, why it did not
        resume or None). Never raises for a bad saved state."""
        try:
            return cls.restore(level, saved), None  # type: ignore[arg-type]
        except RunnerError as problem:
            return cls(level), str(problem)
