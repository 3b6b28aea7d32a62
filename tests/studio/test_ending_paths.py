"""Paths to an ending and their stars, built on story.paths."""

from __future__ import annotations

from sango_game.story.paths import replay
from sango_game.studio.ending_paths import paths_to
from sango_game.studio.graph import read_level_map


def test_every_ending_of_every_track_has_a_shortest_path(shipped_levels):
    for path in shipped_levels.values():
        level = read_level_map(path).level
        for ending in level.endings:
            shortest, plays = paths_to(level, ending.id)
            assert shortest is not None, f"{level.id}: {ending.id}"
            assert replay(level, shortest.choices).result().ending_id == ending.id
            assert plays and all(len(shortest.choices) <= len(p.choices) for p in plays)
            assert [len(p.choices) for p in plays] == sorted(len(p.choices) for p in plays)
            assert all(1 <= p.stars <= 3 for p in plays)


def test_stars_follow_the_ending_cap(shipped_levels):
    level = read_level_map(shipped_levels["9-11"]).level
    _shortest, plays = paths_to(level, "it-spread")  # a bad ending: at most 1 star
    assert {p.stars for p in plays} == {1}


def test_an_unknown_ending_has_no_path(shipped_levels):
    level = read_level_map(shipped_levels["9-11"]).level
    assert paths_to(level, "no-such-ending") == (None, [])
