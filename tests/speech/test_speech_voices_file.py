"""assets/speech/voices.yaml: a valid voice for each of the six game languages,
and a broken voices file is reported with a code, never raised."""

from __future__ import annotations

import pytest

from sango_game.speech.voices import BAD_ENTRY, UNREADABLE, load_voices

SIX = ("en", "fr", "es", "ar", "ru", "zh_Hans")


def test_the_shipped_voices_file_has_a_voice_for_each_game_language():
    voices, problems = load_voices()
    assert problems == []
    assert set(SIX) <= set(voices.languages)
    for lang in SIX:
        voice = voices.for_language(lang)
        assert voice.espeak and 80 <= voice.rate <= 450
        assert voice.pyttsx3, f"{lang} needs words to find a platform voice"
    assert voices.for_language("zh_Hans").espeak == "cmn-latn-pinyin"
    assert voices.for_language("zh_Hans").pinyin is True
    assert voices.for_language("zh_Hans").fallback == "cmn"
    assert "vowel marks" in voices.for_language("ar").notes
    assert voices.for_language("fr_CA").lang == "fr"
    assert voices.for_language("de") is None


def test_every_shipped_translation_has_a_voice():
    from sango_game.resources import locale_dir

    translated = {path.parent.parent.name for path in locale_dir().glob("*/LC_MESSAGES/*.po")}
    voices, _ = load_voices()
    assert translated <= set(voices.languages)


@pytest.mark.parametrize(("text", "wanted"), [
    ("voices:\n  en: {espeak: en, rate: 20}\n", "rate"),
    ("voices:\n  en: {espeak: '-w /tmp/x'}\n", "espeak"),
    ("voices:\n  en: {espeak: en, pinyin: maybe}\n", "pinyin"),
    ("voices:\n  en: {espeak: en, colour: red}\n", "unknown field"),
    ("voices:\n  en: {espeak: en, pyttsx3: English}\n", "pyttsx3"),
    ("voices:\n  en: en-gb\n", "mapping"),
    ("voices: [en]\n", "voices"),
])
def test_a_bad_entry_is_named_and_left_out(tmp_path, text, wanted):
    path = tmp_path / "voices.yaml"
    path.write_text(text + "  ru: {espeak: ru}\n" if text.startswith("voices:\n") else text,
                    encoding="utf-8")
    voices, problems = load_voices(path)
    assert [problem.code for problem in problems] == [BAD_ENTRY]
    assert wanted in problems[0].message
    assert "en" not in voices.languages


@pytest.mark.parametrize("content", [b"voices: {en: [\n", b"\xff\xfe\x00bad", None])
def test_an_unreadable_voices_file_is_a_problem_not_a_crash(tmp_path, content):
    path = tmp_path / "voices.yaml"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    voices, problems = load_voices(path)
    assert voices.languages == ()
    assert [problem.code for problem in problems] == [UNREADABLE]
    assert "voices.yaml" in problems[0].format()
