"""The pilot: drive the real app without a person (tests, autoplay, screenshots).

It starts the same `App` the child uses (any SDL video driver; tests use
`dummy`), posts real key, mouse and touch events into pygame's queue, and runs
the loop one `step` at a time, with no waiting. It can click a widget by its
name, read the words on screen, resize the window and save screenshots.

    pilot = Pilot.start(data_dir=tmp)
    pilot.click("play"); pilot.press(pygame.K_TAB); pilot.screenshot("out.png")
"""

from __future__ import annotations

import re
from pathlib import Path

import pygame

from sango_game.ui.app import App, AppOptions

FRAME = 1 / 60
MARKUP = re.compile(r"</?(?:b|em|name|safe|unsafe|mixed)>")


class PilotError(Exception):
    """The pilot cannot do what it was asked (no such widget, nothing happens...)."""


class Pilot:
    def __init__(self, app: App, wait_for_animations: bool = True):
        self.app = app
        # False: `settle` stops at the first frame of an animation (the typewriter),
        # the way a quick reader presses a key at once; True: it waits until it ends.
        self.wait_for_animations = wait_for_animations

    @classmethod
    def start(cls, wait_for_animations: bool = True, **options) -> Pilot:
        app = App(AppOptions(**options))
        app.start()
        pilot = cls(app, wait_for_animations)
        pilot.settle()
        return pilot

    # --- time --------------------------------------------------------------------
    def step(self, frames: int = 1, dt: float = FRAME) -> None:
        for _ in range(frames):
            if not self.app.running:
                return
            self.app.step(dt)

    def settle(self, max_frames: int = 3000) -> int:
        """Run frames until nothing moves or waits to be drawn; returns frames run."""
        for frame in range(max_frames):
            if not self.app.running:
                return frame
            self.app.step(FRAME)
            if self.app.dirty or pygame.event.peek():
                continue
            if not self.app.animating or not self.wait_for_animations:
                return frame + 1
        raise PilotError(f"the screen {self.screen_name} never stopped animating")

    # --- what is on screen -------------------------------------------------------
    @property
    def screen(self):
        return self.app.top

    @property
    def screen_name(self) -> str:
        return self.app.top.name if self.app.top else ""

    def names(self) -> list[str]:
        return [widget.name for widget in self.screen.widgets]

    def widget(self, name: str):
        widget = self.screen.widget(name)
        if widget is None:
            raise PilotError(f"no widget {name!r} on {self.screen_name}; there are {self.names()}")
        return widget

    def has(self, name: str) -> bool:
        return self.screen.widget(name) is not None

    def text(self) -> str:
        """Every word on the current screen, one widget a line (markup removed)."""
        return MARKUP.sub("", "\n".join(self.screen.visible_text()))

    @property
    def focused(self) -> str | None:
        return self.screen.focused_name

    # --- input -------------------------------------------------------------------
    def press(self, key: int, mod: int = 0, unicode: str = "", settle: bool = True) -> None:
        scancode = (
            pygame.key.get_scancode_from_key(key)
            if hasattr(pygame.key, "get_scancode_from_key")
            else 0
        )
        pygame.event.post(
            pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=scancode)
        )
        pygame.event.post(
            pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=unicode, scancode=scancode)
        )
        self._after_input(settle)

    def type(self, text: str) -> None:
        for character in text:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=character))
        self._after_input(True)

    def point_of(self, name: str) -> tuple[int, int]:
        """Where a person would click `name` (scrolling it into view first)."""
        widget = self.widget(name)
        self.screen.scroll_into_view(widget)
        self.app.dirty = True
        return self.screen.screen_rect(widget).center

    def click(self, name: str, device: str = "mouse", settle: bool = True) -> None:
        """Click (or tap, with device="touch") the widget called `name`."""
        x, y = self.point_of(name)
        self.click_at((x, y), device, settle)

    def click_at(self, pos, device: str = "mouse", settle: bool = True) -> None:
        x, y = pos
        if device == "touch":
            width, height = self.app.size
            for kind in (pygame.FINGERDOWN, pygame.FINGERUP):
                pygame.event.post(
                    pygame.event.Event(
                        kind,
                        x=x / width,
                        y=y / height,
                        dx=0.0,
                        dy=0.0,
                        touch_id=1,
                        finger_id=0,
                        pressure=1.0,
                    )
                )
        else:
            pygame.event.post(
                pygame.event.Event(
                    pygame.MOUSEMOTION, pos=(x, y), rel=(0, 0), buttons=(0, 0, 0), touch=False
                )
            )
            for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
                pygame.event.post(pygame.event.Event(kind, pos=(x, y), button=1, touch=False))
        self._after_input(settle)

    def resize(self, width: int, height: int) -> None:
        self.app.resize((width, height))
        self.settle()

    def _after_input(self, settle: bool) -> None:
        if settle:
            self.settle()
        else:
            self.step()

    # --- pictures ----------------------------------------------------------------
    def screenshot(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.app.dirty = True
        self.settle()
        self.screen.draw(self.app.surface)
        pygame.image.save(self.app.surface, str(path))
        return path

    def close(self) -> None:
        if self.app.running:
            self.app.quit()
        self.app.close()
