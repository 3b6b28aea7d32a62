"""The one place that writes: durable commits, and a memory fallback when the
disk refuses.

A write is a ``Unit``: a short list of SQL statements with their parameters
that belong together (a choice and the runner state it leads to). Every id is
made by the store before writing, so a unit means the same thing whenever it
runs; that is what lets a unit wait in memory and run later.

Normal life: each unit is one ``BEGIN IMMEDIATE ... COMMIT`` on the file (WAL,
``synchronous=FULL``), so when ``write`` returns ``"saved"`` the change survives
a killed process or a power cut.

When the disk refuses (full, read-only, unplugged USB stick, a newer file we
must not touch): the current contents are copied into an in-memory database
(the *mirror*), the unit is applied there and kept in ``pending``. Reads use the
mirror, so the game sees its own progress. Every later write first retries all
pending units on the file in one transaction; when that works the mirror is
dropped and the store says saving works again. Nothing here raises
``sqlite3.Error`` to the caller.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from sango_game.progress import texts
from sango_game.progress.opening import (
    close_cleanly,
    forget_check,
    is_busy,
    is_damage,
    open_database,
)
from sango_game.progress.records import Notice
from sango_game.progress.schema import migrate

Statement = tuple[str, Sequence[Any]]
Unit = tuple[Statement, ...]
WriteOutcome = Literal["saved", "queued", "refused", "failed"]

REOPEN_EVERY_S = 2.0  # a missing or read-only file is retried at most this often


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.notices: list[Notice] = []
        self.pending: list[Unit] = []
        self.last_error: str | None = None
        self._disk: sqlite3.Connection | None = None
        self._mirror: sqlite3.Connection | None = None
        self._never_write = False
        self._last_reopen = 0.0
        self._damage_seen = False
        opened = open_database(path)
        self.notices.extend(opened.notices)
        self._never_write = opened.newer_version
        self.last_error = opened.failure
        if opened.connection is not None:
            self._disk = opened.connection
        else:
            self._last_reopen = time.monotonic()
            self._start_mirror(opened.snapshot)
            if opened.snapshot is not None:
                opened.snapshot.close()

    # --- reading -------------------------------------------------------------
    @property
    def reader(self) -> sqlite3.Connection:
        """The connection that holds the latest state (the mirror while degraded)."""
        connection = self._mirror if self._mirror is not None else self._disk
        assert connection is not None
        return connection

    @property
    def can_save(self) -> bool:
        return self._mirror is None and self._disk is not None

    @property
    def never_write(self) -> bool:
        """The file comes from a newer Sango: it is never written to."""
        return self._never_write

    # --- writing -------------------------------------------------------------
    def write(self, unit: Unit) -> WriteOutcome:
        if self._mirror is None:
            assert self._disk is not None
            try:
                _run_units(self._disk, [unit], skip_refused=False)
                return "saved"
            except sqlite3.IntegrityError:
                return "refused"
            except sqlite3.Error as error:
                self._note_error(error)
                self._start_mirror(self._disk)
        for _ in range(2):
            try:
                _run_units(self.reader, [unit], skip_refused=False)
                break
            except sqlite3.IntegrityError:
                return "refused"
            except sqlite3.Error as error:  # a copy of a damaged file: start an empty one
                self._note_error(error)
                if self._mirror is not None:
                    self._mirror.close()
                self._mirror = None
                self._start_mirror(None)
        else:
            return "failed"
        self.pending.append(unit)
        return "saved" if self.flush() else "queued"

    def flush(self, *, force: bool = False) -> bool:
        """Try to write every pending unit to the file. True when nothing is pending."""
        if not self.pending and self._mirror is None:
            return True
        if self._never_write:
            return False
        if self._disk is None and not self._reopen(force):
            return False
        assert self._disk is not None
        try:
            _run_units(self._disk, self.pending, skip_refused=True)
        except sqlite3.Error as error:
            self._note_error(error)
            if getattr(error, "sqlite_errorname", "") != "SQLITE_FULL" and not is_busy(error):
                # read-only, unplugged, I/O error: open the file afresh next time
                self._disk.close()
                self._disk = None
            return False
        self.pending.clear()
        if self._mirror is not None:
            self._mirror.close()
            self._mirror = None
        self.notices.append(Notice("saving-again", texts.NOTICE_SAVING_AGAIN))
        return True

    def checkpoint(self) -> None:
        """Copy the log into the file and empty it (after a delete: no old bytes left)."""
        if self._disk is not None and self._mirror is None:
            try:
                self._disk.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as error:
                self._note_error(error)

    def _note_error(self, error: sqlite3.Error) -> None:
        self.last_error = str(error)
        if is_damage(error) and not self._damage_seen:
            # the next start must check the whole file (and set it aside)
            self._damage_seen = True
            forget_check(self.path)

    def report_read_error(self, error: sqlite3.Error) -> None:
        self._note_error(error)
        if not self.notices or self.notices[-1].code != "cannot-read":
            self.notices.append(
                Notice("cannot-read", texts.NOTICE_CANNOT_READ, {"folder": str(self.path.parent)})
            )

    def close(self) -> None:
        self.flush(force=True)
        if self._mirror is not None:
            self._mirror.close()
            self._mirror = None
        if self._disk is not None:
            close_cleanly(self._disk, self.path, record_check=not self._damage_seen)
            self._disk = None

    # --- degraded mode ---------------------------------------------------------
    def _start_mirror(self, source: sqlite3.Connection | None) -> None:
        mirror = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        if source is not None:
            try:
                source.backup(mirror)
                if mirror.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                    raise sqlite3.DatabaseError("the copy failed its check")
            except sqlite3.Error:
                mirror.close()
                mirror = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        mirror.execute("PRAGMA foreign_keys = ON")
        mirror.execute("PRAGMA trusted_schema = OFF")
        migrate(mirror)
        self._mirror = mirror
        last = self.notices[-1].code if self.notices else None
        already_said = last in ("cannot-save", "cannot-read")
        if not self._never_write and not already_said:
            self.notices.append(
                Notice("cannot-save", texts.NOTICE_CANNOT_SAVE, {"folder": str(self.path.parent)})
            )

    def _reopen(self, force: bool) -> bool:
        now = time.monotonic()
        if not force and now - self._last_reopen < REOPEN_EVERY_S:
            return False
        self._last_reopen = now
        opened = open_database(self.path)
        if opened.snapshot is not None:
            opened.snapshot.close()
        if opened.newer_version:
            self._never_write = True
            self.notices.extend(opened.notices)
        if opened.connection is None:
            return False
        self.notices.extend(n for n in opened.notices if n.code == "damaged-file-moved")
        self._disk = opened.connection
        return True


def _run_units(connection: sqlite3.Connection, units: Sequence[Unit], *, skip_refused: bool):
    """Run units in one short transaction. With ``skip_refused``, a unit that
    breaks a constraint (say, a nickname another process took meanwhile) is
    dropped on its own and the rest still commit."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        for unit in units:
            if skip_refused:
                connection.execute("SAVEPOINT unit")
            try:
                for sql, params in unit:
                    connection.execute(sql, params)
            except sqlite3.IntegrityError:
                if not skip_refused:
                    raise
                connection.execute("ROLLBACK TO unit")
            if skip_refused:
                connection.execute("RELEASE unit")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
