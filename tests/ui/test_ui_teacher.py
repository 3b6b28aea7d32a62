"""The teacher area: behind the PIN, Esc leaves, and play-together records nothing."""

from __future__ import annotations

import ast
from pathlib import Path

import pygame

from sango_game.classroom import classes
from sango_game.ui.screens.teacher_pin import TeacherPinScreen

SCREENS = Path(__file__).resolve().parents[2] / "sango_game" / "ui" / "screens"
LEVEL = "m-cyberbullying-group-chat"


def open_teacher_area(pilot) -> None:
    pilot.click("teachers")  # "For teachers" on the title screen
    assert isinstance(pilot.screen, TeacherPinScreen)


def type_pin(pilot, pin: str) -> None:
    for digit in pin:
        pilot.press(getattr(pygame, f"K_{digit}"))
    pilot.press(pygame.K_RETURN)


def test_first_use_chooses_a_pin_then_the_pin_opens_the_classes(quick_pilot):
    store = quick_pilot.app.services.store
    open_teacher_area(quick_pilot)
    type_pin(quick_pilot, "4821")
    assert "same PIN again" in quick_pilot.text()
    type_pin(quick_pilot, "4821")
    assert quick_pilot.screen_name == "teacher-classes"
    assert store.has_teacher_pin() and store.check_teacher_pin("4821")
    quick_pilot.press(pygame.K_ESCAPE)
    assert quick_pilot.screen_name == "title"


def test_a_wrong_pin_is_refused_and_repeated_ones_slow_down(quick_pilot):
    quick_pilot.app.services.store.set_teacher_pin("4821")
    open_teacher_area(quick_pilot)
    type_pin(quick_pilot, "1111")
    assert quick_pilot.screen_name == "teacher-pin"
    assert "That PIN is not right." in quick_pilot.text()
    type_pin(quick_pilot, "1111")
    type_pin(quick_pilot, "1111")
    type_pin(quick_pilot, "4821")  # right, but it must wait now
    assert quick_pilot.screen_name == "teacher-pin"
    assert "Try again in" in quick_pilot.text()
    quick_pilot.press(pygame.K_ESCAPE)
    assert quick_pilot.screen_name == "title"


def test_the_keypad_works_by_mouse_and_touch(quick_pilot):
    quick_pilot.app.services.store.set_teacher_pin("2468")
    open_teacher_area(quick_pilot)
    for digit, device in zip("2468", ("mouse", "touch", "mouse", "touch"), strict=True):
        quick_pilot.click(f"key-{digit}", device=device)
    quick_pilot.click("key-ok")
    assert quick_pilot.screen_name == "teacher-classes"


def test_childrens_screens_cannot_open_teacher_ones():
    """Only the title screen (through the PIN screen) and the teacher screens themselves
    reach a teacher screen; the PIN screen is the one way in. Screens open each other
    by name (`app.push_screen("teacher-pin")`, ui/navigation.py)."""
    reach = {}
    for path in SCREENS.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        opened = {node.args[0].value for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in ("push_screen", "switch_screen", "make_screen")
                  and node.args and isinstance(node.args[0], ast.Constant)}
        reach[path.stem] = {name for name in opened if name.startswith("teacher-")}
    for screen, targets in reach.items():
        if screen.startswith("teacher_"):
            continue
        # teacher-lock (Settings -> sensitive stories) asks for the PIN itself
        assert targets <= {"teacher-pin", "teacher-lock"}, f"{screen} opens {targets}"
    assert "teacher-pin" in reach["title"]
    assert "teacher-classes" in reach["teacher_pin"]
    lock_source = (SCREENS / "teacher_lock.py").read_text(encoding="utf-8")
    assert "pin_gate.check_pin" in lock_source and "check_teacher_pin" not in lock_source


