"""Classes, badges and teacher settings: the parts of the store the classroom
layer builds on. Mixed into ``ProgressStore``; uses its ``_read``/``_write``.

Teacher settings are a small key -> JSON value table for the whole data folder
(``unlock_all``, ``lock_sensitive``, the PIN hash, and whatever the classroom layer adds). The PIN
is only kept as a salted scrypt hash (``pin.py``).
"""

from __future__ import annotations

import json
from typing import Any

from sango_game.progress import pin, texts, untrusted, validate
from sango_game.progress.database import Unit
from sango_game.progress.ids import new_id, now
from sango_game.progress.records import Badge, Problem, SchoolClass, WriteResult
from sango_game.progress.settings_rules import check_settings, repair_settings
from sango_game.progress.store_core import MixinBase

UNLOCK_ALL = "unlock_all"
LOCK_SENSITIVE = "lock_sensitive"
PIN_HASH = "teacher_pin_hash"
CLASS_SETTINGS = "class_settings:"  # + class id: the class's default settings


class TeacherMixin(MixinBase):
    # --- teacher settings ---------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        sql = "SELECT value FROM teacher_settings WHERE key = ?"
        row = self._read(lambda db: db.execute(sql, (key,)).fetchone(), None)
        if row is None:
            return default
        try:
            return untrusted.loads(row[0])
        except (untrusted.BadJson, TypeError):  # damaged or hostile: as if not set
            return default

    def set_setting(self, key: str, value: Any) -> WriteResult:
        problem = validate.check_text(key, "key")
        if problem:
            return WriteResult(False, problem=problem)
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as error:
            return WriteResult(False, problem=validate.bad_value(key, str(error)))
        return self._write(((
            "INSERT INTO teacher_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, text)),))

    @property
    def unlock_all(self) -> bool:
        """Every level of every topic is open (a teacher setting)."""
        return bool(self.get_setting(UNLOCK_ALL, False))

    def set_unlock_all(self, value: bool) -> WriteResult:
        return self.set_setting(UNLOCK_ALL, bool(value))

    @property
    def sensitive_locked(self) -> bool:
        """Levels marked sensitive do not open (a teacher setting, behind the PIN)."""
        return bool(self.get_setting(LOCK_SENSITIVE, False))

    def set_sensitive_locked(self, value: bool) -> WriteResult:
        return self.set_setting(LOCK_SENSITIVE, bool(value))

    def has_teacher_pin(self) -> bool:
        return bool(self.get_setting(PIN_HASH))

    def set_teacher_pin(self, new_pin: str) -> WriteResult:
        """Store a PIN (4 to 12 digits) as a salted scrypt hash."""
        text = str(new_pin)
        if not (text.isdigit() and text.isascii() and 4 <= len(text) <= 12):
            return WriteResult(False, problem=validate.bad_value("pin", "a PIN is 4 to 12 digits"))
        return self.set_setting(PIN_HASH, pin.hash_pin(text))

    def check_teacher_pin(self, typed: str) -> bool:
        return pin.verify_pin(str(typed), self.get_setting(PIN_HASH))

    # --- a class's default settings (accessibility) --------------------------------
    def class_settings(self, class_id: str | None) -> dict[str, Any]:
        """The defaults a teacher set for a class (only known, valid settings)."""
        if not class_id:
            return {}
        kept, _dropped = repair_settings(self.get_setting(CLASS_SETTINGS + str(class_id), {}))
        return kept

    def set_class_settings(self, class_id: str, settings: dict[str, Any]) -> WriteResult:
        """Defaults for every child of the class; a child's own choices win over them."""
        kept, reason = check_settings(settings)
        if reason:
            return WriteResult(False, problem=validate.bad_value("settings", reason))
        return self.set_setting(CLASS_SETTINGS + str(class_id), kept)

    # --- classes ---------------------------------------------------------------
    def create_class(self, name: str) -> WriteResult:
        """A class; ``value`` is the SchoolClass. Names are unique, ignoring case."""
        problem = validate.check_class_name(name)
        if problem:
            return WriteResult(False, problem=problem)
        name = validate.clean_nickname(name)
        key = validate.nickname_key(name)
        taken = Problem("class-name-taken", "class_name", texts.PROBLEM_CLASS_NAME_TAKEN,
                        {"name": name})
        if any(validate.nickname_key(c.name) == key for c in self.list_classes()):
            return WriteResult(False, problem=taken)
        school_class = SchoolClass(new_id(), name, now())
        return self._write(((
            "INSERT INTO classes (id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
            (school_class.id, name, key, school_class.created_at)),), school_class, taken)

    def list_classes(self) -> list[SchoolClass]:
        sql = "SELECT id, name, created_at FROM classes ORDER BY name_key"
        return self._read(lambda db: [
            SchoolClass(row[0], validate.repair_class_name(row[1]), row[2])
            if validate.check_class_name(row[1] if isinstance(row[1], str) else "")
            else SchoolClass(*row) for row in db.execute(sql)], [])

    def delete_class(self, class_id: str) -> WriteResult:
        """Remove a class; its children keep their profiles, with no class."""
        return self._write((
            ("UPDATE profiles SET class_id = NULL WHERE class_id = ?", (class_id,)),
            ("DELETE FROM classes WHERE id = ?", (class_id,)),
        ))

    # --- badges ----------------------------------------------------------------
    def award_badge(self, profile_id: str, badge_id: str) -> WriteResult:
        """Give a badge once; ``value`` is True when it is new."""
        problem = validate.check_id(badge_id, "badge_id")
        if problem:
            return WriteResult(False, problem=problem)
        if self.get_profile(profile_id) is None:
            return WriteResult(False, problem=Problem(
                "not-found", "profile", texts.PROBLEM_NOT_FOUND))
        is_new = all(badge.badge_id != badge_id for badge in self.badges(profile_id))
        unit: Unit = (("INSERT OR IGNORE INTO badges (profile_id, badge_id, earned_at) "
                 "VALUES (?, ?, ?)", (profile_id, badge_id, now())),)
        if is_new:
            unit += self._outbox_earned(profile_id, badge_id)
        return self._write(unit, is_new)

    def badges(self, profile_id: str) -> list[Badge]:
        """A profile's badges; a stored badge id that is not an id is left out."""
        sql = "SELECT badge_id, earned_at FROM badges WHERE profile_id = ? ORDER BY earned_at"
        return self._read(lambda db: [Badge(*row) for row in db.execute(sql, (profile_id,))
                                      if validate.check_id(row[0], "badge_id") is None], [])
