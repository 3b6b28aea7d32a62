"""Fixtures for story tests: tiny levels written as YAML, one case each."""

from __future__ import annotations

import textwrap
from types import SimpleNamespace

import pytest

from sango_game import resources
from sango_game.content import check_context
from sango_game.content.build import build_level
from sango_game.content.library import level_from_document, load_topics, load_tracks
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
    """One choice as YAML; without `nxt` it is a retry (unsafe unless told)."""
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
    """One scene as YAML, with one narrator line and the given choices."""
    body = "\n".join(textwrap.indent(item, "      ") for item in choices)
    return (f"  - id: {sid}\n    lines:\n      - id: l1\n        speaker: narrator\n"
            f"        text: Scene {sid}.\n    choices:\n{body}\n")


def document(*scenes, track="9-11", endings=ENDINGS):
    text = HEAD.format(track=track) + "".join(scenes) + endings
    doc, findings = parse_yaml_bytes(text.encode(), "tiny.yaml")
    assert doc is not None and findings == []
    return doc, text


def load(*scenes, track="9-11", endings=ENDINGS):
    """(level or None, findings, YAML text): the level as `validate` and the game load it."""
    doc, text = document(*scenes, track=track, endings=endings)
    level, findings = level_from_document(doc, "tiny.yaml", CONTEXT)
    return level, findings, text


def build(*scenes, track="9-11", endings=ENDINGS):
    """The level model even when the checks would refuse it (as if built in code)."""
    doc, _text = document(*scenes, track=track, endings=endings)
    return build_level(doc, "tiny.yaml")


@pytest.fixture
def tiny():
    """Builders for tiny levels: tiny.scene, tiny.choice, tiny.load, tiny.build."""
    return SimpleNamespace(choice=choice, scene=scene, load=load, build=build, CONTEXT=CONTEXT)
