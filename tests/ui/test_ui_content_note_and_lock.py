"""Before a sensitive level: its content note, stop any time, help one key away;
and a teacher can lock sensitive levels behind the PIN."""

from __future__ import annotations

import pygame


def _sensitive_level(pilot):
    # an image level: its note says "private" and its endings show take-down
    # (other sensitive levels, e.g. t-ai-companion, show help and report only)
    levels = [level for level in pilot.app.services.library.levels_in("12-18")
              if level.sensitive and level.content_note
              and level.topic == "relationships-and-images"]
    assert levels, "a shipped 12-18 image level carries a content note"
    return levels[0]


def _to_map(pilot, track="12-18"):
    from sango_game.ui.screens.level_map import LevelMapScreen

    services = pilot.app.services
    services.profile = services.store.create_profile("Kiwi", "owl", track, "en").value
    pilot.app.push(LevelMapScreen(pilot.app))
    pilot.settle()
    assert pilot.screen_name == "map"


def test_the_content_note_comes_first_and_can_be_left(pilot):
    _to_map(pilot)
    level = _sensitive_level(pilot)
    pilot.click(f"level-{level.id}", scroll=True)
    assert pilot.screen_name == "content-note"
    text = pilot.text()
    assert "You can stop any time" in text
    own_note = " ".join(level.content_note.split()[:6])  # the level's own note
    assert own_note in " ".join(text.split())
    pilot.click("not-now")
    assert pilot.screen_name == "map"


def test_help_is_one_key_away_with_report_and_take_down(pilot):
    _to_map(pilot)
    settings = pilot.app.services.settings
    settings.country = "GB"
    pilot.app.services.save_settings(settings)
    pilot.click(f"level-{_sensitive_level(pilot).id}", scroll=True)
    pilot.press(pygame.K_F1)
    assert pilot.screen_name == "help"
    text = pilot.text()
    assert "Help in United Kingdom" in text
    assert "Report online abuse" in text and "Take an image down" in text
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == "content-note"


def test_continue_starts_the_level(pilot):
    _to_map(pilot)
    pilot.click(f"level-{_sensitive_level(pilot).id}", scroll=True)
    pilot.read()
    pilot.click("continue")
    assert pilot.screen_name == "scene"


def test_a_teacher_locks_sensitive_levels_behind_the_pin(pilot):
    store = pilot.app.services.store
    assert store.set_teacher_pin("2468").ok
    _to_map(pilot)
    level = _sensitive_level(pilot)
    pilot.click("settings")
    pilot.click("teacher-lock", scroll=True)
    assert pilot.screen_name == "teacher-lock"
    pilot.click("pin")
    pilot.type("1111")
    pilot.click("switch")
    assert pilot.screen_name == "teacher-lock"  # a wrong PIN changes nothing
    assert not store.sensitive_locked
    assert "not right" in pilot.text()
    pilot.click("pin")
    pilot.type("2468")
    pilot.click("switch")
    assert store.sensitive_locked
    assert pilot.screen_name == "settings"
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == "map"
    assert pilot.widget(f"level-{level.id}").status == "locked"
    assert "Locked by your teacher" in pilot.text()
    pilot.click(f"level-{level.id}", scroll=True)
    assert pilot.screen_name == "map"  # it does not open


def test_the_lock_is_a_teacher_setting_in_the_store(pilot):
    store = pilot.app.services.store
    assert not store.sensitive_locked
    assert store.set_sensitive_locked(True).ok
    assert store.sensitive_locked
    assert store.set_sensitive_locked(False).ok
    assert not store.sensitive_locked


def test_an_ending_of_a_sensitive_level_shows_report_and_take_down(pilot):
    _to_map(pilot)
    settings = pilot.app.services.settings
    settings.country = "GB"
    pilot.app.services.save_settings(settings)
    pilot.click(f"level-{_sensitive_level(pilot).id}", scroll=True)
    pilot.read()
    pilot.click("continue")
    for _ in range(300):
        name = pilot.screen_name
        if name == "results":
            break
        if name == "scene" and pilot.screen.phase == "lines":
            pilot.press(pygame.K_SPACE)
        elif name == "scene":
            pilot.read()
            pilot.press(pygame.K_1)  # the first choice, whatever it is
        else:
            pilot.read()
            pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == "results"
    text = pilot.text()
    assert "Help in United Kingdom" in text
    assert "Report online abuse" in text and "Take an image down" in text
