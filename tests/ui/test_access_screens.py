"""Every screen, at 200 % text in en, ar and zh_Hans: nothing clipped (measured by
the text engine), every target at least 44 px, every control reached by Tab,
the focus always in view, the heading in view first, and Shift+A everywhere."""

from __future__ import annotations

import pygame
import pytest
from access_tour import SHIFT_A, tab_to, tour

from sango_game.ui.pilot import Pilot

MIN_TARGET = 44  # px: WCAG 2.5.5 and the Xbox guidelines


def _use(pilot, **values) -> None:
    settings = pilot.app.services.settings
    for key, value in values.items():
        setattr(settings, key, value)
    pilot.app.services.save_settings(settings)
    pilot.app.apply_settings()
    pilot.settle()


def _measured_problems(pilot, where: str) -> list[str]:
    """Widgets whose text needs more room than they were given, or that leave the window."""
    screen = pilot.screen
    ctx = pilot.app.context_for(screen)
    width, height = pilot.app.size
    found = []
    for widget in screen.widgets:
        rect = widget.rect
        if not widget.text():
            continue
        if rect.left < 0 or rect.right > width:
            found.append(f"{where}: {widget.name} leaves the window {tuple(rect)}")
        need = widget.measure(ctx, rect.width)
        if need > rect.height + 1:
            found.append(f"{where}: {widget.name} needs {need} px, has {rect.height}")
    content = max((w.rect.bottom for w in screen.widgets if not w.fixed), default=0)
    if content - screen.max_scroll() > height:
        found.append(f"{where}: content out of scroll reach")
    return found


def _small_targets(pilot, where: str) -> list[str]:
    return [f"{where}: {w.name} is {w.rect.width}x{w.rect.height}"
            for w in pilot.screen.widgets
            if (w.focusable or w.on_activate) and min(w.rect.size) < MIN_TARGET]


def _tab_reaches_all(pilot, where: str) -> list[str]:
    """Tab goes round every control, each shown whole when focused."""
    screen = pilot.screen
    names = [w.name for w in screen.focusables()]
    reached, problems = set(), []
    for _ in range(len(names) + 1):
        pilot.press(pygame.K_TAB)
        widget = screen.focused()
        if widget is None:
            return [f"{where}: Tab left nothing focused"]
        reached.add(widget.name)
        shown = screen.screen_rect(widget)
        if not widget.fixed and widget.rect.height <= screen.body.height and not (
            screen.body.top <= shown.top and shown.bottom <= screen.body.bottom
        ):
            problems.append(f"{where}: focused {widget.name} is out of view {tuple(shown)}")
    missing = set(names) - reached
    if missing:
        problems.append(f"{where}: Tab never reaches {sorted(missing)}")
    if not pilot.app.show_focus:
        problems.append(f"{where}: the focus ring is hidden after Tab")
    return problems


@pytest.mark.parametrize("lang", ["en", "ar", "zh_Hans"])
@pytest.mark.parametrize("track", ["under-9", "12-18"])
def test_every_screen_at_200_percent_fits_and_works_by_keyboard(tmp_path, lang, track):
    pilot = Pilot.start(wait_for_animations=False, lang=lang, data_dir=str(tmp_path))
    problems: list[str] = []
    visited: list[str] = []

    def look(pilot, where):
        visited.append(where)
        problems.extend(_measured_problems(pilot, where))
        problems.extend(_small_targets(pilot, where))
        problems.extend(_tab_reaches_all(pilot, where))

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
