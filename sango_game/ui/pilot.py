"""The pilot: drive the real app without a person (tests, autoplay, screenshots).

It starts the same `App` the child uses (any SDL video driver; tests use
`dummy`), posts real key, mouse and touch events into pygame's queue, and runs
the loop one `step` at a time, with no waiting. It can click a widget by its
name, read the words on screen, resize the window and save screenshots.

    pilot = Pilot.start(data_dir=tmp)
    pilot.click("play"); pilot.press(pygame.K_TAB); pilot.screenshot("out.png")

Time is the pilot's: a patient pilot (the default) lets `READ_S` of game time
pass before each key or click on a screen that was not yet read, the way a
child reads before choosing, without waiting for it in real time.
`Pilot.start(patient=False)` presses at once, like a child mashing Enter;
`pilot.wait(seconds)` lets game time pass; `pilot.hold(key, seconds)` holds a
key down with pygame's key repeat.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from sango_game.text.markup import parse
from sango_game.ui.app import App, AppOptions
from sango_game.ui.screens.base import READ_S

FRAME = 1 / 60


class PilotError(Exception):
    """The pilot cannot do what it was asked (no such widget, nothing happens...)."""


class Pilot:
    def __init__(self, app: App, wait_for_animations: bool = True, patient: bool = True):
        self.app = app
        self.patient = patient
        # False: `settle` stops at the first frame of an animation (the typewriter),
        # the way a quick reader presses a key at once; True: it waits until it ends.
        self.wait_for_animations = wait_for_animations

    @classmethod
    def start(cls, wait_for_animations: bool = True, patient: bool = True, **options) -> Pilot:
        app = App(AppOptions(**options))
        app.start()
        pilot = cls(app, wait_for_animations, patient)
        pilot.settle()
        return pilot

    # --- time --------------------------------------------------------------------
    def step(self, frames: int = 1, dt: float = FRAME) -> None:
        for _ in range(frames):
            if not self.app.running:
                return
            self.app.step(dt)

    def wait(self, seconds: float) -> None:
        """Let `seconds` of game time pass (the cross-fade finishes first), at no real cost."""
        for _ in range(600):
            if not self.app.running or not self.app.fade.running:
                break
            self.app.step(FRAME)
        if self.app.running:
            self.app.step(seconds)

    def read(self) -> None:
        """Give the top screen the time a child takes to read it, if it still needs it."""
        if self.app.top is not None and not self.app.top.has_been_read():
            self.wait(READ_S)

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
        """Every word on the current screen, one widget a line, as the text engine shows it
        (markup read by the one tokenizer: tags applied, a nickname's `<b>` kept)."""
        return "\n".join(parse(w.text()).text for w in self.screen.widgets if w.text())

    @property
    def focused(self) -> str | None:
        return self.screen.focused_name

    # --- input -------------------------------------------------------------------
    def press(self, key: int, mod: int = 0, unicode: str = "", settle: bool = True) -> None:
        self._before_input()
        pygame.event.post(self._key_event(pygame.KEYDOWN, key, mod, unicode))
        pygame.event.post(self._key_event(pygame.KEYUP, key, mod, unicode))
        self._after_input(settle)

    @staticmethod
    def _key_event(kind: int, key: int, mod: int = 0, unicode: str = ""):
        scancode = (
            pygame.key.get_scancode_from_key(key)
            if hasattr(pygame.key, "get_scancode_from_key")
            else 0
        )
        return pygame.event.Event(kind, key=key, mod=mod, unicode=unicode, scancode=scancode)

    def hold(self, key: int, seconds: float, delay: float = 0.4, interval: float = 0.04) -> None:
        """Hold `key` down for `seconds`, with the repeats pygame's key repeat sends
        (`delay`, then one every `interval`), frame by frame, then let it go."""
        pygame.event.post(self._key_event(pygame.KEYDOWN, key))
        held, next_repeat = 0.0, delay
        while held < seconds and self.app.running:
            self.step()
            held += FRAME
            while held >= next_repeat and next_repeat <= seconds:
                pygame.event.post(self._key_event(pygame.KEYDOWN, key))
                next_repeat += interval
        pygame.event.post(self._key_event(pygame.KEYUP, key))
        self.settle()

    def type(self, text: str) -> None:
        self._before_input()
        for character in text:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=character))
        self._after_input(True)

    def point_of(self, name: str, scroll: bool = False) -> tuple[int, int]:
        """Where a person would click `name`: the centre of what shows of it.

        A widget out of view raises PilotError, unless `scroll` is True: then the
        page scrolls to it first, as a person would before clicking."""
        widget = self.widget(name)
        screen = self.screen
        if scroll:
            screen.scroll_into_view(widget)
            self.app.dirty = True
        rect = screen.screen_rect(widget)
        shown = rect if widget.fixed else rect.clip(screen.body)
        if shown.width <= 0 or shown.height <= 0:
            raise PilotError(
                f"{name!r} on {self.screen_name} is out of view (at {tuple(rect)}, the page "
                f"shows {tuple(screen.body)}); click(..., scroll=True) scrolls to it first"
            )
        return shown.center

    def click(
        self, name: str, device: str = "mouse", settle: bool = True, scroll: bool = False
    ) -> None:
        """Click (or tap, with device="touch") the widget called `name`.

        The point clicked must hit that widget, as in Textual's pilot: a widget
        out of view (unless `scroll`), covered by another, or one that takes no
        click raises PilotError saying what is there instead."""
        point = self.point_of(name, scroll=scroll)
        hit = self.screen.widget_at(point)
        if hit is None or hit.name != name:
            there = f"{hit.name!r}" if hit is not None else "nothing that takes a click"
            raise PilotError(
                f"clicking {name!r} at {point} on {self.screen_name} would hit {there}"
            )
        self.click_at(point, device, settle)

    def click_at(self, pos, device: str = "mouse", settle: bool = True) -> None:
        self._before_input()
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

    def _before_input(self) -> None:
        if self.patient:
            self.read()

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
        surface = self.app.surface
        assert surface is not None, "the pilot's app has a window from start() on"
        self.screen.draw(surface)
        pygame.image.save(surface, str(path))
        return path

    def close(self) -> None:
        if self.app.running:
            self.app.quit()
        self.app.close()
