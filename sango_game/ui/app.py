"""The app loop: one window, a stack of screens, redraw only when needed.

The loop draws a frame only when something changed (the dirty flag). While a
screen animates (the typewriter) it runs at 60 frames a second; otherwise it
waits with `clock.tick` at a low rate, so a still screen costs almost no CPU.
Global keys: F1 help, F11 fullscreen, Esc back.

The pilot (`sango_game.ui.pilot`) drives the same `App` one `step` at a time.
"""

from __future__ import annotations

import os
import sys
import time
import warnings
from dataclasses import dataclass

import pygame

from sango_game import i18n
from sango_game.resources import assets_dir, locale_dir
from sango_game.ui import log
from sango_game.ui.context import UiContext
from sango_game.ui.images import ImageCache
from sango_game.ui.services import Services
from sango_game.ui.sound import SoundPlayer
from sango_game.ui.theme import load_theme

ANIMATION_FPS = 60
IDLE_FPS = 20
MIN_SIZE = (1024, 600)
MAX_SIZE = (1920, 1080)
DEFAULT_SIZE = (1280, 720)


class NoDisplayError(Exception):
    """No screen to show the game on (no X/Wayland display, no video driver)."""


def _asked_for(driver: str) -> bool:
    return os.environ.get("SDL_VIDEODRIVER", "").strip().lower() == driver


def missing_display(environ=None) -> str | None:
    """Why there is surely no display, before SDL is asked (Linux/BSD only)."""
    env = os.environ if environ is None else environ
    if env.get("SDL_VIDEODRIVER"):
        return None  # the person chose a driver (dummy for tests, kmsdrm...): let SDL try
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return "DISPLAY and WAYLAND_DISPLAY are not set"


@dataclass
class AppOptions:
    size: tuple[int, int] = DEFAULT_SIZE
    lang: str | None = None
    data_dir: str | None = None
    fullscreen: bool | None = None
    quit_after: float | None = None  # seconds, then quit by itself
    on_first_frame: object = None  # callable(), for the bench


