"""Fixtures for the i18n tests: a temp locale folder and a fresh translator per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from sango_game import i18n


@pytest.fixture
def locale_dir(tmp_path) -> Path:
    folder = tmp_path / "locale"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def _fresh_translator():
    """Each test starts in English with no catalogs, and leaves it that way."""
    i18n.setup(Path("/nonexistent-sango-locale"))
    yield
    i18n.setup(Path("/nonexistent-sango-locale"))
