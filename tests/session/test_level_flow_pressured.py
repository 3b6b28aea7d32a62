"""A choice made under pressure is never stored against the profile.

Every path of every shipped level is played through LevelFlow with a real
store; the database then holds no pressured choice, only the scored ones, and
the saved state keeps no trace of which pressured choice it was.
"""

from __future__ import annotations

import pytest

from sango_game.content import load_library
from sango_game.session.level_flow import LevelFlow
from sango_game.session.services import Services
from sango_game.story.paths import all_paths
from sango_game.ui.screens.feedback import verdict

LEVELS = [level for level in load_library().levels
          if any(choice.pressured for scene in level.scenes for choice in scene.choices)]


def pressured_ids(level):
    return {choice.id for scene in level.scenes for choice in scene.choices if choice.pressured}


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_pressured_choices_are_not_recorded(tmp_path, level):
    services = Services(data_dir=tmp_path)
    made = services.store.create_profile("Kiwi", track=level.track)
    assert made.ok
    services.profile = made.value
    secret = pressured_ids(level)
    paths = [path for path in all_paths(level) if secret & set(path)][:20]
    assert paths
    for path in paths:
        flow = LevelFlow(services, level)
        flow.start()
        for choice_id in path:
            flow.choose(choice_id)
        assert flow.finished and not flow.problems
        records = services.store.choices(flow.attempt_id)
        assert [r.choice_id for r in records] == [c for c in path if c not in secret]
        assert all(record.safety != "pressured" for record in records)
        [attempt] = [a for a in services.store.attempts(services.profile.id, level.id)
                     if a.id == flow.attempt_id]
        assert attempt.stars == flow.result.stars
    services.store.close()


def test_a_pressured_choice_gets_no_verdict_only_not_your_fault():
    from sango_game import i18n

    i18n.set_language("en")  # another test may have left the game in Arabic
    icon, words = verdict("pressured", "12-18")
    assert icon != "icons/unsafe.svg" and "not your fault" in words
