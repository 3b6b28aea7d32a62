"""ProgressStore: the API the game and the CLI use for everything saved.

Reads return values (empty results if the file can't be read). Writes return a
``WriteResult``: ``saved`` (durably on disk), ``queued`` (kept in memory while
the disk refuses; retried on the next write) or a ``problem`` (refused, with a
code). Nothing here raises to the UI for a disk or database trouble; what the
person should know is in ``store.notices`` and ``store.can_save``.

Profiles, attempts and choices live here; classes, badges and teacher
settings in ``teacher.TeacherMixin``; export and import in
``exchange.ExchangeMixin``; the learning-records outbox in ``outbox.OutboxMixin``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sango_game.progress import repair, settings_rules, texts, validate
from sango_game.progress.class_rows import ClassRowsMixin
from sango_game.progress.database import Database, Unit
from sango_game.progress.exchange import ExchangeMixin
from sango_game.progress.ids import new_id, now
from sango_game.progress.outbox import OutboxMixin
from sango_game.progress.records import (
    Attempt,
    ChoiceRecord,
    LevelProgress,
    Notice,
    Problem,
    Profile,
    ResumePoint,
    WriteResult,
)
from sango_game.progress.teacher import TeacherMixin
from sango_game.progress.unlock import level_map

T = TypeVar("T")
PROFILE_COLUMNS = (
    "id, nickname, avatar, track, language, settings, class_id, created_at, last_played_at"
)
ATTEMPT_COLUMNS = (
    "id, profile_id, level_id, content_hash, status, started_at, updated_at, "
    "finished_at, ending_id, stars, state"
)


class ProgressStore(TeacherMixin, ExchangeMixin, OutboxMixin, ClassRowsMixin):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.data_dir = path.parent
        self._db = Database(path)
        self._notices_seen = 0
        self._repaired: set[tuple[str, str]] = set()

    # --- health ----------------------------------------------------------------
    @property
    def can_save(self) -> bool:
        """False while writes are only kept in memory (disk full, read-only, newer file)."""
        return self._db.can_save

    @property
    def needs_update(self) -> bool:
        """The file comes from a newer Sango; it is never written to."""
        return self._db.never_write

    @property
    def notices(self) -> tuple[Notice, ...]:
        """Every notice since the store opened, oldest first."""
        return tuple(self._db.notices)

    def take_notices(self) -> tuple[Notice, ...]:
        """Notices not handed out by an earlier call (for a UI that shows each once)."""
        fresh = tuple(self._db.notices[self._notices_seen :])
        self._notices_seen = len(self._db.notices)
        return fresh

    @property
    def pending_writes(self) -> int:
        return len(self._db.pending)

    def retry_saving(self) -> bool:
        """Try to save what is waiting now (a "try again" button). True when all saved."""
        return self._db.flush(force=True)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- profiles --------------------------------------------------------------
    def list_profiles(self, class_id: str | None = None) -> list[Profile]:
        sql = f"SELECT {PROFILE_COLUMNS} FROM profiles"
        params: tuple = ()
        if class_id is not None:
            sql += " WHERE class_id = ?"
            params = (class_id,)
        sql += " ORDER BY nickname_key"
        return self._read(lambda db: [self._profile(row) for row in db.execute(sql, params)], [])

    def get_profile(self, profile_id: str) -> Profile | None:
        sql = f"SELECT {PROFILE_COLUMNS} FROM profiles WHERE id = ?"
        return self._read(lambda db: _first(db, sql, (profile_id,), self._profile), None)

    def find_profile(self, nickname: str) -> Profile | None:
        """The profile with this nickname, ignoring case (as the store hands it out:
        a stored nickname that breaks the rules is found by its repaired form)."""
        sql = f"SELECT {PROFILE_COLUMNS} FROM profiles WHERE nickname_key = ?"
        key = validate.nickname_key(nickname)
        found = self._read(lambda db: _first(db, sql, (key,), self._profile), None)
        if found is None or validate.nickname_key(found.nickname) != key:
            found = next((p for p in self.list_profiles()
                          if validate.nickname_key(p.nickname) == key), None)
        return found

    def create_profile(
        self,
        nickname: str,
        avatar: str = "",
        track: str = "9-11",
        language: str = "en",
        settings: dict[str, Any] | None = None,
        class_id: str | None = None,
    ) -> WriteResult:
        """A new profile; ``value`` is the Profile. Nicknames are unique here, ignoring case."""
        problem = (
            validate.check_nickname(nickname)
            or validate.check_known(avatar, "avatar")
            or validate.check_known(track, "track")
            or validate.check_known(language, "language")
        )
        settings_json, json_problem = settings_rules.settings_json(settings)
        problem = problem or json_problem
        if problem:
            return WriteResult(False, problem=problem)
        nickname = validate.clean_nickname(nickname)
        if self.find_profile(nickname) is not None:
            return WriteResult(False, problem=_nickname_taken(nickname))
        profile = Profile(
            id=new_id(), nickname=nickname, avatar=avatar, track=track, language=language,
            settings=json.loads(settings_json), class_id=class_id, created_at=now(),
            last_played_at=None,
        )
        unit = ((
            "INSERT INTO profiles (id, nickname, nickname_key, avatar, track, language, "
            "settings, class_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (profile.id, nickname, validate.nickname_key(nickname), avatar, track, language,
             settings_json, class_id, profile.created_at),
        ),)
        return self._write(unit, profile, _nickname_taken(nickname))

    def update_profile(self, profile_id: str, **changes: Any) -> WriteResult:
        """Change any of nickname, avatar, track, language, settings (a whole dict),
        class_id. ``value`` is the updated Profile."""
        profile = self.get_profile(profile_id)
        if profile is None:
            return _not_found("profile")
        allowed = {"nickname", "avatar", "track", "language", "settings", "class_id"}
        unknown = set(changes) - allowed
        if unknown:
            return WriteResult(False, problem=validate.bad_value(
                "profile", f"unknown field {sorted(unknown)[0]}"))
        columns: dict[str, Any] = {}
        if "nickname" in changes:
            nickname = changes["nickname"]
            problem = validate.check_nickname(nickname)
            if problem:
                return WriteResult(False, problem=problem)
            nickname = validate.clean_nickname(nickname)
            other = self.find_profile(nickname)
            if other is not None and other.id != profile_id:
                return WriteResult(False, problem=_nickname_taken(nickname))
            columns["nickname"] = nickname
            columns["nickname_key"] = validate.nickname_key(nickname)
        for name in ("avatar", "track", "language"):
            if name in changes:
                problem = validate.check_known(changes[name], name)
                if problem:
                    return WriteResult(False, problem=problem)
                columns[name] = changes[name]
        if "settings" in changes:
            text, problem = settings_rules.settings_json(changes["settings"])
            if problem:
                return WriteResult(False, problem=problem)
            columns["settings"] = text
        if "class_id" in changes:
            columns["class_id"] = changes["class_id"]
        if not columns:
            return WriteResult(self.can_save, profile)
        assignments = ", ".join(f"{name} = ?" for name in columns)
        unit = ((f"UPDATE profiles SET {assignments} WHERE id = ?",
                 (*columns.values(), profile_id)),)
        result = self._write(unit, None, _nickname_taken(str(changes.get("nickname", ""))))
        if result.problem:
            return result
        return WriteResult(result.saved, self.get_profile(profile_id))

    def delete_profile(self, profile_id: str) -> WriteResult:
        """Remove every row of this child: choices, attempts, badges, the profile.

        Deleted bytes are overwritten (``secure_delete``) and the log is emptied,
        so the nickname does not linger in the file either."""
        if self.get_profile(profile_id) is None:
            return _not_found("profile")
        result = self._write(delete_profile_unit(profile_id), profile_id)
        if result.saved:
            self._db.checkpoint()
        return result

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
            return _not_found("profile")
        attempt_id, stamp = new_id(), now()
        unit = (
            ("UPDATE attempts SET status = 'abandoned', updated_at = ? WHERE profile_id = ? "
             "AND level_id = ? AND status = 'in_progress'", (stamp, profile_id, level_id)),
            ("INSERT INTO attempts (id, profile_id, level_id, content_hash, status, started_at, "
             "updated_at, state) VALUES (?, ?, ?, ?, 'in_progress', ?, ?, ?)",
             (attempt_id, profile_id, level_id, content_hash, stamp, stamp, state_json)),
            ("UPDATE profiles SET last_played_at = ? WHERE id = ?", (stamp, profile_id)),
        )
        return self._write(unit, attempt_id, _problem_not_found("profile"))

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
        return self._write(unit, None, _problem_not_found("attempt"))

    def save_state(self, attempt_id: str, state: dict) -> WriteResult:
        """Save the runner state without a choice (say, after reading a scene)."""
        state_json, problem = validate.dump_json(state, "state")
        if problem:
            return WriteResult(False, problem=problem)
        if self.get_attempt(attempt_id) is None:
            return _not_found("attempt")
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
            return _not_found("attempt")
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
        return self._read(lambda db: _first(db, sql, (attempt_id,), repair.attempt), None)

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
        rows = self._read(
            lambda db: [repair.attempt_row(row) for row in db.execute(sql, (profile_id,))], [])
        return level_map(rows, levels, self.unlock_all)

    # --- plumbing --------------------------------------------------------------
    def _profile(self, row: tuple) -> Profile:
        """A row as a Profile with only known values; a replaced one gives a notice
        (once per profile and field while the store is open)."""
        profile, fixed = repair.profile(row)
        for field in fixed:
            if (profile.id, field) not in self._repaired:
                self._repaired.add((profile.id, field))
                self._db.notices.append(Notice(
                    "stored-value-replaced", texts.NOTICE_VALUE_REPLACED,
                    {"field": field, "nickname": profile.nickname}))
        return profile

    def _read(self, query: Callable[[sqlite3.Connection], T], default: T) -> T:
        try:
            return query(self._db.reader)
        except sqlite3.Error as error:
            self._db.report_read_error(error)
            return default

    def _write(
        self, unit: Unit, value: Any = None, refused: Problem | None = None
    ) -> WriteResult:
        outcome = self._db.write(unit)
        if outcome == "refused" and refused is not None:
            return WriteResult(False, problem=refused)
        if outcome in ("refused", "failed"):
            return WriteResult(False, problem=validate.bad_value(
                "database", self._db.last_error or outcome))
        return WriteResult(outcome == "saved", value)


def delete_profile_unit(profile_id: str) -> Unit:
    return (
        ("DELETE FROM choices WHERE attempt_id IN "
         "(SELECT id FROM attempts WHERE profile_id = ?)", (profile_id,)),
        ("DELETE FROM attempts WHERE profile_id = ?", (profile_id,)),
        ("DELETE FROM badges WHERE profile_id = ?", (profile_id,)),
        ("DELETE FROM outbox WHERE profile_id = ?", (profile_id,)),
        ("DELETE FROM profiles WHERE id = ?", (profile_id,)),
    )


def _first(db: sqlite3.Connection, sql: str, params: tuple, make: Callable[[tuple], T]) -> T | None:
    row = db.execute(sql, params).fetchone()
    return make(row) if row else None


def _nickname_taken(nickname: str) -> Problem:
    return Problem("nickname-taken", "nickname", texts.PROBLEM_NICKNAME_TAKEN,
                   {"nickname": nickname})


def _problem_not_found(what: str) -> Problem:
    return Problem("not-found", what, texts.PROBLEM_NOT_FOUND)


def _not_found(what: str) -> WriteResult:
    return WriteResult(False, problem=_problem_not_found(what))
