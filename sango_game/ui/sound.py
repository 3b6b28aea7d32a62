"""Soft sound effects from `assets/sounds/*.wav`, and the volumes of every sound.

Three volumes under one main volume: effects (played here), speech (read by
the read-aloud layer through `level("speech")`) and music (`level("music")`).
Mono audio opens the mixer with one channel, so a child who hears with one
ear (or wears one earbud) misses nothing.

The mixer starts lazily on the first sound, so it costs nothing at start-up.
No sound card, a missing file or a broken file never crashes the game: the
sound is skipped and a problem is recorded once.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from sango_game.ui import log

SOUND_NAMES = ("choice", "feedback-safe", "feedback-think", "results", "focus", "page")
KINDS = ("effects", "speech", "music")


class SoundPlayer:
    """Plays named effects at `volume * effects_volume` (both 0.0..1.0)."""

    def __init__(self, sounds_dir: Path, volume: float = 0.8, effects_volume: float = 0.8):
        self.sounds_dir = Path(sounds_dir)
        self.volume = volume
        self.effects_volume = effects_volume
        self.speech_volume = 1.0
        self.music_volume = 0.6
        self.mono = False
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._mixer_state: bool | None = None  # None: not tried yet
        self.duck_level = 1.0  # below 1 while read-aloud speaks
        self.problems: list[tuple[str, str]] = []
        self.played: list[str] = []  # names, for tests and the pilot

    def set_volumes(self, volume: float, effects_volume: float,
                    speech_volume: float | None = None, music_volume: float | None = None,
                    mono: bool | None = None) -> None:
        self.volume = _unit(volume)
        self.effects_volume = _unit(effects_volume)
        if speech_volume is not None:
            self.speech_volume = _unit(speech_volume)
        if music_volume is not None:
            self.music_volume = _unit(music_volume)
        if mono is not None and bool(mono) != self.mono:
            self.mono = bool(mono)
            if self._mixer_state:  # open again with the new channel count on the next sound
                pygame.mixer.quit()
                self._sounds.clear()
                self._mixer_state = None

    def level(self, kind: str) -> float:
        """The volume (0.0..1.0) a sound of `kind` ("effects", "speech", "music") plays at."""
        own = {"effects": self.effects_volume, "speech": self.speech_volume,
               "music": self.music_volume}.get(kind, self.effects_volume)
        return self.volume * own

    def duck(self, on: bool, level: float = 0.3) -> None:
        """Play sounds quieter while read-aloud speaks (`on`), and as before after."""
        self.duck_level = level if on else 1.0
        for sound in self._sounds.values():
            if sound is not None:
                sound.set_volume(self.level("effects") * self.duck_level)

    def _mixer_ready(self) -> bool:
        if self._mixer_state is None:
            try:
                if not pygame.mixer.get_init():
                    pygame.mixer.init(channels=1 if self.mono else 2)
                self._mixer_state = True
            except pygame.error as error:
                self._mixer_state = False
                self.problems.append(("UI-SOUND-NO-DEVICE", str(error)))
                log.info("no sound device (%s); playing silently", error)
        return self._mixer_state

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name not in self._sounds:
            path = self.sounds_dir / f"{name}.wav"
            sound = None
            if not path.is_file():
                self.problems.append(("UI-SOUND-MISSING", str(path)))
                log.warning("UI-SOUND-MISSING %s", path)
            else:
                try:
                    sound = pygame.mixer.Sound(str(path))
                except pygame.error as error:
                    self.problems.append(("UI-SOUND-BROKEN", f"{path}: {error}"))
                    log.warning("UI-SOUND-BROKEN %s: %s", path, error)
            self._sounds[name] = sound
        return self._sounds[name]

    def play(self, name: str) -> None:
        self.played.append(name)
        del self.played[:-50]
        level = self.level("effects") * self.duck_level
        if level <= 0 or not self._mixer_ready():
            return
        sound = self._sound(name)
        if sound is None:
            return
        sound.set_volume(level)
        sound.play()


def _unit(value: float) -> float:
    return max(0.0, min(1.0, float(value)))
