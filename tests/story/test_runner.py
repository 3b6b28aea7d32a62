"""LevelRunner on the fixture level: views, conditions, retries, stars, save/restore."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sango_game.content import load_library
from sango_game.story import LevelRunner, RunnerError

FIXTURE = Path(__file__).parents[1] / "content" / "fixtures" / "good"


@pytest.fixture(scope="module")
def level():
    library = load_library(paths=[FIXTURE])
    return library.level("fixture-good")


def ids(items):
    return [item.id for item in items]


def test_start_view(level):
    view = LevelRunner(level).view()
    assert view.scene_id == "start" and view.ending is None
    assert view.background == "images/backgrounds/home.svg"
    assert ids(view.lines) == ["hello", "about"]
    assert view.lines[0].speaker_name == "Sango"
    assert view.lines[0].msgctxt == "fixture-good/start/hello"
    assert view.lines[1].speaker_name is None  # narrator
    assert [(c.id, c.key) for c in view.choices] == [("keep", 1), ("share", 2), ("ask", 3)]


def test_retry_choice_keeps_the_scene_and_is_not_offered_again(level):
    runner = LevelRunner(level)
    outcome = runner.choose("share")
    assert outcome.retry and outcome.safety == "unsafe" and outcome.next_scene is None
    assert outcome.feedback == "Passwords are secret."
    assert outcome.feedback_msgctxt == "fixture-good/start/share/feedback"
    view = runner.view()
    assert view.scene_id == "start" and ids(view.choices) == ["keep", "ask"]


def test_flags_change_lines_and_choices(level):
    runner = LevelRunner(level)
    outcome = runner.choose("keep")
    assert runner.flags == frozenset({"kept"}) and outcome.next_scene == "middle"
    view = runner.view()
    assert ids(view.lines) == ["kept-line"]
    assert ids(view.choices) == ["finish", "bonus", "give-up"]
    outcome = runner.choose("bonus")
    assert "kept" not in runner.flags and outcome.finished

    other = LevelRunner(level)
    other.choose("ask")
    view = other.view()
    assert ids(view.lines) == ["not-kept-line"]
    assert view.lines[0].speaker == "player"
    assert ids(view.choices) == ["finish", "give-up"]


def test_stars_and_result(level):
    perfect = LevelRunner(level)
    perfect.choose("keep")
    perfect.choose("finish")
    result = perfect.result()
    assert (result.ending_id, result.outcome, result.stars) == ("good", "good", 3)
    assert result.key_lesson_msgctxt == "fixture-good/meta/key_lesson"

    shaky = LevelRunner(level)
    shaky.choose("share")  # unsafe, not pressured: costs one star
    shaky.choose("ask")  # mixed: costs nothing
    shaky.choose("finish")
    assert shaky.result().stars == 2

    bad = LevelRunner(level)
    bad.choose("keep")
    bad.choose("give-up")
    assert bad.view().ending.outcome == "bad" and bad.result().stars == 1
    assert bad.view().ending.help == "Tell an adult you trust."
    assert bad.view().choices == ()


def test_wrong_calls_raise_runner_error(level):
    runner = LevelRunner(level)
    with pytest.raises(RunnerError):
        runner.choose("finish")  # not in this scene
    with pytest.raises(RunnerError):
        runner.result()
    runner.choose("keep")
    runner.choose("finish")
    with pytest.raises(RunnerError):
        runner.choose("finish")


def test_save_and_restore_mid_level(level):
    runner = LevelRunner(level)
    runner.choose("share")
    saved = json.loads(json.dumps(runner.save()))  # survives a trip through JSON
    resumed = LevelRunner.restore(level, saved)
    assert resumed.view() == runner.view()
    assert resumed.save() == saved
    resumed.choose("keep")
    resumed.choose("finish")
    assert resumed.result().stars == 2  # the unsafe try before saving still counts


@pytest.mark.parametrize("damage", [
    {"version": 99}, {"level": "another"}, {"position": "nowhere"}, {"tried": ["nope"]},
    {"history": [["start", "keep", "great"]]}, {"history": 5}, {"position": None},
])
def test_restore_rejects_damaged_state(level, damage):
    saved = LevelRunner(level).save() | damage
    with pytest.raises(RunnerError):
        LevelRunner.restore(level, saved)
