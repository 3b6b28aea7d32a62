"""Whole levels by keyboard alone, by mouse alone and by touch; progress is recorded."""

from __future__ import annotations

import pygame
import pytest

from sango_game.ui.autoplay import Autoplay, AutoplayOptions
from sango_game.ui.pilot import Pilot

TRACKS = ("under-9", "9-11", "12-18")


def _forbid(monkeypatch, method: str) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError(f"Pilot.{method} was used in a run that must not use it")

    monkeypatch.setattr(Pilot, method, refuse)


def _autoplay(tmp_path, **options) -> tuple[int, list[str]]:
    said: list[str] = []
    options.setdefault("screenshots", None)
    code = Autoplay(AutoplayOptions(data_dir=str(tmp_path / "data"), **options), said.append).run()
    return code, said


def test_every_track_by_keyboard_alone(tmp_path, monkeypatch):
    _forbid(monkeypatch, "click")
    _forbid(monkeypatch, "click_at")
    code, said = _autoplay(tmp_path, input="keyboard", profile="Kiwi")
    assert code == 0, said
    for track_level in said:
        assert "stars" in track_level
    assert len(said) >= len(TRACKS)


def test_every_track_by_mouse_alone(tmp_path, monkeypatch):
    _forbid(monkeypatch, "press")
    _forbid(monkeypatch, "type")
    code, said = _autoplay(tmp_path, input="mouse", choose="unsafe")
    assert code == 0, said
    assert len(said) >= len(TRACKS)


def test_a_level_by_touch_with_screenshots(tmp_path, monkeypatch):
    _forbid(monkeypatch, "press")
    code, said = _autoplay(
        tmp_path, input="touch", track="9-11", choose="random", screenshots=str(tmp_path / "shots")
    )
    assert code == 0, said
    shots = sorted(path.name for path in (tmp_path / "shots").glob("*.png"))
    assert shots[0].startswith("001-title")
    assert any("results" in name for name in shots)
    assert any("feedback" in name for name in shots)


def test_unknown_level_fails_with_a_reason(tmp_path):
    code, said = _autoplay(tmp_path, level="no-such-level")
    assert code == 1
    assert "no-such-level" in said[-1]


def test_progress_records_start_choices_and_finish(quick_pilot):
    from ui_steps import first_level, new_profile_by_keyboard, open_level

    pilot = quick_pilot
    new_profile_by_keyboard(pilot, "Mango", "9-11")
    level = first_level(pilot, "9-11")
    open_level(pilot, level)
    store = pilot.app.services.store
    profile = pilot.app.services.profile
    [attempt] = store.attempts(profile.id, level.id)
    assert attempt.status == "in_progress"
    for _ in range(200):
        if pilot.screen_name == "results":
            break
        screen = pilot.screen
        if pilot.screen_name == "scene" and screen.phase == "lines":
            pilot.press(pygame.K_SPACE)
        elif pilot.screen_name == "scene":
            pilot.press(pygame.K_1)
        else:
            pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == "results"
    [attempt] = store.attempts(profile.id, level.id)
    assert attempt.status == "done"
    assert attempt.stars == pilot.screen.result.stars
    assert len(store.choices(attempt.id)) == len(pilot.screen.result.choices_made)
    assert "Remember:" in pilot.text()


@pytest.mark.parametrize("track", TRACKS)
def test_resume_where_the_child_stopped(quick_pilot, track):
    from ui_steps import first_level, new_profile_by_keyboard, open_level

    pilot = quick_pilot
    new_profile_by_keyboard(pilot, f"Resumer {track}", track)
    level = first_level(pilot, track)
    open_level(pilot, level)
    while pilot.screen.phase == "lines":
        pilot.press(pygame.K_SPACE)
    scene = pilot.screen
    safe = next(c for c in level.scene(scene.view.scene_id).choices if c.safety == "safe")
    choice = next(c for c in scene.view.choices if c.id == safe.id)
    pilot.press(pygame.K_1 + choice.key - 1)
    assert pilot.screen_name == "feedback"
    pilot.press(pygame.K_RETURN)
    where = pilot.screen.view.scene_id
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == "map"
    assert "In progress" in pilot.text()
    open_level(pilot, level)
    assert pilot.screen.view.scene_id == where
    assert pilot.screen.flow.resumed
    assert "Welcome back!" in pilot.text()
