"""The crash guard: an unexpected error in a screen never reaches the child.

`App.step` hands any exception from a screen (its keys, clicks, layout or
drawing) to `CrashGuard.failed`, which

1. writes the traceback to `sango-errors.log` in the data folder (the folder
   of `progress.db`). The log is bounded: past `LOG_LIMIT` bytes the old log
   becomes `sango-errors.log.1` (replacing an older one) and a new log starts;
2. shows the crash screen ("Something went wrong - your stars are safe") with
   a way back to the map, or to the title when the map itself failed.
   Every choice the child made is already saved (`LevelFlow.choose` commits
   each one when it is made), so nothing acknowledged is lost.

It never loops: if the crash screen itself fails, the stack starts again from
a fresh title screen; if that fails too before a frame could be drawn, the
game closes with `EXIT_CRASHED` instead of failing for ever.
"""

from __future__ import annotations

import datetime
import os
import traceback
from pathlib import Path

from sango_game.ui import log

LOG_NAME = "sango-errors.log"
LOG_LIMIT = 256 * 1024  # bytes in one log; one older log is kept beside it
ENTRY_LIMIT = 16 * 1024  # characters of one traceback kept
EXIT_CRASHED = 70


def error_log_path(data_dir=None) -> Path:
    from sango_game.progress.paths import resolve_data_dir

    return resolve_data_dir(data_dir) / LOG_NAME


def write_error_log(path: Path, where: str, error: BaseException) -> bool:
    """Append one entry for `error`; False when the log cannot be written."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    if len(text) > ENTRY_LIMIT:
        text = text[: ENTRY_LIMIT // 2] + "\n[...]\n" + text[-ENTRY_LIMIT // 2 :]
    stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    entry = f"--- {stamp} on screen {where!r}\n{text}\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if path.stat().st_size + len(entry) > LOG_LIMIT:
                os.replace(path, path.with_name(path.name + ".1"))
        except FileNotFoundError:
            pass
        with open(path, "a", encoding="utf-8", errors="replace") as out:
            out.write(entry)
    except OSError as problem:
        log.warning("the error log %s could not be written: %s", path, problem)
        return False
    return True


class CrashGuard:
    def __init__(self, app):
        self.app = app
        self.failures = 0  # since the last frame drawn without an error
        self.total = 0

    @property
    def log_path(self) -> Path:
        return error_log_path(self.app.services.data_dir)

    def frame_drawn(self) -> None:
        self.failures = 0

    def failed(self, error: BaseException) -> None:
        app = self.app
        self.failures += 1
        self.total += 1
        top = app.top
        where = top.name if top is not None else "(none)"
        log.warning("screen %s failed: %r", where, error)
        write_error_log(self.log_path, where, error)
        app.held_keys.clear()
        pending = app.dirty
        try:
            if self.failures == 1 and (top is None or top.name != "crash"):
                app.push_without_fade(app.make_screen("crash", failed=where))
            elif self.failures <= 2:
                self.restart_at_title()
            else:
                app.quit(EXIT_CRASHED)
        except Exception as again:  # noqa: BLE001 - the guard itself must not raise
            write_error_log(self.log_path, "crash guard", again)
            app.quit(EXIT_CRASHED)
        app.dirty = app.dirty or pending

    def restart_at_title(self) -> None:
        app = self.app
        app.stack.clear()
        app.push_without_fade(app.make_screen("title"))
