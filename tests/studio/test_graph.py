"""The level map: nodes, arrows and marks, from good and broken files alike."""

from __future__ import annotations

from sango_game.studio.graph import SAFETY_STYLES, Arrow, read_level_map, safety_style


def test_broken_fixture_has_nodes_arrows_and_marks_where_they_are(broken_fixture):
    level_map = read_level_map(broken_fixture)
    assert level_map.level is None  # it has errors, yet it has a map
    assert level_map.start == "start"
    kinds = {node_id: node.kind for node_id, node in level_map.nodes.items()}
    assert kinds == {"start": "scene", "island": "scene", "loop-a": "scene", "loop-b": "scene",
                     "end": "ending", "lonely": "ending", "nowhere": "missing"}
    marks = {node_id: node.marks for node_id, node in level_map.nodes.items()}
    assert "unreachable" in marks["island"]
    assert "dead end" in marks["loop-a"] and "dead end" in marks["loop-b"]
    assert "never reached" in marks["lonely"]
    assert "broken link" in marks["start"]
    assert marks["end"] == []
    codes = {f.code for f in level_map.nodes["loop-a"].findings}
    assert {"SG022", "SG039"} <= codes
    pairs = {(arrow.source, arrow.target, arrow.choice_id) for arrow in level_map.arrows}
    assert ("start", "nowhere", "go") in pairs
    assert ("start", None, "stay") in pairs  # no `next`: choose again
    assert ("loop-b", "loop-a", "back") in pairs
    go = next(arrow for arrow in level_map.arrows if arrow.choice_id == "go")
    assert go.missing


def test_findings_outside_scenes_stay_level_wide(broken_fixture):
    level_map = read_level_map(broken_fixture)
    placed = {id(f) for node in level_map.nodes.values() for f in node.findings}
    wide = [f for f in level_map.findings if id(f) not in placed]
    assert {f.code for f in wide} >= {"SG029"}  # the level ID, line 1


def test_arrows_say_their_safety_and_flags_in_words(shipped_levels):
    level_map = read_level_map(shipped_levels["9-11"])
    assert level_map.level is not None and level_map.findings == []
    labels = {arrow.choice_id: arrow.label for arrow in level_map.arrows}
    assert all(label.split()[0] in ("safe", "unsafe", "mixed") for label in labels.values())
    assert any("+" in label for label in labels.values())  # a flag set
    assert any("?" in label for label in labels.values())  # a flag read
    assert any(label.endswith("(again)") for label in labels.values())


def test_nodes_say_which_flags_they_set_and_read(shipped_levels):
    nodes = read_level_map(shipped_levels["9-11"]).nodes
    assert "has_evidence" in nodes["group-chat"].flags_set
    assert "has_evidence" in {flag.lstrip("!") for flag in nodes["next-morning"].flags_read}
    assert "forwarded" in {flag.lstrip("!") for flag in nodes["pile-on"].flags_read}


def test_a_pressured_choice_gets_its_word_on_the_map(shipped_levels):
    level_map = read_level_map(shipped_levels["12-18"])
    assert level_map.level is not None
    pressured = {c.id for s in level_map.level.scenes for c in s.choices if c.pressured}
    assert pressured
    for arrow in level_map.arrows:
        assert (arrow.safety == "pressured") == (arrow.choice_id in pressured)
        assert arrow.label.split()[0] in ("safe", "unsafe", "mixed", "pressured")


def test_flag_words_on_an_arrow():
    arrow = Arrow("a", "b", "c", "mixed", 3, flags_set=("x",), flags_cleared=("y",),
                  flags_read=("z", "!w"))
    assert arrow.label == "mixed +x -y ?z ?!w"


def test_pressured_and_unknown_safeties_have_words_and_colours():
    assert "pressured" in SAFETY_STYLES
    colours = {colour for colour, _word in SAFETY_STYLES.values()}
    assert len(colours) == len(SAFETY_STYLES)  # each safety its own colour, and a word too
    assert safety_style("pressured")[1] == "pressured"
    assert safety_style("someday")[1] == "someday"


def test_unreadable_file_gives_findings_and_no_nodes(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    level_map = read_level_map(path)
    assert level_map.nodes == {}
    assert [f.code for f in level_map.findings] == ["SG002"]
    missing = read_level_map(tmp_path / "gone.yaml")
    assert missing.nodes == {} and missing.findings[0].code == "SG001"
