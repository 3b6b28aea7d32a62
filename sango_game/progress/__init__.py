"""Sango's progress store: every child's progress in one SQLite file.

```python
from sango_game.progress import open_store, resolve_data_dir, what_we_save

store = open_store(data_dir=None)     # --data-dir, SANGO_DATA_DIR, sango.toml, platformdirs
store.notices / store.take_notices()  # Notice(code, message, params) to show kindly
store.can_save                        # False while writes wait in memory
store.needs_update                    # file from a newer Sango: never written

store.list_profiles() -> [Profile]; store.find_profile(nickname); store.get_profile(id)
store.create_profile(nickname, avatar, track, language, settings) -> WriteResult(value=Profile)
store.update_profile(id, nickname=..., avatar=..., settings={...}, class_id=...)
store.delete_profile(id)              # every row of that child, bytes overwritten

store.level_progress(profile_id, [(level_id, topic), ...]) -> {level_id: LevelProgress}
store.start_attempt(profile_id, level_id, content_hash, state) -> WriteResult(value=attempt_id)
store.record_choice(attempt_id, scene_id, choice_id, safety, state)   # durable commit
store.save_state(attempt_id, state); store.finish_attempt(attempt_id, ending_id, stars, state)
store.resume_point(profile_id, level_id, content_hash) -> ResumePoint(attempt_id, state) | None

store.award_badge(profile_id, badge_id); store.badges(profile_id)
store.create_class(name); store.list_classes(); store.delete_class(id)
store.unlock_all; store.set_unlock_all(True)
store.set_teacher_pin("4821"); store.check_teacher_pin("4821")
store.export_profile(id, path); store.import_profile(path) -> WriteResult(value=ImportReport)
store.close()
```

Untrusted data: an imported file, and every row read back from progress.db,
must follow the same rules as the game's own writes (avatar, track and
language from the known sets in ``known``, settings in their ranges in
``settings_rules``, bounded JSON in ``untrusted``, the nickname rule in
``validate``). An import breaking one is refused (``import-unreadable`` with a
``detail``); a stored value breaking one is replaced by its default with a
``stored-value-replaced`` notice.

Every write returns a ``WriteResult``: ``saved`` (durably on disk), ``queued``
(kept in memory while the disk refuses, retried on the next write) or a
``problem`` with a stable code. Nothing raises for a disk or database trouble.
See ``docs/PROGRESS.md`` for what is stored and where.
"""

from __future__ import annotations

import os

from sango_game.progress.paths import (
    DATA_DIR_ENV,
    DATABASE_NAME,
    database_path,
    resolve_data_dir,
)
from sango_game.progress.pin import hash_pin, verify_pin
from sango_game.progress.records import (
    Attempt,
    Badge,
    ChoiceRecord,
    ImportReport,
    LevelProgress,
    Notice,
    Problem,
    Profile,
    ResumePoint,
    SchoolClass,
    WriteResult,
)
from sango_game.progress.store import ProgressStore
from sango_game.progress.texts import what_we_save
from sango_game.progress.validate import NICKNAME_MAX


def open_store(data_dir: str | os.PathLike[str] | None = None) -> ProgressStore:
    """Open (or create) ``progress.db`` in the data folder. Never raises for a
    damaged, locked, read-only or newer file: see ``store.notices``."""
    store = ProgressStore(database_path(data_dir))
    if not data_dir and not os.environ.get(DATA_DIR_ENV, "").strip():
        from sango_game.progress.machine_config import read_machine_config

        problem = read_machine_config().problem  # a school's sango.toml that is unusable
        if problem is not None:
            store._db.notices.append(Notice(problem.code, problem.message, problem.params))
    return store


__all__ = [
    "DATABASE_NAME", "DATA_DIR_ENV", "NICKNAME_MAX", "Attempt", "Badge", "ChoiceRecord",
    "ImportReport",
    "LevelProgress", "Notice", "Problem", "Profile", "ProgressStore", "ResumePoint",
    "SchoolClass", "WriteResult", "database_path", "hash_pin", "open_store",
    "resolve_data_dir", "verify_pin", "what_we_save",
]
