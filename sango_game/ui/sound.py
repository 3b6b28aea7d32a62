"""Soft sound effects from `assets/sounds/*.wav`, with their own volume.

The mixer starts lazily on the first sound, so it costs nothing at start-up.
No sound card, a missing file or a broken file never crashes the game: the
sound is skipped and a problem is recorded once.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from sango_game.ui import log

SOUND_NAMES = ("choice", "feedback-safe", "feedback-think", "results", "focus", "page")


class SoundPlayer:
    """Plays named effects at `volume * effects_volume` (both 0.0..1.0)."""

    def __init__(self, sounds_dir: Path, volume: float = 0.8, effects_volume: float = 0.8):
        self.sounds_dir = Path(sounds_dir)
        self.volume = volume
        self.effects_volume = effects_volume
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._mixer_state: bool | None = None  # None: not tried yet
        self.duck_level = 1.0  # below 1 while read-aloud speaks
        self.problems: list[tuple[str, str]] = []
        self.played: list[str] = []  # names, for tests and the pilot

    def set_volumes(self, volume: float, effects_volume: float) -> None:
        self.volume = max(0.0, min(1.0, volume))
        self.effects_volume = max(0.0, min(1.0, effects_volume))

    def duck(self, on: bool, level: float = 0.3) -> None:
        """Play sounds quieter while read-aloud speaks (`on`), and as before after."""
        self.duck_level = level if on else 1.0
        for sound in self._sounds.values():
            if sound is not None:
                sound.set_volume(self.volume * self.effects_volume * self.duck_level)

    def _mixer_ready(self) -> bool:
        if self._mixer_state is None:
            try:
                if not pygame.mixer.get_init():
                    pygame.mixer.init()
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
        level = self.volume * self.effects_volume * self.duck_level
        if level <= 0 or not self._mixer_ready():
            return
        sound = self._sound(name)
        if sound is None:
            return
        sound.set_volume(level)
        sound.play()
