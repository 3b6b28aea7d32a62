"""Pre-recorded clips, found by message ID: `<folder>/<lang>/<msgctxt>.ogg|.wav`.

A level line `u9-stranger-game-chat/meet/l1` in French is the file
`fr/u9-stranger-game-chat/meet/l1.ogg` (or `.wav`). A line with a clip plays
the clip; any other line goes to the engine underneath (espeak-ng, ...).
Playing a file needs a player, given by the caller (the game passes one that
uses its sound mixer): `player(path, cancelled)` blocks until the clip ends or
`cancelled` is set. With no player, clips are not played.
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from sango_game.safe_files import is_regular_file
from sango_game.speech.api import LanguageSupport, SpeechEngine

EXTENSIONS = (".ogg", ".wav")
# A msgctxt is level-id/scene-id/line-id: plain names joined by "/", never "..".
_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$")
_LANG = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")

Player = Callable[[Path, threading.Event], None]


class ClipEngine:
    """Recorded clips first, then the engine underneath."""

    def __init__(self, folder: Path, inner: SpeechEngine, player: Player | None = None):
        self.folder = Path(folder)
        self.inner = inner
        self.player = player
        self.name = f"clips+{inner.name}"

    def clip_for(self, lang: str, key: str | None) -> Path | None:
        """The clip recorded for message `key` in `lang`, or None."""
        if not key or not _KEY.match(key) or not _LANG.match(lang) or ".." in key:
            return None
        for extension in EXTENSIONS:
            path = self.folder / lang / f"{key}{extension}"
            if is_regular_file(path):
                return path
        return None

    def clip_languages(self) -> tuple[str, ...]:
        try:
            return tuple(sorted(p.name for p in self.folder.iterdir()
                                if p.is_dir() and _LANG.match(p.name)))
        except OSError:
            return ()

    def languages(self) -> tuple[LanguageSupport, ...]:
        supports = list(self.inner.languages())
        readable = {item.code for item in supports if item.readable}
        if self.player is None:
            return tuple(supports)
        for code in self.clip_languages():
            if code not in readable:
                supports = [item for item in supports if item.code != code]
                supports.append(LanguageSupport(code, True, "clips", "",
                                                "only the lines that have a recording"))
        return tuple(supports)

    def speak(self, text: str, lang: str, key: str | None,
              cancelled: threading.Event) -> str | None:
        player = self.player
        clip = self.clip_for(lang, key) if player is not None else None
        if player is not None and clip is not None:
            player(clip, cancelled)
            return None
        return self.inner.speak(text, lang, key, cancelled)

    def write_wav(self, text: str, lang: str, key: str | None, path: Path) -> str | None:
        clip = self.clip_for(lang, key)
        if clip is not None and clip.suffix == ".wav":
            try:
                shutil.copyfile(clip, path)
            except OSError as error:
                return f"the clip could not be copied: {error.strerror}"
            return None
        return self.inner.write_wav(text, lang, key, path)
