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
