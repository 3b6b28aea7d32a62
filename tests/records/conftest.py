"""Fixtures for the learning-records tests: a store with records on and a
class of children who have played."""

from __future__ import annotations

import pytest

from sango_game.progress import open_store

HOME = "https://school.example/sango"
PIN = "4821"


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "data") as opened:
        opened.set_teacher_pin(PIN)
        opened.enable_records(HOME)
        yield opened


def play_level(store, profile_id: str, level_id: str, choices, stars: int) -> str:
    """One finished attempt: ``choices`` is ``[(scene, choice, safety)]``."""
    attempt = store.start_attempt(profile_id, level_id, "hash-1").value
    for scene, choice, safety in choices:
        store.record_choice(attempt, scene, choice, safety)
    store.finish_attempt(attempt, "end-told", stars)
    return attempt


@pytest.fixture
def play():
    """``play(store, profile_id, level_id, [(scene, choice, safety)], stars)``."""
    return play_level


@pytest.fixture
def home():
    return HOME


@pytest.fixture
def played_class(store):
    """Five children, two levels each, a badge each: 5 * (2 * 4 + 1) = 45 statements."""
    ids = []
    for n in range(5):
        profile = store.create_profile(f"Child{n}", class_id=None).value
        ids.append(profile.id)
        for level in ("privacy-1", "strangers-1"):
            play_level(store, profile.id, level,
                       [("s1", "c1", "safe"), ("s2", "c2", "unsafe"), ("s3", "c3", "mixed")],
                       stars=n % 4)
        store.award_badge(profile.id, "first-steps")
    return ids
