"""Whatever text an author writes anywhere, a level that loads holds no unsafe character.

Hypothesis puts arbitrary Unicode (controls and bidi controls included) into
texts, IDs and picture paths of the good level. Loading never raises, and a
level that loads never carries a character that `printable` would escape
(except the line breaks a text may hold).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sango_game.content import load_library
from sango_game.printable import is_unsafe_char

GOOD = yaml.safe_load((Path(__file__).parent / "fixtures" / "good" / "fixture-good.yaml")
                      .read_text(encoding="utf-8"))
PLACES = [
    ("title",), ("objective",), ("scenes", 0, "lines", 0, "text"),
    ("scenes", 0, "choices", 0, "text"), ("scenes", 0, "choices", 1, "feedback"),
    ("cast", 0, "name"), ("endings", 1, "help"), ("scenes", 0, "id"),
    ("scenes", 0, "lines", 1, "id"), ("scenes", 0, "choices", 0, "next"),
    ("cast", 1, "picture"), ("scenes", 1, "lines", 0, "when", 0),
]
UNSAFE_MIX = st.text(st.sampled_from(
    "a-_ 1\n\r\t\x00\x1b\x7f\x85\x9b\u2028\u2029\u202a\u202e\u2066\u2069\u200e\u200f\u061c"
    "\u200b\u200d\ufeff\u0430\uff11é你ع"), max_size=12)


def strings_in(value):
    """Every string held by a loaded level's dataclasses, tuples and dicts."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif dataclasses.is_dataclass(item):
            stack.extend(getattr(item, field.name) for field in dataclasses.fields(item))
        elif isinstance(item, tuple | list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(place=st.sampled_from(PLACES),
       text=st.one_of(UNSAFE_MIX, st.text(max_size=12)),
       prefix=st.sampled_from(["", "kept", "Hello "]))
def test_a_loaded_level_never_holds_an_unsafe_character(tmp_path, place, text, prefix):
    data = yaml.safe_load(yaml.safe_dump(GOOD))
    node = data
    for key in place[:-1]:
        node = node[key]
    node[place[-1]] = prefix + text
    path = tmp_path / "9-11" / "fixture-good.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    library = load_library(paths=[path])
    for level in library.levels:
        for value in strings_in(level):
            assert not any(is_unsafe_char(char) for char in value if char != "\n"), repr(value)
    for finding in library.findings:
        assert not any(is_unsafe_char(char) for char in finding.format())
