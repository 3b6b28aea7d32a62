"""Shared helpers for the progress tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sango_game.progress import open_store


@pytest.fixture
def store(tmp_path):
    opened = open_store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def all_rows():
    return read_all_rows


def read_all_rows(database: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read with plain sqlite3."""
    connection = sqlite3.connect(database)
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    rows = {table: connection.execute(f"SELECT * FROM {table}").fetchall() for table in tables}
    connection.close()
    return rows


@pytest.fixture
def sound_export(tmp_path):
    """A factory: ``sound_export()`` is a fresh, valid export of a child who played
    a little (one finished and one unfinished attempt, a badge), made by a real store."""
    made = []

    def make() -> dict:
        source = open_store(tmp_path / f"source-{len(made)}")
        child = source.create_profile("Mia", "owl", "9-11", "fr", {"volume": 30}).value
        done = source.start_attempt(child.id, "l1", "h1", {"scene": "a"}).value
        source.record_choice(done, "a", "tell", "safe", {"scene": "b"})
        source.finish_attempt(done, "good", 3, {"scene": None})
        half = source.start_attempt(child.id, "l2", "h2", {"scene": "a"}).value
        source.record_choice(half, "a", "share", "unsafe", {"scene": "c"})
        source.award_badge(child.id, "privacy")
        data = source.export_data(child.id)
        source.close()
        made.append(data)
        return data

    return make
