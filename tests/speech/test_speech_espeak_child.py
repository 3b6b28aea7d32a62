"""EspeakEngine's child process, with a stand-in `espeak-ng` script: the words go
in on standard input, the child is ended when the child playing moves on, and
a child that cannot play (no sound device) is reported, not raised."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from sango_game.speech.espeak import EspeakEngine
from sango_game.speech.reader import ReadAloud
from sango_game.speech.voices import load_voices

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a shell script")


def stand_in(tmp_path, body: str):
    script = tmp_path / "espeak-ng"
    script.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    script.chmod(0o755)
    return str(script)


@pytest.fixture
def voices(monkeypatch):
    monkeypatch.setattr("sango_game.speech.espeak.installed_voices",
                        lambda exe: frozenset({"en-gb", "fr-fr", "cmn-latn-pinyin"}))
    return load_voices()[0]


def test_the_words_go_in_on_standard_input_with_the_voice_and_rate(tmp_path, voices):
    heard = tmp_path / "heard.txt"
    exe = stand_in(tmp_path, f'echo "$@" > "{heard}.args"\ncat > "{heard}"\n')
    engine = EspeakEngine(voices, executable=exe)
    assert engine.speak("-w /tmp/evil <b>Salut</b>", "fr", None, threading.Event()) is None
    assert heard.read_text(encoding="utf-8") == "-w /tmp/evil Salut"
    assert (tmp_path / "heard.txt.args").read_text().split() == \
        ["-v", "fr-fr", "-s", "150", "-b", "1", "--stdin"]


def test_a_new_line_ends_the_child_reading_the_old_one(tmp_path, voices):
    pids = tmp_path / "pids"
    exe = stand_in(tmp_path, f'echo $$ >> "{pids}"\ncat > /dev/null\nexec sleep 60\n')
    speaker = ReadAloud(EspeakEngine(voices, executable=exe))
    try:
        speaker.say("first", "en")
        for _ in range(500):
            if pids.exists() and pids.read_text().strip():
                break
            threading.Event().wait(0.01)
        first_pid = int(pids.read_text().split()[0])
        speaker.say("second", "en")
        speaker.stop()
        assert speaker.wait_until_quiet(20)
        with pytest.raises(ProcessLookupError):
            os.kill(first_pid, 0)  # ended and reaped
    finally:
        speaker.close()


def test_a_child_that_cannot_play_is_reported_not_raised(tmp_path, voices):
    exe = stand_in(tmp_path, 'cat > /dev/null\necho "error: No such file or directory" >&2\n')
    engine = EspeakEngine(voices, executable=exe)
    why = engine.speak("hello", "en", None, threading.Event())
    assert "could not play the sound" in why and "No such file" in why
    speaker = ReadAloud(engine)
    try:
        speaker.say("hello", "en")
        assert speaker.wait_until_quiet(20)
        assert any("could not play" in problem for problem in speaker.problems)
    finally:
        speaker.close()
