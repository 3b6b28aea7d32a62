"""Opening ``progress.db`` safely: checks, damaged files set aside, migrations.

``open_database(path)`` never raises. It returns an ``Opened`` that holds a
ready read-write connection, or says why there is none:

- the folder can't be created or the file can't be read -> no connection;
- the file comes from a newer Sango (``user_version`` above ours) -> no
  connection, and the file is only ever opened read-only, never written;
- the file is damaged (not a database, truncated, failing ``quick_check``) ->
  it is renamed ``progress-damaged-<UTC timestamp>.db`` (with its ``-wal`` and
  ``-shm``), never deleted, and a fresh database is started in its place;
- the file is readable but not writable -> a read-only ``snapshot`` connection
  the store copies into memory so the game can go on.

A full ``quick_check`` reads the whole file (about 5 ms per MB). It is skipped
only when the file is exactly as Sango left it at its last clean close: the
size and modification time recorded in ``progress.db-checked`` still match and
no write-ahead log is waiting. Anything else (a crash, a copy, a truncation)
gets the full check.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sango_game.progress import texts
from sango_game.progress.records import Notice
from sango_game.progress.schema import LATEST_VERSION, migrate, schema_version

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
SIDE_FILES = ("-wal", "-shm")
CHECKED_SUFFIX = "-checked"
OPEN_RETRY_PAUSES_S = (0.05, 0.1, 0.2, 0.4)
DAMAGE_ERRORS = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR_SHORT_READ")


@dataclass
class Opened:
    connection: sqlite3.Connection | None = None
    snapshot: sqlite3.Connection | None = None
    newer_version: bool = False
    notices: list[Notice] = field(default_factory=list)
    failure: str | None = None
    busy: bool = False  # the failure was another process holding the file for a moment


class DamagedFile(Exception):
    """The file is not a usable SQLite database."""


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with the
    busy timeout, WAL, durable commits and secure delete set."""
    if read_only:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None, check_same_thread=False,
        )
    else:
        connection = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    # A progress.db may come from elsewhere: its views and triggers may not call
    # functions with side effects (SQLite's trusted_schema).
    connection.execute("PRAGMA trusted_schema = OFF")
    if not read_only:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")  # a commit survives a power cut
        connection.execute("PRAGMA secure_delete = ON")  # a deleted child leaves no bytes
    return connection


def is_damage(error: sqlite3.Error) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(DAMAGE_ERRORS) or "malformed" in str(error) or (
        "not a database" in str(error)
    )


def is_busy(error: Exception) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(error)


def open_database(path: Path) -> Opened:
    """Open ``path`` for the store; a file another process holds busy for a
    moment (recovery, a checkpoint) is tried again a few times first."""
    for pause in OPEN_RETRY_PAUSES_S:
        opened = _open_once(path)
        if opened.connection is not None or not opened.busy:
            return opened
        if opened.snapshot is not None:
            opened.snapshot.close()
        time.sleep(pause)
    return _open_once(path)


def _open_once(path: Path) -> Opened:
    opened = Opened()
    folder = str(path.parent)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _unreadable(opened, folder, error)
    try:
        version = _check_existing(path)
    except DamagedFile:
        try:
            moved_to = set_aside(path)
        except OSError as error:
            return _unreadable(opened, folder, error)
        opened.notices.append(
            Notice("damaged-file-moved", texts.NOTICE_DAMAGED_MOVED, {"moved_to": str(moved_to)})
        )
        version = 0
    except (sqlite3.Error, OSError) as error:
        return _snapshot_or_unreadable(opened, path, error)
    if version > LATEST_VERSION:
        opened.newer_version = True
        opened.notices.append(
            Notice("newer-version", texts.NOTICE_NEWER_VERSION, {"path": str(path)})
        )
        return opened
    connection = None
    try:
        connection = connect(path)
        migrate(connection)
    except sqlite3.Error as error:
        if connection is not None:
            connection.close()
        return _snapshot_or_unreadable(opened, path, error)
    opened.connection = connection
    return opened


def _check_existing(path: Path) -> int:
    """The schema version of the file at ``path`` (0 if there is none yet).

    Raises DamagedFile, or sqlite3.Error when the file can't be read at all."""
    wal = _side(path, "-wal")
    size = path.stat().st_size if path.exists() else 0
    wal_size = wal.stat().st_size if wal.exists() else 0
    if size == 0 and wal_size == 0:
        return 0
    if size < 100:
        raise DamagedFile(path)
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise DamagedFile(path)
    header_version = int.from_bytes(header[60:64], "big")
    if header_version > LATEST_VERSION:
        return header_version  # a newer Sango's file: not even opened by SQLite
    trusted = wal_size == 0 and _checked_stamp(path) == _stamp_of(path)
    connection = connect(path, read_only=True)
    try:
        if not trusted:
            rows = connection.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                raise DamagedFile(path)
        version = schema_version(connection)
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        return version
    except sqlite3.Error as error:
        if is_damage(error):
            raise DamagedFile(path) from error
        raise
    finally:
        connection.close()


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way; returns the new name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"progress-damaged-{stamp}.db")
    counter = 2
    while target.exists():
        target = path.with_name(f"progress-damaged-{stamp}-{counter}.db")
        counter += 1
    os.replace(path, target)
    for suffix in SIDE_FILES:
        side = _side(path, suffix)
        if side.exists():
            os.replace(side, _side(target, suffix))
    _side(path, CHECKED_SUFFIX).unlink(missing_ok=True)
    return target


def close_cleanly(connection: sqlite3.Connection, path: Path, record_check: bool = True) -> None:
    """Checkpoint the log into the file and, if that emptied it, record the
    file's size and time so the next open can skip the full check."""
    try:
        busy, log_frames, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        connection.close()
        if busy == 0 and log_frames == 0 and record_check:
            _side(path, CHECKED_SUFFIX).write_text(json.dumps(_stamp_of(path)), encoding="utf-8")
    except (sqlite3.Error, OSError):
        connection.close()


def forget_check(path: Path) -> None:
    """The file must get the full check at the next open."""
    try:
        _side(path, CHECKED_SUFFIX).unlink(missing_ok=True)
    except OSError:
        pass


def _stamp_of(path: Path) -> dict[str, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return {"size": status.st_size, "mtime_ns": status.st_mtime_ns, "version": LATEST_VERSION}


def _checked_stamp(path: Path) -> dict[str, int] | None:
    try:
        return json.loads(_side(path, CHECKED_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _unreadable(opened: Opened, folder: str, error: Exception) -> Opened:
    opened.failure = str(error)
    opened.notices.append(Notice("cannot-read", texts.NOTICE_CANNOT_READ, {"folder": folder}))
    return opened


def _snapshot_or_unreadable(opened: Opened, path: Path, error: Exception) -> Opened:
    """The file can't be written: try to read it so the child keeps their profile."""
    opened.failure = str(error)
    opened.busy = is_busy(error)
    for uri_options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            snapshot = sqlite3.connect(
                f"{path.resolve().as_uri()}?{uri_options}", uri=True,
                isolation_level=None, check_same_thread=False,
            )
            version = schema_version(snapshot)
            if version > LATEST_VERSION:
                snapshot.close()
                break
            opened.snapshot = snapshot
            opened.notices.append(
                Notice("cannot-save", texts.NOTICE_CANNOT_SAVE, {"folder": str(path.parent)})
            )
            return opened
        except sqlite3.Error:
            continue
    return _unreadable(opened, str(path.parent), error)
