"""Screens by name: the one table of screen names, and how a level is opened.

Screens never import each other (that made an import loop of five screens).
A screen opens another by its name, as Textual's `push_screen("name")` does:

    self.app.push_screen("results", flow)      # ResultsScreen(app, flow) on top
    self.app.switch_screen("scene", level)     # replaces the top screen
    self.dismiss()                             # closes this screen (app.pop())

`SCREENS` maps each name (the screen's own `name` attribute) to
`"module:Class"`; the module is imported the first time the screen opens, so
starting the game loads only the title screen. A new screen registers with one
line in `SCREENS` (or `register(name, "module:Class")` from a plug-in);
`tests/ui/test_navigation_registry.py` checks every entry and that every
screen class under `ui/screens` has one.
`app.push(ScreenClass(app, ...))` still works for a screen built by hand.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sango_game.content.model import Level
    from sango_game.ui.screens.base import Screen
    from sango_game.ui.seams import AppLike

SCREENS: dict[str, str] = {
    "access": "sango_game.ui.screens.access:AccessScreen",
    "content-note": "sango_game.ui.screens.content_note:ContentNoteScreen",
    "country": "sango_game.ui.screens.country:CountryScreen",
    "crash": "sango_game.ui.screens.crash:CrashScreen",
    "delete-profile": "sango_game.ui.screens.delete_profile:DeleteProfileScreen",
    "feedback": "sango_game.ui.screens.feedback:FeedbackScreen",
    "help": "sango_game.ui.screens.help:HelpScreen",
    "language": "sango_game.ui.screens.language:LanguageScreen",
    "map": "sango_game.ui.screens.level_map:LevelMapScreen",
    "new-profile": "sango_game.ui.screens.new_profile:NewProfileScreen",
    "profiles": "sango_game.ui.screens.profiles:ProfilesScreen",
    "results": "sango_game.ui.screens.results:ResultsScreen",
    "scene": "sango_game.ui.screens.scene:SceneScreen",
    "settings": "sango_game.ui.screens.settings:SettingsScreen",
    "teacher-class": "sango_game.ui.screens.teacher_class:TeacherClassScreen",
    "teacher-class-access": "sango_game.ui.screens.teacher_class_access:TeacherClassAccessScreen",
    "teacher-classes": "sango_game.ui.screens.teacher_classes:TeacherClassesScreen",
    "teacher-delete-class": "sango_game.ui.screens.teacher_delete_class:TeacherDeleteClassScreen",
    "teacher-exports": "sango_game.ui.screens.teacher_exports:TeacherExportsScreen",
    "teacher-lesson": "sango_game.ui.screens.teacher_lesson:TeacherLessonScreen",
    "teacher-lock": "sango_game.ui.screens.teacher_lock:TeacherLockScreen",
    "teacher-new-class": "sango_game.ui.screens.teacher_new_class:TeacherNewClassScreen",
    "teacher-pin": "sango_game.ui.screens.teacher_pin:TeacherPinScreen",
    "teacher-pupils": "sango_game.ui.screens.teacher_pupils:TeacherPupilsScreen",
    "teacher-records": "sango_game.ui.screens.teacher_records:TeacherRecordsScreen",
    "teacher-together": "sango_game.ui.screens.teacher_together:TogetherScreen",
    "title": "sango_game.ui.screens.title:TitleScreen",
    "what-we-save": "sango_game.ui.screens.what_we_save:WhatWeSaveScreen",
}


class UnknownScreen(LookupError):
    """A screen name that is not in `SCREENS` (a programming mistake, caught by tests)."""


def register(name: str, target: str) -> None:
    """Add (or replace) a screen: `target` is `"package.module:ClassName"`."""
    module, _, attribute = target.partition(":")
    if not module or not attribute:
        raise ValueError(f"a screen is 'module:Class', not {target!r}")
    SCREENS[name] = target


def screen_class(name: str) -> type[Screen]:
    """The class of the screen called `name`, its module imported on first use."""
    target = SCREENS.get(name)
    if target is None:
        raise UnknownScreen(f"no screen is called {name!r}")
    module, _, attribute = target.partition(":")
    found: type[Screen] = getattr(importlib.import_module(module), attribute)
    return found


def start_level(app: AppLike, level: Level, replace: bool = False) -> bool:
    """Open `level`, through its content note when it has one; False when it is locked."""
    if app.services.level_locked(level):
        return False
    name = "content-note" if getattr(level, "content_note", None) else "scene"
    (app.switch_screen if replace else app.push_screen)(name, level)
    return True
