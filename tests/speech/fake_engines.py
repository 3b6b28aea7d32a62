"""Fake speech engines for the speech tests (a helper module beside the tests)."""

from __future__ import annotations

import threading
from pathlib import Path

from sango_game.speech.api import LanguageSupport


class SlowEngine:
    """Speaks until the test releases it or the speaker cancels it; records everything."""

    name = "slow-fake"

    def __init__(self, langs=("en", "fr")):
        self.langs = langs
        self.started: list[tuple[str, str, str | None]] = []
        self.ended: list[tuple[str, bool]] = []  # (text, was cancelled)
        self.release = threading.Event()
        self.speaking = threading.Event()
        self.finished = threading.Condition()

    def languages(self):
        return tuple(LanguageSupport(code, True, self.name, "fake") for code in self.langs)

    def speak(self, text, lang, key, cancelled: threading.Event) -> None:
        self.started.append((text, lang, key))
        self.speaking.set()
        while not cancelled.is_set() and not self.release.is_set():
            cancelled.wait(0.005)
        self.speaking.clear()
        with self.finished:
            self.ended.append((text, cancelled.is_set()))
            self.finished.notify_all()

    def wait_for_ends(self, count: int) -> bool:
        with self.finished:
            return self.finished.wait_for(lambda: len(self.ended) >= count, timeout=10)

    def write_wav(self, text, lang, key, path: Path):
        return "fake engines write no files"


class BrokenEngine:
    name = "broken-fake"

    def __init__(self):
        self.calls = 0

    def languages(self):
        raise RuntimeError("no voices today")

    def speak(self, text, lang, key, cancelled):
        self.calls += 1
        raise RuntimeError("the driver fell over")

    def write_wav(self, text, lang, key, path):
        return "broken"
