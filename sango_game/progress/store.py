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
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sango_game.progress import repair, settings_rules, texts, validate
from sango_game.progress.attempts import AttemptsMixin, first_row, not_found
from sango_game.progress.class_rows import ClassRowsMixin
from sango_game.progress.database import Database, Unit
from sango_game.progress.exchange import ExchangeMixin
from sango_game.progress.ids import new_id, now
from sango_game.progress.outbox import OutboxMixin
from sango_game.progress.records import (
    Notice,
    Problem,
    Profile,
    WriteResult,
)
from sango_game.progress.teacher import TeacherMixin

T = TypeVar("T")
PROFILE_COLUMNS = (
    "id, nickname, avatar, track, language, settings, class_id, created_at, last_played_at"
)


class ProgressStore(AttemptsMixin, TeacherMixin, ExchangeMixin, OutboxMixin, ClassRowsMixin):
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
        return self._read(lambda db: first_row(db, sql, (profile_id,), self._profile), None)

    def find_profile(self, nickname: str) -> Profile | None:
        """The profile with this nickname, ignoring case (as the store hands it out:
        a stored nickname that breaks the rules is found by its repaired form)."""
        sql = f"SELECT {PROFILE_COLUMNS} FROM profiles WHERE nickname_key = ?"
        key = validate.nickname_key(nickname)
        found = self._read(lambda db: first_row(db, sql, (key,), self._profile), None)
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
        assert settings_json is not None  # settings_json gives the text or a problem
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
            return not_found("profile")
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
            return not_found("profile")
        result = self._write(delete_profile_unit(profile_id), profile_id)
        if result.saved:
            self._db.checkpoint()
        return result

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


def _nickname_taken(nickname: str) -> Problem:
    return Problem("nickname-taken", "nickname", texts.PROBLEM_NICKNAME_TAKEN,
                   {"nickname": nickname})
