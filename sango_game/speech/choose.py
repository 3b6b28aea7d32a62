"""Which engine reads aloud on this computer, and the `Speaker` the game gets.

    speaker = make_speaker()        # ReadAloud over the best engine found
    engine = choose_engine("auto")  # espeak-ng, else pyttsx3, else nothing

`SANGO_SPEECH` (or the `preference` argument) picks one: `auto` (default),
`espeak`, `pyttsx3`, or `off`. Recorded clips in `clips_dir` come first when
a player is given. Nothing here raises for a missing engine: the null engine
then says why for each language.
"""

from __future__ import annotations

import os
from pathlib import Path

from sango_game.speech.api import SpeechEngine
from sango_game.speech.clips import ClipEngine, Player
from sango_game.speech.espeak import EspeakEngine, find_espeak
from sango_game.speech.null import NullEngine
from sango_game.speech.platform_voices import PlatformEngine, pyttsx3_installed
from sango_game.speech.reader import ReadAloud
from sango_game.speech.voices import Voices, load_voices

PREFERENCES = ("auto", "espeak", "pyttsx3", "off")
ENVIRONMENT = "SANGO_SPEECH"


def choose_engine(preference: str | None = None, voices: Voices | None = None,
                  clips_dir: Path | None = None, player: Player | None = None) -> SpeechEngine:
    """The engine to use, following `preference` (default: $SANGO_SPEECH, else auto)."""
    if voices is None:
        voices, _ = load_voices()
    wanted = (preference or os.environ.get(ENVIRONMENT) or "auto").strip().lower()
    langs = voices.languages
    if wanted not in PREFERENCES:
        return NullEngine(langs, f"{ENVIRONMENT}={wanted!r} is not one of "
                                 + ", ".join(PREFERENCES))
    if wanted == "off":
        return NullEngine(langs, "read-aloud is turned off on this computer")
    engine: SpeechEngine | None = None
    if wanted in ("auto", "espeak") and find_espeak():
        engine = EspeakEngine(voices)
    elif wanted in ("auto", "pyttsx3") and pyttsx3_installed():
        engine = PlatformEngine(voices)
    elif wanted == "espeak":
        engine = NullEngine(langs, "espeak-ng is not installed")
    elif wanted == "pyttsx3":
        engine = NullEngine(langs, "pyttsx3 is not installed")
    if engine is None:
        engine = NullEngine(langs)
    if clips_dir is not None and Path(clips_dir).is_dir():
        engine = ClipEngine(Path(clips_dir), engine, player)
    return engine


def make_speaker(preference: str | None = None, clips_dir: Path | None = None,
                 player: Player | None = None) -> ReadAloud:
    """A `Speaker` for the game: reads on its own thread, never blocks a frame."""
    return ReadAloud(choose_engine(preference, clips_dir=clips_dir, player=player))
