"""Playing with the accessibility settings: one switch, reduced motion, no
flashing, safe and unsafe never by colour alone, clipboard mode."""

from __future__ import annotations

import pygame
import pytest
from access_tour import play_to_results, tab_to

from sango_game.text.markup import parse
from sango_game.ui.pilot import FRAME, Pilot
from sango_game.ui.screens.feedback import verdict
from sango_game.ui.theme import load_theme


def _use(pilot, **values) -> None:
    settings = pilot.app.services.settings
    for key, value in values.items():
        setattr(settings, key, value)
    pilot.app.services.save_settings(settings)
    pilot.app.apply_settings()
    pilot.settle()


def _to_level(pilot, track: str, straight_to_scene: bool = False):
    services = pilot.app.services
    services.store.create_profile("Kid", "", track, "en", {})
    pilot.press(pygame.K_RETURN)
    tab_to(pilot, "profile-Kid")
    pilot.press(pygame.K_RETURN)
    levels = services.library.levels_in(track)
    if straight_to_scene:  # a sensitive level opens on its content note first
        return next(level for level in levels if not level.sensitive)
    return levels[0]


def test_a_level_in_one_switch_mode_space_moves_and_enter_chooses(tmp_path):
    pilot = Pilot.start(wait_for_animations=False, data_dir=str(tmp_path))
    try:
        level = _to_level(pilot, "9-11")
        _use(pilot, one_switch=True)
        for _ in range(len(pilot.screen.focusables()) + 1):  # Space alone walks to the level
            if pilot.focused == f"level-{level.id}":
                break
            pilot.press(pygame.K_SPACE)
        pilot.press(pygame.K_RETURN)
        assert pilot.screen_name == "scene"
        before = (pilot.screen.line_index, pilot.focused)
        pilot.press(pygame.K_SPACE)  # moves the focus, never turns the page
        assert pilot.screen.line_index == before[0] and pilot.focused != before[1]
        moved = []

        def look(pilot, where):
            if where == "scene choices":
                first = pilot.focused
                pilot.press(pygame.K_SPACE)
                moved.append(pilot.focused != first)

        # Enter chooses whatever Space left focused: bring it back to Next/a choice first
        for _ in range(10):
            if pilot.focused == "next":
                break
            pilot.press(pygame.K_SPACE)
        play_to_results(pilot, look, keys=(pygame.K_RETURN,), choose=(pygame.K_RETURN,))
        assert pilot.screen_name == "results" and moved and all(moved)
    finally:
        pilot.close()


def test_reduced_motion_shows_whole_lines_and_no_cross_fades(tmp_path):
    pilot = Pilot.start(wait_for_animations=True, data_dir=str(tmp_path))
    try:
        level = _to_level(pilot, "under-9", straight_to_scene=True)
        _use(pilot, reduced_motion=True)
        tab_to(pilot, f"level-{level.id}")
        pilot.press(pygame.K_RETURN, settle=False)
        pilot.step(1)
        assert pilot.screen_name == "scene"
        assert not pilot.app.fade.running
        assert not pilot.screen.revealing and not pilot.app.animating
        pilot.press(pygame.K_RETURN, settle=False)
        pilot.step(1)
        assert not pilot.screen.revealing and not pilot.app.fade.running
    finally:
        pilot.close()


def _flashes_per_second(levels: list[float], fps: float) -> float:
    """The most flashes (pairs of opposing changes of 10 % of full luminance or more)
    in any one second of frames (WCAG 2.3.1's general flash, for the whole window)."""
    turns, direction, anchor = [], 0, levels[0]
    for index, level in enumerate(levels):
        change = level - anchor
        if abs(change) >= 0.1:
            now = 1 if change > 0 else -1
            if direction and now != direction:
                turns.append(index)
            direction, anchor = now, level
        elif direction == 0 or (level - anchor) * direction > 0:
            anchor = level if direction else anchor
    window = round(fps)
    most = 0
    for start in range(len(levels)):
        inside = sum(1 for t in turns if start <= t < start + window)
        most = max(most, inside)
    return most / 2


