"""The window fits the screen it opens on, title bar and task bar included.

A 1280x720 window on a 1366x768 school laptop or a 1280x720 projector would
lose its bottom row (the Next button) under the task bar. When no size was
chosen, the window is made smaller to fit; a chosen --size is kept.
"""

from __future__ import annotations

import pytest

from sango_game.cli import build_parser
from sango_game.ui.window import (
    DEFAULT_SIZE,
    DESKTOP_ALLOWANCE,
    MIN_SIZE,
    GameWindow,
    fitted_to_desktop,
)


def test_a_big_desktop_keeps_the_default_size():
    assert fitted_to_desktop(DEFAULT_SIZE, (1920, 1080)) == DEFAULT_SIZE


def test_a_laptop_or_projector_gets_a_window_that_fits_under_its_bars():
    for desktop in ((1366, 768), (1280, 720), (1280, 800)):
        width, height = fitted_to_desktop(DEFAULT_SIZE, desktop)
        assert width <= desktop[0] and height + DESKTOP_ALLOWANCE[1] <= desktop[1], desktop
        assert (width, height) >= MIN_SIZE


def test_a_tiny_screen_still_gets_the_smallest_supported_window():
    assert fitted_to_desktop(DEFAULT_SIZE, (800, 480)) == MIN_SIZE


def test_play_without_size_fits_and_with_size_keeps_it():
    parser = build_parser()
    assert parser.parse_args(["play"]).size is None
    assert parser.parse_args(["play", "--size", "1280x720"]).size == (1280, 720)


def test_the_window_asks_the_desktop_only_when_no_size_was_chosen(monkeypatch):
    """Under a real driver the fitted size is used; a chosen size is left alone."""
    pygame = pytest.importorskip("pygame")
    monkeypatch.setattr(pygame.display, "get_driver", lambda: "x11")
    monkeypatch.setattr(pygame.display, "get_desktop_sizes", lambda: [(1366, 768)])
    fitting = GameWindow(DEFAULT_SIZE, fit_desktop=True)
    fitting._fit_to_desktop()
    assert fitting.size == fitted_to_desktop(DEFAULT_SIZE, (1366, 768)) != DEFAULT_SIZE
    chosen = GameWindow(DEFAULT_SIZE)
    chosen._fit_to_desktop()
    assert chosen.size == DEFAULT_SIZE