class App:
    def __init__(self, options: AppOptions | None = None):
        self.options = options or AppOptions()
        self.services = Services(self.options.data_dir)
        self.stack: list = []
        self.running = False
        self.dirty = True
        self.needs_layout = True
        self.animating = False
        self.show_focus = True
        self.frames_drawn = 0
        self.surface: pygame.Surface | None = None
        self.size = tuple(self.options.size)
        self.engine = None
        self.images = ImageCache(assets_dir())
        self.sounds = SoundPlayer(assets_dir() / "sounds")
        self._contexts: dict = {}
        self.exit_code = 0
        self.notices: list[str] = []

    # --- start-up ----------------------------------------------------------------
    def start(self) -> None:
        """Open the window and show the title screen. Raises NoDisplayError."""
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        missing = missing_display()
        if missing:
            raise NoDisplayError(missing)
        try:
            pygame.display.init()
            if pygame.display.get_driver() == "offscreen" and not _asked_for("offscreen"):
                raise pygame.error("SDL found only its offscreen driver")
            self.surface = pygame.display.set_mode(self._clamped(self.size), pygame.RESIZABLE)
        except pygame.error as error:
            pygame.display.quit()
            raise NoDisplayError(str(error)) from error
        pygame.display.set_caption("Sango")
        self.size = self.surface.get_size()
        self._set_minimum_size()
        pygame.key.set_repeat(400, 40)
        from sango_game.text import TextEngine

        self.engine = TextEngine(assets_dir() / "fonts")
        i18n.setup(locale_dir())
        if self.options.lang:
            self.set_language(self.options.lang)
        self.apply_settings(initial=True)
        from sango_game.ui.screens.title import TitleScreen

        self.push(TitleScreen(self))
        self.running = True

    def _set_minimum_size(self) -> None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                window = pygame.Window.from_display_module()
            window.minimum_size = MIN_SIZE
            window.maximum_size = (max(MAX_SIZE[0], self.size[0]), max(MAX_SIZE[1], self.size[1]))
            self._window = window
        except (pygame.error, AttributeError) as error:
            log.info("window size limits not set: %s", error)
            self._window = None

    @staticmethod
    def _clamped(size) -> tuple[int, int]:
        return (
            max(MIN_SIZE[0], min(MAX_SIZE[0], int(size[0]))),
            max(MIN_SIZE[1], min(MAX_SIZE[1], int(size[1]))),
        )

    # --- screens -----------------------------------------------------------------
    @property
    def top(self):
        return self.stack[-1] if self.stack else None

    def push(self, screen) -> None:
        self.stack.append(screen)
        self._screen_changed()

    def pop(self) -> None:
        if len(self.stack) > 1:
            self.stack.pop()
            self.top.on_enter()
            self._screen_changed()

    def replace(self, screen) -> None:
        if self.stack:
            self.stack.pop()
        self.push(screen)

    def pop_to(self, screen_type) -> bool:
        """Pop until a screen of `screen_type` is on top; False if there is none."""
        if not any(isinstance(screen, screen_type) for screen in self.stack):
            return False
        while not isinstance(self.top, screen_type):
            self.stack.pop()
        self.top.on_enter()
        self._screen_changed()
        return True

    def _screen_changed(self) -> None:
        self.needs_layout = True
        self.dirty = True
        top = self.top
        if top is not None:
            top.hover_name = None
            top.pressed_name = None

    def open_help(self) -> None:
        from sango_game.ui.screens.help import HelpScreen

        if not isinstance(self.top, HelpScreen):
            self.push(HelpScreen(self))

    def open_settings(self) -> None:
        from sango_game.ui.screens.settings import SettingsScreen

        if not isinstance(self.top, SettingsScreen):
            self.push(SettingsScreen(self))

    def quit(self, code: int = 0) -> None:
        self.exit_code = code
        self.running = False

    # --- look --------------------------------------------------------------------
    def context_for(self, screen=None) -> UiContext:
        track = getattr(screen, "track", None) or self.services.track()
        language = i18n.current_language()
        key = (track, self.size, language.code, self.engine.scale)
        context = self._contexts.get(key)
        if context is None:
            context = UiContext(
                engine=self.engine,
                theme=load_theme(track, self.size),
                images=self.images,
                sounds=self.sounds,
                lang=language.code,
                rtl=language.direction == "rtl",
                size=self.size,
            )
            self._contexts = {key: context}
        return context

    @property
    def ctx(self) -> UiContext:
        return self.context_for(self.top)

    def set_language(self, code: str) -> bool:
        try:
            i18n.set_language(code)
        except (KeyError, ValueError, LookupError) as error:
            log.warning("language %r is not available: %s", code, error)
            return False
        self.relayout_all()
        return True

    def apply_settings(self, initial: bool = False) -> None:
        """Make the current settings (profile's or app-wide) take effect."""
        settings = self.services.settings
        self.engine.scale = settings.text_scale / 100
        self.sounds.set_volumes(settings.volume / 100, settings.effects_volume / 100)
        if settings.language and settings.language != i18n.current_language().code:
            if not (initial and self.options.lang):
                self.set_language(settings.language)
        want_fullscreen = settings.fullscreen
        if initial and self.options.fullscreen is not None:
            want_fullscreen = self.options.fullscreen
        if want_fullscreen != self.is_fullscreen():
            self.toggle_fullscreen(save=False)
        self.relayout_all()

    def relayout_all(self) -> None:
        self.needs_layout = True
        self.dirty = True

    def is_fullscreen(self) -> bool:
        return self._fullscreen

    _fullscreen = False
    _window = None

    def toggle_fullscreen(self, save: bool = True) -> None:
        """F11: full screen on the desktop's size, or back to the window it was."""
        want = not self._fullscreen
        if want:
            self._windowed_size = self.size
        try:
            if self._window is not None:  # the same window: no flicker, same window id
                if want:
                    self._window.set_fullscreen(desktop=True)
                else:
                    self._window.set_windowed()
                    self._window.size = self._clamped(self._windowed_size)
                pygame.event.pump()
                self.surface = pygame.display.get_surface()
            elif want:
                self.surface = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            else:
                size = self._clamped(self._windowed_size)
                self.surface = pygame.display.set_mode(size, pygame.RESIZABLE)
        except pygame.error as error:
            log.warning("fullscreen could not be changed: %s", error)
            return
        self._fullscreen = want
        self.size = self.surface.get_size()
        self.images.clear()
        self.relayout_all()
        if save:
            settings = self.services.settings
            settings.fullscreen = want
            self.services.save_settings(settings)

    _windowed_size = DEFAULT_SIZE

    def resize(self, size) -> None:
        """The window changed size (or the pilot asks it to)."""
        size = tuple(int(v) for v in size)
        if not self.is_fullscreen():
            clamped = self._clamped(size)
            if clamped != size or pygame.display.get_surface().get_size() != size:
                self.surface = pygame.display.set_mode(clamped, pygame.RESIZABLE)
            size = clamped
        self.surface = pygame.display.get_surface()
        self.size = self.surface.get_size()
        self.images.clear()
        self.relayout_all()

    # --- the loop ----------------------------------------------------------------
    def dispatch(self, event) -> None:
        if event.type == pygame.QUIT:
            self.quit(0)
            return
        if event.type in (pygame.VIDEORESIZE,):
            self.resize(event.size)
            return
        if event.type in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWSHOWN):
            self.dirty = True
            return
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_F11:
                self.toggle_fullscreen()
                return
            if event.key == pygame.K_F1:
                self.show_focus = True
                self.open_help()
                return
            if event.key == pygame.K_ESCAPE:
                self.show_focus = True
                self.top.on_back()
                self.dirty = True
                return
        top = self.top
        if top is not None and top.handle_event(event):
            self.dirty = True

    def step(self, dt: float) -> bool:
        """Handle pending events, animate, and draw if needed. True if a frame was drawn."""
        for event in pygame.event.get():
            self.dispatch(event)
            if not self.running:
                return False
        top = self.top
        if self.needs_layout:
            self.needs_layout = False
            top.relayout()
            self.dirty = True
        self.animating = top.update(dt)
        if self.needs_layout:  # the update changed what is shown
            self.needs_layout = False
            top.relayout()
            self.dirty = True
        if self.animating:
            self.dirty = True
        if not self.dirty:
            return False
        self.dirty = False
        top.draw(self.surface)
        pygame.display.flip()
        self.frames_drawn += 1
        if self.frames_drawn == 1 and self.options.on_first_frame is not None:
            self.options.on_first_frame()
        return True

    def run(self) -> int:
        """The main loop, until the child quits (or `quit_after` seconds pass)."""
        clock = pygame.time.Clock()
        started = time.monotonic()
        quit_after = self.options.quit_after
        dt = 0.0
        while self.running:
            self.step(dt)
            if quit_after is not None and time.monotonic() - started >= quit_after:
                self.quit(0)
            dt = clock.tick(ANIMATION_FPS if self.animating else IDLE_FPS) / 1000
        self.close()
        return self.exit_code

    def close(self) -> None:
        self.services.close()
        pygame.quit()
