"""Delete my profile and What we save: reached from Settings, driven with the pilot."""

from __future__ import annotations

import sqlite3

import pygame
import pytest
from ui_steps import new_profile_by_keyboard, tab_to

from sango_game.i18n import _
from sango_game.progress import what_we_save


def _give_progress(store, nickname: str) -> str:
    """A played story with choices, a finished one and a badge: what deleting must remove."""
    profile = store.find_profile(nickname)
    attempt = store.start_attempt(profile.id, "some-level", "hash", {"scene": "a"}).value
    store.record_choice(attempt, "a", "tell", "safe", {"scene": "b"})
    store.finish_attempt(attempt, "good", 3, {"scene": "end"})
    store.start_attempt(profile.id, "other-level", "hash", {"scene": "a"})
    store.award_badge(profile.id, "privacy")
    return profile.id


def _rows_of(db_path, profile_id: str, nickname: str) -> dict[str, int]:
    with sqlite3.connect(db_path) as db:
        return {
            "profiles": db.execute(
                "SELECT COUNT(*) FROM profiles WHERE id = ? OR nickname = ?",
                (profile_id, nickname),
            ).fetchone()[0],
            "attempts": db.execute(
                "SELECT COUNT(*) FROM attempts WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
            "choices": db.execute("SELECT COUNT(*) FROM choices").fetchone()[0],
            "badges": db.execute(
                "SELECT COUNT(*) FROM badges WHERE profile_id = ?", (profile_id,)
            ).fetchone()[0],
        }


def _to_delete_screen(pilot, nickname: str) -> str:
    new_profile_by_keyboard(pilot, nickname, "9-11")
    profile_id = _give_progress(pilot.app.services.store, nickname)
    pilot.click("settings")
    assert pilot.has("delete-profile")
    pilot.click("delete-profile", scroll=True)
    assert pilot.screen_name == "delete-profile"
    return profile_id


def test_delete_screen_says_what_goes_and_keeping_is_the_default(pilot):
    _to_delete_screen(pilot, "Keeper")
    text = pilot.text()
    for words in ("nickname", "picture", "stars", "badges", "saved stories", "this computer"):
        assert words in text
    assert "cannot be undone" in text
    assert "Ask a grown-up if you are not sure." in text
    assert pilot.focused == "keep"
    pilot.press(pygame.K_RETURN)  # Enter on the focused answer keeps the profile
    assert pilot.screen_name == "settings"
    pilot.click("delete-profile", scroll=True)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == "settings"
    pilot.click("delete-profile", scroll=True)
    pilot.click("keep", device="touch")
    assert pilot.screen_name == "settings"
    assert pilot.app.services.store.find_profile("Keeper") is not None
    assert pilot.app.services.profile is not None


@pytest.mark.parametrize("device", ["keyboard", "mouse", "touch"])
def test_yes_delete_removes_every_trace_and_returns_to_whos_playing(pilot, device):
    store = pilot.app.services.store
    profile_id = _to_delete_screen(pilot, "Gone")
    assert _rows_of(store.path, profile_id, "Gone")["choices"] == 1
    if device == "keyboard":
        tab_to(pilot, "delete")
        pilot.press(pygame.K_RETURN)
    else:
        pilot.click("delete", device=device)
    assert pilot.screen_name == "profiles"
    assert "Gone's profile was deleted." in pilot.text()
    assert not pilot.has("profile-Gone")
    assert pilot.app.services.profile is None
    assert store.find_profile("Gone") is None
    assert store.get_profile(profile_id) is None
    assert store.attempts(profile_id) == []
    assert store.badges(profile_id) == []
    assert _rows_of(store.path, profile_id, "Gone") == {
        "profiles": 0,
        "attempts": 0,
        "choices": 0,
        "badges": 0,
    }
    assert b"Gone" not in store.path.read_bytes()  # overwritten, not just unlinked


def test_delete_is_offered_only_while_a_player_is_chosen(pilot):
    pilot.click("settings")
    assert pilot.screen_name == "settings"
    assert not pilot.has("delete-profile")
    assert pilot.has("what-we-save")


def test_what_we_save_before_a_player_shows_every_age_group_and_the_real_folder(pilot):
    pilot.click("settings")
    pilot.click("what-we-save", scroll=True)
    assert pilot.screen_name == "what-we-save"
    store = pilot.app.services.store
    folder = str(store.data_dir)
    text = pilot.text()
    for track in ("under-9", "9-11", "12-18"):
        assert pilot.has(f"track-{track}")
        for line in what_we_save(track):
            assert _(line, folder=folder) in text
    assert str(store.path) in text
    assert store.path.name == "progress.db"
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == "settings"


def test_what_we_save_for_a_player_shows_their_age_group_only(pilot):
    new_profile_by_keyboard(pilot, "Teen", "12-18")
    pilot.click("settings")
    pilot.click("what-we-save", scroll=True)
    folder = str(pilot.app.services.store.data_dir)
    text = pilot.text()
    for line in what_we_save("12-18"):
        assert _(line, folder=folder) in text
    for line in what_we_save("under-9"):
        assert _(line, folder=folder) not in text
    assert not pilot.has("track-12-18")  # one group: no group headings
    assert folder in text


def test_new_player_links_to_the_full_what_we_save(pilot):
    pilot.click("play")
    pilot.click("new-player")
    pilot.click("track-under-9")
    assert pilot.has("saved-0")  # the short version, for the chosen age group
    pilot.click("what-we-save", scroll=True)
    assert pilot.screen_name == "what-we-save"
    folder = str(pilot.app.services.store.data_dir)
    assert _(what_we_save("under-9")[0], folder=folder) in pilot.text()
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen_name == "new-profile"
    assert pilot.screen.chosen_track == "under-9"
