"""Star rules that never blame a child, checked over every path of every shipped level.

The rules (story/rules.py, docs/LEVELS.md "Stars"): an ending reached by asking
for help earns full stars; coping alone is at worst okay, with help shown; only
unsafe choices cost stars; a pressured choice is never scored and which one was
taken is not kept.
"""

from __future__ import annotations

import json

import pytest

from sango_game.content import load_library
from sango_game.content.model import PRESSURED
from sango_game.story import LevelRunner
from sango_game.story.paths import all_paths, replay
from sango_game.story.rules import CAP, FULL, LEAST, stars_for

LIBRARY = load_library()
LEVELS = LIBRARY.levels


def plays(level):
    """(choices, finished runner, ending) for every path of the level."""
    for path in all_paths(level):
        runner = replay(level, path)
        yield path, runner, level.ending(runner.result().ending_id)


def test_the_shipped_levels_load_cleanly():
    assert {level.id for level in LEVELS} >= {
        "u9-stranger-game-chat", "m-cyberbullying-group-chat", "t-privacy-image-pressure"}
    assert LIBRARY.errors == ()


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_every_path_through_a_help_asking_ending_gets_full_stars(level):
    reached = 0
    for _path, runner, ending in plays(level):
        if ending.asked_for_help:
            reached += 1
            assert runner.result().stars == FULL
    assert reached, "no path reaches an ending marked asked_for_help"


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_a_mistake_can_still_reach_full_stars_by_telling_someone(level):
    """Catalogue principle 1: a path through a mistake still ends with full stars."""
    found = False
    for _path, runner, ending in plays(level):
        history = runner.result().choices_made
        slipped = any(safety != "safe" for _scene, _choice, safety in history)
        if slipped and ending.asked_for_help:
            found = runner.result().stars == FULL
            break
    assert found, f"{level.id}: no path through a mistake reaches full stars"


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_no_path_s_stars_depend_on_pressured_choices(level):
    """Paths that differ only in pressured choices (taken or not, which one) score alike."""
    stars_by_score: dict[tuple, set[int]] = {}
    for path, runner, ending in plays(level):
        result = runner.result()
        scored = [safety for _s, _c, safety in result.choices_made if safety != PRESSURED]
        assert result.stars == stars_for(ending, scored), path
        stars_by_score.setdefault((ending.id, tuple(sorted(scored))), set()).add(result.stars)
    assert all(len(stars) == 1 for stars in stars_by_score.values())


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_which_pressured_choice_was_taken_is_not_kept(level):
    pressured = {choice.id for scene in level.scenes for choice in scene.choices
                 if choice.pressured}
    for path, runner, _ending in plays(level):
        result = runner.result()
        marks = [item for item in result.choices_made if item[2] == PRESSURED]
        assert len(marks) == sum(1 for choice_id in path if choice_id in pressured)
        assert all(choice_id == "" for _scene, choice_id, _safety in marks)
        saved = json.dumps(runner.save())
        assert not any(f'"{choice_id}"' in saved for choice_id in pressured), path
        assert LevelRunner.restore(level, json.loads(saved)).result() == result


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_coping_alone_is_never_bad_and_always_shows_help(level):
    for ending in level.endings:
        if ending.coping_alone:
            assert ending.outcome != "bad" and ending.help
        if ending.outcome == "bad":
            assert ending.help
    for _path, runner, ending in plays(level):
        if ending.coping_alone:
            assert runner.result().stars >= LEAST and ending.outcome in ("good", "okay")


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_only_unsafe_choices_cost_stars(level):
    for path, runner, ending in plays(level):
        result = runner.result()
        if ending.asked_for_help:
            continue
        unsafe = sum(1 for _s, _c, safety in result.choices_made if safety == "unsafe")
        assert result.stars == max(LEAST, CAP[ending.outcome] - unsafe), path


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_sensitive_levels_carry_a_note_and_help_on_every_ending(level):
    if level.sensitive:
        assert level.content_note
        assert all(ending.help for ending in level.endings)
    if level.track == "under-9":
        assert all(ending.outcome != "bad" for ending in level.endings)


def test_the_image_level_is_sensitive_and_in_its_own_topic():
    level = LIBRARY.level("t-privacy-image-pressure")
    assert level.sensitive and level.topic == "relationships-and-images"
    assert level.content_note_msgctxt == "t-privacy-image-pressure/meta/content_note"
    assert any(choice.pressured for scene in level.scenes for choice in scene.choices)


def test_thanking_the_stranger_is_mixed():
    level = LIBRARY.level("u9-stranger-game-chat")
    assert {c.id: c.safety for c in level.scene("play").choices}["say-thanks"] == "mixed"


def test_standing_up_for_sofia_in_public_leads_on():
    level = LIBRARY.level("m-cyberbullying-group-chat")
    runner = replay(level, ["screenshot"])
    outcome = runner.choose("reply-in-group")
    assert not outcome.retry and outcome.next_scene is not None


def test_no_9_11_path_contradicts_itself():
    """Walking into class with Sofia never ends on a summary where she stayed home."""
    level = LIBRARY.level("m-cyberbullying-group-chat")
    for path, runner, ending in plays(level):
        if "with_sofia" in runner.flags:
            assert "stayed home" not in ending.summary, path


def test_the_rules_as_data():
    class End:
        def __init__(self, outcome, asked=False):
            self.outcome, self.asked_for_help = outcome, asked

    assert stars_for(End("good", asked=True), ["unsafe", "unsafe", "unsafe"]) == 3
    assert stars_for(End("good"), ["safe", "mixed", PRESSURED]) == 3
    assert stars_for(End("good"), ["unsafe"]) == 2
    assert stars_for(End("okay"), ["mixed", "mixed"]) == 2
    assert stars_for(End("bad"), []) == 1
    assert stars_for(End("okay"), ["unsafe"] * 5) == LEAST


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_pressured_then_asking_for_help_always_ends_with_full_stars(level):
    """Issue 15: a child pushed into a choice who then asks for help loses nothing."""
    pressured = {choice.id for scene in level.scenes for choice in scene.choices
                 if choice.pressured}
    found = 0
    for path, runner, ending in plays(level):
        if pressured & set(path) and ending.asked_for_help:
            found += 1
            assert runner.result().stars == FULL, path
    if pressured:
        assert found, "no path goes from a pressured choice to asking for help"
