"""The learning-records switch in the teacher area: behind the PIN, says what is
sent and to where, and turns records on and off."""

from __future__ import annotations

import pygame

PIN = "4821"


def open_records(pilot) -> None:
    pilot.app.services.store.set_teacher_pin(PIN)
    pilot.click("teachers")
    assert pilot.screen_name == "teacher-pin"
    for digit in PIN:
        pilot.press(getattr(pygame, f"K_{digit}"))
    pilot.press(pygame.K_RETURN)
    pilot.click("records")
    assert pilot.screen_name == "teacher-records"


def test_records_need_the_pin_and_esc_leaves(quick_pilot):
    quick_pilot.app.services.store.set_teacher_pin(PIN)
    quick_pilot.click("teachers")
    assert not quick_pilot.has("records")
    quick_pilot.press(pygame.K_ESCAPE)
    assert quick_pilot.screen_name == "title"


def test_without_an_address_nothing_is_sent_and_the_switch_explains(quick_pilot):
    open_records(quick_pilot)
    shown = quick_pilot.text()
    assert "Learning records: off" in shown
    assert "anonymous profile ID" in shown and "never holds a nickname" in shown
    assert "under pressure is never recorded" in shown
    assert "Nothing is sent until IT staff set an address" in shown
    assert not quick_pilot.has("switch") and quick_pilot.has("no-home-page")


def test_the_switch_turns_records_on_and_off_and_names_the_lrs(quick_pilot):
    store = quick_pilot.app.services.store
    store.enable_records("https://school.example")
    store.remember_lrs("https://lrs.school.example/xAPI")
    store.disable_records()
    open_records(quick_pilot)
    assert "Learning records: off" in quick_pilot.text()
    assert "https://lrs.school.example/xAPI" in quick_pilot.text()
    quick_pilot.click("switch")
    assert store.records_settings() == {"enabled": True, "home_page": "https://school.example"}
    assert "Learning records: on" in quick_pilot.text()
    quick_pilot.click("switch")
    assert not store.records_enabled
    assert store.records_addresses()["home_page"] == "https://school.example"
