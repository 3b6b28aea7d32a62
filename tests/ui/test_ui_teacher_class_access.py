"""A class's accessibility defaults: set by the teacher behind the PIN, a pupil of
the class starts with them, and the pupil's own Shift+A choices win."""

from __future__ import annotations

import pygame

from sango_game.classroom import classes

PIN = "4821"


def open_class_access(pilot) -> None:
    pilot.app.services.store.set_teacher_pin(PIN)
    pilot.click("teachers")
    for digit in PIN:
        pilot.press(getattr(pygame, f"K_{digit}"))
    pilot.press(pygame.K_RETURN)
    pilot.click("class-4B")
    pilot.click("class-access")
    assert pilot.screen_name == "teacher-class-access"


def choose_profile(pilot, nickname: str) -> None:
    while pilot.screen_name != "title":
        pilot.press(pygame.K_ESCAPE)
    pilot.click("play")
    pilot.click(f"profile-{nickname}")
    assert pilot.screen_name == "map"


def test_a_pupil_starts_with_the_class_defaults_the_teacher_set(quick_pilot):
    store = quick_pilot.app.services.store
    info = classes.create_class(store, "4B", track="9-11").value
    classes.add_pupil(store, info, "Sam")
    store.create_profile("Kim", "owl", "9-11", "en")
    open_class_access(quick_pilot)
    quick_pilot.click("high-contrast")
    quick_pilot.click("reading-font")
    quick_pilot.click("read-aloud")  # as for the age group -> on
    assert quick_pilot.widget("text-size").value == 100
    quick_pilot.screen.focus("text-size")
    quick_pilot.press(pygame.K_RIGHT)
    assert quick_pilot.widget("text-size").value == 125
    assert store.class_settings(info.id) == {"high_contrast": True, "reading_font": True,
                                             "read_aloud": True, "text_scale": 125}
    assert "High contrast: on" in quick_pilot.text()
    assert not quick_pilot.app.services.settings.high_contrast  # the teacher's own look
    choose_profile(quick_pilot, "Sam")
    settings = quick_pilot.app.services.settings
    assert settings.high_contrast and settings.reading_font and settings.read_aloud
    assert settings.text_scale == 125
    assert quick_pilot.app.engine.scale == 1.25  # the words really are larger
    choose_profile(quick_pilot, "Kim")  # not in the class
    assert not quick_pilot.app.services.settings.high_contrast


def test_a_pupils_own_choice_wins_and_later_class_changes_still_reach_them(quick_pilot):
    store = quick_pilot.app.services.store
    info = classes.create_class(store, "4B", track="9-11").value
    sam = classes.add_pupil(store, info, "Sam").value
    store.set_class_settings(info.id, {"high_contrast": True})
    choose_profile(quick_pilot, "Sam")
    quick_pilot.press(pygame.K_a, mod=pygame.KMOD_SHIFT)
    assert quick_pilot.screen_name == "access"
    quick_pilot.click("high-contrast")  # Sam turns it off for himself
    assert not quick_pilot.app.services.settings.high_contrast
    store.set_class_settings(info.id, {"high_contrast": True, "reduced_motion": True})
    own = store.get_profile(sam.id).settings
    assert own.get("high_contrast") is False and "reduced_motion" not in own
    choose_profile(quick_pilot, "Sam")
    settings = quick_pilot.app.services.settings
    assert settings.high_contrast is False and settings.reduced_motion is True


def test_read_aloud_goes_round_on_off_and_back_to_the_age_group(quick_pilot):
    store = quick_pilot.app.services.store
    info = classes.create_class(store, "4B", track="under-9").value
    open_class_access(quick_pilot)
    seen = []
    for _ in range(3):
        quick_pilot.click("read-aloud")
        seen.append(store.class_settings(info.id).get("read_aloud"))
    assert seen == [True, False, None]
    assert "as for the age group" in quick_pilot.text()
