"""`sango-game` and its subcommands.

Each subcommand lives in its own module under `sango_game.commands` and offers
`add_parser(subparsers)`, which registers an argparse parser whose default
`run(args) -> int` does the work. Modules import heavy libraries (pygame,
jsonschema, Babel) inside `run`, so `--help` and `--version` stay instant.

With no subcommand, `sango-game` starts the game (`play`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from sango_game import __version__

# Order is the order `--help` lists them in.
COMMAND_MODULES = (
    "play",
    "validate",
    "i18n",
    "profiles",
    "levels",
    "classroom",
    "records",
    "speak",
    "bench",
    "studio",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sango-game",
        description=(
            "Sango: an offline game that teaches children to stay safe online. "
            "With no command, the game starts."
        ),
    )
    parser.add_argument("--version", action="version", version=f"sango-game {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"sango_game.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"sango_game.commands.{name}":
                raise
            continue  # a command not built yet is simply not offered
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # no banner in a child's console
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["play", *argv]  # `sango-game --lang ar` means `sango-game play --lang ar`
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return 2
    try:
        return int(run(args) or 0)
    except KeyboardInterrupt:
        return 130
