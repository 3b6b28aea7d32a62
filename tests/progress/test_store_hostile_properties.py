"""Property: any value anywhere in a profile file is either refused with a
problem or stored so that reading it back needs no repair; never an exception,
and a second import of the same data changes nothing."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sango_game.progress import open_store

HOSTILE_TEXT = st.sampled_from([
    "../../../etc/passwd", "/dev/zero", "owl", "cat", "9-11", "fr", "<b>x</b>", "{0}",
    "\x1b[31m", "\u202e", "", "x" * 300, "2026-11-24T09:13:27.120Z", "safe", "done", "C:\\x",
])
SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=2**62, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30), HOSTILE_TEXT,
)
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8)


def places(data, path=()):
    """Every (container path, key) in the data, so any value can be replaced."""
    found = []
    items = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in items:
        found.append((path, key))
        if isinstance(value, dict | list):
            found.extend(places(value, (*path, key)))
    return found


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_value_anywhere_is_refused_or_stored_clean(data, sound_export):
    if not hasattr(sound_export, "made"):  # one sound file for every example
        sound_export.made = sound_export()
    changed = copy.deepcopy(sound_export.made)
    for _ in range(data.draw(st.integers(1, 3))):
        path, key = data.draw(st.sampled_from(places(changed)))
        target = changed
        for step in path:
            target = target[step]
        target[key] = data.draw(VALUE)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        first = store.import_profile(changed)
        second = store.import_profile(changed)
        assert (first.problem is None) == (second.problem is None)
        if first.problem is None:
            assert not second.value.changed_anything
            store.close()
            store = open_store(Path(folder))
            for profile in store.list_profiles():
                store.attempts(profile.id)
                store.level_progress(profile.id)
            assert [n for n in store.notices if n.code == "stored-value-replaced"] == []
        store.close()
