"""A damaged progress file is set aside (never deleted) and a fresh one starts."""

from __future__ import annotations

import os
import re
import sqlite3

import pytest

from sango_game.progress import open_store
from sango_game.progress.opening import set_aside

DAMAGED_NAME = re.compile(r"progress-damaged-\d{8}T\d{6}Z(-\d+)?\.db$")


def filled_store(folder, children: int = 60) -> None:
    store = open_store(folder)
    for n in range(children):
        profile = store.create_profile(f"kid{n}", "cat", "9-11").value
        attempt = store.start_attempt(profile.id, "l1", "h", {"scene": "s" * 200}).value
        store.record_choice(attempt, "s1", "c1", "safe")
    store.close()


def assert_set_aside_and_fresh(folder, original: bytes) -> None:
    store = open_store(folder)
    codes = [notice.code for notice in store.notices]
    assert codes == ["damaged-file-moved"], store.notices
    moved = store.notices[0].params["moved_to"]
    assert DAMAGED_NAME.search(moved)
    assert moved in store.notices[0].message.format(**store.notices[0].params)
    with open(moved, "rb") as handle:
        assert handle.read() == original  # kept exactly as it was
    assert store.can_save and store.list_profiles() == []
    assert store.create_profile("New", "cat", "under-9").saved
    store.close()
    connection = sqlite3.connect(folder / "progress.db")
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_a_file_that_is_not_a_database(tmp_path):
    original = b"These are my holiday notes, not a database.\n" * 50
    (tmp_path / "progress.db").write_bytes(original)
    assert_set_aside_and_fresh(tmp_path, original)


def test_a_file_too_short_to_have_a_header(tmp_path):
    original = b"SQLite format 3\x00 cut"
    (tmp_path / "progress.db").write_bytes(original)
    assert_set_aside_and_fresh(tmp_path, original)


def test_a_truncated_file_with_its_log_files(tmp_path):
    filled_store(tmp_path)
    path = tmp_path / "progress.db"
    original = path.read_bytes()[: path.stat().st_size // 2]
    path.write_bytes(original)
    (tmp_path / "progress.db-wal").write_bytes(b"\x00" * 64)
    (tmp_path / "progress.db-shm").write_bytes(b"\x00" * 64)
    assert_set_aside_and_fresh(tmp_path, original)
    moved = [p.name for p in tmp_path.iterdir() if p.name.startswith("progress-damaged")]
    assert sorted(name.rsplit(".db", 1)[1] for name in moved) == ["", "-shm", "-wal"]


def test_a_file_with_a_scribbled_page_fails_its_check(tmp_path):
    filled_store(tmp_path)
    path = tmp_path / "progress.db"
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(3 * page_size + 8, 3 * page_size + 200):
        data[offset] = 0xA5
    original = bytes(data)
    path.write_bytes(original)
    assert_set_aside_and_fresh(tmp_path, original)


def test_an_empty_file_is_simply_a_new_database(tmp_path):
    (tmp_path / "progress.db").write_bytes(b"")
    store = open_store(tmp_path)
    assert store.notices == () and store.can_save
    assert store.create_profile("Ola", "cat", "9-11").saved
    store.close()


def test_damage_found_while_playing_never_raises_and_keeps_this_session(tmp_path):
    """Scribbled after a clean close with size and time kept: the quick open
    trusts the file, so the damage shows up while playing. Nothing raises, the
    file is set aside at the next retry and this session's progress is saved."""
    filled_store(tmp_path)
    path = tmp_path / "progress.db"
    status = path.stat()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        data[page * page_size : page * page_size + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))

    store = open_store(tmp_path)
    store.list_profiles()
    created = store.create_profile("Ana", "cat", "9-11")
    assert created.ok
    attempt = store.start_attempt(created.value.id, "l1", "h")
    assert attempt.ok
    assert store.record_choice(attempt.value, "s1", "c1", "safe", {"scene": "s2"}).saved
    assert store.can_save
    codes = [n.code for n in store.notices]
    assert "damaged-file-moved" in codes and codes[-1] == "saving-again"
    assert store.resume_state(created.value.id, "l1") == {"scene": "s2"}
    store.close()

    reopened = open_store(tmp_path)
    assert reopened.notices == ()
    (ana,) = reopened.list_profiles()
    assert [c.choice_id for c in reopened.choices(attempt.value)] == ["c1"]
    reopened.close()
    assert len(list(tmp_path.glob("progress-damaged-*.db"))) == 1


def test_names_never_collide(tmp_path):
    names = []
    for _ in range(3):
        path = tmp_path / "progress.db"
        path.write_bytes(b"junk")
        names.append(set_aside(path).name)
    assert len(set(names)) == 3
    assert all(DAMAGED_NAME.search(name) for name in names)


@pytest.mark.parametrize("junk", [b"\x00" * 4096, os.urandom(8192)])
def test_zeros_or_noise(tmp_path, junk):
    (tmp_path / "progress.db").write_bytes(junk)
    assert_set_aside_and_fresh(tmp_path, junk)
