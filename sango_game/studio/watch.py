"""Noticing that the level file changed on disk, off the draw path. Pure Python.

`FileWatch.poll()` compares the file's (mtime_ns, size) with the last look;
`FileWatch.start()` runs that every `interval` seconds in a daemon thread and
sets `changed`, which the studio's loop reads (and clears) once a frame. A
file that disappears counts as a change too (the reload then shows SG001).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

POLL_S = 0.5


def signature(path: Path) -> tuple[int, int] | None:
    """(mtime in ns, size) of `path`, or None when it cannot be looked at."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class FileWatch:
    def __init__(self, path: Path, interval: float = POLL_S) -> None:
        self.path = Path(path)
        self.interval = interval
        self.last = signature(self.path)
        self._changed = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def poll(self) -> bool:
        """Look once; True (and `changed` set) when the file differs from the last look."""
        now = signature(self.path)
        if now != self.last:
            self.last = now
            self._changed.set()
            return True
        return False

    def take_change(self) -> bool:
        """True once after each change seen by `poll`."""
        if self._changed.is_set():
            self._changed.clear()
            return True
        return False

    def start(self) -> FileWatch:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="studio-watch", daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.poll()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None
