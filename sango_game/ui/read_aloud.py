"""Read-aloud in the game: what is said, and when; sounds duck while it speaks.

The `speech` layer does the talking on its own thread; this module only picks
the words. After each layout a screen's current words are said once: a
screen's `spoken()` gives them (the dialogue line with its msgctxt, the
choices, the feedback); other screens say their focused item. Moving the focus
says the focused item (self-voicing: a child who cannot read finds Play, their
profile and the choices); a picture card says its alt text. R repeats.

It is on by default in the under-9 track; the `read_aloud` setting turns it on
or off for anyone. Settings says in plain words which languages this computer
can read aloud (`languages_sentence`).
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

import pygame

from sango_game import i18n
from sango_game.i18n import _
from sango_game.i18n.markup import strip

DUCK_LEVEL = 0.3  # sounds play at 30 % while a line is read


def sentences(parts) -> str:
    """Parts read one after another, with a pause (a full stop) where one has none."""
    joined = []
    for part in parts:
        plain = strip(part or "").strip()
        if plain:
            ends = unicodedata.category(plain[-1]).startswith("P")
            joined.append(plain if ends else plain + ".")
    return " ".join(joined)


def words_for(widget) -> str:
    """What to say for a widget: its alt text (pictures) or its words."""
    if widget is None:
        return ""
    return getattr(widget, "alt", None) or widget.text() or ""


class ReadAloudUi:
    """The app's read-aloud: `say`, `screen_laid_out`, `focus_moved`, `repeat`, `update`."""

    def __init__(self, app, speaker=None):
        self.app = app
        self._speaker = speaker
        self._shown: tuple | None = None  # (screen id, (text, key)) said last for a screen
        self.ducked = False

    @property
    def speaker(self):
        """The speech layer's Speaker, made on first use (never raises)."""
        if self._speaker is None:
            from sango_game.resources import assets_dir
            from sango_game.speech import make_speaker

            self._speaker = make_speaker(clips_dir=assets_dir() / "speech" / "clips",
                                         player=play_clip)
        return self._speaker

    def enabled(self) -> bool:
        setting = getattr(self.app.services.settings, "read_aloud", None)
        if setting is None:
            return self.app.services.track() == "under-9"
        return bool(setting)

    def say(self, text: str, key: str | None = None, *, force: bool = False) -> bool:
        """Read `text` in the current language, if read-aloud is on (or `force`)."""
        if not text or not (force or self.enabled()):
            return False
        return self.speaker.say(text, i18n.current_language().code, key)

    def current_words(self, screen) -> tuple[str, str | None] | None:
        """The screen's own words (`spoken()`), else its focused item's."""
        words = self._own_words(screen)
        if words is None:
            text = words_for(screen.focused())
            words = (text, None) if text else None
        return words

    @staticmethod
    def _own_words(screen):
        spoken = getattr(screen, "spoken", None)
        return spoken() if spoken is not None else None

    def screen_laid_out(self, screen) -> None:
        """Say the screen's words once: a new screen, a new line, the choices.

        A screen without `spoken()` says its focused item once; typing in a
        text field or a new layout of the same screen does not say it again."""
        if screen is None or not self.enabled():
            return
        own = self._own_words(screen)
        words = own or self.current_words(screen)
        if not words or not words[0]:
            return
        marker = (id(screen), own if own is not None else screen.focused_name)
        if marker != self._shown:
            self._shown = marker
            self.say(*words)

    def focus_moved(self, screen, widget) -> None:
        """The focus moved by key: say the focused item."""
        text = words_for(widget)
        if text and self.enabled():
            if self._own_words(screen) is None:
                self._shown = (id(screen), screen.focused_name)
            self.say(text)

    def repeat(self, screen) -> bool:
        """R: the last words again, or the screen's words if nothing was said yet."""
        if self._speaker is not None and self._speaker.repeat():
            return True
        words = self.current_words(screen) if screen is not None else None
        return words is not None and self.say(*words, force=True)

    def stop(self) -> None:
        if self._speaker is not None:
            self._speaker.stop()

    def update(self) -> None:
        """Once a frame: duck the sounds while speaking, and restore them after."""
        busy = self._speaker is not None and self._speaker.busy
        if busy != self.ducked:
            self.ducked = busy
            self.app.sounds.duck(busy)

    def languages_sentence(self) -> str:
        """Plain words: which of the game's languages this computer can read aloud."""
        from sango_game.speech import readable_codes

        readable = readable_codes(self.speaker.available_languages())
        names = [language.native_name for language in i18n.available_languages()
                 if language.code in readable or language.code.split("_")[0] in readable]
        if not names:
            return _("This computer cannot read aloud: no speech voice is installed.")
        current = i18n.current_language()
        sentence = _("This computer can read aloud in: {languages}.",
                     languages=_list(names, current.code))
        if current.native_name not in names:
            sentence += " " + _("It cannot read {language} aloud yet.",
                                language=current.native_name)
        return sentence

    def close(self) -> None:
        if self._speaker is not None:
            close = getattr(self._speaker, "close", None)
            if close is not None:
                close()


def _list(names: list[str], lang: str) -> str:
    """`A, B and C` the way the language writes a list (Babel's CLDR data)."""
    try:
        from babel.lists import format_list

        return format_list(names, locale=lang)
    except Exception:  # UnknownLocaleError: a pseudo-locale (qps) Babel does not know
        return ", ".join(names)


def play_clip(path: Path, cancelled: threading.Event) -> None:
    """Play a recorded clip with the mixer until it ends or `cancelled` is set."""
    try:
        if not pygame.mixer.get_init():
            pygame.mixer.init()
        channel = pygame.mixer.Sound(str(path)).play()
    except pygame.error:
        return
    while channel is not None and channel.get_busy():
        if cancelled.wait(0.02):
            channel.stop()
            return
