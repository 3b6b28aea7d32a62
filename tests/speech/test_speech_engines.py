"""The engines behind the Speaker: none, recorded clips, pyttsx3 (faked), the
choice between them, the text cleaning and the Mandarin pinyin."""

from __future__ import annotations

import math
import struct
import sys
import threading
import types
import wave

import pytest

from sango_game.speech import choose_engine, readable_codes, spoken_text, support_for
from sango_game.speech.clips import ClipEngine
from sango_game.speech.espeak import EspeakEngine
from sango_game.speech.null import NullEngine
from sango_game.speech.platform_voices import PlatformEngine
from sango_game.speech.reader import ReadAloud
from sango_game.speech.voices import load_voices

SIX = ("en", "fr", "es", "ar", "ru", "zh_Hans")


def make_wav(path, seconds=0.5, rate=16000):
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        frames = b"".join(struct.pack("<h", int(8000 * math.sin(i / 8)))
                          for i in range(int(seconds * rate)))
        writer.writeframes(frames)
    return path


def test_null_engine_says_why_for_every_language_and_never_fails(tmp_path):
    engine = NullEngine(SIX)
    assert readable_codes(engine.languages()) == frozenset()
    assert all("no speech engine" in item.note for item in engine.languages())
    engine.speak("hello", "en", None, threading.Event())  # nothing happens, nothing raises
    assert engine.write_wav("hello", "en", None, tmp_path / "x.wav")
    assert not (tmp_path / "x.wav").exists()
    speaker = ReadAloud(engine)
    try:
        assert speaker.say("hello", "en")
        assert speaker.wait_until_quiet(10)
        assert len(speaker.available_languages()) == 6
    finally:
        speaker.close()


@pytest.mark.parametrize("preference", ["off", "OFF", "nonsense"])
def test_off_or_an_unknown_preference_gives_the_null_engine(preference):
    engine = choose_engine(preference)
    assert isinstance(engine, NullEngine)
    assert {item.code for item in engine.languages()} == set(SIX)
    assert not readable_codes(engine.languages())


def test_the_environment_variable_turns_read_aloud_off(monkeypatch):
    monkeypatch.setenv("SANGO_SPEECH", "off")
    assert "turned off" in choose_engine().languages()[0].note


def test_no_engine_on_the_machine_is_said_in_plain_words(monkeypatch):
    monkeypatch.setattr("sango_game.speech.choose.find_espeak", lambda: None)
    monkeypatch.setattr("sango_game.speech.choose.pyttsx3_installed", lambda: False)
    engine = choose_engine("auto")
    assert isinstance(engine, NullEngine)
    assert "install espeak-ng" in engine.languages()[0].note
    assert "espeak-ng is not installed" in choose_engine("espeak").languages()[0].note


def test_espeak_missing_marks_every_language_unreadable():
    voices, _ = load_voices()
    engine = EspeakEngine(voices, executable=None)
    engine.executable = None
    assert not readable_codes(engine.languages())
    assert engine.write_wav("hi", "en", None, None) == "espeak-ng is not installed"
    engine.speak("hi", "en", None, threading.Event())


def test_a_missing_voice_uses_the_fallback_or_says_it_is_missing(monkeypatch):
    voices, _ = load_voices()
    monkeypatch.setattr("sango_game.speech.espeak.installed_voices",
                        lambda exe: frozenset({"en", "cmn", "ar"}))
    monkeypatch.setattr("sango_game.speech.pinyin.available", lambda: False)
    engine = EspeakEngine(voices, executable="/nowhere/espeak-ng")
    by_code = {item.code: item for item in engine.languages()}
    assert by_code["en"].readable and by_code["en"].voice == "en"  # fallback of en-gb
    assert by_code["zh_Hans"].readable and by_code["zh_Hans"].voice == "cmn"
    assert "pypinyin is not installed" in by_code["zh_Hans"].note
    assert not by_code["ru"].readable and "no ru voice" in by_code["ru"].note
    assert engine.plan_for("zh_Hans") == ("cmn", 140, False)
    assert engine.plan_for("fr_CA") is None
    assert support_for(engine.languages(), "ar_EG").code == "ar"


def test_a_clip_keyed_by_msgctxt_is_played_before_the_voice(tmp_path):
    clip = make_wav(tmp_path / "clips" / "fr" / "u9-level" / "meet" / "l1.wav")
    played = []
    inner = NullEngine(("fr",))
    engine = ClipEngine(tmp_path / "clips", inner,
                        player=lambda path, cancelled: played.append(path))
    assert engine.clip_for("fr", "u9-level/meet/l1") == clip
    engine.speak("Bonjour", "fr", "u9-level/meet/l1", threading.Event())
    engine.speak("Bonjour", "fr", "u9-level/meet/l2", threading.Event())  # no clip: the voice
    assert played == [clip]
    by_code = {item.code: item for item in engine.languages()}
    assert by_code["fr"].readable and by_code["fr"].engine == "clips"
    out = tmp_path / "copy.wav"
    assert engine.write_wav("Bonjour", "fr", "u9-level/meet/l1", out) is None
    with wave.open(str(out)) as reader:
        assert reader.getnframes() / reader.getframerate() == pytest.approx(0.5)


@pytest.mark.parametrize("key", ["../secret", "a/../../b", "/etc/passwd", "a//b", "", None,
                                 "a\\b", "a/b\x00"])
