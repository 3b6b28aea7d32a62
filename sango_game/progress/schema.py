"""The progress database schema, as numbered migrations.

``PRAGMA user_version`` holds the schema version. Migration *n* turns a version
*n-1* database into version *n*; all pending migrations of one open run in one
transaction, so a database is never left half-migrated. Add a migration by
appending to ``MIGRATIONS``; never edit a released one.

Version 1: profiles, attempts, choices.
Version 2: classes (and a profile's class), badges, teacher settings.
Version 3: the learning-records outbox (xAPI statements waiting to be sent),
written only while a teacher has turned records on.

No table has a column for a real name, birthday, age, school or photo: a child
is a nickname, a picture (an asset path) and an age track.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: profiles, attempts, choices
    (
        """CREATE TABLE profiles (
            id TEXT PRIMARY KEY,
            nickname TEXT NOT NULL,
            nickname_key TEXT NOT NULL UNIQUE,
            avatar TEXT NOT NULL DEFAULT '',
            track TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'en',
            settings TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            last_played_at TEXT
        )""",
        """CREATE TABLE attempts (
            id TEXT PRIMARY KEY,
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            level_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('in_progress', 'done', 'abandoned')),
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finished_at TEXT,
            ending_id TEXT,
            stars INTEGER CHECK (stars BETWEEN 0 AND 3),
            state TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX attempts_by_profile_level ON attempts (profile_id, level_id)",
        """CREATE TABLE choices (
            id INTEGER PRIMARY KEY,
            attempt_id TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            scene_id TEXT NOT NULL,
            choice_id TEXT NOT NULL,
            safety TEXT NOT NULL CHECK (safety IN ('safe', 'unsafe', 'mixed')),
            made_at TEXT NOT NULL,
            UNIQUE (attempt_id, seq)
        )""",
    ),
    # 2: classes, badges, teacher settings
    (
        """CREATE TABLE classes (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        )""",
        "ALTER TABLE profiles ADD COLUMN class_id TEXT REFERENCES classes(id) ON DELETE SET NULL",
        "CREATE INDEX profiles_by_class ON profiles (class_id)",
        """CREATE TABLE badges (
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            badge_id TEXT NOT NULL,
            earned_at TEXT NOT NULL,
            PRIMARY KEY (profile_id, badge_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE teacher_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID""",
    ),
    # 3: the learning-records outbox (sango_game.records maps each row to xAPI)
    (
        """CREATE TABLE outbox (
            statement_id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL,
            profile_id TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('completed', 'answered', 'earned', 'statement')),
            body TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'waiting'
                CHECK (state IN ('waiting', 'sent', 'set_aside')),
            reason TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        ) WITHOUT ROWID""",
        "CREATE INDEX outbox_by_state ON outbox (state, created_at)",
    ),
)

LATEST_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the database up to ``target``; returns the version found before.

    The connection must be in autocommit mode (``isolation_level=None``). A
    database newer than ``target`` is left untouched (the caller checks first).
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        found = schema_version(connection)
        for version in range(found + 1, target + 1):
            for statement in MIGRATIONS[version - 1]:
                connection.execute(statement)
        if found < target:
            connection.execute(f"PRAGMA user_version = {int(target)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return found
