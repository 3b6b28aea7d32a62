"""Resume can always finish: save and restore at every point of every shipped level.

Every reachable point (every scene, after every choice, including right after
the last choice, at the ending) is saved, restored (directly and through JSON)
and played on to an ending. Damaged saved states restore to a safe start.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sango_game.content import load_library
from sango_game.story import LevelRunner, RunnerError
from sango_game.story.paths import all_paths, play_graph, play_points, replay, way_to_end

LEVELS = load_library().levels


def endings_of(level):
    return {ending.id for ending in level.endings}


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_resume_at_every_point_plays_on_to_an_ending(level):
    graph = play_graph(level)
    assert not graph.truncated
    points = play_points(level)
    assert any(point.state.position in endings_of(level) for point in points)
    for point in points:
        runner = replay(level, point.choices)
        saved = runner.save()
        for again in (saved, json.loads(json.dumps(saved))):
            resumed = LevelRunner.restore(level, again)
            assert resumed.view() == runner.view()
            assert resumed.save() == saved
            view = resumed.view()
            assert view.ending is not None or view.choices, f"{point} shows nothing to do"
            assert not any(choice.way_on for choice in view.choices)
            steps = way_to_end(graph, point.state, endings_of(level))
            assert steps is not None, f"{level.id}: no way to an ending from {point}"
            for choice_id in steps:
                resumed.choose(choice_id)
            assert resumed.finished
            assert resumed.result().ending_id in endings_of(level)


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_every_choice_of_every_point_survives_a_resume(level):
    """Right after each choice (the last one before an ending too), resume and go on."""
    for point in play_points(level):
        runner = replay(level, point.choices)
        for choice in runner.view().choices:
            after = replay(level, point.choices)
            outcome = after.choose(choice.id)
            resumed = LevelRunner.restore(level, json.loads(json.dumps(after.save())))
            assert resumed.finished == outcome.finished
            if outcome.finished:
                assert resumed.result() == after.result()
            else:
                assert resumed.view().choices


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_all_paths_end_and_score_one_to_three_stars(level):
    paths = list(all_paths(level))
    assert paths
    for path in paths:
        result = replay(level, path).result()
        assert 1 <= result.stars <= 3 and len(result.choices_made) == len(path)


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_resume_after_any_random_play(data):
    level = data.draw(st.sampled_from(LEVELS))
    runner = LevelRunner(level)
    while not runner.finished:
        if data.draw(st.booleans()):
            runner = LevelRunner.restore(level, json.loads(json.dumps(runner.save())))
        view = runner.view()
        assert view.choices and not any(choice.way_on for choice in view.choices)
        runner.choose(data.draw(st.sampled_from(view.choices)).id)
    assert LevelRunner.restore(level, runner.save()).finished


# --- damaged saved states -------------------------------------------------------------

LEVEL = LEVELS[0]
DAMAGE = [
    {"position": "no-such-scene"}, {"position": 7}, {"position": None}, {"position": ["s"]},
    {"flags": ["no-such-flag"]}, {"flags": "abc"}, {"flags": [1, 2]}, {"flags": None},
    {"tried": ["no-such-choice"]}, {"tried": 3}, {"history": 5}, {"history": [[1, 2, 3]]},
    {"history": [["x", "y", "safe"]]}, {"history": [["a", "b"]]}, {"history": "abc"},
    {"shown": ["no-such-choice"]}, {"shown": {"a": 1}}, {"version": "1"}, {"level": None},
    {"content_hash": "another-version"},
]


@pytest.mark.parametrize("damage", DAMAGE, ids=repr)
def test_damaged_state_restores_to_a_safe_start(damage):
    saved = LevelRunner(LEVEL).save() | damage
    with pytest.raises(RunnerError):
        LevelRunner.restore(LEVEL, saved)
    runner, problem = LevelRunner.restore_or_start(LEVEL, saved)
    assert problem and runner.view() == LevelRunner(LEVEL).view()


@pytest.mark.parametrize("saved", [None, [], "state", 42, {"version": 1}, {}])
def test_garbage_instead_of_a_state_restores_to_a_safe_start(saved):
    runner, problem = LevelRunner.restore_or_start(LEVEL, saved)
    assert problem and runner.save() == LevelRunner(LEVEL).save()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(key=st.sampled_from(["position", "flags", "tried", "history", "shown", "version"]),
       value=JSON)
def test_any_damage_either_restores_playably_or_starts_afresh(key, value):
    saved = LevelRunner(LEVEL).save() | {key: value}
    runner, problem = LevelRunner.restore_or_start(LEVEL, saved)
    view = runner.view()
    assert view.choices or view.ending is not None
    if problem:
        assert runner.save() == LevelRunner(LEVEL).save()
