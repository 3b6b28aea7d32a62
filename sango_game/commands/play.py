"""`sango-game play`: start the game (also what plain `sango-game` does).

    sango-game play [--lang L] [--data-dir DIR] [--size WxH] [--fullscreen]
                    [--quit-after SECONDS]
    sango-game play --autoplay [--level ID] [--track T] [--lang L]
                    [--choose safe|unsafe|first|random] [--input keyboard|mouse|touch]
                    [--screenshots DIR] [--data-dir DIR] [--profile NICKNAME]

`--lang` is resolved by `sango_game.i18n.choose_language` at the edge
(`ui.launch.chosen_language`): `zh` -> `zh_Hans`, `ar-EG` -> `ar`; an unknown
code is said on stderr and the game starts in English.
`--quit-after` (or the environment variable SANGO_QUIT_AFTER) quits by itself
after that many seconds, for demos, CI and measurements. This module only parses
the arguments; `run` imports `sango_game.ui.launch` and calls `play(args)` (the
commands are the edge: they may import `ui`, and only they and `cli.py` do).
"""

from __future__ import annotations

import argparse


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as error:
        raise argparse.ArgumentTypeError("size is WIDTHxHEIGHT, like 1280x720") from error
    return width, height


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError("give a number of seconds, like 5") from error
    if value < 0:
        raise argparse.ArgumentTypeError("give a number of seconds, 0 or more")
    return value


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "play",
        help="start the game (the default command)",
        description="Start Sango. With --autoplay the game plays itself and saves screenshots.",
    )
    parser.add_argument(
        "--lang",
        help="language code as you would type it: en, fr, ar, ar-EG, zh, zh_Hans... "
        "(a code with no translation: English, and a note on stderr)",
    )
    parser.add_argument(
        "--data-dir",
        help="folder for progress.db (default: SANGO_DATA_DIR, else your user data folder)",
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=None,
        metavar="WxH",
        help="window size (1024x600 to 1920x1080; default 1280x720, made smaller to fit "
        "a smaller screen with its title bar and task bar)",
    )
    parser.add_argument(
        "--fullscreen",
        action="store_true",
        default=None,
        help="start in full screen (F11 switches)",
    )
    parser.add_argument(
        "--quit-after",
        type=_seconds,
        metavar="SECONDS",
        help="quit by itself after SECONDS (also env SANGO_QUIT_AFTER)",
    )
    auto = parser.add_argument_group("autoplay (the game plays itself)")
    auto.add_argument("--autoplay", action="store_true", help="play levels by themselves")
    auto.add_argument("--level", help="play only this level ID")
    auto.add_argument("--track", help="play the levels of this track (under-9, 9-11, 12-18)")
    auto.add_argument(
        "--choose",
        default="safe",
        choices=("safe", "unsafe", "first", "random"),
        help="which answers to pick (default safe)",
    )
    auto.add_argument(
        "--input",
        default="keyboard",
        choices=("keyboard", "mouse", "touch"),
        help="play with the keyboard alone, the mouse alone, or touch",
    )
    auto.add_argument("--screenshots", metavar="DIR", help="save a numbered PNG of each screen")
    auto.add_argument("--profile", metavar="NICKNAME",
                      help="play as this nickname (a pupil in a class: their levels, "
                           "today's lesson first)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sango_game.ui.launch import play  # pygame loads only when the game starts

    return play(args)
