"""Test setup: no real display or sound card, and no user data touched."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ.setdefault("SANGO_SPEECH", "off")  # tests that speak choose an engine themselves

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own empty progress folder, never the user's."""
    monkeypatch.setenv("SANGO_DATA_DIR", str(tmp_path_factory.mktemp("sango-data")))
