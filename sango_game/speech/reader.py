"""`ReadAloud`: the game's `Speaker`. One worker thread reads the latest line.

`say` only stores the words and wakes the worker, so it never delays a frame.
A new `say` cancels what is being read (the child moved on) and replaces what
was waiting; the worker always reads the newest words. `stop` silences it,
`repeat` says the last words again (the R key), `close` ends the worker.
An engine that fails is recorded in `problems`; nothing is raised to the game.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field

from sango_game.speech.api import LanguageSupport, SpeechEngine
from sango_game.speech.clean import spoken_text


@dataclass
class Utterance:
    text: str
    lang: str
    key: str | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)


class ReadAloud:
    """Reads text aloud with `engine` on its own thread. Implements `Speaker`."""

    def __init__(self, engine: SpeechEngine):
        self.engine = engine
        self._lock = threading.Condition()
        self._pending: Utterance | None = None
        self._current: Utterance | None = None
        self._last: Utterance | None = None
        self._closed = False
        self.problems: deque[str] = deque(maxlen=20)
        self.said: deque[tuple[str, str, str | None]] = deque(maxlen=50)  # for tests, the pilot
        self._thread = threading.Thread(target=self._work, name="sango-read-aloud", daemon=True)
        self._thread.start()

    # -- the Speaker interface; every method returns at once --

    def say(self, text: str, lang: str, key: str | None = None) -> bool:
        words = spoken_text(text)
        if not words:
            return False
        utterance = Utterance(words, lang, key)
        with self._lock:
            if self._closed:
                return False
            if self._current is not None:
                self._current.cancelled.set()
            self._pending = utterance
            self._last = utterance
            self._lock.notify_all()
        return True

    def stop(self) -> None:
        with self._lock:
            self._pending = None
            if self._current is not None:
                self._current.cancelled.set()

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending is not None or self._current is not None

    def available_languages(self) -> tuple[LanguageSupport, ...]:
        try:
            return self.engine.languages()
        except Exception as error:  # an engine bug must not reach the Settings screen
            self.problems.append(f"{self.engine.name}: {error}")
            return ()

    # -- more for the game --

    @property
    def last_text(self) -> str | None:
        return self._last.text if self._last else None

    def repeat(self) -> bool:
        """Say the last words again (R)."""
        last = self._last
        return last is not None and self.say(last.text, last.lang, last.key)

    def close(self, timeout: float = 2.0) -> None:
        """Stop reading and end the worker thread."""
        with self._lock:
            self._closed = True
            self._pending = None
            if self._current is not None:
                self._current.cancelled.set()
            self._lock.notify_all()
        self._thread.join(timeout)

    def wait_until_quiet(self, timeout: float | None = None) -> bool:
        """Block until nothing is being read (for the command line and tests)."""
        with self._lock:
            return self._lock.wait_for(
                lambda: self._pending is None and self._current is None, timeout)

    def _work(self) -> None:
        self.available_languages()  # find the voices here, not on the first frame
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._pending is not None or self._closed)
                if self._closed:
                    return
                utterance, self._pending = self._pending, None
                assert utterance is not None  # woken with words to read, and not closed
                self._current = utterance
            try:
                self.said.append((utterance.text, utterance.lang, utterance.key))
                why = self.engine.speak(utterance.text, utterance.lang, utterance.key,
                                        utterance.cancelled)
                if isinstance(why, str):
                    self.problems.append(f"{self.engine.name}: {why}")
            except Exception as error:  # a broken engine is a note, never a crash
                self.problems.append(f"{self.engine.name}: {error}")
            finally:
                with self._lock:
                    self._current = None
                    self._lock.notify_all()
