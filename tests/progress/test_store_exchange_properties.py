"""Property: whatever a child played, export -> import gives the same child,
and importing again changes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sango_game.progress import open_store

STEP = st.one_of(
    st.tuples(st.just("start"), st.sampled_from(["l1", "l2", "l3"])),
    st.tuples(st.just("choose"), st.sampled_from(["safe", "unsafe", "mixed"])),
    st.tuples(st.just("finish"), st.integers(0, 3)),
    st.tuples(st.just("badge"), st.sampled_from(["privacy", "kindness"])),
)


def comparable(store, profile_id):
    data = store.export_data(profile_id)
    data.pop("exported_at")
    return data


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STEP, max_size=25))
def test_export_import_round_trip(steps):
    with tempfile.TemporaryDirectory() as folder:
        school, home = open_store(Path(folder) / "a"), open_store(Path(folder) / "b")
        child = school.create_profile("Tam", "cat", "9-11").value
        attempt = None
        for kind, value in steps:
            if kind == "start":
                attempt = school.start_attempt(child.id, value, "h", {"scene": "start"}).value
            elif kind == "choose" and attempt:
                school.record_choice(attempt, "s", "c", value, {"scene": "next"})
            elif kind == "finish" and attempt:
                school.finish_attempt(attempt, "end", value)
                attempt = None
            elif kind == "badge":
                school.award_badge(child.id, value)
        assert home.import_profile(school.export_data(child.id)).saved
        assert comparable(home, child.id) == comparable(school, child.id)
        again = home.import_profile(school.export_data(child.id)).value
        assert not again.changed_anything
        # and back again: nothing new for the school either
        assert not school.import_profile(home.export_data(child.id)).value.changed_anything
        school.close()
        home.close()
