"""Migrations from every earlier schema version, and files from a newer Sango."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from sango_game.progress import open_store
from sango_game.progress.schema import LATEST_VERSION, MIGRATIONS, migrate, schema_version


def make_database(path, version: int) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    migrate(connection, target=version)
    if version >= 1:
        connection.execute(
            "INSERT INTO profiles (id, nickname, nickname_key, avatar, track, language, settings,"
            " created_at) VALUES ('p1', 'Mo', 'mo', 'cat', '9-11', 'fr', '{\"volume\": 50}',"
            " '2025-01-01T00:00:00.000Z')")
        connection.execute(
            "INSERT INTO attempts (id, profile_id, level_id, content_hash, status, started_at,"
            " updated_at, finished_at, ending_id, stars, state) VALUES ('a1', 'p1', 'l1', 'h',"
            " 'done', '2025', '2025', '2025', 'good', 2, '{}')")
        connection.execute(
            "INSERT INTO choices (attempt_id, seq, scene_id, choice_id, safety, made_at)"
            " VALUES ('a1', 1, 's1', 'c1', 'safe', '2025')")
    connection.close()


def schema_of(path) -> list[tuple]:
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name").fetchall()
    connection.close()
    return rows


def test_there_are_at_least_two_versions():
    assert LATEST_VERSION == len(MIGRATIONS) >= 2


@pytest.mark.parametrize("version", range(0, LATEST_VERSION))
def test_every_earlier_version_migrates_to_the_latest_and_keeps_its_rows(tmp_path, version):
    old = tmp_path / "old" / "progress.db"
    old.parent.mkdir()
    make_database(old, version)
    fresh = tmp_path / "fresh" / "progress.db"
    open_store(fresh.parent).close()

    store = open_store(old.parent)
    assert store.can_save and not store.notices
    if version >= 1:
        (profile,) = store.list_profiles()
        assert (profile.nickname, profile.language) == ("Mo", "fr")
        assert profile.settings == {"volume": 50}
        assert profile.class_id is None
        assert store.level_progress("p1")["l1"].best_stars == 2
        assert [c.choice_id for c in store.choices("a1")] == ["c1"]
        # version 2 features work on a migrated file
        assert store.award_badge("p1", "privacy").saved
        assert store.create_class("5B").saved
    store.close()

    connection = sqlite3.connect(old)
    assert schema_version(connection) == LATEST_VERSION
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    assert schema_of(old) == schema_of(fresh)


def test_each_migration_step_on_its_own(tmp_path):
    path = tmp_path / "progress.db"
    connection = sqlite3.connect(path, isolation_level=None)
    for target in range(1, LATEST_VERSION + 1):
        assert migrate(connection, target=target) == target - 1
        assert schema_version(connection) == target
    assert migrate(connection) == LATEST_VERSION  # nothing left to do
    connection.close()


def file_digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_file_is_never_written_and_the_game_says_so(tmp_path):
    path = tmp_path / "progress.db"
    make_database(path, LATEST_VERSION)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.execute("CREATE TABLE from_the_future (x)")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = file_digest(path)
    names_before = sorted(p.name for p in tmp_path.iterdir())

    store = open_store(tmp_path)
    assert store.needs_update and not store.can_save
    assert [n.code for n in store.notices] == ["newer-version"]
    assert "needs updating" in store.notices[0].message
    # the child can still play; nothing reaches the file
    profile = store.create_profile("Kim", "cat", "under-9")
    assert profile.ok and not profile.saved
    attempt = store.start_attempt(profile.value.id, "l1", "h").value
    assert store.record_choice(attempt, "s1", "c1", "safe", {"scene": "s2"}).queued
    assert store.resume_state(profile.value.id, "l1") == {"scene": "s2"}
    assert not store.retry_saving()
    store.close()

    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names_before
    connection = sqlite3.connect(path)
    assert schema_version(connection) == LATEST_VERSION + 1
    connection.close()
