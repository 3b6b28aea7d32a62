"""One level being played: the runner plus what `progress` must remember.

The screens call `LevelFlow` and never the store directly for a level:
`start` resumes an unfinished attempt (or starts one), `choose` records every
choice with the runner's state in one durable commit, `finish` records the
ending and stars and awards the badge `story.rules.badge_for` names; `choose`
calls it as soon as the ending is reached. A saved state that is damaged, or
already at an ending (the game was closed on the last feedback), is never
resumed: the level starts afresh (after recording that ending).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sango_game.content.model import PRESSURED, Level
from sango_game.session import log
from sango_game.story import LevelRunner
from sango_game.story.rules import badge_for
from sango_game.story.views import Outcome, Result, View
from sango_game.story.way_on import WAY_ON_ID

if TYPE_CHECKING:
    from sango_game.progress import Problem, Profile, WriteResult
    from sango_game.session.services import Services


class LevelFlow:
    """One level played by the child on `services.profile` (or by nobody: not recorded)."""

    def __init__(self, services: Services, level: Level) -> None:
        self.services = services
        self.level = level
        self.runner: LevelRunner | None = None
        self.attempt_id: str | None = None
        self.resumed = False
        self.result: Result | None = None
        self.problems: list[Problem] = []

    @property
    def profile(self) -> Profile | None:
        return self.services.profile

    def _runner(self) -> LevelRunner:
        if self.runner is None:
            raise RuntimeError("LevelFlow.start() has not been called")
        return self.runner

    def start(self, fresh: bool = False) -> None:
        """Resume where the child stopped, or start the level from its beginning."""
        store = self.services.store
        point = None
        if not fresh and self.profile is not None:
            point = store.resume_point(self.profile.id, self.level.id, self.level.content_hash)
        if point is not None:
            runner, problem = LevelRunner.restore_or_start(self.level, point.state)
            if problem is not None:
                log.warning("could not resume %s: %s", self.level.id, problem)
            elif runner.finished:  # closed on the last feedback: record the end, play anew
                self.runner, self.attempt_id = runner, point.attempt_id
                self.finish()
                self.result = None
            else:
                self.runner, self.attempt_id, self.resumed = runner, point.attempt_id, True
                return
        self.runner = LevelRunner(self.level)
        self.resumed = False
        if self.profile is not None:
            written = store.start_attempt(
                self.profile.id, self.level.id, self.level.content_hash, self.runner.save()
            )
            self._note(written)
            self.attempt_id = written.value if written.ok else None

    def view(self) -> View:
        return self._runner().view()

    def choose(self, choice_id: str) -> Outcome:
        runner = self._runner()
        scene_id = runner.view().scene_id
        outcome = runner.choose(choice_id)
        if self.attempt_id is not None:
            store, state = self.services.store, runner.save()
            if choice_id == WAY_ON_ID or outcome.safety == PRESSURED:
                # the runner's own "Continue", or a choice made under pressure: saved as
                # state only (with a neutral marker), never recorded against the profile
                written = store.save_state(self.attempt_id, state)
            else:
                written = store.record_choice(
                    self.attempt_id, scene_id or "", choice_id, outcome.safety, state
                )
            self._note(written)
        if outcome.finished:  # the end is recorded now, not only when Results is shown
            self.finish()
        return outcome

    @property
    def finished(self) -> bool:
        return self.runner is not None and self.runner.finished

    def finish(self) -> Result:
        """The level's Result, recorded once."""
        if self.result is not None:
            return self.result
        runner = self._runner()
        result = self.result = runner.result()
        if self.attempt_id is not None:
            store = self.services.store
            self._note(
                store.finish_attempt(self.attempt_id, result.ending_id, result.stars, runner.save())
            )
            badge = self.badge_id()
            if badge is not None and self.profile is not None:
                self._note(store.award_badge(self.profile.id, badge))
        return result

    def badge_id(self) -> str | None:
        """The badge this level's result earns (`story.rules.badge_for`), or None."""
        if self.result is None:
            return None
        return badge_for(self.level.topic, self.result.outcome)

    def _note(self, written: WriteResult | None) -> None:
        if written is not None and written.problem is not None:
            self.problems.append(written.problem)
            log.warning("progress: %s", written.problem.message)
