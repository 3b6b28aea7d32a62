"""Profiles: nicknames only, unique per folder, and deleting leaves nothing."""

from __future__ import annotations

import dataclasses
import sqlite3

from sango_game.progress import Profile, open_store
from sango_game.progress.validate import NICKNAME_MAX


def test_create_list_find_update(store):
    made = store.create_profile("  Pip   the  Fox ", "fox", "under-9", "ar",
                                {"text_scale": 150, "volume": 80, "fullscreen": True})
    assert made.saved
    profile = made.value
    assert profile.nickname == "Pip the Fox"
    assert store.get_profile(profile.id) == dataclasses.replace(profile)
    assert store.find_profile("PIP THE FOX") == profile
    assert store.list_profiles() == [profile]

    changed = store.update_profile(profile.id, nickname="Pip", language="zh_Hans",
                                   settings={"text_scale": 200})
    assert changed.saved
    assert (changed.value.nickname, changed.value.language, changed.value.settings) == (
        "Pip", "zh_Hans", {"text_scale": 200})
    assert store.find_profile("pip").id == profile.id


def test_nicknames_are_unique_ignoring_case_and_width(store):
    assert store.create_profile("Lina", "cat", "9-11").saved
    for clash in ("lina", "LINA", " Lina ", "Ｌｉｎａ"):
        result = store.create_profile(clash, "cat", "9-11")
        assert result.problem.code == "nickname-taken", clash
        assert result.problem.params == {"nickname": clash.strip()}
    other = store.create_profile("Omar", "cat", "9-11").value
    assert store.update_profile(other.id, nickname="lina").problem.code == "nickname-taken"
    assert store.update_profile(other.id, nickname="OMAR").saved  # its own name, new case


def test_nickname_rules(store):
    assert store.create_profile("", "cat", "9-11").problem.code == "nickname-empty"
    assert store.create_profile("   ", "cat", "9-11").problem.code == "nickname-empty"
    too_long = store.create_profile("x" * (NICKNAME_MAX + 1), "cat", "9-11")
    assert too_long.problem.code == "nickname-too-long"
    assert too_long.problem.params == {"limit": NICKNAME_MAX}
    assert store.create_profile("x" * NICKNAME_MAX, "cat", "9-11").saved
    assert store.create_profile("a\u0007b", "cat", "9-11").problem.code == (
        "nickname-bad-characters")
    assert store.create_profile("سارة", "cat", "12-18").saved
    assert store.create_profile("小明", "cat", "12-18").saved
    assert store.create_profile("Bo", "cat", "9-11", settings={"x": object()}).problem.code == (
        "bad-value")
    assert store.list_profiles()[0].nickname  # nothing half-made


def test_no_column_or_field_can_hold_a_real_identity(tmp_path):
    open_store(tmp_path).close()
    connection = sqlite3.connect(tmp_path / "progress.db")
    tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_schema WHERE type='table'")]
    columns = {row[1] for table in tables for row in connection.execute(
        f"PRAGMA table_info({table})")}
    connection.close()
    names = columns | {field.name for field in dataclasses.fields(Profile)}
    assert "nickname" in names and "avatar" in names and "track" in names
    forbidden = ("real", "first_name", "last_name", "surname", "birth", "age", "school",
                 "photo", "email", "address", "phone", "gender")
    for name in names:
        parts = name.split("_")
        assert not any(word in parts or ("_" in word and word in name) for word in forbidden), name


def play_a_bit(store, nickname: str) -> str:
    profile = store.create_profile(nickname, "cat", "9-11").value
    for level in ("l1", "l2"):
        attempt = store.start_attempt(profile.id, level, "h", {"who": nickname}).value
        store.record_choice(attempt, "s1", "c1", "unsafe", {"who": nickname})
        store.finish_attempt(attempt, "good", 2)
    store.award_badge(profile.id, "privacy")
    return profile.id


def test_delete_removes_every_row_and_every_byte_of_the_child(tmp_path, all_rows):
    store = open_store(tmp_path)
    keep = play_a_bit(store, "Keeper")
    gone = play_a_bit(store, "Zanzibarina")
    before = all_rows(tmp_path / "progress.db")
    assert store.delete_profile(gone).saved
    assert store.get_profile(gone) is None
    assert store.attempts(gone) == [] and store.badges(gone) == []
    assert store.delete_profile(gone).problem.code == "not-found"
    store.close()

    after = all_rows(tmp_path / "progress.db")
    for table, rows in after.items():
        for row in rows:
            assert gone not in row and "Zanzibarina" not in str(row), (table, row)
    # the other child is untouched
    for table, rows in before.items():
        kept = [row for row in rows if keep in row or any(
            keep == r[1] for r in before["attempts"] if r[0] in row)]
        assert all(row in after[table] for row in kept), table
    # and the nickname is not left in the file's free space or log either
    for path in tmp_path.iterdir():
        if path.name.startswith("progress.db"):
            data = path.read_bytes()
            assert b"Zanzibarina" not in data and b"zanzibarina" not in data, path.name
            assert gone.encode() not in data, path.name


def test_the_database_has_no_orphans_after_delete(tmp_path):
    store = open_store(tmp_path)
    doomed = play_a_bit(store, "Temp")
    store.delete_profile(doomed)
    store.close()
    connection = sqlite3.connect(tmp_path / "progress.db")
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("SELECT count(*) FROM choices").fetchone() == (0,)
    connection.close()
