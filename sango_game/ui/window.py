"""The game's one window: opening it (or saying there is no display), its size
limits (1024x600 to 1920x1080), resizing and F11 full screen.

Full screen uses the same window (`Window.set_fullscreen`), so nothing flickers
and the window keeps its identity; leaving it restores the size it had.
"""

from __future__ import annotations

import os
import sys
import warnings

import pygame

from sango_game.ui import log

MIN_SIZE = (1024, 600)
MAX_SIZE = (1920, 1080)
DEFAULT_SIZE = (1280, 720)
# Room left for a window manager's title bar and a task bar: a 1366x768 school
# laptop or a 1280x720 projector must show the whole window, not lose its bottom.
DESKTOP_ALLOWANCE = (0, 80)


class NoDisplayError(Exception):
    """No screen to show the game on (no X/Wayland display, no video driver)."""


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


def clamped(size) -> tuple[int, int]:
    """`size` kept between the smallest and the largest window the layout supports."""
    return (
        max(MIN_SIZE[0], min(MAX_SIZE[0], int(size[0]))),
        max(MIN_SIZE[1], min(MAX_SIZE[1], int(size[1]))),
    )


def fitted_to_desktop(size, desktop) -> tuple[int, int]:
    """`size`, made smaller where the desktop (less room for a title bar and a task
    bar) is smaller; never below the smallest window the layout supports."""
    room = (desktop[0] - DESKTOP_ALLOWANCE[0], desktop[1] - DESKTOP_ALLOWANCE[1])
    return clamped((min(int(size[0]), room[0]), min(int(size[1]), room[1])))


class GameWindow:
    def __init__(self, size=DEFAULT_SIZE, fit_desktop: bool = False):
        self.fit_desktop = fit_desktop  # the size was not chosen: fit it to this screen
        self.size: tuple[int, int] = tuple(size)
        self.surface: pygame.Surface | None = None
        self.fullscreen = False
        self._windowed_size = self.size
        self._window: pygame.Window | None = None  # the display's window, when SDL offers one

    def open(self) -> pygame.Surface:
        """Show the window. Raises NoDisplayError when there is nowhere to show it."""
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        missing = missing_display()
        if missing:
            raise NoDisplayError(missing)
        try:
            pygame.display.init()
            asked = os.environ.get("SDL_VIDEODRIVER", "").strip().lower()
            if pygame.display.get_driver() == "offscreen" and asked != "offscreen":
                raise pygame.error("SDL found only its offscreen driver")
            self._fit_to_desktop()
            self.surface = pygame.display.set_mode(clamped(self.size), pygame.RESIZABLE)
        except pygame.error as error:
            pygame.display.quit()
            raise NoDisplayError(str(error)) from error
        pygame.display.set_caption("Sango")
        self.size = self.surface.get_size()
        self._set_size_limits()
        return self.surface

    def _fit_to_desktop(self) -> None:
        if not self.fit_desktop or pygame.display.get_driver() in ("dummy", "offscreen"):
            return
        try:
            desktops = pygame.display.get_desktop_sizes()
        except pygame.error as error:
            log.info("desktop size unknown: %s", error)
            return
        if desktops:
            fitted = fitted_to_desktop(self.size, desktops[0])
            if fitted != self.size:
                log.info("window %sx%s fitted to the desktop %sx%s: %sx%s", *self.size,
                         *desktops[0], *fitted)
            self.size = fitted

    def _set_size_limits(self) -> None:
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

    def toggle_fullscreen(self) -> bool:
        """F11: full screen on the desktop's size, or back. False if it could not change."""
        want = not self.fullscreen
        if want:
            self._windowed_size = self.size
        try:
            if self._window is not None:
                if want:
                    self._window.set_fullscreen(desktop=True)
                else:
                    self._window.set_windowed()
                    self._window.size = clamped(self._windowed_size)
                pygame.event.pump()
                self.surface = self._shown()
            elif want:
                self.surface = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            else:
                self.surface = pygame.display.set_mode(
                    clamped(self._windowed_size), pygame.RESIZABLE
                )
        except pygame.error as error:
            log.warning("fullscreen could not be changed: %s", error)
            return False
        self.fullscreen = want
        self.size = self.surface.get_size()
        return True

    @staticmethod
    def _shown() -> pygame.Surface:
        """The display's surface, which exists while the window is open."""
        surface = pygame.display.get_surface()
        if surface is None:
            raise pygame.error("the window has no display surface")
        return surface

    def resize(self, size) -> None:
        """The window changed size (or the pilot asks it to): keep it within the limits."""
        size = tuple(int(v) for v in size)
        if not self.fullscreen:
            wanted = clamped(size)
            if wanted != size or self._shown().get_size() != size:
                pygame.display.set_mode(wanted, pygame.RESIZABLE)
        self.surface = self._shown()
        self.size = self.surface.get_size()
