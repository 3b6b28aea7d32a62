"""`sango-game speak`: a non-silent WAV in each of the six languages (where
espeak-ng is installed), a text by msgctxt, the language list, and plain words
when a language cannot be read aloud."""

from __future__ import annotations

import shutil

import pytest

from sango_game import cli
from sango_game.speech.wav import wav_stats

NO_ESPEAK = shutil.which("espeak-ng") is None
needs_espeak = pytest.mark.skipif(
    NO_ESPEAK, reason="espeak-ng is not installed (Debian/Ubuntu: apt-get install espeak-ng)")

SENTENCES = {
    "en": "Never share your password, not even with a friend.",
    "fr": "Ne partage jamais ton mot de passe, même avec un ami.",
    "es": "Nunca compartas tu contraseña, ni siquiera con un amigo.",
    "ar": "لَا تُشَارِكْ كَلِمَةَ السِّرِّ أَبَدًا، وَلَا حَتَّى مَعَ صَدِيقٍ.",
    "ru": "Никогда не говори свой пароль, даже другу.",
    "zh_Hans": "永远不要把密码告诉别人，即使是朋友。",
}
MIN_SECONDS = 0.3
MIN_RMS = 0.01  # about -40 dBFS; espeak-ng speech is around 0.05-0.12


@needs_espeak
@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_speak_writes_a_wav_that_is_not_silent(lang, tmp_path, capsys):
    out = tmp_path / f"{lang}.wav"
    code = cli.main(["speak", "--engine", "espeak", "--lang", lang, "-o", str(out),
                     f"<em>{SENTENCES[lang]}</em>"])
    assert code == 0, capsys.readouterr().err
    stats = wav_stats(out)
    assert stats.seconds > MIN_SECONDS
    assert stats.rms > MIN_RMS
    assert "loudness" in capsys.readouterr().out


@needs_espeak
def test_speak_reads_a_translation_by_its_msgctxt(tmp_path, capsys):
    out = tmp_path / "title.wav"
    code = cli.main(["speak", "--engine", "espeak", "--lang", "zh_Hans",
                     "--id", "u9-stranger-game-chat/meta/title", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert wav_stats(out).seconds > MIN_SECONDS


@needs_espeak
def test_list_says_which_languages_can_be_read_here(capsys):
    assert cli.main(["speak", "--engine", "espeak", "--list"]) == 0
    listed = capsys.readouterr().out
    for lang in SENTENCES:
        assert f"yes {lang}" in listed


def test_an_unknown_msgctxt_or_no_text_is_a_usage_mistake(tmp_path, capsys):
    assert cli.main(["speak", "--engine", "off", "--lang", "fr", "--id", "no/such/id"]) == 2
    assert "no text with msgctxt" in capsys.readouterr().err
    assert cli.main(["speak", "--engine", "off", "--lang", "fr"]) == 2
    assert cli.main(["speak", "--engine", "off", "--lang", "fr", "<b></b>"]) == 2


def test_with_no_engine_the_command_says_so_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "none.wav"
    assert cli.main(["speak", "--engine", "off", "--lang", "fr", "-o", str(out), "Salut"]) == 1
    assert "cannot be read aloud here" in capsys.readouterr().err
    assert not out.exists()
    assert cli.main(["speak", "--engine", "off", "--lang", "fr", "Salut"]) == 1
    assert cli.main(["speak", "--engine", "off", "--list"]) == 1
    assert "no " in capsys.readouterr().out


@needs_espeak
def test_a_language_with_no_voice_says_so(capsys):
    assert cli.main(["speak", "--engine", "espeak", "--lang", "de", "Hallo"]) == 1
    assert "no voice" in capsys.readouterr().err
