"""Fixtures for UI tests: a pilot on the real app with the dummy video driver."""

from __future__ import annotations

import pytest

from sango_game.ui.pilot import Pilot


@pytest.fixture
def pilot():
    driver = Pilot.start()
    yield driver
    driver.close()


@pytest.fixture
def quick_pilot():
    """A pilot that does not wait for the typewriter (a quick reader)."""
    driver = Pilot.start(wait_for_animations=False)
    yield driver
    driver.close()
