"""Every screen, at 200 % text in en, ar and zh_Hans: nothing clipped (measured by
the text engine), every target at least 44 px, every control reached by Tab,
the focus always in view, the heading in view first, and Shift+A everywhere."""

from __future__ import annotations

import pygame
import pytest
from access_checks import measured_problems, small_targets, tab_reaches_all
from access_tour import SHIFT_A, tab_to, tour

from sango_game.ui.pilot import Pilot


def _use(pilot, **values) -> None:
    settings = pilot.app.services.settings
    for key, value in values.items():
        setattr(settings, key, value)
    pilot.app.services.save_settings(settings)
    pilot.app.apply_settings()
    pilot.settle()


@pytest.mark.parametrize("lang", ["en", "ar", "zh_Hans"])
@pytest.mark.parametrize("track", ["under-9", "12-18"])
def test_every_screen_at_200_percent_fits_and_works_by_keyboard(tmp_path, lang, track):
    pilot = Pilot.start(wait_for_animations=False, lang=lang, data_dir=str(tmp_path))
    problems: list[str] = []
    visited: list[str] = []

    def look(pilot, where):
        visited.append(where)
        problems.extend(measured_problems(pilot, where))
        problems.extend(small_targets(pilot, where))
        problems.extend(tab_reaches_all(pilot, where))

    try:
        pilot.app.services.store.create_profile("Kid", "", track, lang, {"text_scale": 200})
        _use(pilot, text_scale=200)
        tour(pilot, look)
    finally:
        pilot.close()
    assert not problems, "\n".join(problems)
    assert {"title", "profiles", "new-profile", "map", "help", "access", "settings",
            "country", "what-we-save", "delete-profile", "scene lines", "scene choices",
            "feedback", "results"} <= set(visited)


@pytest.mark.parametrize("lang", ["en", "ar", "zh_Hans"])
def test_the_heading_is_in_view_first_at_200_percent(tmp_path, lang):
    """A page opens at its top (the map greeting, the feedback verdict, each heading)
    unless its focused item could not be seen with it; then it scrolls only as far
    as the focus needs."""
    pilot = Pilot.start(wait_for_animations=False, lang=lang, data_dir=str(tmp_path))
    found = {}

    def look(pilot, where):  # called before any Tab moves the focus
        screen = pilot.screen
        focus = screen.focused()
        for name in ("greeting", "verdict", "heading", "title", "ending-title"):
            widget = screen.widget(name)
            if widget is None or where in found:
                continue
            shown = screen.screen_rect(widget)
            together = focus is None or focus.fixed or (
                max(focus.rect.bottom, widget.rect.bottom) - widget.rect.top
                <= screen.body.height)
            found[where] = shown.top >= screen.body.top or not together
            if focus is not None and not focus.fixed:
                seen = screen.screen_rect(focus).clip(screen.body)
                found[where] = found[where] and seen.height >= min(focus.rect.height, 44)

    try:
        pilot.app.services.store.create_profile("Kid", "", "under-9", lang, {"text_scale": 200})
        _use(pilot, text_scale=200)
        tour(pilot, look)
    finally:
        pilot.close()
    assert "map" in found and "feedback" in found, found
    assert all(found.values()), found


def test_shift_a_opens_the_accessibility_menu_but_types_in_a_text_field(tmp_path):
    pilot = Pilot.start(wait_for_animations=False, data_dir=str(tmp_path))
    try:
        pilot.press(*SHIFT_A)
        assert pilot.screen_name == "access"
        pilot.press(*SHIFT_A)  # already open: not a second one
        assert [s.name for s in pilot.app.stack].count("access") == 1
        pilot.press(pygame.K_ESCAPE)
        pilot.press(pygame.K_RETURN)
        tab_to(pilot, "new-player")
        pilot.press(pygame.K_RETURN)
        tab_to(pilot, "nickname")
        pilot.press(*SHIFT_A, unicode="A")
        assert pilot.screen_name == "new-profile"
    finally:
        pilot.close()


def test_delete_profile_asks_first_and_keeps_it_on_no(tmp_path):
    pilot = Pilot.start(wait_for_animations=False, data_dir=str(tmp_path))
    try:
        pilot.app.services.store.create_profile("Kid", "", "9-11", "en", {})
        pilot.press(pygame.K_RETURN)
        tab_to(pilot, "profile-Kid")
        pilot.press(pygame.K_RETURN)
        tab_to(pilot, "settings")
        pilot.press(pygame.K_RETURN)
        tab_to(pilot, "delete-profile")
        pilot.press(pygame.K_RETURN)
        assert pilot.screen_name == "delete-profile"
        assert pilot.focused != "delete"  # the safe answer is not the one Enter picks first
        tab_to(pilot, "keep")
        pilot.press(pygame.K_RETURN)
        assert [p.nickname for p in pilot.app.services.store.list_profiles()] == ["Kid"]
    finally:
        pilot.close()
