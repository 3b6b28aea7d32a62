"""One level being played: the runner plus what `progress` must remember.

The screens call `LevelFlow` and never the store directly for a level:
`start` resumes an unfinished attempt (or starts one), `choose` records every
choice with the runner's state in one durable commit, `finish` records the
ending and stars and awards the topic's badge for a good ending; `choose`
calls it as soon as the ending is reached. A saved state that is damaged, or
already at an ending (the game was closed on the last feedback), is never
resumed: the level starts afresh (after recording that ending).
"""

from __future__ import annotations

from sango_game.content.model import PRESSURED
from sango_game.story import LevelRunner
from sango_game.story.way_on import WAY_ON_ID
from sango_game.ui import log


class LevelFlow:
    def __init__(self, services, level):
        self.services = services
        self.level = level
        self.runner: LevelRunner | None = None
        self.attempt_id: str | None = None
        self.resumed = False
        self.result = None
        self.problems: list = []

    @property
    def profile(self):
        return self.services.profile

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

    def view(self):
        return self.runner.view()

    def choose(self, choice_id: str):
        scene_id = self.runner.view().scene_id
        outcome = self.runner.choose(choice_id)
        if self.attempt_id is not None:
            store, state = self.services.store, self.runner.save()
            if choice_id == WAY_ON_ID or outcome.safety == PRESSURED:
                # the runner's own "Continue", or a choice made under pressure: saved as
                # state only (with a neutral marker), never recorded against the profile
                written = store.save_state(self.attempt_id, state)
            else:
                written = store.record_choice(
                    self.attempt_id, scene_id, choice_id, outcome.safety, state
                )
            self._note(written)
        if outcome.finished:  # the end is recorded now, not only when Results is shown
            self.finish()
        return outcome

    @property
    def finished(self) -> bool:
        return self.runner is not None and self.runner.finished

    def finish(self):
        """The level's Result, recorded once."""
        if self.result is not None:
            return self.result
        self.result = self.runner.result()
        if self.attempt_id is not None:
            store = self.services.store
            self._note(
                store.finish_attempt(
                    self.attempt_id, self.result.ending_id, self.result.stars, self.runner.save()
                )
            )
            if self.result.outcome == "good" and self.profile is not None:
                self._note(store.award_badge(self.profile.id, self.badge_id()))
        return self.result

    def badge_id(self) -> str:
        return self.level.topic

    def _note(self, written) -> None:
        if written is not None and written.problem is not None:
            self.problems.append(written.problem)
            log.warning("progress: %s", written.problem.message)
