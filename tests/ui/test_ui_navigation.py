"""Esc goes back from every screen, and Help is one key or click away on every screen."""

from __future__ import annotations

import pygame
import pytest
from ui_steps import first_level, new_profile_by_keyboard, open_level


def _to_choices(pilot) -> None:
    while pilot.screen_name == "scene" and pilot.screen.phase == "lines":
        pilot.press(pygame.K_SPACE)


def _safe_key(pilot, level) -> int:
    scene = pilot.screen
    choices = {c.id: c.safety for c in level.scene(scene.view.scene_id).choices}
    return next(c.key for c in scene.view.choices if choices[c.id] == "safe")


def walk_to(pilot, target: str) -> list[str]:
    """Go from the title to `target`; returns the screens passed, in order."""
    passed = ["title"]
    if target == "title":
        return passed
    if target in ("settings", "country"):
        pilot.click("settings")
        if target == "country":
            pilot.click("help-country", scroll=True)
            return passed + ["settings", "country"]
        return passed + ["settings"]
    if target == "language":
        pilot.click("language")
        return passed + ["language"]
    if target in ("profiles", "new-profile"):
        pilot.click("play")
        passed.append("profiles")
        if target == "new-profile":
            pilot.click("new-player")
            passed.append("new-profile")
        return passed
    new_profile_by_keyboard(pilot, "Walker", "9-11")
    passed += ["profiles", "map"]
    if target == "map":
        return passed
    level = first_level(pilot, "9-11")
    open_level(pilot, level)
    passed.append("scene")
    if target == "scene":
        return passed
    _to_choices(pilot)
    pilot.press(pygame.K_1 + _safe_key(pilot, level) - 1)
    passed.append("feedback")
    if target == "feedback":
        return passed
    for _ in range(100):
        if pilot.screen_name == "results":
            break
        if pilot.screen_name == "feedback":
            pilot.press(pygame.K_RETURN)
        else:
            _to_choices(pilot)
            if pilot.screen_name == "scene":
                pilot.press(pygame.K_1 + _safe_key(pilot, level) - 1)
    assert pilot.screen_name == "results"
    return ["title", "profiles", "map", "results"]


SCREENS = (
    "title",
    "settings",
    "country",
    "language",
    "profiles",
    "new-profile",
    "map",
    "scene",
    "feedback",
    "results",
)
BACK_TO = {
    "settings": "title",
    "country": "settings",
    "language": "title",
    "profiles": "title",
    "new-profile": "profiles",
    "map": "profiles",
    "scene": "map",
    "feedback": "scene",
    "results": "map",
}


@pytest.mark.parametrize("screen", SCREENS)
def test_esc_goes_back(quick_pilot, screen):
    walk_to(quick_pilot, screen)
    assert quick_pilot.screen_name == screen
    quick_pilot.press(pygame.K_ESCAPE)
    assert quick_pilot.screen_name == BACK_TO.get(screen, "title")


@pytest.mark.parametrize("screen", [s for s in SCREENS if s != "title"])
def test_back_button_goes_back(quick_pilot, screen):
    walk_to(quick_pilot, screen)
    quick_pilot.click("back")
    assert quick_pilot.screen_name == BACK_TO[screen]


@pytest.mark.parametrize("screen", SCREENS)
def test_help_from_every_screen(quick_pilot, screen):
    walk_to(quick_pilot, screen)
    quick_pilot.press(pygame.K_F1)
    assert quick_pilot.screen_name == "help"
    assert "Tell an adult you trust" in quick_pilot.text()
    quick_pilot.press(pygame.K_ESCAPE)
    assert quick_pilot.screen_name == screen
    quick_pilot.click("help")
    assert quick_pilot.screen_name == "help"
    quick_pilot.click("back")
    assert quick_pilot.screen_name == screen


def test_tab_cycles_through_every_focusable_and_back(pilot):
    pilot.click("play")
    pilot.click("new-player")
    names = [w.name for w in pilot.screen.focusables()]
    seen = []
    for _ in range(len(names)):
        pilot.press(pygame.K_TAB)
        seen.append(pilot.focused)
    assert sorted(seen) == sorted(names)  # every widget once: no trap, nothing skipped
    pilot.press(pygame.K_TAB, mod=pygame.KMOD_SHIFT)
    assert pilot.focused == seen[-2]


def test_arrow_keys_move_between_choices(quick_pilot):
    new_profile_by_keyboard(quick_pilot, "Arrow", "12-18")
    open_level(quick_pilot, first_level(quick_pilot, "12-18"))
    _to_choices(quick_pilot)
    first = quick_pilot.focused
    assert first.startswith("choice-")
    quick_pilot.press(pygame.K_DOWN)
    assert quick_pilot.focused.startswith("choice-") and quick_pilot.focused != first
    quick_pilot.press(pygame.K_UP)
    assert quick_pilot.focused == first
    quick_pilot.press(pygame.K_RETURN)
    assert quick_pilot.screen_name == "feedback"
