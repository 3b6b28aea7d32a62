"""`sango-game studio [LEVEL.yaml]`: the level studio for authors (a separate entry).

    sango-game studio levels/9-11/m-cyberbullying-group-chat.yaml [--size 1280x800]

Shows the level as a map beside the validator's findings, reloads it when the
file changes, previews scenes and plays from any scene. It only reads files.
The studio (pygame-gui) is imported inside `run`, so the game and the other
commands never load it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_NO_DISPLAY = 3


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as error:
        raise argparse.ArgumentTypeError("size is WIDTHxHEIGHT, like 1280x800") from error
    if width < 1000 or height < 640:
        raise argparse.ArgumentTypeError("the studio needs at least 1000x640")
    return width, height


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "studio", help="see a level as a live map, with its findings (for authors)",
        description="The level studio: a level as a map of scenes and choices, the "
        "validator's findings, a preview in any language, and play from any scene. "
        "It reloads when the file changes and never writes it.")
    parser.add_argument("level", nargs="?", metavar="LEVEL.yaml",
                        help="level file to open (or choose one with Ctrl+O)")
    parser.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH",
                        help="studio window size (default 1280x800)")
    parser.add_argument("--lang", help="first preview language, like fr or ar (L changes it)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    path = Path(args.level) if args.level else None
    if path is not None and not path.exists():
        print(f"sango-game studio: no such file: {path}", file=sys.stderr)
        return 2
    from sango_game.studio.app import NoDisplayError, Studio

    try:
        studio = Studio(path, size=args.size, lang=args.lang)
    except NoDisplayError as problem:
        print(f"The studio needs a screen and none was found ({problem}).\n"
              "On a computer without one, run it under a virtual display:\n"
              "    xvfb-run -a sango-game studio LEVEL.yaml", file=sys.stderr)
        return EXIT_NO_DISPLAY
    return studio.run()
