"""Fixtures for the classroom tests: a store, the shipped levels, a seeded class."""

from __future__ import annotations

import pytest
from class_helpers import LEVEL, play

from sango_game.classroom import classes
from sango_game.content import load_library
from sango_game.progress import open_store


@pytest.fixture(scope="session")
def library():
    return load_library()


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def seeded(store, library):
    """Class 4B (9-11, English) with three pupils: two laughed along, one took a screenshot."""
    info = classes.create_class(store, "4B", track="9-11").value
    level = library.level(LEVEL)
    pupils = {}
    for nickname in ("Happy Fox", "Brave Owl", "سارة"):
        pupils[nickname] = classes.add_pupil(store, info, nickname).value
    play(store, pupils["Happy Fox"].id, level, [("group-chat", "laugh-react")], stars=2)
    play(store, pupils["Brave Owl"].id, level, [("group-chat", "laugh-react")])
    play(store, pupils["سارة"].id, level, [("group-chat", "screenshot")], stars=3)
    return info, pupils
