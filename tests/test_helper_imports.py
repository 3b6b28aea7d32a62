"""Test helpers are imported from beside the tests, never as `tests.x`.

Some installed packages ship a top-level `tests` package of their own
(textstat 0.7 does), so `import tests.ui.conftest` may load someone else's
module, or fail, depending on what is installed.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_test_imports_a_helper_as_tests_dot_something():
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            offenders += [f"{path.relative_to(TESTS)}:{node.lineno}: {name}"
                          for name in names if name == "tests" or name.startswith("tests.")]
    assert not offenders, "import helpers from beside the test instead:\n" + "\n".join(offenders)
