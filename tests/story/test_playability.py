"""The proof that play always ends (SG050-SG052), on small levels written for each case."""

from __future__ import annotations

import textwrap

import pytest

from sango_game import resources
from sango_game.content import check_context, load_library
from sango_game.content.findings import CODES
from sango_game.content.library import level_from_document, load_topics, load_tracks
from sango_game.content.playability import (
    PlayState,
    explore,
    playability_findings,
    relevant_flags,
)
from sango_game.content.safe_yaml import parse_yaml_bytes

TRACKS, _ = load_tracks(resources.levels_dir())
TOPICS, _ = load_topics(resources.levels_dir())
CONTEXT = check_context(TRACKS, TOPICS, resources.assets_dir())

HEAD = """\
id: tiny
track: {track}
topic: privacy
title: Tiny
objective: Test one case.
key_lesson: Keep safe.
teacher_notes:
  duration_minutes: 5
  cop_theme: Privacy
  questions:
    - id: q1
      text: Why?
cast:
  - id: sango
    name: Sango
    picture: images/characters/sango.svg
start: s
scenes:
"""
ENDINGS = """\
endings:
  - id: end
    outcome: good
    title: The end
    summary: Well done.
"""


def choice(cid, nxt=None, safety=None, when=(), sets=(), unsets=()):
    safety = safety or ("safe" if nxt else "unsafe")
    rows = [f"- id: {cid}", f"  text: Choice {cid}", f"  safety: {safety}",
            f"  feedback: Why {cid}."]
    if nxt:
        rows.append(f"  next: {nxt}")
    for key, values in (("when", when), ("set", sets), ("unset", unsets)):
        if values:
            rows.append(f"  {key}: [{', '.join(values)}]")
    return "\n".join(rows)


def scene(sid, *choices):
    body = "\n".join(textwrap.indent(item, "      ") for item in choices)
    return (f"  - id: {sid}\n    lines:\n      - id: l1\n        speaker: narrator\n"
            f"        text: Scene {sid}.\n    choices:\n{body}\n")


def load(*scenes, track="9-11"):
    text = HEAD.format(track=track) + "".join(scenes) + ENDINGS
    document, findings = parse_yaml_bytes(text.encode(), "tiny.yaml")
    assert document is not None and findings == []
    level, findings = level_from_document(document, "tiny.yaml", CONTEXT)
    return level, findings, text


def line_of(text, scene_id):
    return text.splitlines().index(f"  - id: {scene_id}") + 1


def codes(findings):
    return sorted(f.code for f in findings if f.code.startswith("SG05"))


def test_codes_are_registered():
    assert {"SG050", "SG051", "SG052"} <= set(CODES)


def test_a_choice_that_hides_the_only_way_out_and_loops_back_is_stuck():
    level, findings, text = load(
        scene("s", choice("out", "end", when=["not trapped"]),
              choice("loop", "s", safety="mixed", sets=["trapped"])))
    assert level is None  # an error: the level does not load
    stuck = [f for f in findings if f.code == "SG051"]
    assert len(stuck) == 1 and stuck[0].is_error
    assert stuck[0].line == line_of(text, "s") and stuck[0].path == "tiny.yaml"
    assert "scene 's'" in stuck[0].message and "loop" in stuck[0].message
    assert "trapped" in stuck[0].message


def test_a_retry_that_hides_the_last_choice_leaves_the_scene_empty():
    level, findings, text = load(
        scene("s", choice("go", "m")),
        scene("m", choice("out", "end", when=["not told"]),
              choice("tell", safety="unsafe", sets=["told"])))
    empty = [f for f in findings if f.code == "SG050"]
    assert level is None and len(empty) == 1 and empty[0].is_error
    assert empty[0].line == line_of(text, "m")
    assert "scene 'm' can show no choice" in empty[0].message
    assert "go > tell" in empty[0].message and "told" in empty[0].message
    assert codes(findings) == ["SG050"]  # the empty scene is not also called a loop


def test_under_9_retries_offer_the_other_choices_again():
    level, findings, _text = load(
        scene("s", choice("wrong", safety="unsafe"), choice("also-wrong", safety="unsafe"),
              choice("right", "end")),
        track="under-9")
    assert level is not None and codes(findings) == []
    graph = explore(level)
    after_both = PlayState("s", frozenset(), frozenset({"wrong", "also-wrong"}))
    assert [move for move, _ in graph.moves[after_both]] == ["right"]


def test_under_9_retry_that_hides_the_way_on_is_found():
    _level, findings, _text = load(
        scene("s", choice("right", "end", when=["not oops"]),
              choice("wrong", safety="unsafe", sets=["oops"])),
        track="under-9")
    assert codes(findings) == ["SG050"]


def test_a_loop_the_child_can_always_leave_is_fine():
    level, findings, _text = load(
        scene("s", choice("out", "end"), choice("again", "s", safety="mixed")))
    assert level is not None and codes(findings) == []
    assert "SG039" in {f.code for f in findings}  # the loop warning stays


def test_flags_that_reopen_the_way_out_are_fine():
    level, findings, _text = load(
        scene("s", choice("out", "end", when=["not trapped"]),
              choice("trap", "s", safety="mixed", sets=["trapped"]),
              choice("free", "s", safety="safe", unsets=["trapped"])))
    assert level is not None and codes(findings) == []


def test_too_many_states_cut_the_proof_short_with_a_warning():
    level, findings, text = load(
        scene("s", choice("out", "end", when=["not trapped"]),
              choice("trap", "s", safety="mixed", sets=["trapped"]),
              choice("free", "s", safety="safe", unsets=["trapped"])))
    cut = playability_findings(level, "tiny.yaml", lambda _scene: (7, 5), limit=1)
    assert [(f.code, f.severity, f.line) for f in cut] == [("SG052", "warning", 7)]
    assert "cut short" in cut[0].message


def test_only_flags_read_by_choices_make_states():
    level, _findings, _text = load(
        scene("s", choice("a", "t", sets=["noted"]), choice("b", "t")),
        scene("t", choice("c", "end")))
    assert relevant_flags(level) == frozenset()
    assert len(explore(level, keep=relevant_flags(level)).order) == 3  # s, t, end
    assert len(explore(level).order) == 5  # with every flag: t and end twice


@pytest.mark.parametrize("level", load_library().levels, ids=lambda level: level.id)
def test_shipped_levels_pass_the_proof(level):
    assert playability_findings(level, level.path, lambda _scene: (1, 1)) == []
