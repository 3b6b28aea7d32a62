"""The learning-records outbox: what waits in ``progress.db`` to be sent to a
school's Learning Record Store. Mixed into ``ProgressStore``.

Off by default. While a teacher has turned records on (``records_settings``),
finishing a level, making a choice and earning a badge each add one outbox row
*in the same write unit* (one transaction) as the record itself, so a record
is never saved without its row, nor a row without its record.

A row holds plain facts (``body``: level, stars, safety, the pseudonymous
profile ID, the school's home page, a time); ``sango_game.records`` turns them
into xAPI statements when exporting or sending. Each row's ``statement_id`` is
a UUID5 of the record's ID, so the same record always gives the same statement
and an LRS (or ``import``) never stores it twice. A nickname or anything typed
by a child is never put in a row.

Nothing here opens a network connection.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sango_game.progress import validate
from sango_game.progress.database import Unit
from sango_game.progress.ids import now
from sango_game.progress.records import WriteResult
from sango_game.progress.store_core import MixinBase

RECORDS_SETTING = "learning_records"
LAST_SEND_SETTING = "learning_records_last_send"
LRS_SETTING = "learning_records_lrs"  # the LRS address last given to `records` (no secret)
# Fixed forever: changing it would change every statement ID and duplicate records.
STATEMENT_NAMESPACE = uuid.UUID("6f0c2a54-2b8e-5d7e-9a51-5a4e60c0de19")
SENDABLE_SAFETY = ("safe", "unsafe", "mixed")  # "pressured" is never sent
HOME_PAGE_MAX = 200


def statement_id(record_id: str) -> str:
    """The statement ID of a record: UUID5 of its record ID in Sango's namespace."""
    return str(uuid.uuid5(STATEMENT_NAMESPACE, record_id))


def check_home_page(home_page: object) -> str | None:
    """None when ``home_page`` is an http(s) address a teacher could configure,
    else why not (plain words)."""
    if not isinstance(home_page, str) or not home_page.strip():
        return "the home page is empty"
    text = home_page.strip()
    if len(text) > HOME_PAGE_MAX:
        return f"the home page is longer than {HOME_PAGE_MAX} characters"
    if not text.startswith(("https://", "http://")) or len(text.split("://", 1)[1]) < 1:
        return "the home page must start with https:// (or http://)"
    if any(ch.isspace() or ord(ch) < 32 or ch in '<>"{}|\\^`' for ch in text):
        return "the home page must not contain spaces or control characters"
    return None


def check_lrs(address: object) -> str | None:
    """None when ``address`` is an http(s) address with no user name or password in it."""
    problem = check_home_page(address)
    if problem:
        return problem.replace("home page", "LRS address")
    if "@" in str(address).split("://", 1)[1].split("/", 1)[0]:
        return "the LRS address must not contain a user name or password"
    return None


