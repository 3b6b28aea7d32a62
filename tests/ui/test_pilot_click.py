"""The pilot's click hits what it names, as Textual's pilot does, and scrolls only when asked."""

from __future__ import annotations

import pytest

from sango_game.ui.pilot import PilotError


def open_settings_scrolled_to_top(pilot):
    pilot.click("settings")
    assert pilot.screen_name == "settings"
    assert pilot.screen.max_scroll() > 0  # the list is longer than the window
    return pilot.screen


def test_a_widget_out_of_view_is_not_clicked_unless_asked_to_scroll(pilot):
    screen = open_settings_scrolled_to_top(pilot)
    with pytest.raises(PilotError, match="out of view"):
        pilot.click("what-we-save")
    assert screen.scroll == 0 and pilot.screen_name == "settings"  # nothing moved
    pilot.click("what-we-save", scroll=True)
    assert pilot.screen_name == "what-we-save"


def test_a_widget_in_view_is_clicked_without_scrolling(pilot):
    screen = open_settings_scrolled_to_top(pilot)
    first = next(w for w in screen.focusables() if not w.fixed)
    pilot.click(first.name)
    assert screen.scroll == 0


def test_a_click_that_would_land_on_another_widget_fails_clearly(pilot):
    pilot.click("play")
    pilot.click("new-player")  # a page with a text field and buttons
    screen = pilot.screen
    target, cover = [w for w in screen.widgets if w.focusable and not w.fixed][:2]
    cover.rect = target.rect.copy()  # one widget now lies over the other
    screen.widgets.remove(cover)
    screen.widgets.append(cover)  # drawn last, so on top
    with pytest.raises(PilotError, match=f"would hit {cover.name!r}"):
        pilot.click(target.name)


def test_a_widget_that_takes_no_click_fails_clearly(pilot):
    heading = pilot.screen.heading_widget() or next(
        w for w in pilot.screen.widgets if not w.focusable and not w.on_activate)
    with pytest.raises(PilotError, match="nothing that takes a click"):
        pilot.click(heading.name)
