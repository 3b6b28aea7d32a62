"""What reaches the display is the finished frame, and nothing is skipped unseen.

- The frame after a typed line or a cross-fade ends is drawn: what stays on the
  window equals a fresh full drawing of the screen, and then the loop rests.
- Help (F1 or the button) on a story line comes back to that same line.
- A held Enter never chooses twice; mashed Enter cannot take a choice, Continue or
  a results button before it has been visible for READ_S.
- Enter on results continues to the map.
"""

from __future__ import annotations

import pygame
import pytest

from sango_game.ui.keys import HeldKeys
from sango_game.ui.pilot import FRAME
from sango_game.ui.screens.base import READ_S


def fresh_drawing(pilot) -> bytes:
    surface = pygame.Surface(pilot.app.surface.get_size())
    pilot.app.top.draw(surface)
    return pygame.image.tobytes(surface, "RGB")


def shown(pilot) -> bytes:
    return pygame.image.tobytes(pilot.app.surface, "RGB")


def assert_finished_and_resting(pilot) -> None:
    assert not pilot.app.animating
    assert shown(pilot) == fresh_drawing(pilot), f"a stale frame stays on {pilot.screen_name}"
    drawn = [pilot.app.step(FRAME) for _ in range(30)]
    assert not any(drawn), "the loop keeps drawing a still screen"


def safety_of(level, scene, choice_id) -> str:
    return {c.id: c.safety for c in level.scene(scene.view.scene_id).choices}[choice_id]


def test_a_typed_line_ends_on_its_whole_final_frame(level_start):
    pilot, _level = level_start("under-9")
    scene = pilot.screen
    assert scene.phase == "lines" and not scene.revealing
    assert scene.text_label.reveal is None  # the whole line, last letter included
    assert_finished_and_resting(pilot)
    pilot.press(pygame.K_SPACE)  # the next line types itself out
    assert not scene.revealing
    assert_finished_and_resting(pilot)


def test_a_cross_fade_leaves_no_ghost_of_the_old_screen(pilot):
    assert pilot.app.options.size  # the title first
    pilot.press(pygame.K_RETURN)  # Play: a cross-fade to "Who's playing?"
    assert pilot.screen_name == "profiles"
    assert_finished_and_resting(pilot)
    pilot.press(pygame.K_F1)
    assert pilot.screen_name == "help"
    assert_finished_and_resting(pilot)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == "profiles"
    assert_finished_and_resting(pilot)


def test_help_on_the_first_line_comes_back_to_that_line(level_start):
    pilot, _level = level_start("under-9")
    scene = pilot.screen
    assert (scene.phase, scene.line_index) == ("lines", 0)
    pilot.press(pygame.K_F1)
    assert pilot.screen_name == "help"
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen is scene
    assert (scene.phase, scene.line_index) == ("lines", 0)
    pilot.click("help")  # the Help button does the same
    assert pilot.screen_name == "help"
    pilot.click("back")
    assert pilot.screen is scene
    assert (scene.phase, scene.line_index) == ("lines", 0)
    assert pilot.has("next") and not any(n.startswith("choice-") for n in pilot.names())


def test_help_while_a_line_is_typing_comes_back_to_it(level_start):
    pilot, _level = level_start("9-11", wait_for_animations=False)
    scene = pilot.screen
    pilot.step(3)
    assert scene.revealing
    pilot.press(pygame.K_F1)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen is scene and scene.phase == "lines" and scene.line_index == 0


def test_a_held_key_repeats_to_move_but_never_to_choose():
    keys = HeldKeys()
    assert keys.press(pygame.K_RETURN)
    assert not keys.press(pygame.K_RETURN)  # pygame's repeat of a held Enter
    keys.release(pygame.K_RETURN)
    assert keys.press(pygame.K_RETURN)  # pressed again: it counts
    assert keys.press(pygame.K_TAB) and keys.press(pygame.K_TAB)  # Tab may repeat
    keys.press(pygame.K_1)
    keys.clear()  # the window lost the keyboard: nothing is held any more
    assert keys.press(pygame.K_1)


