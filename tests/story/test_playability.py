"""The proof that play always ends (SG050-SG052), on small levels written for each case."""

from __future__ import annotations

import pytest

from sango_game.cli import main
from sango_game.content import load_library
from sango_game.content.findings import CODES
from sango_game.content.playability import (
    PlayState,
    explore,
    playability_findings,
    relevant_flags,
)


def line_of(text, scene_id):
    return text.splitlines().index(f"  - id: {scene_id}") + 1


def codes(findings):
    return sorted(f.code for f in findings if f.code.startswith("SG05"))


def test_codes_are_registered():
    assert {"SG050", "SG051", "SG052"} <= set(CODES)


def test_a_choice_that_hides_the_only_way_out_and_loops_back_is_stuck(tiny):
    level, findings, text = tiny.load(
        tiny.scene("s", tiny.choice("out", "end", when=["not trapped"]),
                   tiny.choice("loop", "s", safety="mixed", sets=["trapped"])))
    assert level is None  # an error: the level does not load
    stuck = [f for f in findings if f.code == "SG051"]
    assert len(stuck) == 1 and stuck[0].is_error
    assert stuck[0].line == line_of(text, "s") and stuck[0].path == "tiny.yaml"
    assert "scene 's'" in stuck[0].message and "loop" in stuck[0].message
    assert "trapped" in stuck[0].message


def test_a_retry_that_hides_the_last_choice_leaves_the_scene_empty(tiny):
    level, findings, text = tiny.load(
        tiny.scene("s", tiny.choice("go", "m")),
        tiny.scene("m", tiny.choice("out", "end", when=["not told"]),
                   tiny.choice("tell", safety="unsafe", sets=["told"])))
    empty = [f for f in findings if f.code == "SG050"]
    assert level is None and len(empty) == 1 and empty[0].is_error
    assert empty[0].line == line_of(text, "m")
    assert "scene 'm' can show no choice" in empty[0].message
    assert "go > tell" in empty[0].message and "told" in empty[0].message
    assert codes(findings) == ["SG050"]  # the empty scene is not also called a loop


def test_under_9_retries_offer_the_other_choices_again(tiny):
    level, findings, _text = tiny.load(
        tiny.scene("s", tiny.choice("wrong", safety="unsafe"),
                   tiny.choice("also-wrong", safety="unsafe"), tiny.choice("right", "end")),
        track="under-9")
    assert level is not None and codes(findings) == []
    graph = explore(level)
    after_both = PlayState("s", frozenset(), frozenset({"wrong", "also-wrong"}))
    assert [move for move, _ in graph.moves[after_both]] == ["right"]


def test_under_9_retry_that_hides_the_way_on_is_found(tiny):
    _level, findings, _text = tiny.load(
        tiny.scene("s", tiny.choice("right", "end", when=["not oops"]),
                   tiny.choice("wrong", safety="unsafe", sets=["oops"])),
        track="under-9")
    assert codes(findings) == ["SG050"]


def test_a_loop_the_child_can_always_leave_is_fine(tiny):
    level, findings, _text = tiny.load(
        tiny.scene("s", tiny.choice("out", "end"), tiny.choice("again", "s", safety="mixed")))
    assert level is not None and codes(findings) == []
    assert "SG039" in {f.code for f in findings}  # the loop warning stays


def test_flags_that_reopen_the_way_out_are_fine(tiny):
    level, findings, _text = tiny.load(
        tiny.scene("s", tiny.choice("out", "end", when=["not trapped"]),
                   tiny.choice("trap", "s", safety="mixed", sets=["trapped"]),
                   tiny.choice("free", "s", safety="safe", unsets=["trapped"])))
    assert level is not None and codes(findings) == []


def test_too_many_states_cut_the_proof_short_with_a_warning(tiny):
    level, findings, text = tiny.load(
        tiny.scene("s", tiny.choice("out", "end", when=["not trapped"]),
                   tiny.choice("trap", "s", safety="mixed", sets=["trapped"]),
                   tiny.choice("free", "s", safety="safe", unsets=["trapped"])))
    cut = playability_findings(level, "tiny.yaml", lambda _scene: (7, 5), limit=1)
    assert [(f.code, f.severity, f.line) for f in cut] == [("SG052", "warning", 7)]
    assert "cut short" in cut[0].message


def test_only_flags_read_by_choices_make_states(tiny):
    level, _findings, _text = tiny.load(
        tiny.scene("s", tiny.choice("a", "t", sets=["noted"]), tiny.choice("b", "t")),
        tiny.scene("t", tiny.choice("c", "end")))
    assert relevant_flags(level) == frozenset()
    assert len(explore(level, keep=relevant_flags(level)).order) == 3  # s, t, end
    assert len(explore(level).order) == 5  # with every flag: t and end twice


@pytest.mark.parametrize("level", load_library().levels, ids=lambda level: level.id)
def test_shipped_levels_pass_the_proof(level):
    assert playability_findings(level, level.path, lambda _scene: (1, 1)) == []


def test_validate_names_the_stuck_scene_with_file_and_line(tiny, tmp_path, capsys):
    _level, _findings, text = tiny.load(
        tiny.scene("s", tiny.choice("out", "end", when=["not trapped"]),
                   tiny.choice("loop", "s", safety="mixed", sets=["trapped"])))
    target = tmp_path / "9-11" / "tiny.yaml"
    target.parent.mkdir()
    target.write_text(text, encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    line = line_of(text, "s")
    assert f"tiny.yaml:{line}:" in out and "SG051 error: play can get stuck in scene 's'" in out
