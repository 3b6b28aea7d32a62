"""No two modules of sango_game import each other, directly or round a loop.

The graph is read from the source (`import_graph.py` beside this test): every
import counts, deferred ones inside functions too, relative imports, constant
`importlib.import_module` strings and the `"module:Class"` screen table (imports
under `if TYPE_CHECKING:` never run, so they are left out). Screens
open each other by name (`ui/navigation.py`), so the old five-screen loop
cannot come back.
"""

from __future__ import annotations

from import_graph import find_cycle, import_graph


def test_no_module_imports_itself_round_a_loop():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import loop: " + " -> ".join(cycle or ())


def test_the_graph_sees_relative_deferred_and_table_imports():
    graph = import_graph()
    assert "sango_game.text.cache" in graph["sango_game.text.fonts"]  # from .cache import
    assert "sango_game.ui.screens.scene" in graph["sango_game.ui.navigation"]  # the table
    assert "sango_game.progress" in graph["sango_game.session.services"]  # inside a function


def test_a_loop_is_found_when_there_is_one():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_imports_only_for_types_are_left_out_of_the_loop_check():
    runtime, typing_too = import_graph(), import_graph(typing_too=True)
    assert "sango_game.ui.screens.base" in typing_too["sango_game.ui.seams"]
    assert "sango_game.ui.screens.base" not in runtime["sango_game.ui.seams"]
