"""The voices file, `assets/speech/voices.yaml`: which voice reads each language.

    voices = load_voices()                 # (Voices, problems); never raises
    voices.for_language("fr_CA")           # Voice for fr (its base language)

Problems are `Finding`s with code SP001 (the file cannot be read or is not
YAML) or SP002 (an entry has the wrong shape); a bad entry is left out and the
others are used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sango_game.safe_files import read_limited
from sango_game.speech.api import base_language
from sango_game.vocab.codes import problem
from sango_game.vocab.problems import Problem

MAX_BYTES = 64_000
DEFAULT_RATE = 150
UNREADABLE = "SP001"
BAD_ENTRY = "SP002"


@dataclass(frozen=True)
class Voice:
    """How one language is read aloud."""

    lang: str
    espeak: str
    fallback: str = ""
    pinyin: bool = False
    rate: int = DEFAULT_RATE
    pyttsx3: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Voices:
    """Every language's voice, by game language code."""

    by_lang: dict[str, Voice] = field(default_factory=dict)

    def for_language(self, lang: str) -> Voice | None:
        return self.by_lang.get(lang) or self.by_lang.get(base_language(lang))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.by_lang)


def default_voices_file() -> Path:
    from sango_game.resources import assets_dir

    return assets_dir() / "speech" / "voices.yaml"


def load_voices(path: Path | None = None) -> tuple[Voices, list]:
    """The voices in `path` (default: the game's file) and the problems found."""
    import yaml

    path = Path(path) if path is not None else default_voices_file()
    shown = _shown(path)
    read = read_limited(path, MAX_BYTES)
    if read.data is None:
        return Voices(), [_problem(UNREADABLE, shown, read.explain(MAX_BYTES))]
    try:
        data = yaml.safe_load(read.data.decode("utf-8-sig"))
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        return Voices(), [_problem(UNREADABLE, shown, f"not a YAML file in UTF-8: {error}")]
    entries = data.get("voices") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        return Voices(), [_problem(BAD_ENTRY, shown, "the file needs a `voices:` mapping")]
    voices: dict[str, Voice] = {}
    problems = []
    for lang, entry in entries.items():
        voice, reason = _voice(lang, entry)
        if voice is None:
            problems.append(_problem(BAD_ENTRY, shown, f"voices.{lang}: {reason}"))
        else:
            voices[voice.lang] = voice
    return Voices(voices), problems


def _voice(lang: object, entry: object) -> tuple[Voice | None, str]:
    if not isinstance(lang, str) or not lang:
        return None, "a language code must be text such as fr or zh_Hans"
    if not isinstance(entry, dict):
        return None, "must be a mapping with at least `espeak:`"
    unknown = set(entry) - {"espeak", "fallback", "pinyin", "rate", "pyttsx3", "notes"}
    if unknown:
        return None, f"unknown field(s): {', '.join(sorted(map(str, unknown)))}"
    espeak = entry.get("espeak")
    if not isinstance(espeak, str) or not _voice_name_ok(espeak):
        return None, "`espeak:` must be an espeak-ng voice name such as en-gb"
    fallback = entry.get("fallback", "")
    if not isinstance(fallback, str) or (fallback and not _voice_name_ok(fallback)):
        return None, "`fallback:` must be an espeak-ng voice name"
    rate = entry.get("rate", DEFAULT_RATE)
    if isinstance(rate, bool) or not isinstance(rate, int) or not 80 <= rate <= 450:
        return None, "`rate:` must be a whole number of words a minute, 80 to 450"
    pinyin = entry.get("pinyin", False)
    if not isinstance(pinyin, bool):
        return None, "`pinyin:` must be true or false"
    names = entry.get("pyttsx3", [])
    if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
        return None, "`pyttsx3:` must be a list of words"
    notes = entry.get("notes", "")
    if not isinstance(notes, str):
        return None, "`notes:` must be text"
    return Voice(lang, espeak, fallback, pinyin, rate, tuple(names), notes.strip()), ""


def _voice_name_ok(name: str) -> bool:
    """Letters, digits, - and _ only: a voice name is passed to espeak-ng as `-v NAME`."""
    return 0 < len(name) <= 60 and not name.startswith("-") and all(
        char.isascii() and (char.isalnum() or char in "-_+") for char in name
    )


def _shown(path: Path) -> str:
    from sango_game.resources import shown_path

    return shown_path(path)


def _problem(code: str, shown: str, message: str) -> Problem:
    return problem(code, shown, 1, 1, message=message)