def test_play_together_tallies_hands_and_records_nothing(quick_pilot):
    store = quick_pilot.app.services.store
    info = classes.create_class(store, "4B", track="9-11").value
    classes.save_class(store, classes.set_lesson(info, [LEVEL]))
    classes.add_pupil(store, info, "Sam")
    open_teacher_area(quick_pilot)
    type_pin(quick_pilot, "4821")
    type_pin(quick_pilot, "4821")
    quick_pilot.click("class-4B")
    assert quick_pilot.screen_name == "teacher-class"
    assert "Sam" in quick_pilot.text()
    quick_pilot.click(f"together-{LEVEL}")
    together = quick_pilot.screen
    assert together.name == "teacher-together"
    quick_pilot.click("next")
    level = quick_pilot.app.services.library.level(LEVEL)
    assert level.teacher_notes.questions[0].text in quick_pilot.text()
    for key in (pygame.K_1, pygame.K_3, pygame.K_3, pygame.K_3, pygame.K_2):
        quick_pilot.press(key)
    quick_pilot.press(pygame.K_3, mod=pygame.KMOD_SHIFT)
    choices = together.view.choices
    assert [together.tally.get(c.id, 0) for c in choices[:3]] == [1, 1, 2]
    assert "2 hands" in quick_pilot.text()
    quick_pilot.click("reveal")
    scene = level.scene(together.view.scene_id)
    for choice in scene.choices:
        assert choice.feedback.split("<")[0][:30] in quick_pilot.text()
    chosen = choices[2].id
    quick_pilot.click("continue")
    assert together.runner.save() != {} and together.view.scene_id != scene.id or (
        together.runner.finished)
    assert chosen in str(together.runner.save())
    for profile in store.list_profiles():
        assert store.attempts(profile.id) == []


def test_choosing_todays_lesson_filters_and_saves(quick_pilot):
    store = quick_pilot.app.services.store
    classes.create_class(store, "4B", track="9-11")
    open_teacher_area(quick_pilot)
    type_pin(quick_pilot, "4821")
    type_pin(quick_pilot, "4821")
    quick_pilot.click("class-4B")
    quick_pilot.click("choose-lesson")
    assert quick_pilot.screen_name == "teacher-lesson"
    level = quick_pilot.app.services.library.level(LEVEL)
    assert level.teacher_notes.questions[0].text in quick_pilot.text()
    quick_pilot.click(f"lesson-{LEVEL}", scroll=True)
    quick_pilot.click(f"lock-{LEVEL}", scroll=True)
    info = classes.find_class(store, "4B")
    assert info.lesson == (LEVEL,) and info.locked == frozenset({LEVEL})
    quick_pilot.click("minutes-10")
    assert not quick_pilot.has(f"lesson-{LEVEL}")  # a 15-minute level
    quick_pilot.press(pygame.K_ESCAPE)
    assert quick_pilot.screen_name == "teacher-class"
    assert quick_pilot.has(f"together-{LEVEL}")


def test_autoplay_as_a_pupil_plays_their_track_and_records_their_progress(tmp_path):
    from sango_game.content import load_library
    from sango_game.progress import open_store
    from sango_game.ui.autoplay import Autoplay, AutoplayOptions

    data = tmp_path / "data"
    with open_store(data) as store:
        info = classes.create_class(store, "4B", track="9-11").value
        classes.save_class(store, classes.set_lesson(info, [LEVEL]))
        classes.add_pupil(store, info, "Sam")
    said: list[str] = []
    code = Autoplay(AutoplayOptions(data_dir=str(data), profile="Sam"), said.append).run()
    assert code == 0, said
    with open_store(data) as store:
        (sam,) = store.list_profiles()
        played = {attempt.level_id for attempt in store.attempts(sam.id)}
    tracks = {level.id: level.track for level in load_library().levels}
    assert LEVEL in played  # today's lesson, and only the class's 9-11 track, not every track
    assert {tracks[level_id] for level_id in played} == {"9-11"}