def test_a_clip_key_never_leaves_the_clips_folder(tmp_path, key):
    make_wav(tmp_path / "secret.wav")
    engine = ClipEngine(tmp_path / "clips", NullEngine(), player=lambda p, c: None)
    assert engine.clip_for("fr", key) is None
    assert engine.clip_for("../..", "secret") is None


def test_clips_without_a_player_fall_through_to_the_voice(tmp_path):
    make_wav(tmp_path / "en" / "a" / "b.wav")
    engine = ClipEngine(tmp_path, NullEngine(("en",)), player=None)
    engine.speak("hi", "en", "a/b", threading.Event())
    assert not readable_codes(engine.languages())


class FakeVoice:
    def __init__(self, voice_id, name, languages):
        self.id, self.name, self.languages = voice_id, name, languages


class FakeDriver:
    def __init__(self, voices):
        self.voices = voices
        self.props = {}
        self.said = []
        self.callbacks = {}
        self.stopped = False

    def connect(self, topic, callback):
        self.callbacks[topic] = callback

    def getProperty(self, name):  # noqa: N802 (pyttsx3's name)
        return self.voices if name == "voices" else self.props.get(name)

    def setProperty(self, name, value):  # noqa: N802
        self.props[name] = value

    def say(self, text):
        self.said.append((self.props.get("voice"), text))

    def runAndWait(self):  # noqa: N802
        for _word in range(3):
            self.callbacks["started-word"]("utterance", 0, 1)
            if self.stopped:
                return

    def stop(self):
        self.stopped = True

    def save_to_file(self, text, path):
        from pathlib import Path

        make_wav(Path(path))


def test_platform_voices_are_matched_by_language_or_name(tmp_path, monkeypatch):
    driver = FakeDriver([
        FakeVoice("zira", "Microsoft Zira Desktop - English (United States)", []),
        FakeVoice("amelie", "Amelie", ["fr_CA"]),
        FakeVoice("espeak-ru", "russian", [b"\x05ru"]),
    ])
    module = types.SimpleNamespace(init=lambda: driver)
    voices, _ = load_voices()
    engine = PlatformEngine(voices, module=module)
    by_code = {item.code: item for item in engine.languages()}
    assert {code for code, item in by_code.items() if item.readable} == {"en", "fr", "ru"}
    assert "no voice" in by_code["zh_Hans"].note
    engine.speak("<b>Salut</b>", "fr", None, threading.Event())
    assert driver.said == [("amelie", "Salut")]
    cancelled = threading.Event()
    cancelled.set()
    engine.speak("never", "en", None, cancelled)
    assert len(driver.said) == 1
    assert engine.write_wav("hi", "en", None, tmp_path / "hi.wav") is None
    assert (tmp_path / "hi.wav").stat().st_size > 44
    assert engine.write_wav("hi", "zh_Hans", None, tmp_path / "no.wav")


def test_platform_engine_stops_at_the_next_word_when_cancelled():
    driver = FakeDriver([FakeVoice("zira", "English voice", ["en_US"])])
    engine = PlatformEngine(load_voices()[0], module=types.SimpleNamespace(init=lambda: driver))
    cancelled = threading.Event()
    original = driver.say

    def say_then_child_moves_on(text):
        original(text)
        cancelled.set()

    driver.say = say_then_child_moves_on
    engine.speak("a long line", "en", None, cancelled)
    assert driver.stopped


def test_spoken_text_drops_tags_bidi_controls_and_extra_space():
    assert spoken_text("<em>Never</em> share\n\tyour <b>password</b>.") == \
        "Never share your password."
    assert spoken_text("\u202eevil\u202c \u200fmark") == "evil mark"
    assert spoken_text("soft\u00adhyphen") == "softhyphen"
    assert spoken_text("3 < 5 and 7 > 2") == "3 < 5 and 7 > 2"  # not tags
    assert spoken_text("می\u200cخواهم") == "می\u200cخواهم"  # the non-joiner is kept
    assert spoken_text("\ufdd0Kiwi\ufdd1 joue.") == "Kiwi joue."  # the game's nickname marks
    assert spoken_text("") == ""
    assert len(spoken_text("a" * 10_000)) <= 2000


def test_mandarin_becomes_numbered_pinyin():
    pytest.importorskip("pypinyin", reason="pypinyin (optional) is not installed")
    from sango_game.speech.pinyin import to_pinyin

    assert to_pinyin("你好，小明。") == "ni3 hao3, xiao3 ming2."
    assert to_pinyin("Hello") == "Hello"


def test_pinyin_reports_itself_missing_when_pypinyin_cannot_be_imported(monkeypatch):
    from sango_game.speech import pinyin

    monkeypatch.setitem(sys.modules, "pypinyin", None)
    assert pinyin.available() is False


def test_mandarin_goes_to_espeak_as_pinyin_and_other_languages_as_written(monkeypatch):
    pytest.importorskip("pypinyin", reason="pypinyin (optional) is not installed")
    monkeypatch.setattr("sango_game.speech.espeak.installed_voices",
                        lambda exe: frozenset({"cmn-latn-pinyin", "fr-fr"}))
    engine = EspeakEngine(load_voices()[0], executable="/nowhere/espeak-ng")
    assert engine.words("<em>密码</em>", "zh_Hans") == b"mi4 ma3"
    assert engine.words("<em>mot</em> de passe", "fr") == b"mot de passe"
    command = engine.command("zh_Hans")
    assert command[1:3] == ["-v", "cmn-latn-pinyin"] and "--stdin" in command
