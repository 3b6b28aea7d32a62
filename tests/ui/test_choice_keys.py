"""Number keys keep picking the choice the child saw with that number, after a retry too."""

from __future__ import annotations

import pygame

from sango_game.content import load_library
from sango_game.story.paths import play_points
from sango_game.ui.pilot import Pilot
from sango_game.ui.screens.scene import SceneScreen


def read_to_choices(pilot) -> None:
    for _ in range(50):
        if pilot.screen_name != "scene" or pilot.screen.phase == "choices":
            return
        pilot.press(pygame.K_SPACE)


def press_choice(pilot, choice_id: str) -> None:
    read_to_choices(pilot)
    key = next(c.key for c in pilot.screen.view.choices if c.id == choice_id)
    pilot.press(pygame.K_1 + key - 1)
    assert pilot.screen_name == "feedback" and pilot.screen.outcome.choice_id == choice_id


def test_after_a_wrong_answer_key_3_still_picks_the_third_answer(tmp_path):
    level = next(level for level in load_library().levels if level.track == "under-9")
    scene = next(s for s in level.scenes if sum(c.retry for c in s.choices) and
                 s.choices[0].retry and not any(c.when for c in s.choices))
    point = next(p for p in play_points(level)
                 if p.state.position == scene.id and not p.state.tried)
    pilot = Pilot.start(wait_for_animations=False, data_dir=str(tmp_path / "data"))
    try:
        pilot.app.push(SceneScreen(pilot.app, level))
        for choice_id in point.choices:
            press_choice(pilot, choice_id)
            pilot.press(pygame.K_RETURN)
        read_to_choices(pilot)
        shown = {c.key: c.id for c in pilot.screen.view.choices}
        assert shown == {index + 1: c.id for index, c in enumerate(scene.choices)}
        press_choice(pilot, scene.choices[0].id)  # a wrong answer: "Try again"
        assert pilot.screen.outcome.retry
        pilot.press(pygame.K_RETURN)
        read_to_choices(pilot)
        last = len(scene.choices)
        pilot.press(pygame.K_1 + last - 1)
        assert pilot.screen_name == "feedback"
        assert pilot.screen.outcome.choice_id == shown[last]
    finally:
        pilot.close()
