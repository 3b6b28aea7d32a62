"""Each track's levels have the shape CATALOGUE.md and the season issues ask for.

- under-9: 3-5 scenes, lines of at most 12 words, 2-3 choices per scene, no
  failure (an unsafe choice is explained and the child tries again: no "bad"
  ending), and a grown-up moment (an ending reached by asking for help).
- 9-11: 5-8 scenes, at least two endings, a choice early on that changes what
  happens later (a flag set by a choice and read by a `when`).
- 12-18: at least two endings, one of them reached after a mistake.
- every level: teacher notes with 2-4 discussion questions and minutes; the
  relationships-and-images levels are sensitive, with a content note and the
  country's help on every ending.
Star rules over every path are in tests/story/test_stars.py.
"""

from __future__ import annotations

import re

import pytest

from sango_game.content import load_library
from sango_game.content.advice_check import plain

LIBRARY = load_library()
LEVELS = LIBRARY.levels
SCENES = {"under-9": (3, 5), "9-11": (5, 8), "12-18": (3, 12)}


def words(text: str) -> int:
    return len(re.sub(r"\{[^{}]*\}", "name", plain(text)).split())


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_scene_count_fits_the_track(level):
    fewest, most = SCENES[level.track]
    assert fewest <= len(level.scenes) <= most, len(level.scenes)


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_teacher_notes_plan_a_lesson(level):
    notes = level.teacher_notes
    assert 2 <= len(notes.questions) <= 4
    assert 5 <= notes.duration_minutes <= 45
    assert notes.cop_theme.strip()


@pytest.mark.parametrize("level", LIBRARY.levels_in("under-9"), ids=lambda level: level.id)
def test_under_9_lines_are_short_and_choices_few(level):
    for scene in level.scenes:
        assert 2 <= len(scene.choices) <= 3, scene.id
        for line in scene.lines:
            assert words(line.text) <= 12, f"{scene.id}/{line.id}: {line.text}"
    assert all(ending.outcome != "bad" for ending in level.endings)
    assert any(ending.asked_for_help for ending in level.endings)


@pytest.mark.parametrize("level", LIBRARY.levels_in("9-11"), ids=lambda level: level.id)
def test_9_11_choices_come_back_later(level):
    assert len(level.endings) >= 2
    set_by_choices = {flag for scene in level.scenes for choice in scene.choices
                      for flag in choice.set_flags}
    read_later = {condition.flag for scene in level.scenes
                  for item in (*scene.lines, *scene.choices) for condition in item.when}
    assert set_by_choices & read_later, "no flag set by a choice changes anything later"


@pytest.mark.parametrize("level", LIBRARY.levels_in("12-18"), ids=lambda level: level.id)
def test_12_18_has_several_endings(level):
    assert len(level.endings) >= 2


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_image_levels_are_sensitive_with_help_on_every_ending(level):
    if level.topic == "relationships-and-images":
        assert level.sensitive and level.content_note
        assert all(ending.help for ending in level.endings)
