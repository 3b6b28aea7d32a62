"""The app's stack of screens, and opening screens by name (`ui/navigation.py`).

`App` gets these from `ScreenStack`; a screen sees them through `seams.AppLike`.
`App._screen_changed` does what a change of screen needs (the cross-fade, a new
layout, the reading clock).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from sango_game.ui.navigation import screen_class, start_level

if TYPE_CHECKING:
    from sango_game.content.model import Level
    from sango_game.ui.screens.base import Screen
    from sango_game.ui.seams import AppLike


class ScreenStack:
    """One stack of screens: the top one is shown and takes the input."""

    stack: list[Screen]

    def _screen_changed(self, fade: bool = True) -> None:
        raise NotImplementedError  # App's

    def _app(self) -> AppLike:
        """This stack is the app's (`App` derives from it), which screens see as `AppLike`."""
        return cast("AppLike", self)

    @property
    def top(self) -> Screen | None:
        return self.stack[-1] if self.stack else None

    def push(self, screen: Screen) -> None:
        self.stack.append(screen)
        self._screen_changed()

    def pop(self) -> None:
        if len(self.stack) > 1:
            self.stack.pop()
            self.stack[-1].on_enter()
            self._screen_changed()

    # --- screens by name (ui/navigation.py) -----------------------------------------
    def make_screen(self, name: str, *args: object, **kwargs: object) -> Screen:
        """A new screen of the kind called `name`, built for this app."""
        return screen_class(name)(self._app(), *args, **kwargs)

    def push_screen(self, name: str, *args: object, **kwargs: object) -> Screen:
        """Open the screen called `name` on top (like Textual's `push_screen`)."""
        screen = self.make_screen(name, *args, **kwargs)
        self.push(screen)
        return screen

    def switch_screen(self, name: str, *args: object, **kwargs: object) -> Screen:
        """Replace the top screen with the screen called `name`."""
        screen = self.make_screen(name, *args, **kwargs)
        self.replace(screen)
        return screen

    def start_level(self, level: Level, replace: bool = False) -> bool:
        """Open `level` (through its content note); False when a teacher locked it."""
        return start_level(self._app(), level, replace=replace)

    def push_without_fade(self, screen: Screen) -> None:
        """Show `screen` at once (the crash screen: the last frame may be half drawn)."""
        self.stack.append(screen)
        self._screen_changed(fade=False)

    def pop_to(self, index: int) -> None:
        """Close every screen above `stack[index]`, which shows again."""
        del self.stack[index + 1 :]
        self.stack[-1].on_enter()
        self._screen_changed()

    def back_to_profiles(self) -> None:
        """Pop screens until "Who's playing?" is on top (e.g. after a delete);
        if it is not on the stack, it is put just above the title screen."""
        names = [screen.name for screen in self.stack]
        if "profiles" not in names:
            del self.stack[1:]
            self.push_screen("profiles")
            return
        del self.stack[names.index("profiles") + 1 :]
        self.stack[-1].on_enter()
        self._screen_changed()

    def replace(self, screen: Screen) -> None:
        if self.stack:
            self.stack.pop()
        self.push(screen)

    def open_help(self) -> None:
        self._open_once("help")

    def open_settings(self) -> None:
        self._open_once("settings")

    def open_access(self) -> None:
        self._open_once("access")

    def _open_once(self, name: str) -> None:
        """Open the screen called `name` unless one of its kind is already on top."""
        if not isinstance(self.top, screen_class(name)):
            self.push_screen(name)
