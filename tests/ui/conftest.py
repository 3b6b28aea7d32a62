"""Fixtures for UI tests: a pilot on the real app with the dummy video driver."""

from __future__ import annotations

import pytest
from ui_steps import first_level

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
