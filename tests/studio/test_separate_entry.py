"""The studio is a separate entry: the game and its CLI never load it or pygame-gui."""

from __future__ import annotations

import subprocess
import sys

from sango_game.cli import build_parser

CHECK = """
import sys
import sango_game.cli
sango_game.cli.build_parser()
import sango_game.ui.app
loaded = sorted(name for name in sys.modules
                if name.startswith(("sango_game.studio", "pygame_gui")))
print(loaded)
"""


def test_starting_the_game_loads_neither_studio_nor_pygame_gui():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            check=True, env={"SDL_VIDEODRIVER": "dummy",
                                             "PYGAME_HIDE_SUPPORT_PROMPT": "1",
                                             "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == "[]"


def test_the_cli_offers_the_studio_command():
    args = build_parser().parse_args(["studio", "some.yaml", "--size", "1280x800"])
    assert args.level == "some.yaml" and args.size == (1280, 800)
    assert callable(args.run)


def test_a_missing_file_is_a_usage_error(tmp_path, capsys):
    args = build_parser().parse_args(["studio", str(tmp_path / "nope.yaml")])
    assert args.run(args) == 2
    assert "no such file" in capsys.readouterr().err
