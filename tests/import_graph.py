"""Who imports whom inside `sango_game`, read from the source with `ast` (a test helper).

Every import counts, wherever it is written: at the top, inside a function
(imports deferred for start-up time are still imports), under
`if TYPE_CHECKING:` (for the layer rules; the loop check leaves those out, as
they never run: a type may name a module that imports this one), relative
(`from .cache import LRUCache`), and the constant strings given to
`importlib.import_module("...")` or `__import__`.
`from package import name` counts as importing `package.name` when that is a
module, else `package`. A constant `"sango_game.module:Name"` (the screen
table of `ui/navigation.py`, entry-point style) counts as importing that module.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "sango_game"
TARGET = re.compile(r"(sango_game(?:\.\w+)+):\w+")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    relative = Path(*name.split(".")[1:]) if "." in name else Path()
    base = PACKAGE / relative
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def _string_imports(node: ast.Call) -> list[str]:
    function = node.func
    called = (
        function.attr if isinstance(function, ast.Attribute)
        else function.id if isinstance(function, ast.Name) else None
    )
    if called not in ("import_module", "__import__") or not node.args:
        return []
    first = node.args[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return [first.value]
    return []


def _type_checking_only(tree: ast.AST) -> set[int]:
    """ids of the nodes inside `if TYPE_CHECKING:` blocks."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and (
            getattr(node.test, "id", None) == "TYPE_CHECKING"
            or getattr(node.test, "attr", None) == "TYPE_CHECKING"
        ):
            for statement in node.body:
                inside.update(id(child) for child in ast.walk(statement))
    return inside


def imported_modules(path: Path, own: str | None = None, typing_too: bool = True) -> set[str]:
    """Absolute names of every module `path` imports (outside `sango_game` too).

    `own` is the file's module name (default: from its place under sango_game);
    `typing_too=False` leaves out imports under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = own or module_name(path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    skipped = set() if typing_too else _type_checking_only(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            submodules = {
                f"{base}.{alias.name}" for alias in node.names
                if base.split(".")[0] == "sango_game" and _is_module(f"{base}.{alias.name}")
            }
            found.update(submodules)
            if len(submodules) < len(node.names):
                found.add(base)
        elif isinstance(node, ast.Call):
            found.update(_string_imports(node))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            target = TARGET.fullmatch(node.value)
            if target:
                found.add(target.group(1))
    return found


def import_graph(typing_too: bool = False) -> dict[str, set[str]]:
    """`{module: modules of sango_game it imports when it runs}` for every module of
    sango_game (`typing_too`: with the `if TYPE_CHECKING:` imports as well)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        graph[name] = {
            module for module in imported_modules(path, typing_too=typing_too)
            if module.split(".")[0] == "sango_game" and module != name and _is_module(module)
        }
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as `[a, b, ..., a]`, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state:
            found = visit(module)
            if found:
                return found
    return None
