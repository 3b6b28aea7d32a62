"""`sango-game play`: start the game (also what plain `sango-game` does).

    sango-game play [--lang L] [--data-dir DIR] [--size WxH] [--fullscreen]
                    [--quit-after SECONDS]
    sango-game play --autoplay [--level ID] [--track T] [--lang L]
                    [--choose safe|unsafe|first|random] [--input keyboard|mouse|touch]
                    [--screenshots DIR] [--data-dir DIR] [--profile NICKNAME]

`--quit-after` (or the environment variable SANGO_QUIT_AFTER) quits by itself
after that many seconds, for demos, CI and measurements. With no display the
command says so plainly, suggests `xvfb-run -a sango-game`, and exits 3.
"""

from __future__ import annotations

import argparse
import os
import sys

EXIT_NO_DISPLAY = 3
QUIT_AFTER_ENV = "SANGO_QUIT_AFTER"


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
    parser.add_argument("--lang", help="language code, like en, fr or ar")
    parser.add_argument(
        "--data-dir",
        help="folder for progress.db (default: SANGO_DATA_DIR, else your user data folder)",
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=(1280, 720),
        metavar="WxH",
        help="window size (1024x600 to 1920x1080; default 1280x720)",
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
        help=f"quit by itself after SECONDS (also env {QUIT_AFTER_ENV})",
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
    auto.add_argument("--profile", metavar="NICKNAME", help="play as this nickname")
    parser.set_defaults(run=run)


def no_display_message(detail: str) -> str:
    from sango_game import i18n

    try:
        i18n.setup()
    except Exception:  # translations are a nicety here; the message must always print
        pass
    return i18n._(
        "Sango needs a screen to show the game, and none was found ({detail}).\n"
        "On a computer without a screen (a server, CI), run it under a virtual display:\n"
        "    xvfb-run -a sango-game",
        detail=detail,
    )


def quit_after(args) -> float | None:
    if args.quit_after is not None:
        return args.quit_after
    value = os.environ.get(QUIT_AFTER_ENV)
    if not value:
        return None
    try:
        return _seconds(value)
    except argparse.ArgumentTypeError:
        print(
            f"{QUIT_AFTER_ENV}={value!r} is not a number of seconds; ignoring it", file=sys.stderr
        )
        return None


def run(args) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from sango_game.ui.app import App, AppOptions
    from sango_game.ui.window import NoDisplayError

    try:
        if args.autoplay:
            from sango_game.ui.autoplay import AutoplayOptions, run_autoplay

            options = AutoplayOptions(
                level=args.level,
                track=args.track,
                lang=args.lang,
                choose=args.choose,
                input=args.input,
                screenshots=args.screenshots,
                data_dir=args.data_dir,
                profile=args.profile,
                size=args.size,
            )
            return run_autoplay(options, say=print)
        app = App(
            AppOptions(
                size=args.size,
                lang=args.lang,
                data_dir=args.data_dir,
                fullscreen=args.fullscreen,
                quit_after=quit_after(args),
            )
        )
        app.start()
    except NoDisplayError as error:
        print(no_display_message(str(error)), file=sys.stderr)
        return EXIT_NO_DISPLAY
    return app.run()
