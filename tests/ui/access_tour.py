"""A keyboard-only tour of every screen, for the accessibility tests.

`tour(pilot, look)` starts on the title screen (a profile "Kid" of the wanted
track must exist), reaches every screen with Tab, Enter, Escape, F1 and
Shift+A only, and calls `look(pilot, where)` on each. It ends on the results
of the track's first level.
"""

from __future__ import annotations

import pygame

SHIFT_A = (pygame.K_a, pygame.KMOD_SHIFT)


def tab_to(pilot, name: str) -> None:
    for _ in range(len(pilot.screen.focusables()) + 1):
        if pilot.focused == name:
            return
        pilot.press(pygame.K_TAB)
    raise AssertionError(f"Tab never reached {name} on {pilot.screen_name}; "
                         f"focus is on {pilot.focused}")


def enter(pilot, name: str, screen: str) -> None:
    tab_to(pilot, name)
    pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == screen, (name, pilot.screen_name)


def back(pilot, screen: str) -> None:
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == screen, pilot.screen_name


def tour(pilot, look, nickname: str = "Kid") -> None:
    look(pilot, "title")
    enter(pilot, "language", "language")
    look(pilot, "language")
    back(pilot, "title")
    enter(pilot, "play", "profiles")
    look(pilot, "profiles")
    enter(pilot, "new-player", "new-profile")
    look(pilot, "new-profile")
    back(pilot, "profiles")
    enter(pilot, f"profile-{nickname}", "map")
    look(pilot, "map")
    pilot.press(pygame.K_F1)
    assert pilot.screen_name == "help"
    look(pilot, "help")
    back(pilot, "map")
    pilot.press(*SHIFT_A)
    assert pilot.screen_name == "access"
    look(pilot, "access")
    back(pilot, "map")
    enter(pilot, "settings", "settings")
    look(pilot, "settings")
    for name, screen in (("what-we-save", "what-we-save"), ("help-country", "country"),
                         ("delete-profile", "delete-profile")):
        enter(pilot, name, screen)
        look(pilot, screen)
        back(pilot, "settings")
    back(pilot, "map")
    level = pilot.app.services.library.levels_in(pilot.app.services.track())[0]
    if level.content_note:  # a sensitive level says what it is about first
        enter(pilot, f"level-{level.id}", "content-note")
        look(pilot, "content-note")
        enter(pilot, "continue", "scene")
    else:
        enter(pilot, f"level-{level.id}", "scene")
    look(pilot, "scene lines")
    play_to_results(pilot, look)


def play_to_results(pilot, look, keys=(pygame.K_RETURN,), choose=(pygame.K_RETURN,)) -> None:
    """Play on (first choice each time) until the results, looking at each new screen."""
    seen = set()
    for _ in range(400):
        name = pilot.screen_name
        if name == "results":
            look(pilot, "results")
            return
        screen = pilot.screen
        if name == "scene" and screen.phase == "choices":
            if "scene choices" not in seen:
                seen.add("scene choices")
                look(pilot, "scene choices")
            pilot.read()
            for key in choose:
                pilot.press(key)
        elif name == "feedback":
            if "feedback" not in seen:
                seen.add("feedback")
                look(pilot, "feedback")
            pilot.read()
            for key in keys:
                pilot.press(key)
        else:
            for key in keys:
                pilot.press(key)
    raise AssertionError(f"the level never ended; stuck on {pilot.screen_name}")
