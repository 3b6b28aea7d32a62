"""The one small interface of read-aloud: `Speaker` for the game, `SpeechEngine`
for the things that make the sound (espeak-ng, the platform's voices, recorded
clips, nothing at all).

A `Speaker` never blocks its caller: `say` hands the words over and returns.
A `SpeechEngine` does block: `speak` returns when the words are said or when
`cancelled` is set, and it is only ever called off the frame loop (the
`ReadAloud` worker thread, or the `speak` command).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class LanguageSupport:
    """Whether one game language can be read aloud here, and how."""

    code: str  # the game's language code: en, fr, es, ar, ru, zh_Hans
    readable: bool
    engine: str  # "espeak-ng", "pyttsx3", "clips", "none"
    voice: str = ""  # the voice used, e.g. "cmn-latn-pinyin"
    note: str = ""  # plain words: why not, or what to know (English, for people)


@runtime_checkable
class Speaker(Protocol):
    """What the game talks to. Every method returns at once."""

    def say(self, text: str, lang: str, key: str | None = None) -> bool:
        """Start reading `text` (cancelling what is being read); False if nothing will be."""

    def stop(self) -> None:
        """Stop reading now."""

    @property
    def busy(self) -> bool:
        """True while something is being read or is about to be."""

    def available_languages(self) -> tuple[LanguageSupport, ...]:
        """Each language this speaker knows about, readable or not, with a note."""


@runtime_checkable
class SpeechEngine(Protocol):
    """Something that turns words into sound. `speak` blocks; call it off the frame loop."""

    name: str

    def languages(self) -> tuple[LanguageSupport, ...]:
        """The languages this engine was asked about, readable or not (cached)."""

    def speak(self, text: str, lang: str, key: str | None,
              cancelled: threading.Event) -> str | None:
        """Say `text` in `lang`; return when done or soon after `cancelled` is set.

        Returns None, or why no sound came out (no sound device) in plain words."""

    def write_wav(self, text: str, lang: str, key: str | None, path: Path) -> str | None:
        """Write the words to a WAV file; None when done, else why not in plain words."""


def readable_codes(supports: tuple[LanguageSupport, ...]) -> frozenset[str]:
    """The codes among `supports` that can be read aloud."""
    return frozenset(item.code for item in supports if item.readable)


def support_for(supports: tuple[LanguageSupport, ...], lang: str) -> LanguageSupport | None:
    """The entry for `lang`, or for its base language (`fr_CA` -> `fr`)."""
    by_code = {item.code: item for item in supports}
    if lang in by_code:
        return by_code[lang]
    return by_code.get(base_language(lang))


def base_language(lang: str) -> str:
    """`fr_CA` -> `fr`, `zh-Hans` -> `zh_Hans` stays itself when it is a key of its own."""
    return lang.replace("-", "_").split("_")[0]
