"""Fixtures for the level studio's tests: level files to open and a headless studio."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "content" / "fixtures" / "broken" / "fixture-broken-links.yaml"
LEVELS = {
    "under-9": ROOT / "levels" / "under-9" / "u9-stranger-game-chat.yaml",
    "9-11": ROOT / "levels" / "9-11" / "m-cyberbullying-group-chat.yaml",
    "12-18": ROOT / "levels" / "12-18" / "t-privacy-image-pressure.yaml",
}


@pytest.fixture
def broken_fixture() -> Path:
    return BROKEN


@pytest.fixture
def shipped_levels() -> dict[str, Path]:
    return dict(LEVELS)


@pytest.fixture
def level_copy(tmp_path) -> Path:
    """A copy of the 9-11 level in a folder of its own, free to change."""
    target = tmp_path / "9-11" / LEVELS["9-11"].name
    target.parent.mkdir()
    shutil.copyfile(LEVELS["9-11"], target)
    return target


@pytest.fixture
def studio_factory():
    """Start headless studios (dummy video driver); each is closed after the test."""
    from sango_game.studio.app import Studio

    made = []

    def start(path=None, **options):
        options.setdefault("poll_s", 3600)  # tests poll by hand: no waiting on a thread
        options.setdefault("say", lambda text: None)
        studio = Studio(path, **options)
        studio.step()
        made.append(studio)
        return studio

    yield start
    for studio in made:
        studio.close()
