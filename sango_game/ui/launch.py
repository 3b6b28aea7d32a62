"""Starting the game from the command line: the window, or autoplay.

`sango_game.cli` calls `play(args)` for `sango-game play` (and plain
`sango-game`); the arguments are parsed by `sango_game.commands.play`.
`--quit-after` (or SANGO_QUIT_AFTER) quits by itself after that many seconds.
With no display it says so plainly, suggests `xvfb-run -a sango-game`, and
returns 3.
"""

from __future__ import annotations

import os
import sys

EXIT_NO_DISPLAY = 3
QUIT_AFTER_ENV = "SANGO_QUIT_AFTER"


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
        seconds = float(value)
        if seconds < 0:
            raise ValueError(value)
        return seconds
    except ValueError:
        print(
            f"{QUIT_AFTER_ENV}={value!r} is not a number of seconds; ignoring it", file=sys.stderr
        )
        return None


def chosen_language(code: str | None) -> str | None:
    """The language `--lang code` means (`zh` -> `zh_Hans`, `ar-EG` -> `ar`); a code
    nobody knows is said in plain words on stderr and the game starts in English."""
    if code is None:
        return None
    from sango_game import i18n
    from sango_game.printable import printable

    i18n.setup()
    choice = i18n.choose_language(code)
    if choice.problem is not None:
        print(f"sango-game: --lang: {printable(choice.problem.message)}", file=sys.stderr)
    return choice.code


def play(args) -> int:
    """Run `sango-game play` with parsed arguments; returns the exit code."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    args.lang = chosen_language(args.lang)
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
