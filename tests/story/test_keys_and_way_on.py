"""Number keys stay with their choices; a scene with no choice offers a way on."""

from __future__ import annotations

import json

import pytest

from sango_game.story import LevelRunner
from sango_game.story.way_on import FALLBACK_ENDING, WAY_ON_ID, way_on_target

ENDINGS = """\
endings:
  - id: bad-end
    outcome: bad
    title: Oh no
    summary: That went badly.
  - id: far-end
    outcome: good
    title: Far
    summary: Far away.
  - id: near-end
    outcome: okay
    title: Near
    summary: Close by.
"""


def keys(runner):
    return [(choice.id, choice.key) for choice in runner.view().choices]


@pytest.fixture
def quiz(tiny):
    return tiny.build(
        tiny.scene("s", tiny.choice("wrong", safety="unsafe"), tiny.choice("right", "end"),
                   tiny.choice("other", safety="mixed"), tiny.choice("also", "end")),
        track="under-9")


def test_keys_stay_with_their_choices_after_a_retry(quiz):
    runner = LevelRunner(quiz)
    assert keys(runner) == [("wrong", 1), ("right", 2), ("other", 3), ("also", 4)]
    runner.choose("wrong")
    assert keys(runner) == [("right", 2), ("other", 3), ("also", 4)]
    runner.choose("other")
    assert keys(runner) == [("right", 2), ("also", 4)]


def test_keys_survive_save_and_restore(quiz):
    runner = LevelRunner(quiz)
    runner.choose("wrong")
    resumed = LevelRunner.restore(quiz, json.loads(json.dumps(runner.save())))
    assert keys(resumed) == [("right", 2), ("other", 3), ("also", 4)]


def test_a_state_saved_before_keys_were_kept_gets_the_same_keys(quiz):
    runner = LevelRunner(quiz)
    runner.choose("wrong")
    saved = runner.save()
    del saved["shown"]
    assert keys(LevelRunner.restore(quiz, saved)) == [("right", 2), ("other", 3), ("also", 4)]


def test_keys_count_only_the_choices_shown(tiny):
    level = tiny.build(
        tiny.scene("s", tiny.choice("hidden", "end", when=["never"]),
                   tiny.choice("a", safety="unsafe", sets=["hint"]),
                   tiny.choice("hinted", "end", when=["hint"]), tiny.choice("b", "end")))
    runner = LevelRunner(level)
    assert keys(runner) == [("a", 1), ("b", 2)]
    runner.choose("a")  # opens "hinted": it takes the next free number, b keeps 2
    assert keys(runner) == [("hinted", 3), ("b", 2)]
    assert keys(LevelRunner.restore(level, runner.save())) == keys(runner)


def test_a_scene_with_no_choice_offers_continue_to_the_nearest_ending(tiny):
    level = tiny.build(
        tiny.scene("s", tiny.choice("go", "m")),
        tiny.scene("m", tiny.choice("out", "near-end", when=["not told"]),
                   tiny.choice("tell", safety="unsafe", sets=["told"]),
                   tiny.choice("far", "t", when=["never"])),
        tiny.scene("t", tiny.choice("done", "far-end")),
        endings=ENDINGS)
    runner = LevelRunner(level)
    runner.choose("go")
    runner.choose("tell")
    [way_on] = runner.view().choices
    assert (way_on.id, way_on.key, way_on.way_on, way_on.text) == (WAY_ON_ID, 1, True, "Continue")
    assert way_on.msgctxt
    resumed = LevelRunner.restore(level, json.loads(json.dumps(runner.save())))
    assert resumed.view() == runner.view()
    outcome = runner.choose(WAY_ON_ID)
    assert outcome.finished and outcome.next_scene == "near-end" and not outcome.retry
    result = runner.result()
    assert result.ending_id == "near-end"
    assert [choice for _scene, choice, _safety in result.choices_made] == ["go", "tell"]


def test_the_way_on_prefers_the_better_of_two_equally_near_endings(tiny):
    level = tiny.build(
        tiny.scene("s", tiny.choice("a", "bad-end"), tiny.choice("b", "far-end")),
        endings=ENDINGS)
    assert way_on_target(level, "s") == "far-end"
    assert way_on_target(level, "nowhere") == "far-end"  # the level's best ending


def test_a_link_to_nowhere_offers_continue_instead_of_crashing(tiny):
    level = tiny.build(tiny.scene("s", tiny.choice("go", "nowhere"), tiny.choice("x", "end")))
    runner = LevelRunner(level)
    runner.choose("go")
    view = runner.view()
    assert view.ending is None and [c.id for c in view.choices] == [WAY_ON_ID]
    runner.choose(WAY_ON_ID)
    assert runner.result().ending_id == "end"


def test_a_level_without_endings_still_ends(tiny):
    level = tiny.build(tiny.scene("s", tiny.choice("go", "s", when=["never"])),
                       endings="endings: []\n")
    runner = LevelRunner(level)
    assert [c.id for c in runner.view().choices] == [WAY_ON_ID]
    runner.choose(WAY_ON_ID)
    assert runner.finished and runner.view().ending.id == FALLBACK_ENDING.id
    assert LevelRunner.restore(level, runner.save()).finished
