"""Control characters, bidi controls and IDs that only look valid are errors.

A level holding any of them is not loaded, so its text is never drawn raw,
and each problem is named with its own code, at its own line.
"""

from __future__ import annotations

import pytest

from sango_game.content import load_library
from sango_game.printable import is_unsafe_char

CONTROL = {
    "NUL": "Hello\x00there",
    "ESC": "Hello \x1b[2J\x1b[31mthere",
    "carriage return": "Hello\rthere",
    "DEL": "Hello\x7f",
    "C1 CSI": "Hello\x9b31m",
    "line separator": "Hello\u2028there",
    "paragraph separator": "Hello\u2029there",
    "tab": "Hello\tthere",
}
BIDI = {f"U+{ord(char):04X}": f"Hello {char}dlrow" for char in
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"}


def codes_of(library) -> list[str]:
    return sorted(finding.code for finding in library.findings)


def set_text(data: dict, where: str, value: str) -> None:
    if where == "line":
        data["scenes"][0]["lines"][0]["text"] = value
    elif where == "choice":
        data["scenes"][0]["choices"][0]["text"] = value
    elif where == "feedback":
        data["scenes"][0]["choices"][1]["feedback"] = value
    elif where == "name":
        data["cast"][0]["name"] = value
    elif where == "ending":
        data["endings"][1]["help"] = value
    else:
        data[where] = value


PLACES = ["line", "choice", "feedback", "name", "ending", "title", "key_lesson"]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("text", CONTROL.values(), ids=CONTROL.keys())
def test_control_characters_in_any_text(good_level, write_level, place, text):
    set_text(good_level, place, text)
    library = load_library(paths=[write_level(good_level)])
    assert codes_of(library) == ["SG043"] and library.levels == ()


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("text", BIDI.values(), ids=BIDI.keys())
def test_bidi_controls_in_child_facing_text(good_level, write_level, place, text):
    set_text(good_level, place, text)
    library = load_library(paths=[write_level(good_level)])
    assert codes_of(library) == ["SG044"] and library.levels == ()


def test_line_breaks_and_every_script_are_fine(good_level, write_level):
    good_level["scenes"][0]["lines"][1]["text"] = "Line one\nسلام {nickname}! 你好 Élodie 👋🏽\n"
    good_level["scenes"][0]["lines"][0]["text"] = "Zero\u200dwidth joiner and\u200cnon-joiner"
    library = load_library(paths=[write_level(good_level)])
    assert library.findings == () and library.levels


LOOKALIKES = {
    "cyrillic a": "st\u0430rt",
    "greek o": "g\u03bfod",
    "fullwidth digit": "q\uff11",
    "fullwidth letter": "\uff53tart",
    "zero-width space": "start\u200b",
    "zero-width joiner": "sta\u200drt",
    "soft hyphen": "sta\u00adrt",
    "BOM": "\ufeffstart",
    "trailing space": "start ",
    "leading space": " start",
    "inner space": "st art",
    "slash": "a/b",
    "dots": "a..b",
    "backslash": "a\\b",
    "upper case": "Start",
    "too long": "s" * 80,
}


@pytest.mark.parametrize("bad_id", LOOKALIKES.values(), ids=LOOKALIKES.keys())
@pytest.mark.parametrize("field", ["scene id", "start", "next", "line id", "speaker", "flag",
                                   "condition", "question id"])
def test_ids_that_only_look_valid(good_level, write_level, bad_id, field):
    scene = good_level["scenes"][0]
    if field == "scene id":
        scene["id"] = bad_id
    elif field == "start":
        good_level["start"] = bad_id
    elif field == "next":
        scene["choices"][0]["next"] = bad_id
    elif field == "line id":
        scene["lines"][0]["id"] = bad_id
    elif field == "speaker":
        scene["lines"][0]["speaker"] = bad_id
    elif field == "flag":
        scene["choices"][0]["set"] = [bad_id]
    elif field == "condition":
        good_level["scenes"][1]["lines"][1]["when"] = [f"not {bad_id}"]
    else:
        good_level["teacher_notes"]["questions"][0]["id"] = bad_id
    library = load_library(paths=[write_level(good_level)])
    assert "SG045" in codes_of(library) and library.levels == ()
    explained = {(f.line, f.col) for f in library.findings if f.code == "SG045"}
    vague = {(f.line, f.col) for f in library.findings if f.code == "SG010"}
    assert not explained & vague, "the same ID should not get a second, vaguer finding"


def test_lookalike_level_id(good_level, write_level):
    good_level["id"] = "fixture-g\u043eod"  # Cyrillic o
    library = load_library(paths=[write_level(good_level, "fixture-g\u043eod")])
    finding = next(f for f in library.findings if f.code == "SG045")
    assert "CYRILLIC" in finding.message and library.levels == ()


@pytest.mark.parametrize("bad_id", ["u9-stranger\n", "a\x1bb", "a\x00", "a\u202eb"])
def test_control_characters_in_ids(good_level, write_level, bad_id):
    good_level["scenes"][0]["lines"][0]["id"] = bad_id
    library = load_library(paths=[write_level(good_level)])
    assert "SG043" in codes_of(library) and library.levels == ()


def test_control_characters_in_picture_paths_and_keys(good_level, write_level):
    good_level["cast"][0]["picture"] = "images/characters/\x1b[2Jsango.svg"
    good_level["scenes"][0]["lines"][0]["x\x1bkey"] = "value"
    library = load_library(paths=[write_level(good_level)])
    assert codes_of(library).count("SG043") == 2 and library.levels == ()


def test_findings_about_hostile_text_are_safe_to_print(good_level, write_level):
    good_level["scenes"][0]["lines"][0]["id"] = "x\x1b[2J\nfake.yaml:1:1: SG000 error: forged"
    good_level["title"] = "\u202eevil"
    library = load_library(paths=[write_level(good_level)])
    assert library.findings
    for finding in library.findings:
        line = finding.format()
        assert not any(is_unsafe_char(char) for char in line), line
