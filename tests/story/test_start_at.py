"""Starting a level at any scene with chosen flags (for the level studio)."""

from __future__ import annotations

import pytest

from sango_game.content import load_library
from sango_game.story import RunnerError
from sango_game.story.start_at import start_at


@pytest.fixture(scope="module")
def level():
    return load_library().level("m-cyberbullying-group-chat")


def test_starts_at_the_scene_with_the_flags(level):
    runner = start_at(level, "next-morning", ["has_evidence"])
    assert runner.view().scene_id == "next-morning"
    assert runner.flags == frozenset({"has_evidence"})
    shown = {choice.id for choice in runner.view().choices}
    without = {choice.id for choice in start_at(level, "next-morning").view().choices}
    assert shown != without  # the flag changes what is offered


def test_plays_on_to_an_ending_with_stars_from_here(level):
    runner = start_at(level, "next-morning", ["has_evidence"])
    runner.choose(runner.view().choices[0].id)
    assert runner.finished
    assert 1 <= runner.result().stars <= 3
    assert len(runner.result().choices_made) == 1


def test_unknown_scene_or_flag_is_refused_in_words(level):
    with pytest.raises(RunnerError, match="not a scene"):
        start_at(level, "nowhere")
    with pytest.raises(RunnerError, match="never uses the flag"):
        start_at(level, "next-morning", ["made_up"])
