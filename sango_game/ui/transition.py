"""A short cross-fade when one screen replaces another.

The last frame of the old screen is laid over the new one and fades out over
the theme's `transition.seconds` (0 turns it off). It is an animation like
the typewriter: 60 frames a second while it runs, then one last frame with
no trace of the old screen (the app loop draws the frame after an animation
stops), then nothing.
"""

from __future__ import annotations

import pygame


class CrossFade:
    def __init__(self):
        self._from: pygame.Surface | None = None
        self._left = 0.0
        self._length = 0.0
        self._fresh = False

    @property
    def running(self) -> bool:
        return self._from is not None

    def begin(self, last_frame: pygame.Surface | None, seconds: float) -> None:
        if last_frame is None or seconds <= 0:
            self._from = None
            return
        self._from = last_frame.copy()
        self._left = self._length = seconds
        self._fresh = True  # the time before the change does not count

    def stop(self) -> None:
        """No fade: the next frame shows the new screen as it is."""
        self._from = None

    def advance(self, dt: float) -> None:
        if self._from is None:
            return
        if self._fresh:
            self._fresh = False
            return
        self._left -= dt
        if self._left <= 0:
            self._from = None

    def draw(self, surface: pygame.Surface) -> None:
        if self._from is None:
            return
        if self._from.get_size() != surface.get_size():  # resized meanwhile: just stop
            self._from = None
            return
        self._from.set_alpha(round(255 * max(0.0, self._left) / self._length))
        surface.blit(self._from, (0, 0))
