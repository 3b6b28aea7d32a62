"""ReadAloud: say() never waits for the voice, a new line cuts the old one off,
stop/repeat/busy behave, and a failing engine never reaches the game."""

from __future__ import annotations

import pytest
from fake_engines import BrokenEngine, SlowEngine

from sango_game.speech import ReadAloud, Speaker


@pytest.fixture
def slow():
    engine = SlowEngine()
    speaker = ReadAloud(engine)
    yield engine, speaker
    engine.release.set()
    speaker.close()


def test_read_aloud_is_a_speaker():
    speaker = ReadAloud(SlowEngine())
    try:
        assert isinstance(speaker, Speaker)
    finally:
        speaker.close()


def test_say_returns_while_the_slow_engine_is_still_speaking(slow):
    engine, speaker = slow
    assert speaker.say("Hello, Pip!", "en", key="lvl/s1/l1") is True
    # say() has returned; the engine has not been allowed to finish.
    assert not engine.release.is_set()
    assert engine.speaking.wait(10)
    assert speaker.busy
    assert engine.started == [("Hello, Pip!", "en", "lvl/s1/l1")]
    assert engine.ended == []


def test_a_new_line_cuts_off_the_line_being_read(slow):
    engine, speaker = slow
    speaker.say("first line", "en")
    assert engine.speaking.wait(10)
    speaker.say("second line", "en")
    assert engine.wait_for_ends(1)
    assert engine.ended[0] == ("first line", True)
    engine.release.set()
    assert speaker.wait_until_quiet(10)
    assert engine.ended[-1] == ("second line", False)
    assert not speaker.busy


def test_lines_said_quickly_read_only_the_newest(slow):
    engine, speaker = slow
    speaker.say("one", "en")
    assert engine.speaking.wait(10)
    for text in ("two", "three", "four"):
        speaker.say(text, "en")
    engine.release.set()
    assert speaker.wait_until_quiet(10)
    spoken = [text for text, _, _ in engine.started]
    order = ["one", "two", "three", "four"]
    assert spoken[0] == "one" and spoken[-1] == "four"
    assert spoken == sorted(spoken, key=order.index)  # an older line never follows a newer
    assert [text for text, cancelled in engine.ended if not cancelled] == ["four"]


def test_stop_silences_and_nothing_waits(slow):
    engine, speaker = slow
    speaker.say("a long story", "fr")
    assert engine.speaking.wait(10)
    speaker.stop()
    assert speaker.wait_until_quiet(10)
    assert engine.ended == [("a long story", True)]
    assert not speaker.busy


def test_repeat_says_the_last_line_again(slow):
    engine, speaker = slow
    engine.release.set()
    speaker.say("<em>Stop</em>, think, tell.", "en", key="k/1/2")
    assert speaker.wait_until_quiet(10)
    assert speaker.repeat() is True
    assert speaker.wait_until_quiet(10)
    assert engine.started == [("Stop, think, tell.", "en", "k/1/2")] * 2


def test_markup_and_bidi_isolates_are_not_read(slow):
    engine, speaker = slow
    engine.release.set()
    speaker.say("مرحبا \u2068<name>Pip</name>\u2069!\n<safe>آمن</safe>", "ar")
    assert speaker.wait_until_quiet(10)
    assert engine.started[0][0] == "مرحبا Pip! آمن"


def test_empty_text_is_not_said_and_repeat_with_nothing_said_is_false(slow):
    engine, speaker = slow
    assert speaker.say("  <b></b> \u2066\u2069 ", "en") is False
    assert speaker.repeat() is False
    assert not speaker.busy
    assert engine.started == []


def test_a_broken_engine_is_recorded_never_raised():
    engine = BrokenEngine()
    speaker = ReadAloud(engine)
    try:
        assert speaker.available_languages() == ()
        assert speaker.say("hello", "en")
        assert speaker.wait_until_quiet(10)
        assert engine.calls == 1
        assert any("fell over" in problem for problem in speaker.problems)
        assert speaker.say("again", "en")  # still works after a failure
        assert speaker.wait_until_quiet(10)
        assert engine.calls == 2
    finally:
        speaker.close()


def test_after_close_say_is_refused_and_cuts_off_the_voice():
    engine = SlowEngine()
    speaker = ReadAloud(engine)
    speaker.say("goodbye", "en")
    assert engine.speaking.wait(10)
    speaker.close()
    assert engine.ended == [("goodbye", True)]
    assert speaker.say("hello", "en") is False
