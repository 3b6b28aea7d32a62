"""The engine used when nothing can read aloud: every language says why, nothing crashes."""

from __future__ import annotations

import threading
from pathlib import Path

from sango_game.speech.api import LanguageSupport

NO_ENGINE = ("no speech engine was found on this computer "
             "(install espeak-ng, or pyttsx3 on Windows and macOS)")


class NullEngine:
    """Says nothing; `languages()` lists each language as not readable, with the reason."""

    name = "none"

    def __init__(self, langs: tuple[str, ...] = (), reason: str = NO_ENGINE):
        self.reason = reason
        self._supports = tuple(LanguageSupport(code, False, "none", "", reason) for code in langs)

    def languages(self) -> tuple[LanguageSupport, ...]:
        return self._supports

    def speak(self, text: str, lang: str, key: str | None,
              cancelled: threading.Event) -> str | None:
        return None

    def write_wav(self, text: str, lang: str, key: str | None, path: Path) -> str | None:
        return self.reason
