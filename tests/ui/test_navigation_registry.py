"""Screens open each other by name (`ui/navigation.py`), never by importing each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from sango_game.ui import navigation
from sango_game.ui.screens.base import Screen

SCREENS_DIR = Path(navigation.__file__).resolve().parent / "screens"


def screen_classes_in_source() -> dict[str, str]:
    """`{name: "module:Class"}` for every class under ui/screens with a `name = "..."`."""
    found = {}
    for path in sorted(SCREENS_DIR.glob("*.py")):
        if path.name in ("__init__.py", "base.py"):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if (isinstance(item, ast.Assign) and len(item.targets) == 1
                        and getattr(item.targets[0], "id", None) == "name"
                        and isinstance(item.value, ast.Constant)):
                    found[item.value.value] = f"sango_game.ui.screens.{path.stem}:{node.name}"
    return found


@pytest.mark.parametrize("name", sorted(navigation.SCREENS))
def test_each_name_opens_a_screen_that_has_that_name(name):
    screen = navigation.screen_class(name)
    assert issubclass(screen, Screen)
    assert screen.name == name


def test_every_screen_has_a_name_in_the_table():
    assert screen_classes_in_source() == navigation.SCREENS


def test_an_unknown_name_fails_clearly():
    with pytest.raises(navigation.UnknownScreen, match="no-such-screen"):
        navigation.screen_class("no-such-screen")


def test_register_adds_a_screen_by_module_and_class(monkeypatch):
    monkeypatch.setattr(navigation, "SCREENS", dict(navigation.SCREENS))
    navigation.register("help-again", "sango_game.ui.screens.help:HelpScreen")
    assert navigation.screen_class("help-again").name == "help"
    with pytest.raises(ValueError):
        navigation.register("broken", "sango_game.ui.screens.help")


def test_screens_never_import_each_other_except_a_base_class():
    problems = []
    for path in sorted(SCREENS_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bases = {base.id for node in tree.body if isinstance(node, ast.ClassDef)
                 for base in node.bases if isinstance(base, ast.Name)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "sango_game.ui.screens.") and not node.module.endswith(".base"):
                if not all(alias.name in bases for alias in node.names):
                    problems.append(f"{path.name} imports {node.module}")
    assert problems == []


def test_push_screen_and_switch_screen_open_screens_by_name(pilot):
    pilot.app.push_screen("help")
    pilot.settle()
    assert pilot.screen_name == "help"
    pilot.app.switch_screen("language")
    pilot.settle()
    assert pilot.screen_name == "language"
    assert [screen.name for screen in pilot.app.stack] == ["title", "language"]
