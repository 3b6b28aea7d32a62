"""The app loop: one window, a stack of screens, redraw only when needed.

The loop draws a frame only when something changed (the dirty flag). While a
screen animates (the typewriter, a cross-fade) it runs at 60 frames a second,
and the frame after an animation ends is drawn too, so what stays on the
display is always the finished picture. Otherwise it waits with `clock.tick`
at a low rate, so a still screen costs almost no CPU.
Global keys: F1 help, F11 fullscreen, Esc back, Shift+A the accessibility
menu (not while a text field takes the letters), R read the current words
again (`read_aloud.py`). A key held down repeats only
for moving (arrows, Tab, Backspace): a held Enter, Space or number never
chooses twice (`keys.py`).

An unexpected exception in a screen never reaches the child: `crash.py` logs
it and shows a calm screen with a way back (the crash guard).

The pilot (`sango_game.ui.pilot`) drives the same `App` one `step` at a time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from sango_game import i18n
from sango_game.resources import assets_dir, locale_dir
from sango_game.session.services import Services
from sango_game.ui import log
from sango_game.ui.clipboard import Clipboard
from sango_game.ui.context import UiContext
from sango_game.ui.crash import CrashGuard
from sango_game.ui.images import ImageCache
from sango_game.ui.keys import HeldKeys
from sango_game.ui.probe import Probe
from sango_game.ui.read_aloud import ReadAloudUi
from sango_game.ui.screen_stack import ScreenStack
from sango_game.ui.sound import SoundPlayer
from sango_game.ui.theme import load_theme
from sango_game.ui.transition import CrossFade
from sango_game.ui.window import DEFAULT_SIZE, GameWindow

if TYPE_CHECKING:
    from sango_game.text import TextEngine
    from sango_game.ui.screens.base import Screen
    from sango_game.ui.seams import AppLike

ANIMATION_FPS = 60
IDLE_FPS = 20


@dataclass
class AppOptions:
    size: tuple[int, int] = DEFAULT_SIZE
    fit_desktop: bool = False  # no size was chosen: fit the window to the screen
    lang: str | None = None
    data_dir: str | None = None
    fullscreen: bool | None = None
    quit_after: float | None = None  # seconds, then quit by itself
    on_first_frame: Callable[[], None] | None = None  # for the bench


class App(ScreenStack):
    def __init__(self, options: AppOptions | None = None):
        self.options = options or AppOptions()
        self.services = Services(self.options.data_dir)
        self.stack: list[Screen] = []
        self.running = False
        self.dirty = True
        self.needs_layout = True
        self.animating = False
        self.show_focus = True
        self.frames_drawn = 0
        self.window = GameWindow(self.options.size, fit_desktop=self.options.fit_desktop)
        self.fade = CrossFade()
        self._engine: TextEngine | None = None  # made by start(), after pygame.init()
        self.images = ImageCache(assets_dir())
        self.sounds = SoundPlayer(assets_dir() / "sounds")
        self.read_aloud = ReadAloudUi(self)
        self._contexts: dict = {}
        self.exit_code = 0
        self.notices: list[str] = []
        self.held_keys = HeldKeys()
        self.inputs_seen = 0  # key, button and wheel inputs handled (the test probe reports it)
        self.crash_guard = CrashGuard(self)
        self.probe = Probe.from_environment()
        self.clipboard = Clipboard()

    # --- start-up ----------------------------------------------------------------
    def start(self) -> None:
        """Open the window and show the title screen. Raises window.NoDisplayError."""
        self.window.open()
        pygame.key.set_repeat(400, 40)
        from sango_game.text import TextEngine

        self._engine = TextEngine(assets_dir() / "fonts")
        i18n.setup(locale_dir())
        if self.options.lang:
            self.set_language(self.options.lang)
        self.apply_settings(initial=True)
        self.push_screen("title")
        self.running = True

    @property
    def engine(self) -> TextEngine:
        """The text engine every screen lays out with (made by `start`)."""
        if self._engine is None:
            raise RuntimeError("the text engine is made by App.start()")
        return self._engine

    def _screen_changed(self, fade: bool = True) -> None:
        if self.frames_drawn and fade and not self.services.settings.reduced_motion:
            self.fade.begin(self.surface, self.context_for(self.top).theme.size("transition_s"))
        else:
            self.fade.stop()
        self.needs_layout = True
        self.dirty = True
        top = self.top
        if top is not None:
            top.hover_name = None
            top.pressed_name = None
            top.restart_read_clock()

    def quit(self, code: int = 0) -> None:
        self.exit_code = code
        self.running = False

    # --- look --------------------------------------------------------------------
    def context_for(self, screen=None) -> UiContext:
        track = getattr(screen, "track", None) or self.services.track()
        language = i18n.current_language()
        settings = self.services.settings
        key = (track, self.size, language.code, self.engine.scale, settings.high_contrast,
               settings.line_spacing, settings.reading_font)
        context = self._contexts.get(key)
        if context is None:
            context = UiContext(
                engine=self.engine,
                theme=load_theme(track, self.size, high_contrast=settings.high_contrast),
                images=self.images,
                sounds=self.sounds,
                lang=language.code,
                rtl=language.direction == "rtl",
                size=self.size,
                line_spacing=settings.line_spacing / 100,
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
        self.engine.reading_font = settings.reading_font
        self.sounds.set_volumes(settings.volume / 100, settings.effects_volume / 100,
                                settings.speech_volume / 100, settings.music_volume / 100,
                                settings.mono)
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

    @property
    def surface(self) -> pygame.Surface | None:
        return self.window.surface

    @property
    def size(self) -> tuple[int, int]:
        return self.window.size

    def is_fullscreen(self) -> bool:
        return self.window.fullscreen

    def toggle_fullscreen(self, save: bool = True) -> None:
        if not self.window.toggle_fullscreen():
            return
        self.images.clear()
        self.relayout_all()
        if save:
            settings = self.services.settings
            settings.fullscreen = self.window.fullscreen
            self.services.save_settings(settings)

    def resize(self, size) -> None:
        """The window changed size (or the pilot asks it to)."""
        self.window.resize(size)
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
        if event.type == pygame.WINDOWFOCUSLOST:
            self.held_keys.clear()  # a key released in another window sends no KEYUP here
            return
        if event.type in (pygame.KEYUP, pygame.FINGERUP, pygame.MOUSEWHEEL) or (
            event.type == pygame.MOUSEBUTTONUP and getattr(event, "button", 1) == 1
        ):
            self.inputs_seen += 1
        if event.type == pygame.KEYUP:
            self.held_keys.release(event.key)
        if event.type == pygame.KEYDOWN:
            if not self.held_keys.press(event.key):
                return  # a held key repeating: it may move the focus, never choose
            if event.key == pygame.K_F11:
                self.toggle_fullscreen()
                return
            if event.key == pygame.K_F1:
                self.show_focus = True
                self.open_help()
                return
            if event.key == pygame.K_a and event.mod & pygame.KMOD_SHIFT and not self._typing():
                self.show_focus = True
                self.open_access()
                return
            if event.key == pygame.K_ESCAPE:
                self.show_focus = True
                self.stack[-1].on_back()
                self.dirty = True
                return
            if event.key == pygame.K_r and not self._typing():
                self.read_aloud.repeat(self.top)
                return
        top = self.top
        if top is not None and top.handle_event(event):
            self.dirty = True

    def _typing(self) -> bool:
        """A text field has the focus: letters are words, not shortcuts."""
        return bool(getattr(self.stack[-1].focused(), "wants_text", False))

    def step(self, dt: float) -> bool:
        """Handle pending events, animate, and draw if needed. True if a frame was drawn.

        An exception from a screen is caught here and handed to the crash guard."""
        try:
            drawn = self._step(dt)
        except Exception as error:  # noqa: BLE001 - the crash guard: nothing reaches the child
            self.crash_guard.failed(error)
            return False
        if drawn:
            self.crash_guard.frame_drawn()
        if self.probe is not None:
            self.probe.after_step(self)
        return drawn

    def _step(self, dt: float) -> bool:
        top = self.top
        if top is not None and not self.fade.running:
            top.read_clock += dt  # the time the child has seen this screen, finished
        for event in pygame.event.get():
            self.dispatch(event)
            if not self.running:
                return False
        top = self.stack[-1]
        if self.needs_layout:
            self.needs_layout = False
            top.relayout()
            self.dirty = True
        was_animating = self.animating
        moving = top.update(dt)
        self.fade.advance(dt)
        self.animating = moving or self.fade.running
        if self.needs_layout:  # the update changed what is shown
            self.needs_layout = False
            top.relayout()
            self.dirty = True
        self.read_aloud.update()
        if self.animating or was_animating:
            # While something moves every frame is new, and when it stops the finished
            # frame (the whole line, the new screen with no trace of the old) is drawn once.
            self.dirty = True
        if self.probe is not None and self.probe.repaint_requested():
            self.dirty = True
        if not self.dirty:
            return False
        self.dirty = False
        surface = self.surface
        if surface is None:  # no window (yet): nothing to draw on
            return False
        top.draw(surface)
        self.fade.draw(surface)
        self._follow_clipboard(top)
        pygame.display.flip()
        self.frames_drawn += 1
        if self.frames_drawn == 1 and self.options.on_first_frame is not None:
            self.options.on_first_frame()
        return True

    def _follow_clipboard(self, top: Screen) -> None:
        """Clipboard mode: the page's words, then each focused item's, to the clipboard."""
        if not self.services.settings.clipboard:
            self.clipboard.forget()
            return
        focused = top.focused()
        self.clipboard.follow(tuple(top.visible_text()), focused.text() if focused else None)

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
        self.read_aloud.close()
        self.services.close()
        pygame.quit()


if TYPE_CHECKING:

    def _an_app_is_what_screens_use(app: App) -> AppLike:  # the type checker compares them
        return app


if TYPE_CHECKING:
    def _app_is_app_like(app: App) -> AppLike:
        """Never called: mypy checks here that `App` offers screens all of `AppLike`
        (`ScreenStack._app` hands the app to screens as one without a check)."""
        return app
