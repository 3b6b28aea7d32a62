"""The teacher screens at 200 % text in en, ar and zh_Hans, by keyboard alone:
nothing clipped (measured), every target at least 44 px, Tab reaches every
control, and Esc goes back each time."""

from __future__ import annotations

import pygame
import pytest
from access_checks import measured_problems, small_targets, tab_reaches_all
from access_tour import back, enter

from sango_game.classroom import classes
from sango_game.ui.pilot import Pilot

PIN = "4821"


@pytest.mark.parametrize("lang", ["en", "ar", "zh_Hans"])
def test_teacher_screens_at_200_percent_fit_and_work_by_keyboard(tmp_path, lang):
    pilot = Pilot.start(wait_for_animations=False, lang=lang, data_dir=str(tmp_path))
    problems: list[str] = []

    def look(where: str) -> None:
        problems.extend(measured_problems(pilot, where))
        problems.extend(small_targets(pilot, where))
        problems.extend(tab_reaches_all(pilot, where))

    try:
        store = pilot.app.services.store
        store.set_teacher_pin(PIN)
        info = classes.create_class(store, "4B", track="9-11", language=lang).value
        for nickname in ("Sam", "سارة", "小明"):
            classes.add_pupil(store, info, nickname)
        settings = pilot.app.services.settings
        settings.text_scale = 200
        pilot.app.services.save_settings(settings)
        pilot.app.apply_settings()
        pilot.settle()
        enter(pilot, "teachers", "teacher-pin")
        for digit in PIN:
            pilot.press(getattr(pygame, f"K_{digit}"))
        pilot.press(pygame.K_RETURN)
        assert pilot.screen_name == "teacher-classes"
        look("teacher-classes")
        for name, screen in (("new-class", "teacher-new-class"),
                             ("records", "teacher-records")):
            enter(pilot, name, screen)
            look(screen)
            back(pilot, "teacher-classes")
        enter(pilot, "class-4B", "teacher-class")
        look("teacher-class")
        for name, screen in (("pupils", "teacher-pupils"), ("print-export", "teacher-exports"),
                             ("class-access", "teacher-class-access"),
                             ("delete-class", "teacher-delete-class")):
            enter(pilot, name, screen)
            look(screen)
            back(pilot, "teacher-class")
        back(pilot, "teacher-classes")
        back(pilot, "title")
    finally:
        pilot.close()
    assert not problems, "\n".join(problems)
