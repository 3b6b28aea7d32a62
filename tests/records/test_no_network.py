"""The game never opens a network connection: only the records send path
(and the records bench and its fake LRS) import networking modules."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "sango_game"
NETWORK = ("urllib.request", "http.client", "http.server", "socket", "socketserver",
           "ssl", "urllib3", "requests", "httpx", "aiohttp")
NETWORK_MODULES = {"records/send.py", "records/fake_lrs.py"}
SEND_USERS = {"commands/records.py", "records/bench.py"}


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_send_path_imports_networking():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        for module in imports(path):
            if module.startswith(NETWORK) and relative not in NETWORK_MODULES:
                wrong.append(f"{relative} imports {module}")
            if (module.startswith(("sango_game.records.send", "sango_game.records.fake_lrs"))
                    and relative not in SEND_USERS | NETWORK_MODULES):
                wrong.append(f"{relative} imports {module}")
    assert wrong == []


def test_starting_the_game_never_loads_the_send_path():
    code = ("import sys, sango_game.cli, sango_game.ui.launch, sango_game.commands.play;"
            "sango_game.cli.build_parser();"
            "print(sorted(m for m in sys.modules if m.startswith('sango_game.records')"
            " or m in ('urllib.request', 'http.client')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
                                          "PYGAME_HIDE_SUPPORT_PROMPT": "1", "PATH": ""})
    assert "sango_game.records.send" not in out.stdout
    assert "sango_game.records.fake_lrs" not in out.stdout
    assert "urllib.request" not in out.stdout