class OutboxMixin(MixinBase):
    # --- the teacher setting ----------------------------------------------------
    def records_settings(self) -> dict[str, Any]:
        """``{"enabled": bool, "home_page": str}``; off when unset or damaged."""
        value = self.get_setting(RECORDS_SETTING, {})
        if not isinstance(value, dict):
            value = {}
        home_page = value.get("home_page")
        enabled = value.get("enabled") is True and check_home_page(home_page) is None
        return {"enabled": enabled, "home_page": home_page if enabled else ""}

    @property
    def records_enabled(self) -> bool:
        return self.records_settings()["enabled"]

    def enable_records(self, home_page: str) -> WriteResult:
        problem = check_home_page(home_page)
        if problem:
            return WriteResult(False, problem=validate.bad_value("home_page", problem))
        return self.set_setting(RECORDS_SETTING, {"enabled": True, "home_page": home_page.strip()})

    def disable_records(self) -> WriteResult:
        """Stop adding rows; what already waits stays (send, export or clear it).
        The school's home page is kept, so a teacher can turn records on again."""
        kept = self.records_addresses()["home_page"]
        return self.set_setting(RECORDS_SETTING, {"enabled": False, "home_page": kept}
                                if kept else {"enabled": False})

    def records_addresses(self) -> dict[str, str]:
        """``{"home_page": ..., "lrs": ...}`` IT staff configured with
        `sango-game records` (each "" when none), whether records are on or off."""
        value = self.get_setting(RECORDS_SETTING, {})
        home_page = value.get("home_page") if isinstance(value, dict) else None
        lrs = self.get_setting(LRS_SETTING)
        return {"home_page": home_page.strip() if isinstance(home_page, str)
                and check_home_page(home_page) is None else "",
                "lrs": lrs.strip() if isinstance(lrs, str) and check_lrs(lrs) is None else ""}

    def remember_lrs(self, address: str) -> WriteResult:
        """Keep the LRS address (never a key or secret) so the teacher area can name it."""
        problem = check_lrs(address)
        if problem:
            return WriteResult(False, problem=validate.bad_value("lrs", problem))
        return self.set_setting(LRS_SETTING, address.strip())

    # --- rows the game's writes add -----------------------------------------------
    def _outbox_row(self, kind: str, record_id: str, profile_id: str,
                    facts: dict[str, Any]) -> Unit:
        """The statement to add to a write unit, or nothing while records are off."""
        settings = self.records_settings()
        if not settings["enabled"]:
            return ()
        stamp = now()
        body = {"kind": kind, "record_id": record_id, "profile_id": profile_id,
                "home_page": settings["home_page"], "timestamp": stamp, **facts}
        return ((
            "INSERT OR IGNORE INTO outbox (statement_id, record_id, profile_id, kind, body, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (statement_id(record_id), record_id, profile_id, kind,
             json.dumps(body, ensure_ascii=False, sort_keys=True), stamp),
        ),)

    def _outbox_completed(self, attempt_id: str, ending_id: str, stars: int) -> Unit:
        attempt = self.get_attempt(attempt_id) if self.records_enabled else None
        if attempt is None:
            return ()
        return self._outbox_row("completed", f"attempt/{attempt.id}", attempt.profile_id, {
            "attempt_id": attempt.id, "level_id": attempt.level_id,
            "content_hash": attempt.content_hash, "ending_id": ending_id, "stars": stars})

    def _outbox_answered(self, attempt_id: str, scene_id: str, choice_id: str,
                         safety: str) -> Unit:
        """A choice's row; a pressured choice (or any safety not known) gives none."""
        if safety not in SENDABLE_SAFETY or not self.records_enabled:
            return ()
        attempt = self.get_attempt(attempt_id)
        if attempt is None:
            return ()
        seq = self._read(lambda db: db.execute(
            "SELECT coalesce(max(seq), 0) + 1 FROM choices WHERE attempt_id = ?",
            (attempt_id,)).fetchone()[0], None)
        if seq is None:
            return ()
        return self._outbox_row(
            "answered", f"choice/{attempt.id}/{seq}", attempt.profile_id, {
                "attempt_id": attempt.id, "level_id": attempt.level_id, "seq": seq,
                "scene_id": scene_id, "choice_id": choice_id, "safety": safety})

    def _outbox_earned(self, profile_id: str, badge_id: str) -> Unit:
        return self._outbox_row("earned", f"badge/{profile_id}/{badge_id}", profile_id,
                                {"badge_id": badge_id})

    # --- reading and settling rows (the records CLI) ----------------------------------
    def outbox_waiting(self, limit: int | None = None) -> list[tuple[str, str, str]]:
        """``(statement_id, kind, body)`` of waiting rows, oldest first."""
        sql = ("SELECT statement_id, kind, body FROM outbox WHERE state = 'waiting' "
               "ORDER BY created_at, statement_id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._read(lambda db: [tuple(row) for row in db.execute(sql)], [])

    def outbox_counts(self) -> dict[str, int]:
        sql = "SELECT state, count(*) FROM outbox GROUP BY state"
        counts = {"waiting": 0, "sent": 0, "set_aside": 0}
        counts.update(self._read(lambda db: dict(db.execute(sql).fetchall()), {}))
        return counts

    def outbox_set_aside(self) -> list[tuple[str, str]]:
        """``(statement_id, reason)`` of every row an LRS rejected."""
        sql = "SELECT statement_id, coalesce(reason, '') FROM outbox WHERE state = 'set_aside'"
        return self._read(lambda db: [tuple(row) for row in db.execute(sql)], [])

    def mark_sent(self, statement_ids: list[str]) -> WriteResult:
        stamp = now()
        unit = tuple(("UPDATE outbox SET state = 'sent', sent_at = ?, reason = NULL "
                      "WHERE statement_id = ?", (stamp, sid)) for sid in statement_ids)
        unit += (_last_send(stamp),)
        return self._write(unit, len(statement_ids))

    def set_aside(self, statement_id_: str, reason: str) -> WriteResult:
        return self._write(((
            "UPDATE outbox SET state = 'set_aside', reason = ? WHERE statement_id = ?",
            (reason[:500], statement_id_)),))

    def add_statements(self, statements: list[tuple[str, str]]) -> WriteResult:
        """Add already-made statements ``(statement_id, json)`` (``records import``);
        ``value`` is how many were new. Known IDs are skipped, never duplicated."""
        known: set[str] = set(self._read(lambda db: [row[0] for row in db.execute(
            "SELECT statement_id FROM outbox")], []))
        fresh = [(sid, text) for sid, text in dict(statements).items() if sid not in known]
        stamp = now()
        unit = tuple((
            "INSERT OR IGNORE INTO outbox (statement_id, record_id, profile_id, kind, body, "
            "created_at) VALUES (?, ?, NULL, 'statement', ?, ?)",
            (sid, f"statement/{sid}", text, stamp)) for sid, text in fresh)
        return self._write(unit, len(fresh)) if unit else WriteResult(True, 0)

    def last_send(self) -> str | None:
        value = self.get_setting(LAST_SEND_SETTING)
        return value if isinstance(value, str) else None


def _last_send(stamp: str):
    return ("INSERT INTO teacher_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (LAST_SEND_SETTING, json.dumps(stamp)))
