"""A child's attempts at levels and the choices made in them (a mixin of the store).

`AttemptsMixin` starts, saves and finishes attempts, records each choice in one
durable commit (with its outbox row while learning records are on), and reads
them back for the level map and for resuming. It relies on the store's
`_read`, `_write` and `get_profile`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TypeVar

from sango_game.progress import repair, texts, validate
from sango_game.progress.database import Unit
from sango_game.progress.ids import new_id, now
from sango_game.progress.records import (
    Attempt,
    ChoiceRecord,
    LevelProgress,
    Problem,
    ResumePoint,
    WriteResult,
)
from sango_game.progress.store_core import MixinBase
from sango_game.progress.unlock import AttemptRow, level_map

T = TypeVar("T")
ATTEMPT_COLUMNS = (
    "id, profile_id, level_id, content_hash, status, started_at, updated_at, "
    "finished_at, ending_id, stars, state"
)


class AttemptsMixin(MixinBase):
    # --- attempts and choices ------------------------------------------------------
    def start_attempt(
        self, profile_id: str, level_id: str, content_hash: str, state: dict | None = None
    ) -> WriteResult:
        """A new attempt at a level; ``value`` is its id. Any unfinished attempt of
        the same level is marked abandoned (the level starts over)."""
        problem = validate.check_id(level_id, "level_id") or validate.check_id(
            content_hash, "content_hash")
        state_json, json_problem = validate.dump_json(state, "state")
        if problem or json_problem:
            return WriteResult(False, problem=problem or json_problem)
        if self.get_profile(profile_id) is None:
            return not_found("profile")
        attempt_id, stamp = new_id(), now()
        unit = (
            ("UPDATE attempts SET status = 'abandoned', updated_at = ? WHERE profile_id = ? "
             "AND level_id = ? AND status = 'in_progress'", (stamp, profile_id, level_id)),
            ("INSERT INTO attempts (id, profile_id, level_id, content_hash, status, started_at, "
             "updated_at, state) VALUES (?, ?, ?, ?, 'in_progress', ?, ?, ?)",
             (attempt_id, profile_id, level_id, content_hash, stamp, stamp, state_json)),
            ("UPDATE profiles SET last_played_at = ? WHERE id = ?", (stamp, profile_id)),
        )
        return self._write(unit, attempt_id, problem_not_found("profile"))

    def record_choice(
        self, attempt_id: str, scene_id: str, choice_id: str, safety: str,
        state: dict | None = None,
    ) -> WriteResult:
        """Save one choice and the runner state after it, in one durable commit."""
        problem = (
            validate.check_id(scene_id, "scene_id")
            or validate.check_id(choice_id, "choice_id")
            or validate.check_safety(safety)
        )
        state_json, json_problem = validate.dump_json(state, "state")
        if problem or json_problem:
            return WriteResult(False, problem=problem or json_problem)
        stamp = now()
        unit: Unit = (
            ("INSERT INTO choices (attempt_id, seq, scene_id, choice_id, safety, made_at) "
             "VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM choices WHERE attempt_id = ?), "
             "?, ?, ?, ?)", (attempt_id, attempt_id, scene_id, choice_id, safety, stamp)),
        )
        if state is not None:
            unit += (("UPDATE attempts SET state = ?, updated_at = ? WHERE id = ?",
                      (state_json, stamp, attempt_id)),)
        unit += self._outbox_answered(attempt_id, scene_id, choice_id, safety)
        return self._write(unit, None, problem_not_found("attempt"))

    def save_state(self, attempt_id: str, state: dict) -> WriteResult:
        """Save the runner state without a choice (say, after reading a scene)."""
        state_json, problem = validate.dump_json(state, "state")
        if problem:
            return WriteResult(False, problem=problem)
        if self.get_attempt(attempt_id) is None:
            return not_found("attempt")
        unit = (("UPDATE attempts SET state = ?, updated_at = ? WHERE id = ?",
                 (state_json, now(), attempt_id)),)
        return self._write(unit)

    def finish_attempt(
        self, attempt_id: str, ending_id: str, stars: int, state: dict | None = None
    ) -> WriteResult:
        problem = validate.check_id(ending_id, "ending_id") or validate.check_stars(stars)
        state_json, json_problem = validate.dump_json(state, "state")
        if problem or json_problem:
            return WriteResult(False, problem=problem or json_problem)
        if self.get_attempt(attempt_id) is None:
            return not_found("attempt")
        stamp = now()
        sql = ("UPDATE attempts SET status = 'done', finished_at = ?, updated_at = ?, "
               "ending_id = ?, stars = ?")
        params: tuple = (stamp, stamp, ending_id, stars)
        if state is not None:
            sql += ", state = ?"
            params += (state_json,)
        return self._write(((sql + " WHERE id = ?", (*params, attempt_id)),
                            *self._outbox_completed(attempt_id, ending_id, stars)))

    def get_attempt(self, attempt_id: str) -> Attempt | None:
        sql = f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE id = ?"
        return self._read(lambda db: first_row(db, sql, (attempt_id,), repair.attempt), None)

    def attempts(self, profile_id: str, level_id: str | None = None) -> list[Attempt]:
        """A profile's attempts, oldest first (abandoned ones included)."""
        sql = f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE profile_id = ?"
        params: tuple = (profile_id,)
        if level_id is not None:
            sql += " AND level_id = ?"
            params += (level_id,)
        sql += " ORDER BY started_at, rowid"
        return self._read(lambda db: [repair.attempt(row) for row in db.execute(sql, params)], [])

    def choices(self, attempt_id: str) -> list[ChoiceRecord]:
        sql = ("SELECT attempt_id, seq, scene_id, choice_id, safety, made_at FROM choices "
               "WHERE attempt_id = ? ORDER BY seq")
        return self._read(
            lambda db: [ChoiceRecord(*row) for row in db.execute(sql, (attempt_id,))], [])

    def resume_point(
        self, profile_id: str, level_id: str, content_hash: str | None = None
    ) -> ResumePoint | None:
        """The unfinished attempt to resume, if any. With ``content_hash``, an
        attempt made on a different version of the level is not offered."""
        sql = ("SELECT id, content_hash, state FROM attempts WHERE profile_id = ? "
               "AND level_id = ? AND status = 'in_progress' "
               "ORDER BY updated_at DESC, rowid DESC LIMIT 1")
        row = self._read(lambda db: db.execute(sql, (profile_id, level_id)).fetchone(), None)
        if row is None or (content_hash is not None and row[1] != content_hash):
            return None
        return ResumePoint(row[0], repair.json_dict(row[2]))

    def resume_state(
        self, profile_id: str, level_id: str, content_hash: str | None = None
    ) -> dict | None:
        point = self.resume_point(profile_id, level_id, content_hash)
        return point.state if point else None

    def level_progress(
        self, profile_id: str, levels: Sequence[tuple[str, str]] = ()
    ) -> dict[str, LevelProgress]:
        """The level map: ``levels`` is the track's ``(level_id, topic)`` list in map
        order (from content); levels played but not listed are included too."""
        sql = ("SELECT level_id, id, status, stars, updated_at FROM attempts "
               "WHERE profile_id = ? AND status != 'abandoned'")
        none: list[AttemptRow] = []
        rows = self._read(
            lambda db: [repair.attempt_row(row) for row in db.execute(sql, (profile_id,))], none)
        return level_map(rows, levels, self.unlock_all)


def first_row(
    db: sqlite3.Connection, sql: str, params: tuple, make: Callable[[tuple], T]
) -> T | None:
    row = db.execute(sql, params).fetchone()
    return make(row) if row else None


def problem_not_found(what: str) -> Problem:
    return Problem("not-found", what, texts.PROBLEM_NOT_FOUND)


def not_found(what: str) -> WriteResult:
    return WriteResult(False, problem=problem_not_found(what))
