"""Whole-class reads and writes for the classroom layer.

Mixed into ``ProgressStore`` (uses its ``_read``/``_write``). No new table: a
class's own settings (track, language, today's lesson, locked and unlocked
levels) are one ``teacher_settings`` row keyed ``class/<class id>``.

- ``class_rows(class_id)``: every pupil's attempts and choices in two queries,
  for a report of 30 pupils and a term of play in one go;
- ``add_class_row(id, name, created_at)``: a class arriving from another PC
  keeps its id, so importing it twice merges instead of duplicating;
- ``delete_class_with_pupils(class_id)``: the class, its settings row and every
  row of its pupils in one write, with the deleted bytes overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from sango_game.progress import texts, validate
from sango_game.progress.records import Problem, SchoolClass, WriteResult
from sango_game.progress.store_core import MixinBase

CLASS_SETTINGS_PREFIX = "class/"


@dataclass(frozen=True)
class ClassAttemptRow:
    profile_id: str
    attempt_id: str
    level_id: str
    status: str
    stars: int | None


@dataclass(frozen=True)
class ClassChoiceRow:
    profile_id: str
    attempt_id: str
    level_id: str
    scene_id: str
    choice_id: str
    safety: str


class ClassRowsMixin(MixinBase):
    def get_class(self, class_id: str) -> SchoolClass | None:
        sql = "SELECT id, name, created_at FROM classes WHERE id = ?"
        row = self._read(lambda db: db.execute(sql, (class_id,)).fetchone(), None)
        return SchoolClass(*row) if row else None

    def class_rows(self, class_id: str) -> tuple[list[ClassAttemptRow], list[ClassChoiceRow]]:
        """Attempts (not abandoned) and choices of every pupil in the class."""
        attempts_sql = (
            "SELECT a.profile_id, a.id, a.level_id, a.status, a.stars FROM attempts a "
            "JOIN profiles p ON p.id = a.profile_id "
            "WHERE p.class_id = ? AND a.status != 'abandoned'")
        choices_sql = (
            "SELECT a.profile_id, a.id, a.level_id, c.scene_id, c.choice_id, c.safety "
            "FROM choices c JOIN attempts a ON a.id = c.attempt_id "
            "JOIN profiles p ON p.id = a.profile_id WHERE p.class_id = ? ORDER BY c.id")
        attempts: list[ClassAttemptRow] = self._read(lambda db: [
            ClassAttemptRow(*row) for row in db.execute(attempts_sql, (class_id,))], [])
        choices: list[ClassChoiceRow] = self._read(lambda db: [
            ClassChoiceRow(*row) for row in db.execute(choices_sql, (class_id,))], [])
        return attempts, choices

    def add_class_row(self, class_id: str, name: str, created_at: str) -> WriteResult:
        """Insert a class with a known id (from an export); ``value`` is the SchoolClass.

        An existing class with the same id is kept as it is. A different class here
        with the same name makes the new one "Name 2"."""
        problem = (validate.check_text(class_id, "class_id")
                   or validate.check_class_name(name)
                   or validate.check_text(created_at, "created_at"))
        if problem:
            return WriteResult(False, problem=problem)
        existing = self.get_class(class_id)
        if existing is not None:
            return WriteResult(self.can_save, existing)
        name = validate.clean_nickname(name)
        keys = {validate.nickname_key(c.name) for c in self.list_classes()}
        final, number = name, 2
        while validate.nickname_key(final) in keys:
            suffix = f" {number}"
            final = name[: validate.CLASS_NAME_MAX - len(suffix)].rstrip() + suffix
            number += 1
        school_class = SchoolClass(class_id, final, created_at)
        taken = Problem("class-name-taken", "class_name", texts.PROBLEM_CLASS_NAME_TAKEN,
                        {"name": final})
        return self._write(((
            "INSERT INTO classes (id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
            (class_id, final, validate.nickname_key(final), created_at)),), school_class, taken)

    def delete_class_with_pupils(self, class_id: str) -> WriteResult:
        """Remove the class, its settings and every row of each of its pupils;
        ``value`` is how many pupils were removed."""
        if self.get_class(class_id) is None:
            return WriteResult(False, problem=Problem("not-found", "class",
                                                      texts.PROBLEM_NOT_FOUND))
        pupils = "(SELECT id FROM profiles WHERE class_id = ?)"
        count = len(self.list_profiles(class_id))
        unit = (
            (f"DELETE FROM choices WHERE attempt_id IN (SELECT id FROM attempts "
             f"WHERE profile_id IN {pupils})", (class_id,)),
            (f"DELETE FROM attempts WHERE profile_id IN {pupils}", (class_id,)),
            (f"DELETE FROM badges WHERE profile_id IN {pupils}", (class_id,)),
            ("DELETE FROM profiles WHERE class_id = ?", (class_id,)),
            ("DELETE FROM teacher_settings WHERE key = ?",
             (CLASS_SETTINGS_PREFIX + class_id,)),
            ("DELETE FROM classes WHERE id = ?", (class_id,)),
        )
        result = self._write(unit, count)
        if result.saved:
            self._db.checkpoint()
        return result
