"""Fixtures for UI tests: a pilot on the real app with the dummy video driver."""

from __future__ import annotations

import pygame
import pytest

from sango_game.ui.pilot import Pilot


@pytest.fixture
def pilot():
    driver = Pilot.start()
    yield driver
    driver.close()


@pytest.fixture
def quick_pilot():
    """A pilot that does not wait for the typewriter (a quick reader)."""
    driver = Pilot.start(wait_for_animations=False)
    yield driver
    driver.close()


def first_level(pilot, track: str):
    levels = pilot.app.services.library.levels_in(track)
    assert levels, f"no shipped level in track {track}"
    return levels[0]


def tab_to(pilot, name: str) -> None:
    for _ in range(len(pilot.screen.focusables()) + 1):
        if pilot.focused == name:
            return
        pilot.press(pygame.K_TAB)
    raise AssertionError(f"Tab never reached {name}; focus is on {pilot.focused}")


def new_profile_by_keyboard(pilot, nickname: str, track: str) -> None:
    """Title -> Who's playing -> New player -> map, with keys only."""
    assert pilot.screen_name == "title"
    pilot.press(pygame.K_RETURN)  # Play has the focus on the title screen
    assert pilot.screen_name == "profiles"
    tab_to(pilot, "new-player")
    pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == "new-profile"
    tab_to(pilot, "nickname")
    pilot.type(nickname)
    tab_to(pilot, f"track-{track}")
    pilot.press(pygame.K_SPACE)
    tab_to(pilot, "create")
    pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == "map"


def open_level(pilot, level) -> None:
    tab_to(pilot, f"level-{level.id}")
    pilot.press(pygame.K_RETURN)
    if level.content_note:  # a sensitive level says what it is about first
        assert pilot.screen_name == "content-note"
        pilot.press(pygame.K_RETURN)  # Continue has the focus
    assert pilot.screen_name == "scene"


@pytest.fixture
def level_start():
    """A factory: a pilot standing on the first line of `track`'s first level,
    with a profile and the map below the scene. Closed at the end of the test.
    One a test: pygame has one display and one event queue.

        pilot, level = level_start("under-9", patient=False)
    """
    started: list[Pilot] = []

    def start(track: str, patient: bool = True, wait_for_animations: bool = True):
        from sango_game.ui.screens.level_map import LevelMapScreen
        from sango_game.ui.screens.scene import SceneScreen

        driver = Pilot.start(wait_for_animations=wait_for_animations, patient=patient)
        started.append(driver)
        services = driver.app.services
        services.profile = services.store.create_profile("Kiwi", "owl", track, "en").value
        level = first_level(driver, track)
        driver.app.push(LevelMapScreen(driver.app))
        driver.settle()
        driver.app.push(SceneScreen(driver.app, level))
        driver.settle()
        return driver, level

    yield start
    for driver in started:
        driver.close()
