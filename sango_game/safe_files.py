"""Read a dropped-in file safely: never block, never grow without bound.

Level files, translation files, pictures and imported progress files come from
authors, translators and teachers, so any of them may be a FIFO, a device, a
symlink to `/dev/zero` or `/dev/random`, a folder, or simply enormous. Every
layer reads such a file through `read_limited`, which:

- opens with `O_NONBLOCK` (opening a FIFO with no writer does not wait) and
  `O_NOCTTY`, then checks with `fstat` on the open file that it is a regular
  file (a symlink is followed, but only to a regular file);
- refuses a file whose size is above `limit` before reading it, and reads at
  most `limit + 1` bytes in any case (a file that grows while read is caught).

It returns `ReadResult(data, reason)`: the bytes, or `None` and one of the
`REASONS` keys. Callers turn the reason into a finding with their own code and
words. Nothing here raises for a bad file.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

NOT_FOUND = "not-found"
NOT_A_FILE = "not-a-file"
TOO_BIG = "too-big"
UNREADABLE = "unreadable"

REASONS: dict[str, str] = {
    NOT_FOUND: "the file does not exist",
    NOT_A_FILE: "it is not an ordinary file (a folder, a pipe, a device or a link to one)",
    TOO_BIG: "the file is too big",
    UNREADABLE: "the file cannot be read (no permission, or a disk error)",
}

_CHUNK = 1 << 16


@dataclass(frozen=True)
class ReadResult:
    """The bytes read, or why there are none."""

    data: bytes | None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.data is not None

    def explain(self, limit: int) -> str:
        """The reason in plain words (with the limit for a file that is too big)."""
        if self.reason == TOO_BIG:
            return f"the file is bigger than {limit:,} bytes, the most allowed here"
        return REASONS.get(self.reason or "", "the file cannot be read")


def is_regular_file(path: Path | str) -> bool:
    """True when `path` is (or links to) an ordinary file. Never blocks."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_limited(path: Path | str, limit: int) -> ReadResult:
    """At most `limit` bytes of an ordinary file, without ever blocking."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return ReadResult(None, NOT_FOUND)
    except IsADirectoryError:
        return ReadResult(None, NOT_A_FILE)
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return ReadResult(None, UNREADABLE)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return ReadResult(None, NOT_A_FILE)
        if info.st_size > limit:
            return ReadResult(None, TOO_BIG)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            return ReadResult(None, TOO_BIG)
        return ReadResult(b"".join(chunks))
    except OSError:
        return ReadResult(None, UNREADABLE)
    finally:
        os.close(fd)
