"""Closing the game on the last feedback of a level never leaves a level that cannot end."""

from __future__ import annotations

from dataclasses import replace

import pygame
import pytest

from sango_game.content import load_library
from sango_game.content.model import Condition
from sango_game.session.level_flow import LevelFlow
from sango_game.session.services import Services
from sango_game.story.paths import all_paths
from sango_game.ui.pilot import Pilot
from sango_game.ui.screens.scene import SceneScreen

LEVELS = load_library().levels


def player(data_dir, track):
    services = Services(data_dir=data_dir)
    made = services.store.create_profile("Kiwi", track=track)
    assert made.ok
    services.profile = made.value
    return services


def reopen(data_dir, services):
    """The game closed and opened again: a new store on the same folder."""
    again = Services(data_dir=data_dir)
    again.profile = services.profile
    services.store.close()
    return again


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_closed_after_the_last_choice_the_level_is_done_and_starts_afresh(tmp_path, level):
    services = player(tmp_path, level.track)
    flow = LevelFlow(services, level)
    flow.start()
    *before, last = next(iter(all_paths(level)))
    for choice_id in before:
        flow.choose(choice_id)
    assert not flow.finished
    flow.choose(last)  # the last feedback is on screen now; the child closes the game
    assert flow.finished
    services = reopen(tmp_path, services)
    [attempt] = services.store.attempts(services.profile.id, level.id)
    assert attempt.status == "done" and attempt.stars == flow.result.stars
    again = LevelFlow(services, level)
    again.start()
    view = again.view()
    assert not again.resumed and view.ending is None and view.choices
    assert view.scene_id == level.start


def test_an_old_save_at_an_ending_is_recorded_and_not_resumed(tmp_path):
    """A database written before the fix: an unfinished attempt whose state is at an ending."""
    level = LEVELS[0]
    services = player(tmp_path, level.track)
    flow = LevelFlow(services, level)
    flow.start()
    for choice_id in next(iter(all_paths(level))):
        flow.runner.choose(choice_id)  # the runner alone: nothing recorded as finished
    store = services.store
    assert store.save_state(flow.attempt_id, flow.runner.save()).ok
    [attempt] = store.attempts(services.profile.id, level.id)
    assert attempt.status == "in_progress"
    again = LevelFlow(reopen(tmp_path, services), level)
    again.start()
    assert not again.resumed and again.view().choices and again.view().ending is None
    attempts = again.services.store.attempts(services.profile.id, level.id)
    assert [a.status for a in attempts] == ["done", "in_progress"]


def test_a_damaged_save_starts_the_level_afresh(tmp_path):
    level = LEVELS[0]
    services = player(tmp_path, level.track)
    flow = LevelFlow(services, level)
    flow.start()
    damaged = flow.runner.save() | {"position": "no-such-scene", "flags": [3]}
    assert services.store.save_state(flow.attempt_id, damaged).ok
    again = LevelFlow(reopen(tmp_path, services), level)
    again.start()
    assert not again.resumed and again.view().scene_id == level.start


def test_the_app_reopened_after_the_last_feedback_shows_choices(tmp_path):
    """Through the real screens: play to the last feedback, close, open, open the level."""
    level = next(level for level in LEVELS if level.track == "9-11")
    data_dir = tmp_path / "data"
    services = player(data_dir, level.track)
    services.store.close()
    pilot = Pilot.start(wait_for_animations=False, data_dir=str(data_dir))
    try:
        pilot.app.services.profile = services.profile
        pilot.app.push(SceneScreen(pilot.app, level))
        for _ in range(200):
            if pilot.screen_name == "feedback" and pilot.screen.outcome.finished:
                break
            if pilot.screen_name == "scene" and pilot.screen.phase == "lines":
                pilot.press(pygame.K_SPACE)
            elif pilot.screen_name == "scene":
                pilot.press(pygame.K_1)
            else:
                pilot.press(pygame.K_RETURN)
        assert pilot.screen_name == "feedback" and pilot.screen.outcome.finished
    finally:
        pilot.close()
    pilot = Pilot.start(wait_for_animations=False, data_dir=str(data_dir))
    try:
        pilot.app.services.profile = services.profile
        pilot.app.push(SceneScreen(pilot.app, level))
        screen = pilot.screen
        assert screen.view.ending is None and screen.view.choices
        assert not screen.flow.resumed and "Welcome back!" not in pilot.text()
    finally:
        pilot.close()


def test_the_way_on_is_saved_but_not_recorded_as_a_choice(tmp_path):
    """A level whose start shows no choice (built in code): Continue ends it; no fake choice."""
    shipped = LEVELS[0]
    first = shipped.scene(shipped.start)
    never = (Condition("never-set"),)
    hidden = replace(first, choices=tuple(replace(c, when=never) for c in first.choices))
    level = replace(shipped, scenes=tuple(hidden if s is first else s for s in shipped.scenes))
    services = player(tmp_path, level.track)
    flow = LevelFlow(services, level)
    flow.start()
    [way_on] = flow.view().choices
    assert way_on.way_on
    outcome = flow.choose(way_on.id)
    assert outcome.finished and flow.finished
    [attempt] = services.store.attempts(services.profile.id, level.id)
    assert attempt.status == "done" and attempt.ending_id == outcome.next_scene
    assert services.store.choices(attempt.id) == []
