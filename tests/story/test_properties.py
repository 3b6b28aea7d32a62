"""Property tests: random play always ends, never raises, never shows zero choices."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sango_game import resources
from sango_game.content import check_context, load_library
from sango_game.content.generate import generate_level_data
from sango_game.content.library import level_from_document, load_topics, load_tracks
from sango_game.content.safe_yaml import Document
from sango_game.story import LevelRunner

SHIPPED = load_library()
TRACKS, _ = load_tracks(resources.levels_dir())
TOPICS, _ = load_topics(resources.levels_dir())
CONTEXT = check_context(TRACKS, TOPICS, resources.assets_dir())


def play_randomly(level, rng: random.Random, save_every: int = 0) -> int:
    """Play to an ending with random choices; returns the number of steps."""
    runner = LevelRunner(level)
    bound = 4 * sum(len(scene.choices) for scene in level.scenes) + 1
    for step in range(bound):
        view = runner.view()
        if view.ending is not None:
            assert view.choices == ()
            result = runner.result()
            assert 1 <= result.stars <= 3 and result.ending_id == view.ending.id
            return step
        assert view.choices, f"{level.id}: no choice in scene {view.scene_id}"
        assert view.lines, f"{level.id}: nothing said in scene {view.scene_id}"
        runner.choose(rng.choice(view.choices).id)
        if save_every and step % save_every == 0:
            runner = LevelRunner.restore(level, runner.save())
    raise AssertionError(f"{level.id}: no ending within {bound} choices")


def test_shipped_levels_exist_in_every_track():
    assert {level.track for level in SHIPPED.levels} == {"under-9", "9-11", "12-18"}


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32), save_every=st.integers(0, 3))
def test_random_play_of_shipped_levels_ends(seed, save_every):
    rng = random.Random(seed)
    for level in SHIPPED.levels:
        play_randomly(level, rng, save_every)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32), track=st.sampled_from(["under-9", "9-11", "12-18"]),
       scenes=st.integers(1, 12))
def test_generated_levels_are_valid_and_random_play_ends(seed, track, scenes):
    rng = random.Random(seed)
    data = generate_level_data(rng, "gen-level", track, scenes)
    level, findings = level_from_document(Document(data), "generated", CONTEXT)
    assert [f.format() for f in findings if f.is_error] == []
    play_randomly(level, rng, save_every=2)


def test_under_9_levels_never_end_in_failure():
    for level in SHIPPED.levels:
        if level.track == "under-9":
            assert all(ending.outcome != "bad" for ending in level.endings)
            for scene in level.scenes:
                for choice in scene.choices:
                    assert choice.safety != "unsafe" or choice.retry
