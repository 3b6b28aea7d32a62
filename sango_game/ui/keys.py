"""Which key presses count: a held key repeats only to move, never to choose.

pygame repeats a held key as more KEYDOWN events (and some systems send their
own). A child holding Enter, Space or a number must not pick choice after
choice unseen, so the app tracks which keys are down (until their KEYUP) and
lets a repeat through only for keys that move or edit: arrows, Tab, Page
Up/Down, Backspace and Delete.
"""

from __future__ import annotations

import pygame

REPEATABLE = frozenset(
    {
        pygame.K_UP,
        pygame.K_DOWN,
        pygame.K_LEFT,
        pygame.K_RIGHT,
        pygame.K_TAB,
        pygame.K_PAGEUP,
        pygame.K_PAGEDOWN,
        pygame.K_BACKSPACE,
        pygame.K_DELETE,
    }
)


class HeldKeys:
    """The keys down now, from KEYDOWN to KEYUP."""

    def __init__(self):
        self._down: set[int] = set()

    def press(self, key: int) -> bool:
        """A KEYDOWN arrived: True if it should be handled (a fresh press, or a
        held key that may repeat)."""
        if key in self._down:
            return key in REPEATABLE
        self._down.add(key)
        return True

    def release(self, key: int) -> None:
        self._down.discard(key)

    def clear(self) -> None:
        """Forget every key (the window lost the keyboard: no KEYUP will come)."""
        self._down.clear()

    def __contains__(self, key: int) -> bool:
        return key in self._down
