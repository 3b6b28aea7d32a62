"""Read-aloud: the words the game shows, spoken in the current language, offline.

    from sango_game.speech import make_speaker
    speaker = make_speaker()                       # never raises, even with no engine
    speaker.say("<em>Hi</em> Pip!", "fr", key="level/scene/line")   # returns at once
    speaker.busy                                   # True while speaking (duck the music)
    speaker.stop(); speaker.repeat()               # the child moved on; R
    speaker.available_languages()                  # LanguageSupport per language, with notes

Engines (`SpeechEngine`): espeak-ng run directly (`espeak`), the platform's
voices through the optional pyttsx3 (`platform_voices`), recorded clips keyed
by msgctxt (`clips`), and the null engine (`null`). Voices per language come
from `assets/speech/voices.yaml` (`voices`). Pure Python: no pygame here; the
game passes a clip player that uses its mixer. See docs/SPEECH.md.
"""

from __future__ import annotations

from sango_game.speech.api import (
    LanguageSupport,
    Speaker,
    SpeechEngine,
    readable_codes,
    support_for,
)
from sango_game.speech.choose import PREFERENCES, choose_engine, make_speaker
from sango_game.speech.clean import spoken_text
from sango_game.speech.reader import ReadAloud

__all__ = [
    "PREFERENCES",
    "LanguageSupport",
    "ReadAloud",
    "Speaker",
    "SpeechEngine",
    "choose_engine",
    "make_speaker",
    "readable_codes",
    "spoken_text",
    "support_for",
]
