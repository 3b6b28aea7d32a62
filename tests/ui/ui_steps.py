"""Steps UI tests share: find a track's first level, Tab to a widget, make a
profile by keyboard, open a level. Imported as `from ui_steps import ...`
(pytest puts this folder on the path), never as `tests.ui...`: another
installed package may own the name `tests`."""

from __future__ import annotations

import pygame


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
