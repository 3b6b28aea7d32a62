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
    assert pilot.screen_name == "scene"


@pytest.fixture
def steps():
    """The helpers above, for tests that must not import this file by name."""
    import types

    return types.SimpleNamespace(first_level=first_level, tab_to=tab_to, open_level=open_level,
                                 new_profile_by_keyboard=new_profile_by_keyboard)
