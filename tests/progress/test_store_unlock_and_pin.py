"""The unlock rule as a pure function, and the PIN hash."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sango_game.progress import hash_pin, verify_pin
from sango_game.progress.unlock import AttemptRow, level_map
from sango_game.story.rules import open_levels

LEVELS = [("p1", "privacy"), ("k1", "kind"), ("p2", "privacy"), ("p3", "privacy"), ("k2", "kind")]


def test_first_level_of_each_topic_is_open_and_the_next_opens_when_done():
    assert open_levels(LEVELS, set()) == {"p1", "k1"}
    assert open_levels(LEVELS, {"p1"}) == {"p1", "k1", "p2"}
    assert open_levels(LEVELS, {"p1", "p2", "k1"}) == {"p1", "k1", "p2", "p3", "k2"}
    assert open_levels(LEVELS, {"p2"}) == {"p1", "k1", "p3"}  # done once, e.g. when unlocked
    assert open_levels(LEVELS, set(), unlock_all=True) == {id_ for id_, _ in LEVELS}


def test_levels_played_but_no_longer_listed_still_show():
    rows = [AttemptRow("gone", "a1", "done", 3, "2026")]
    result = level_map(rows, LEVELS)
    assert list(result)[: len(LEVELS)] == [id_ for id_, _ in LEVELS]
    assert result["gone"].best_stars == 3 and result["gone"].unlocked


@given(st.lists(st.tuples(st.sampled_from([id_ for id_, _ in LEVELS]),
                          st.sampled_from(["in_progress", "done"]),
                          st.integers(0, 3)), max_size=20))
def test_map_invariants(plays):
    rows = [AttemptRow(level, f"a{n}", status, stars if status == "done" else None, f"{n:04}")
            for n, (level, status, stars) in enumerate(plays)]
    result = level_map(rows, LEVELS)
    for level_id, progress in result.items():
        finished = [r for r in rows if r.level_id == level_id and r.status == "done"]
        assert progress.completed == bool(finished)
        assert progress.best_stars == max((r.stars for r in finished), default=0)
        assert (progress.status == "in_progress") == (progress.attempt_id is not None)
        if progress.status == "new":
            assert not finished
        assert progress.unlocked or progress.status == "new"


def test_pin_round_trip_and_salt():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # salted
    assert first.startswith("scrypt$") and "2468" not in first
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)
    for broken in (None, "", "scrypt$1$2", "md5$1$1$1$00$00", "scrypt$x$8$1$00$00"):
        assert not verify_pin("2468", broken)