def _luminance(surface) -> float:
    red, green, blue, *_ = pygame.transform.average_color(surface)
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


@pytest.mark.parametrize("high_contrast", [False, True])
def test_nothing_flashes_more_than_three_times_a_second(tmp_path, high_contrast):
    """Every animation path (cross-fades between screens, the typewriter), with Enter
    pressed as fast as the game takes it, frame by frame."""
    pilot = Pilot.start(wait_for_animations=False, data_dir=str(tmp_path))
    try:
        level = _to_level(pilot, "9-11")
        _use(pilot, high_contrast=high_contrast)
        tab_to(pilot, f"level-{level.id}")
        levels = []
        for press in range(60):
            if pilot.screen_name == "results":
                break
            if press % 3 == 0:
                pilot.press(pygame.K_RETURN, settle=False)
            pilot.step(1, FRAME)
            levels.append(_luminance(pilot.app.surface))
        assert len(levels) > 30
        assert _flashes_per_second(levels, 1 / FRAME) <= 3
    finally:
        pilot.close()


def test_the_flash_counter_sees_a_flashing_window():
    blinking = [0.0, 1.0] * 30
    assert _flashes_per_second(blinking, 60) > 3
    assert _flashes_per_second([0.2] * 60, 60) == 0


@pytest.mark.parametrize("track", ["under-9", "9-11", "12-18"])
def test_safe_and_unsafe_have_an_icon_and_a_word_as_well_as_a_colour(track):
    shown = {safety: verdict(safety, track) for safety in ("safe", "mixed", "unsafe")}
    for icon, words in shown.values():
        marked = parse(words)
        assert icon.startswith("icons/") and marked.text.strip()
        assert marked.spans and marked.spans[0].tags  # coloured as well
    assert shown["safe"][0] != shown["unsafe"][0]
    assert parse(shown["safe"][1]).text != parse(shown["unsafe"][1]).text
    for high_contrast in (False, True):
        theme = load_theme(track, high_contrast=high_contrast)
        assert theme.color("safe") != theme.color("unsafe")


def test_feedback_and_results_show_words_and_pictures_and_choices_no_colour_hint(tmp_path):
    pilot = Pilot.start(wait_for_animations=False, data_dir=str(tmp_path))
    seen = {}

    def look(pilot, where):
        screen = pilot.screen
        if where == "scene choices":
            seen[where] = [w.text() for w in screen.widgets if w.name.startswith("choice-")]
        if where == "feedback":
            seen[where] = (screen.widget("verdict-icon"), parse(screen.widget("verdict").text()))
        if where == "results":
            seen[where] = (screen.widget("star-1"), parse(screen.widget("stars").text()).text)

    try:
        level = _to_level(pilot, "12-18")
        tab_to(pilot, f"level-{level.id}")
        pilot.press(pygame.K_RETURN)
        play_to_results(pilot, look)
    finally:
        pilot.close()
    for words in seen["scene choices"]:
        assert "<safe>" not in words and "<unsafe>" not in words
    icon, verdict_words = seen["feedback"]
    assert icon is not None and verdict_words.text.strip() and verdict_words.spans
    star, stars_words = seen["results"]
    assert star is not None and any(ch.isdigit() for ch in stars_words)


def test_clipboard_mode_copies_the_page_then_the_focused_item(tmp_path):
    pilot = Pilot.start(wait_for_animations=False, data_dir=str(tmp_path))
    try:
        assert pilot.app.clipboard.last is None  # off by default: nothing copied
        _use(pilot, clipboard=True)
        tab_to(pilot, "settings")
        pilot.press(pygame.K_RETURN)
        page = pilot.app.clipboard.last
        assert page.splitlines()[0] == "Settings" and "Text size: 100 %" in page
        pilot.press(pygame.K_TAB)
        focused = pilot.screen.focused()
        assert pilot.app.clipboard.last == parse(focused.text()).text
        if pilot.app.clipboard.working:  # a system clipboard took it: it holds the same words
            assert pygame.scrap.get_text() == pilot.app.clipboard.last
    finally:
        pilot.close()
