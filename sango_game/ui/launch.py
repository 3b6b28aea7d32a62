"""Starting the game from the command line: the window, or autoplay.

`sango_game.cli` calls `play(args)` for `sango-game play` (and plain
`sango-game`); the arguments are parsed by `sango_game.commands.play`.
`--quit-after` (or SANGO_QUIT_AFTER) quits by itself after that many seconds.
With no display it says so plainly, suggests `xvfb-run -a <the command that
started it>` (`.venv/bin/sango-game` after the README install, from
`sys.argv[0]`/`sys.executable`), and returns 3.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

EXIT_NO_DISPLAY = 3
QUIT_AFTER_ENV = "SANGO_QUIT_AFTER"


def start_command(argv0: str | None = None, executable: str | None = None,
                  cwd: Path | None = None) -> str:
    """The command that starts Sango the way it was started now, for a person to type.

    `sango-game` when that name on PATH is this very script, else the script's
    path (relative to the current folder when inside it: `.venv/bin/sango-game`);
    `python -m sango_game` when started as a module.
    """
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    cwd = Path.cwd() if cwd is None else cwd
    script = Path(argv0) if argv0 else None
    if script is None or script.name in ("__main__.py", "-c", "") or script.suffix == ".py":
        return f"{shlex.quote(_shown(Path(executable or 'python3'), cwd))} -m sango_game"
    if script.parent == Path("."):  # found on PATH by the shell
        found = shutil.which(script.name)
        return shlex.quote(script.name) if found else shlex.quote(_shown(script, cwd))
    on_path = shutil.which(script.name)
    if on_path and _same_file(Path(on_path), script):
        return shlex.quote(script.name)
    return shlex.quote(_shown(script, cwd))


def _shown(path: Path, cwd: Path) -> str:
    absolute = path if path.is_absolute() else cwd / path
    try:
        return str(absolute.relative_to(cwd))
    except ValueError:
        return str(absolute)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def no_display_message(detail: str) -> str:
    from sango_game import i18n

    try:
        i18n.setup()
    except Exception:  # translations are a nicety here; the message must always print
        pass
    return i18n._(
        "Sango needs a screen to show the game, and none was found ({detail}).\n"
        "On a computer without a screen (a server, CI), run it under a virtual display:\n"
        "    xvfb-run -a {command}",
        detail=detail,
        command=" ".join([start_command(), *map(shlex.quote, sys.argv[1:])]),
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
    from sango_game.ui.window import DEFAULT_SIZE, NoDisplayError

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
                size=args.size or DEFAULT_SIZE,
            )
            return run_autoplay(options, say=print)
        app = App(
            AppOptions(
                size=args.size or DEFAULT_SIZE,
                fit_desktop=args.size is None,
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
