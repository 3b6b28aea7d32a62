"""The house rules of DESIGN.md, checked on the source: imports point down only.

Order (top to bottom): vocab (the ground floor), content, story, i18n, progress, classroom,
records, speech, text, ui.
A layer may
import layers above it, never below; only `text` and `ui` import pygame;
nothing but `cli.py` (the edge) imports `ui`; nothing imports plain `pygame` packages
other than pygame-ce's `pygame` and `pygame_gui`. The level studio (`studio`) sits
beside `ui`: it may use pygame, pygame-gui and every pure layer and `text`, never
`ui`; only its command (`commands/studio.py`, the edge) imports it, and only
`studio` imports pygame_gui, so the game never loads it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "sango_game"
ORDER = ("vocab", "content", "story", "i18n", "progress", "classroom", "records", "speech",
         "text", "ui")
PYGAME_LAYERS = ("text", "ui", "studio")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def layer_of(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE).parts
    return relative[0] if len(relative) > 1 and relative[0] in (*ORDER, "studio") else None


def test_layers_import_downward_only():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        layer = layer_of(path)
        if layer is None:
            continue
        if layer == "studio":
            allowed = (set(ORDER) - {"ui"}) | {"studio"}
        else:
            allowed = set(ORDER[: ORDER.index(layer) + 1])
        for module in imported_modules(path):
            parts = module.split(".")
            if parts[0] == "sango_game" and len(parts) > 1 and parts[1] in (*ORDER, "studio"):
                if parts[1] not in allowed:
                    problems.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert problems == []


def test_only_text_and_ui_import_pygame():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        if layer_of(path) in PYGAME_LAYERS:
            continue
        for module in imported_modules(path):
            if module.split(".")[0] in ("pygame", "pygame_gui"):
                problems.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert problems == []


def test_nothing_but_the_cli_imports_ui():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.as_posix() == "cli.py":
            continue
        for module in imported_modules(path):
            if module.startswith("sango_game.ui"):
                problems.append(f"{relative} imports {module}")
    assert problems == []


def test_dependencies_name_pygame_ce_never_plain_pygame():
    text = (PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"pygame-ce' in text
    for line in text.splitlines():
        stripped = line.strip().strip('",')
        assert not stripped.startswith("pygame>") and stripped != "pygame"


def test_only_the_studio_command_imports_the_studio_and_only_the_studio_pygame_gui():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "studio":
            continue
        for module in imported_modules(path):
            if module.startswith("sango_game.studio") and relative.as_posix() != (
                    "commands/studio.py"):
                problems.append(f"{relative} imports {module}")
            if module.split(".")[0] == "pygame_gui":
                problems.append(f"{relative} imports {module}")
    assert problems == []