def test_holding_enter_on_a_story_does_not_play_it(level_start):
    pilot, level = level_start("under-9")
    store, profile = pilot.app.services.store, pilot.app.services.profile
    pilot.hold(pygame.K_RETURN, 2.5)
    attempt = store.attempts(profile.id, level.id)[-1]
    assert store.choices(attempt.id) == []
    assert pilot.screen_name == "scene"
    assert pilot.screen.line_index <= 1  # one press is one step, not fifty


def test_holding_enter_on_the_choices_chooses_once(level_start):
    pilot, level = level_start("9-11")
    scene = pilot.screen
    while scene.phase == "lines":
        pilot.press(pygame.K_SPACE)
    pilot.wait(READ_S)
    pilot.hold(pygame.K_RETURN, 2.5)
    store, profile = pilot.app.services.store, pilot.app.services.profile
    attempt = store.attempts(profile.id, level.id)[-1]
    assert len(store.choices(attempt.id)) == 1
    assert pilot.screen_name == "feedback"  # and the feedback is still there to read


def test_mashing_enter_cannot_take_what_was_not_visible_long_enough(level_start):
    pilot, level = level_start("under-9", patient=False, wait_for_animations=False)
    store, profile = pilot.app.services.store, pilot.app.services.profile
    seen = []
    for _ in range(40):  # forty presses, one every other frame (30 a second)
        pilot.press(pygame.K_RETURN, settle=False)
        pilot.step()
        seen.append(pilot.screen_name)
    attempt = store.attempts(profile.id, level.id)[-1]
    assert attempt.status != "done"
    # 40 presses take 1.3 s: time to read one choice screen at most, never its feedback too
    assert len(store.choices(attempt.id)) <= 1
    assert "results" not in seen


def test_a_choice_waits_until_it_could_be_read(level_start):
    pilot, level = level_start("9-11", patient=False)
    scene = pilot.screen
    while scene.phase == "lines":
        pilot.press(pygame.K_SPACE)
    pilot.press(pygame.K_1)
    assert pilot.screen_name == "scene"  # too soon: ignored, not a failure
    pilot.wait(READ_S / 2)
    pilot.press(pygame.K_1)
    assert pilot.screen_name == "scene"
    pilot.wait(READ_S / 2)
    pilot.press(pygame.K_1)  # no upper limit: after reading, it works
    assert pilot.screen_name == "feedback"
    pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == "feedback"  # the feedback is read first too
    pilot.wait(READ_S)
    pilot.press(pygame.K_RETURN)
    assert pilot.screen_name in ("scene", "results")


def play_to_results(pilot, level) -> None:
    for _ in range(200):
        if pilot.screen_name == "results":
            return
        scene = pilot.screen
        if pilot.screen_name == "scene" and scene.phase == "lines":
            pilot.press(pygame.K_SPACE)
        elif pilot.screen_name == "scene":
            order = ("safe", "mixed", "pressured", "unsafe")
            pick = min(scene.view.choices, key=lambda c: order.index(safety_of(level, scene, c.id)))
            pilot.press(pygame.K_1 + pick.key - 1)
        else:
            pilot.press(pygame.K_RETURN)
    raise AssertionError(f"the level never ended; on {pilot.screen_name}")


@pytest.mark.parametrize("track", ["under-9", "12-18"])
def test_enter_on_results_continues_to_the_map(level_start, track):
    pilot, level = level_start(track)
    play_to_results(pilot, level)
    assert pilot.focused == "map"
    assert "Continue" in pilot.widget("map").text()
    assert_finished_and_resting(pilot)
    pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == "map"
    store, profile = pilot.app.services.store, pilot.app.services.profile
    assert store.attempts(profile.id, level.id)[-1].status == "done"
