"""A test-only window into the running game, for the display test.

Off unless the environment variable `SANGO_TEST_PROBE` names a folder. Then:

- after every loop step the game writes `<folder>/state` (atomically, only when
  it changed) as one line of `key=value` words: `idle` (1 when nothing moves,
  nothing waits to be drawn and no event is pending), `screen` (the name of
  the screen the game thinks it shows), `inputs` (key and button releases and
  wheel turns handled so far), `frames` (frames drawn), `repaints` (forced repaints done)
  and `read` (seconds the top screen has been fully visible, to one decimal,
  up to 9.9);
- SIGUSR1 asks for a forced full repaint: the next step draws the whole screen
  again even though nothing changed, then `repaints` goes up by one.

A display test compares a grab of the real display with a grab taken after a
forced repaint: any difference is a frame the child saw that was not the
finished one. Nothing here runs in a normal game.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pygame

PROBE_ENV = "SANGO_TEST_PROBE"
READ_CAP = 9.9  # `read` stops growing here, so a still game stops writing its state


class Probe:
    def __init__(self, folder: Path):
        self.folder = folder
        self.repaints = 0
        self._wanted = 0
        self._last = ""
        folder.mkdir(parents=True, exist_ok=True)
        if hasattr(signal, "SIGUSR1"):
            signal.signal(signal.SIGUSR1, self._on_signal)

    @classmethod
    def from_environment(cls, environ=None) -> Probe | None:
        env = os.environ if environ is None else environ
        folder = env.get(PROBE_ENV, "").strip()
        return cls(Path(folder)) if folder else None

    def _on_signal(self, signum, frame) -> None:
        self._wanted += 1

    def request_repaint(self) -> None:
        """What SIGUSR1 does (for a test without signals)."""
        self._wanted += 1

    def repaint_requested(self) -> bool:
        """True once per request: the step that asks draws the frame."""
        if self._wanted <= self.repaints:
            return False
        self.repaints = self._wanted
        return True

    def after_step(self, app) -> None:
        idle = not (app.dirty or app.animating or app.needs_layout) and not pygame.event.peek()
        top = app.top
        state = (
            f"idle={int(idle)} screen={top.name if top else ''} inputs={app.inputs_seen} "
            f"frames={app.frames_drawn} repaints={self.repaints} "
            f"read={min(READ_CAP, top.read_clock if top else 0.0):.1f}\n"
        )
        if state == self._last:
            return
        self._last = state
        temporary = self.folder / "state.tmp"
        temporary.write_text(state, encoding="utf-8")
        os.replace(temporary, self.folder / "state")
