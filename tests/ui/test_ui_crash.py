"""The crash guard: a failing screen shows a calm screen, logs, loses nothing, never loops."""

from __future__ import annotations

import pygame
import pytest

from sango_game import i18n
from sango_game.ui import crash
from sango_game.ui.screens.base import Screen
from sango_game.ui.screens.crash import CrashScreen
from sango_game.ui.screens.feedback import FeedbackScreen
from sango_game.ui.screens.title import TitleScreen


class Broken(Screen):
    """A screen that fails where it is told to: "draw", "layout" or "key"."""

    name = "broken"

    def __init__(self, app, where: str):
        super().__init__(app)
        self.where = where

    def compose(self, ctx, body):
        if self.where == "layout":
            raise RuntimeError("layout went wrong")
        return []

    def draw(self, surface):
        if self.where == "draw":
            raise RuntimeError("draw went wrong")
        super().draw(surface)

    def on_key(self, event):
        if self.where == "key":
            raise KeyError("a key went wrong")
        return False


def log_text(pilot) -> str:
    return pilot.app.crash_guard.log_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("where", ["draw", "layout", "key"])
def test_a_failing_screen_shows_the_calm_screen_and_goes_back_to_the_map(level_start, where):
    pilot, _level = level_start("9-11")
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == "map"
    pilot.app.push(Broken(pilot.app, where))
    pilot.settle()
    if where == "key":
        assert pilot.screen_name == "broken"
        pilot.press(pygame.K_x)
    assert pilot.screen_name == "crash"
    assert "your stars are safe" in pilot.text()
    assert "went wrong" in log_text(pilot) and "Traceback" in log_text(pilot)
    assert pilot.focused == "way-back"
    pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == "map"
    assert "broken" not in [screen.name for screen in pilot.app.stack]


def test_when_the_map_fails_the_way_back_is_the_title(level_start, monkeypatch):
    pilot, _level = level_start("under-9")
    map_screen = pilot.app.stack[-2]

    def broken_draw(surface):
        raise RuntimeError("the map went wrong")

    monkeypatch.setattr(map_screen, "draw", broken_draw)
    pilot.press(pygame.K_ESCAPE)  # back to the (broken) map
    assert pilot.screen_name == "crash"
    assert pilot.screen.way_back() == "title"
    pilot.click("way-back")
    assert pilot.screen_name == "title"


def test_every_acknowledged_choice_is_kept_when_feedback_fails(level_start, monkeypatch):
    pilot, level = level_start("9-11")
    while pilot.screen.phase == "lines":
        pilot.press(pygame.K_SPACE)

    def broken_draw(self, surface):
        raise RuntimeError("feedback went wrong")

    monkeypatch.setattr(FeedbackScreen, "draw", broken_draw)
    pilot.press(pygame.K_1)
    assert pilot.screen_name == "crash"
    store, profile = pilot.app.services.store, pilot.app.services.profile
    attempt = store.attempts(profile.id, level.id)[-1]
    assert len(store.choices(attempt.id)) == 1  # committed when it was made


def test_a_failure_in_the_crash_screen_itself_does_not_loop(pilot, monkeypatch):
    def broken_compose(self, ctx, body):
        raise RuntimeError("the crash screen went wrong")

    monkeypatch.setattr(CrashScreen, "compose", broken_compose)
    pilot.app.push(Broken(pilot.app, "draw"))
    pilot.settle()
    assert pilot.screen_name == "title"  # started again from a fresh title screen
    assert [screen.name for screen in pilot.app.stack] == ["title"]
    monkeypatch.setattr(TitleScreen, "compose", broken_compose)
    pilot.app.push(Broken(pilot.app, "draw"))
    pilot.settle()  # returns: nothing fails for ever
    assert not pilot.app.running
    assert pilot.app.exit_code == crash.EXIT_CRASHED


def test_the_calm_screen_speaks_the_childs_language(pilot):
    assert pilot.app.set_language("ar")
    pilot.app.push(Broken(pilot.app, "draw"))
    pilot.settle()
    assert pilot.screen_name == "crash"
    words = pilot.text()
    assert "your stars are safe" not in words
    assert i18n._("Something went wrong — your stars are safe.") in words


def test_the_error_log_stays_small(tmp_path, monkeypatch):
    monkeypatch.setattr(crash, "LOG_LIMIT", 4000)
    path = tmp_path / crash.LOG_NAME
    for number in range(50):
        try:
            raise ValueError(f"failure {number}" + "x" * 300)
        except ValueError as error:
            assert crash.write_error_log(path, "scene", error)
    assert path.stat().st_size <= 4000
    assert path.with_name(path.name + ".1").stat().st_size <= 4000
    assert "failure 49" in path.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.2"))
