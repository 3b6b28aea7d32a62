"""The platform's own voices through `pyttsx3` (SAPI5 on Windows, NSSpeech on
macOS, espeak on Linux), used only where pyttsx3 is installed: it is optional.

pyttsx3 is not thread-safe, so every call to it is made on the read-aloud
worker thread (`languages()` is first called there too). A voice is chosen for
a language when its language list or its name holds one of the words in the
voices file's `pyttsx3:` list (`fr_`, `French` ...). On Windows, SAPI often has
only an English voice: the other languages are then listed as not readable.
Cancelling: pyttsx3 calls back at each word, and the callback stops it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sango_game.speech.api import LanguageSupport
from sango_game.speech.clean import spoken_text
from sango_game.speech.voices import Voices


def pyttsx3_installed() -> bool:
    try:
        import pyttsx3  # noqa: F401
    except Exception:  # ImportError, or a driver that fails to load
        return False
    return True


class PlatformEngine:
    """Reads aloud with pyttsx3's voices."""

    name = "pyttsx3"

    def __init__(self, voices: Voices, module=None):
        self.voices = voices
        self._module = module
        self._driver: Any = None  # pyttsx3's engine (pyttsx3 has no types)
        self._lock = threading.Lock()
        self._supports: tuple[LanguageSupport, ...] | None = None
        self._voice_ids: dict[str, str] = {}
        self._cancelled: threading.Event | None = None

    def _engine(self):
        if self._driver is None:
            module = self._module
            if module is None:
                import pyttsx3

                module = pyttsx3
            self._driver = module.init()
            self._driver.connect("started-word", self._on_word)
        return self._driver

    def _on_word(self, *args, **kwargs) -> None:
        if self._cancelled is not None and self._cancelled.is_set():
            self._driver.stop()

    def languages(self) -> tuple[LanguageSupport, ...]:
        with self._lock:
            if self._supports is None:
                self._supports = self._discover()
            return self._supports

    def _discover(self) -> tuple[LanguageSupport, ...]:
        try:
            system_voices = list(self._engine().getProperty("voices") or ())
        except Exception as error:
            return tuple(LanguageSupport(lang, False, self.name, "",
                                         f"the system voices could not be listed: {error}")
                         for lang in self.voices.languages)
        found = []
        for voice in self.voices.by_lang.values():
            match = _matching_voice(system_voices, voice.pyttsx3)
            if match is None:
                found.append(LanguageSupport(voice.lang, False, self.name, "",
                                             "this computer has no voice for this language"))
            else:
                self._voice_ids[voice.lang] = match.id
                found.append(LanguageSupport(voice.lang, True, self.name,
                                             str(getattr(match, "name", match.id)), ""))
        return tuple(found)

    def _prepare(self, lang: str):
        self.languages()
        voice = self.voices.for_language(lang)
        if voice is None or voice.lang not in self._voice_ids:
            return None
        engine = self._engine()
        engine.setProperty("voice", self._voice_ids[voice.lang])
        engine.setProperty("rate", voice.rate)
        return engine

    def speak(self, text: str, lang: str, key: str | None,
              cancelled: threading.Event) -> str | None:
        engine = self._prepare(lang)
        if engine is None or not text or cancelled.is_set():
            return None
        self._cancelled = cancelled
        try:
            engine.say(spoken_text(text))
            engine.runAndWait()
        finally:
            self._cancelled = None
        return None

    def write_wav(self, text: str, lang: str, key: str | None, path: Path) -> str | None:
        engine = self._prepare(lang)
        if engine is None:
            return "this computer has no voice for this language"
        try:
            engine.save_to_file(spoken_text(text), str(path))
            engine.runAndWait()
        except Exception as error:
            return f"the system voice could not write the file: {error}"
        return None


def _matching_voice(system_voices: list, words: tuple[str, ...]):
    """The first system voice whose languages or name hold one of `words`."""
    for word in words:
        lowered = word.lower()
        for voice in system_voices:
            languages = [_text(item).lower() for item in getattr(voice, "languages", ()) or ()]
            if any(item.startswith(lowered) for item in languages):
                return voice
            if len(word) > 3 and lowered in _text(getattr(voice, "name", "")).lower():
                return voice
    return None


def _text(value: object) -> str:
    if isinstance(value, bytes):  # pyttsx3's espeak driver: b"\x05en-gb"
        return value.decode("utf-8", "replace").lstrip("\x00\x01\x02\x03\x04\x05\x06\x07")
    return str(value or "")
