"""Shared fixtures for text tests: one pygame init and one engine for the module."""

from __future__ import annotations

import pygame
import pytest

from sango_game.resources import assets_dir
from sango_game.text import TextEngine


@pytest.fixture(scope="session")
def pygame_ready():
    pygame.init()
    yield
    pygame.quit()


@pytest.fixture(scope="session")
def fonts_dir():
    return assets_dir() / "fonts"


@pytest.fixture
def engine(pygame_ready, fonts_dir):
    return TextEngine(fonts_dir)

