"""The types at the ui's seams: what a screen may use of the app, and a callback.

`AppLike` is the part of `ui.app.App` that screens, widgets and
`ui/navigation.py` use. Screens are typed against it, not against `App`
itself, so no screen module needs to import the app (which opens screens by
name): the app is one `AppLike`, and a test may pass another.
`Action` (from `widgets.base`) is a button's or card's callback: called with
nothing, returns nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from sango_game.ui.widgets.base import Action

if TYPE_CHECKING:
    import pygame

    from sango_game.content.model import Level
    from sango_game.session.services import Services
    from sango_game.ui.context import UiContext
    from sango_game.ui.crash import CrashGuard
    from sango_game.ui.read_aloud import ReadAloudUi
    from sango_game.ui.screens.base import Screen
    from sango_game.ui.sound import SoundPlayer

__all__ = ["Action", "AppLike"]


class AppLike(Protocol):
    """What a screen may ask of the app it is shown in."""

    services: Services
    stack: list[Screen]
    notices: list[str]
    sounds: SoundPlayer
    read_aloud: ReadAloudUi
    crash_guard: CrashGuard
    show_focus: bool
    dirty: bool

    @property
    def top(self) -> Screen | None: ...

    @property
    def ctx(self) -> UiContext: ...

    @property
    def size(self) -> tuple[int, int]: ...

    @property
    def surface(self) -> pygame.Surface | None: ...

    # screens: by name (ui/navigation.py), or an instance built by hand
    def push_screen(self, name: str, *args: object, **kwargs: object) -> Screen: ...

    def switch_screen(self, name: str, *args: object, **kwargs: object) -> Screen: ...

    def make_screen(self, name: str, *args: object, **kwargs: object) -> Screen: ...

    def start_level(self, level: Level, replace: bool = False) -> bool: ...

    def push(self, screen: Screen) -> None: ...

    def replace(self, screen: Screen) -> None: ...

    def pop(self) -> None: ...

    def pop_to(self, index: int) -> None: ...

    def back_to_profiles(self) -> None: ...

    def open_help(self) -> None: ...

    def open_settings(self) -> None: ...

    def open_access(self) -> None: ...

    def quit(self, code: int = 0) -> None: ...

    # look and settings
    def context_for(self, screen: Screen | None = None) -> UiContext: ...

    def relayout_all(self) -> None: ...

    def apply_settings(self, initial: bool = False) -> None: ...

    def set_language(self, code: str) -> bool: ...

    def is_fullscreen(self) -> bool: ...

    def toggle_fullscreen(self, save: bool = True) -> None: ...
