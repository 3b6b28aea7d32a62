"""The loop, the edges (no display, quit-after), right-to-left, data files."""

from __future__ import annotations

import os
import subprocess
import sys

import pygame
import pytest

from sango_game.resources import assets_dir
from sango_game.ui.helplines import load_helplines, system_country
from sango_game.ui.images import ImageCache
from sango_game.ui.sound import SoundPlayer
from sango_game.ui.theme import load_theme
from sango_game.ui.window import missing_display


def test_a_still_screen_draws_no_frames(pilot):
    drawn = pilot.app.frames_drawn
    pilot.step(30)
    assert pilot.app.frames_drawn == drawn
    assert not pilot.app.animating
    pilot.press(pygame.K_TAB)  # a change draws exactly what is needed
    assert pilot.app.frames_drawn > drawn


def _run_game(env_changes: dict, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-m", "sango_game", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_no_display_says_so_plainly_and_exits_non_zero():
    done = _run_game({"SDL_VIDEODRIVER": None, "DISPLAY": None, "WAYLAND_DISPLAY": None})
    assert done.returncode == 3
    # started as `python -m sango_game`: the message names that very command
    assert "xvfb-run -a " in done.stderr and "-m sango_game" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_no_display_check_trusts_a_chosen_driver():
    assert missing_display({"SDL_VIDEODRIVER": "dummy"}) is None
    assert missing_display({"DISPLAY": ":1"}) is None
    if sys.platform.startswith("linux"):
        assert "DISPLAY" in missing_display({})


def test_quit_after_from_the_environment_under_the_dummy_driver():
    done = _run_game({"SDL_VIDEODRIVER": "dummy", "SANGO_QUIT_AFTER": "0.3"})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_right_to_left_mirrors_the_layout(pilot):
    from sango_game import i18n

    assert pilot.app.set_language("qps-rtl")
    assert i18n.current_language().direction == "rtl"
    pilot.settle()
    pilot.click("play")
    width = pilot.app.size[0]
    assert pilot.widget("back").rect.right > width // 2  # Back sits on the reading side
    assert pilot.widget("help").rect.left < width // 2
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == "title"
    pilot.app.set_language("en")


def test_every_track_theme_has_every_base_value():
    base = load_theme(None)
    for track in ("under-9", "9-11", "12-18"):
        theme = load_theme(track, (1920, 1080))
        assert set(base.colors) <= set(theme.colors)
        assert set(base.sizes) <= set(theme.sizes)
        assert theme.scale == pytest.approx(1.5)
        assert theme.px("button_min_height") >= 44  # big targets for children
    assert load_theme("under-9").px("text") > load_theme("12-18").px("text")
    assert load_theme("under-9").flag("map_pictures")  # a picture book
    assert not load_theme("12-18").flag("map_pictures")
    assert load_theme("12-18").picture("narrator") is None  # no mascot for teenagers


def test_help_lines_by_country_with_a_default():
    lines = load_helplines()
    assert lines.for_country("GB")[0].number == "0800 1111"
    assert lines.for_country("DE")[0].number == "116 111"  # EU-wide line
    assert {line.number for line in lines.for_country("FR")} == {"3018", "119"}
    default = lines.for_country("XX")
    assert default[0].number is None and "adult you trust" in default[0].about
    assert system_country({"LANG": "en_GB.UTF-8"}) == "GB"
    assert system_country({"LANG": "C.UTF-8"}) is None


def test_a_missing_picture_draws_a_placeholder_and_is_reported():
    pygame.display.init()
    try:
        images = ImageCache(assets_dir())
        surface = images.get("characters/nobody.svg", (120, 80))
        assert surface.get_size() == (120, 80)
        assert [p.code for p in images.problems] == ["UI-IMG-MISSING"]
        assert images.get("characters/sango.svg", (100, 100)).get_size() == (100, 100)
    finally:
        pygame.display.quit()


def test_a_missing_sound_is_skipped(tmp_path):
    player = SoundPlayer(tmp_path)
    player.play("choice")
    assert player.played == ["choice"]
    assert player.problems  # no device or no file: recorded, never raised


def test_f11_switches_full_screen_and_back_to_the_same_window_size(pilot):
    pilot.press(pygame.K_F11)
    assert pilot.app.is_fullscreen()
    assert pilot.app.services.settings.fullscreen  # remembered (app-wide before a profile)
    pilot.press(pygame.K_F11)
    assert not pilot.app.is_fullscreen()
    assert pilot.app.size == (1280, 720)


def test_a_swipe_scrolls_and_is_not_a_tap(pilot):
    pilot.click("play")
    pilot.click("new-player")
    screen = pilot.screen
    assert screen.max_scroll() > 0  # the new-player screen is taller than 1280x720
    avatar, nickname = screen.avatar, screen.nickname
    pygame.event.post(
        pygame.event.Event(
            pygame.FINGERDOWN, x=0.5, y=0.5, dx=0, dy=0, touch_id=1, finger_id=0, pressure=1.0
        )
    )
    for _ in range(5):
        pygame.event.post(
            pygame.event.Event(
                pygame.FINGERMOTION,
                x=0.5,
                y=0.45,
                dx=0,
                dy=-0.05,
                touch_id=1,
                finger_id=0,
                pressure=1.0,
            )
        )
    pygame.event.post(
        pygame.event.Event(
            pygame.FINGERUP, x=0.5, y=0.25, dx=0, dy=0, touch_id=1, finger_id=0, pressure=1.0
        )
    )
    pilot.settle()
    assert screen.scroll > 0
    assert pilot.screen_name == "new-profile"
    assert (screen.avatar, screen.nickname) == (avatar, nickname)  # nothing was tapped


def test_the_help_line_country_can_be_set(pilot, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("SANGO_COUNTRY", raising=False)
    pilot.press(pygame.K_F1)
    assert "1-800-422-4453" in pilot.text()  # from the computer: US
    pilot.press(pygame.K_ESCAPE)
    pilot.click("settings")
    pilot.click("help-country")
    assert pilot.screen_name == "country"
    pilot.click("country-GB")
    assert pilot.screen_name == "settings"
    assert pilot.app.services.settings.country == "GB"
    pilot.press(pygame.K_F1)
    assert "0800 1111" in pilot.text()


def test_a_typed_nickname_keeps_printable_letters_without_markup(pilot):
    pilot.click("play")
    pilot.click("new-player")
    pilot.click("nickname")
    pilot.type("<b>Zoë</b>\t")
    assert pilot.screen.nickname == "bZoë/b"
    pilot.press(pygame.K_BACKSPACE)
    assert pilot.screen.nickname == "bZoë/"


def test_every_named_sound_loads_and_plays_on_the_dummy_audio_driver():
    from sango_game.ui.sound import SOUND_NAMES

    player = SoundPlayer(assets_dir() / "sounds", volume=0.5, effects_volume=0.5)
    try:
        for name in SOUND_NAMES:
            player.play(name)
        assert player.problems == []
        assert player.played == list(SOUND_NAMES)
    finally:
        pygame.mixer.quit()


def test_backspace_removes_a_whole_character_and_input_methods_compose(pilot):
    pilot.click("play")
    pilot.click("new-player")
    pilot.click("nickname")
    pilot.type("Mia👍🏽")
    pilot.press(pygame.K_BACKSPACE)
    assert pilot.screen.nickname == "Mia"
    pygame.event.post(pygame.event.Event(pygame.TEXTEDITING, text="ni", start=2, length=0))
    pilot.settle()
    assert pilot.widget("nickname").composing == "ni"
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="你"))
    pilot.settle()
    assert pilot.screen.nickname == "Mia你"
    assert pilot.widget("nickname").composing == ""


