"""Contrast computed from the theme files: every track's text at least 4.5:1
(WCAG 1.4.3); with high contrast at least 7:1 (WCAG 1.4.6); the focus ring at
least 3:1 against what it surrounds (WCAG 1.4.11)."""

from __future__ import annotations

import pytest

from sango_game.ui.contrast import (
    HIGH_CONTRAST_TEXT_MINIMUM,
    TEXT_MINIMUM,
    ratio,
    theme_findings,
)
from sango_game.ui.theme import HIGH_CONTRAST, load_theme, themes_dir

TRACKS = sorted(path.stem for path in themes_dir().glob("*.yaml")
                if path.stem not in ("base", HIGH_CONTRAST))


def test_ratio_matches_the_wcag_formula():
    assert ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert ratio((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)


def test_every_track_file_is_checked():
    assert {"under-9", "9-11", "12-18"} <= set(TRACKS)


@pytest.mark.parametrize("track", [*TRACKS, None])
def test_default_theme_text_is_at_least_4_5_to_1(track):
    assert theme_findings(load_theme(track), TEXT_MINIMUM) == []


@pytest.mark.parametrize("track", [*TRACKS, None])
def test_high_contrast_text_is_at_least_7_to_1_and_the_ring_3_to_1(track):
    theme = load_theme(track, high_contrast=True)
    assert theme_findings(theme, HIGH_CONTRAST_TEXT_MINIMUM) == []
    assert theme.color("background") != load_theme(track).color("background")


def test_high_contrast_changes_colours_only():
    for track in TRACKS:
        plain, high = load_theme(track), load_theme(track, high_contrast=True)
        assert plain.sizes == high.sizes
        assert plain.characters_per_second == high.characters_per_second


def test_a_failing_pair_is_named():
    theme = load_theme("9-11")
    theme.colors = {**theme.colors, "text_muted": theme.color("background")}
    found = theme_findings(theme)
    assert any("text_muted on background" in line for line in found)
