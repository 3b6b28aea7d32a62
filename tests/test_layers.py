"""The house rules of DESIGN.md, checked on the source: imports point down only.

Order (top to bottom): vocab (the ground floor), content, story, i18n, progress,
classroom, records, speech, session, text, ui. A layer may import layers above it,
never below; only `text`,
`ui` and `studio` import pygame; the pure layers (everything above `text`) never
import `ui`: only `ui` itself and the edge (`cli.py`, `commands/`) do. Nothing
imports plain `pygame` packages other than pygame-ce's `pygame` and `pygame_gui`.
The level studio (`studio`) sits beside `ui`: it may use pygame, pygame-gui and
every pure layer and `text`, never `ui`; only its command (`commands/studio.py`,
the edge) imports it, and only `studio` imports pygame_gui, so the game never
loads it.

Imports are read by `import_graph.imported_modules` (beside this test): deferred
imports inside functions, `if TYPE_CHECKING:` imports, relative imports and
constant `importlib.import_module("...")` strings all count.
"""

from __future__ import annotations

from pathlib import Path

from import_graph import PACKAGE, imported_modules

ORDER = ("vocab", "content", "story", "i18n", "progress", "classroom", "records", "speech",
         "session", "text", "ui")
PURE = ORDER[: ORDER.index("text")]
PYGAME_LAYERS = ("text", "ui", "studio")
EDGE = ("cli.py", "commands")


def layer_of(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE).parts
    return relative[0] if len(relative) > 1 and relative[0] in (*ORDER, "studio") else None


def is_edge(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return relative.as_posix() == "cli.py" or relative.parts[0] == "commands"


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


def test_only_text_ui_and_studio_import_pygame():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        if layer_of(path) in PYGAME_LAYERS:
            continue
        for module in imported_modules(path):
            if module.split(".")[0] in ("pygame", "pygame_gui"):
                problems.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert problems == []


def test_only_the_edge_imports_ui():
    """The pure layers, text, studio and the top-level modules never import `ui`."""
    problems = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or is_edge(path):
            continue
        for module in imported_modules(path):
            if module == "sango_game.ui" or module.startswith("sango_game.ui."):
                problems.append(f"{relative} imports {module}")
    assert problems == []


def test_the_rules_see_relative_deferred_and_string_imports(tmp_path):
    """The reader the rules use is not fooled by the ways around a plain import."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import importlib\n"
        "from typing import TYPE_CHECKING\n"
        "from ..ui import app\n"
        "if TYPE_CHECKING:\n"
        "    from sango_game.ui.context import UiContext\n"
        "def later():\n"
        "    from sango_game.ui import launch\n"
        "    return importlib.import_module('sango_game.ui.pilot')\n",
        encoding="utf-8",
    )
    found = imported_modules(sample, "sango_game.progress.sample")
    assert {"sango_game.ui.app", "sango_game.ui.context", "sango_game.ui.launch",
            "sango_game.ui.pilot"} <= found


def test_no_string_import_reaches_ui_from_outside_it():
    """`importlib` strings that only dodge the rules are gone: no module outside ui
    names a `sango_game.ui` module in a string."""
    problems = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        text = path.read_text(encoding="utf-8")
        for quote in ('"', "'"):
            if f"{quote}sango_game.ui" in text:
                problems.append(relative.as_posix())
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


def test_every_package_has_a_place_in_the_order():
    """A new package must be placed in ORDER (or be the studio or the edge)."""
    packages = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert packages <= {*ORDER, "studio", "commands"}
