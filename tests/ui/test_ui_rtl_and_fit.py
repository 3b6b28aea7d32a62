"""Right-to-left icons point the reading way, and text that grows never clips.

Every screen reachable from the title is checked in ar, zh_Hans and en at the
default and the largest text size: each widget lies inside the window
horizontally, and whatever is below the body can be scrolled to.
"""

from __future__ import annotations

import pygame
import pytest

from sango_game.resources import assets_dir
from sango_game.ui.images import DIRECTIONAL_ICONS, ImageCache, mirrored_in_rtl
from sango_game.ui.pilot import Pilot


def test_directional_icons_are_mirrored_only_in_rtl():
    images = ImageCache(assets_dir())
    for name in DIRECTIONAL_ICONS:
        ltr = images.icon(name, (48, 48), rtl=False)
        rtl = images.icon(name, (48, 48), rtl=True)
        flipped = pygame.transform.flip(ltr, True, False)
        assert pygame.image.tobytes(rtl, "RGBA") == pygame.image.tobytes(flipped, "RGBA")
    help_ltr = images.icon("icons/help.svg", (48, 48), rtl=False)
    assert images.icon("icons/help.svg", (48, 48), rtl=True) is help_ltr
    assert not mirrored_in_rtl("icons/help.svg") and mirrored_in_rtl("icons/back.svg")


def test_buttons_draw_directional_icons_mirrored_in_arabic(tmp_path, monkeypatch):
    calls = []
    original = ImageCache.icon

    def spy(self, name, size, rtl):
        calls.append((name, rtl))
        return original(self, name, size, rtl)

    monkeypatch.setattr(ImageCache, "icon", spy)
    pilot = Pilot.start(lang="ar", data_dir=str(tmp_path))
    try:
        pilot.click("play")  # Who's playing: a Back button
        pilot.screenshot(tmp_path / "shot.png")
    finally:
        pilot.close()
    assert ("icons/play.svg", True) in calls and ("icons/back.svg", True) in calls


def _check_fits(pilot, where: str) -> None:
    screen = pilot.screen
    width, height = pilot.app.surface.get_size()
    for widget in screen.widgets:
        rect = widget.rect
        assert rect.left >= 0 and rect.right <= width, (where, widget.name, rect)
        if widget.fixed:
            assert rect.bottom <= height, (where, widget.name, rect)
    bottom = max((w.rect.bottom for w in screen.widgets if not w.fixed), default=0)
    assert bottom - screen.max_scroll() <= height, (where, "content out of scroll reach")
    focused = screen.focused()
    if focused is not None and not focused.fixed and focused.rect.height <= screen.body.height:
        shown = screen.screen_rect(focused)
        assert screen.body.top <= shown.top and shown.bottom <= screen.body.bottom, (
            where, focused.name, shown, screen.body)


@pytest.mark.parametrize("lang", ["ar", "zh_Hans", "en"])
@pytest.mark.parametrize("scale", [100, 200])
def test_every_menu_screen_fits_or_scrolls(tmp_path, lang, scale):
    pilot = Pilot.start(wait_for_animations=False, lang=lang, data_dir=str(tmp_path))
    try:
        services = pilot.app.services
        for track in ("under-9", "9-11", "12-18"):
            services.store.create_profile(f"Kid {track}", "", track, lang, {})
        services.settings.text_scale = scale
        pilot.app.apply_settings()
        pilot.app.relayout_all()
        pilot.settle()
        _check_fits(pilot, "title")
        pilot.click("play")
        _check_fits(pilot, "profiles")
        pilot.click("new-player")
        _check_fits(pilot, "new-profile")
        pilot.press(pygame.K_ESCAPE)
        for track in ("under-9", "9-11", "12-18"):
            pilot.click(f"profile-Kid {track}")
            services.settings.text_scale = scale
            pilot.app.apply_settings()
            pilot.app.relayout_all()
            pilot.settle()
            _check_fits(pilot, f"map {track}")
            pilot.press(pygame.K_F1)
            _check_fits(pilot, f"help {track}")
            pilot.press(pygame.K_ESCAPE)
            pilot.press(pygame.K_ESCAPE)
    finally:
        pilot.close()


@pytest.mark.parametrize("lang", ["ar", "zh_Hans", "en"])
def test_under_9_map_shows_greeting_and_whole_first_card_at_default_size(tmp_path, lang):
    pilot = Pilot.start(wait_for_animations=False, lang=lang, data_dir=str(tmp_path))
    try:
        services = pilot.app.services
        services.store.create_profile("Sam", "", "under-9", lang, {})
        pilot.click("play")
        pilot.click("profile-Sam")
        screen = pilot.screen
        assert screen.scroll == 0
        greeting = screen.screen_rect(screen.widget("greeting"))
        tile = screen.screen_rect(next(w for w in screen.widgets if w.name.startswith("level-")))
        assert screen.body.top <= greeting.top and tile.bottom <= screen.body.bottom
    finally:
        pilot.close()


def test_a_latin_nickname_keeps_its_own_order_on_an_arabic_profile_card(tmp_path):
    pilot = Pilot.start(wait_for_animations=False, lang="ar", data_dir=str(tmp_path))
    try:
        pilot.app.services.store.create_profile("Sam 1\U0001f600", "", "9-11", "ar", {})
        pilot.click("play")
        card = pilot.widget("profile-Sam 1\U0001f600")
        para = card._caption_paragraph(pilot.app.context_for(pilot.screen), 300)
        runs = [run for line in para.lines for run in line.runs if run.text.strip("\u2068\u2069")]
        shown = "".join(run.text for run in sorted(runs, key=lambda run: run.x))
        assert shown.strip("\u2068\u2069") == "Sam 1\U0001f600"  # not "😀1 Sam"
    finally:
        pilot.close()