def test_settings_take_effect_at_once_and_stay_with_the_profile(quick_pilot):
    from ui_steps import new_profile_by_keyboard

    from sango_game import i18n

    pilot = quick_pilot
    new_profile_by_keyboard(pilot, "Volume", "9-11")
    pilot.click("settings")
    pilot.click("volume")  # the middle of the slider
    assert pilot.app.sounds.volume == pytest.approx(0.5)
    pilot.press(pygame.K_LEFT)
    assert pilot.app.sounds.volume == pytest.approx(0.4)
    french = [lang.code for lang in i18n.available_languages() if lang.code == "fr"]
    if french:
        pilot.click("lang-fr")
        assert i18n.current_language().code == "fr"
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_ESCAPE)  # back to "Who's playing?": app-wide settings again
    assert pilot.screen_name == "profiles"
    assert pilot.app.sounds.volume == pytest.approx(0.8)
    pilot.click("profile-Volume")
    assert pilot.app.sounds.volume == pytest.approx(0.4)
    saved = pilot.app.services.store.find_profile("Volume")
    assert saved.settings["volume"] == 40
    if french:
        assert saved.language == "fr" and i18n.current_language().code == "fr"
    pilot.app.set_language("en")


def test_autoplay_needs_no_display(tmp_path):
    done = _run_game(
        {
            "SDL_VIDEODRIVER": None,
            "DISPLAY": None,
            "WAYLAND_DISPLAY": None,
            "SDL_AUDIODRIVER": "dummy",
        },
        "play",
        "--autoplay",
        "--track",
        "under-9",
        "--data-dir",
        str(tmp_path),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "playing without a window" in done.stdout
    assert "stars" in done.stdout


def test_a_screen_change_fades_for_a_moment_then_the_loop_rests(pilot):
    drawn = pilot.app.frames_drawn
    pilot.press(pygame.K_RETURN, settle=False)  # Play
    assert pilot.screen_name == "profiles"
    assert pilot.app.fade.running and pilot.app.animating
    frames = pilot.settle()
    assert not pilot.app.fade.running and not pilot.app.animating
    assert 5 <= pilot.app.frames_drawn - drawn <= 20  # about 0.15 s at 60 frames a second
    assert frames >= 5
