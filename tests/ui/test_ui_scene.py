"""The scene: typewriter, under-9 retry, resizing and large text without clipping."""

from __future__ import annotations

import pygame
import pytest
from ui_steps import first_level, new_profile_by_keyboard, open_level


def _choices(pilot) -> None:
    while pilot.screen.phase == "lines":
        pilot.press(pygame.K_SPACE)


def test_typewriter_reveals_then_a_key_completes_then_advances(quick_pilot):
    pilot = quick_pilot
    new_profile_by_keyboard(pilot, "Typist", "under-9")
    open_level(pilot, first_level(pilot, "under-9"))
    scene = pilot.screen
    assert scene.phase == "lines" and scene.revealing
    pilot.step(3)
    assert 0 < scene.reveal < scene.line_length
    assert scene.text_label.reveal is not None
    assert pilot.app.animating
    pilot.press(pygame.K_SPACE)  # completes the line at once
    assert not scene.revealing and scene.text_label.reveal is None
    index = scene.line_index
    pilot.press(pygame.K_SPACE)  # goes on
    assert scene.line_index == index + 1 or scene.phase == "choices"


def test_clicking_the_dialogue_completes_and_advances(quick_pilot):
    pilot = quick_pilot
    new_profile_by_keyboard(pilot, "Clicker", "9-11")
    open_level(pilot, first_level(pilot, "9-11"))
    scene = pilot.screen
    pilot.click("dialogue")
    assert not scene.revealing
    pilot.click("dialogue")
    assert scene.line_index == 1 or scene.phase == "choices"


def test_under_9_unsafe_choice_is_kind_and_offers_the_choices_again(quick_pilot):
    pilot = quick_pilot
    new_profile_by_keyboard(pilot, "Pip", "under-9")
    level = first_level(pilot, "under-9")
    open_level(pilot, level)
    for _ in range(40):  # find a scene that has an unsafe choice
        _choices(pilot)
        scene = pilot.screen
        safety = {c.id: c.safety for c in level.scene(scene.view.scene_id).choices}
        unsafe = [c for c in scene.view.choices if safety[c.id] == "unsafe"]
        if unsafe:
            break
        safe = next(c for c in scene.view.choices if safety[c.id] == "safe")
        pilot.press(pygame.K_1 + safe.key - 1)
        pilot.press(pygame.K_RETURN)
    else:
        pytest.fail("the under-9 level offers no unsafe choice")
    offered = {c.id for c in scene.view.choices}
    pilot.press(pygame.K_1 + unsafe[0].key - 1)
    assert pilot.screen_name == "feedback"
    words = pilot.text()
    assert "Not safe" not in words
    assert "Let's think again" in words
    assert pilot.widget("continue").label == "Try again"
    pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == "scene" and pilot.screen.phase == "choices"
    again = {c.id for c in pilot.screen.view.choices}
    assert again == offered - {unsafe[0].id}


def _assert_nothing_clipped(pilot) -> None:
    width, height = pilot.app.size
    screen = pilot.screen
    for widget in screen.widgets:
        assert widget.rect.left >= 0 and widget.rect.right <= width, widget
        if widget.fixed:
            assert widget.rect.bottom <= height, widget
    # everything below the window can be scrolled to
    assert screen.content_bottom - screen.max_scroll() <= screen.body.bottom + 1
    for widget in screen.focusables():
        screen.scroll_into_view(widget)
        rect = screen.screen_rect(widget)
        if not widget.fixed:
            assert rect.top >= screen.body.top - 1 and rect.bottom <= screen.body.bottom + 1


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080), (1366, 768)])
def test_resize_during_a_scene_keeps_everything_reachable(quick_pilot, size):
    pilot = quick_pilot
    new_profile_by_keyboard(pilot, "Stretch", "12-18")
    open_level(pilot, first_level(pilot, "12-18"))
    pilot.step(2)  # mid-typewriter
    pilot.resize(*size)
    assert pilot.app.size == size
    _assert_nothing_clipped(pilot)
    _choices(pilot)
    _assert_nothing_clipped(pilot)
    assert pilot.focused.startswith("choice-")


def test_window_never_smaller_than_the_minimum(quick_pilot):
    quick_pilot.resize(640, 400)
    assert quick_pilot.app.size == (1024, 600)


@pytest.mark.parametrize("track", ["under-9", "9-11", "12-18"])
def test_largest_text_at_smallest_window_scrolls_instead_of_clipping(quick_pilot, track):
    pilot = quick_pilot
    new_profile_by_keyboard(pilot, "Big", track)
    pilot.click("settings")
    pilot.click("text-size")  # a click in the middle of the slider: 150 %
    assert pilot.app.services.settings.text_scale == 150
    for _ in range(6):
        pilot.press(pygame.K_RIGHT)
    assert pilot.app.services.settings.text_scale == 200
    assert pilot.app.services.profile.settings["text_scale"] == 200
    pilot.press(pygame.K_ESCAPE)
    pilot.resize(1024, 600)
    open_level(pilot, first_level(pilot, track))
    _assert_nothing_clipped(pilot)
    _choices(pilot)
    _assert_nothing_clipped(pilot)


def test_feedback_names_the_choice_and_narration_stands_alone_for_teenagers(quick_pilot):
    pilot = quick_pilot
    new_profile_by_keyboard(pilot, "Teen", "12-18")
    level = first_level(pilot, "12-18")
    open_level(pilot, level)
    scene = pilot.screen
    narrated = [line for line in scene.view.lines if line.speaker == "narrator"]
    if narrated and scene.line.speaker == "narrator":
        assert not pilot.has("portrait")  # sober: no mascot beside the narration
    _choices(pilot)
    first = scene.view.choices[0]
    pilot.press(pygame.K_1)
    assert pilot.screen_name == "feedback"
    assert f"You chose: {first.text}" in pilot.text()
