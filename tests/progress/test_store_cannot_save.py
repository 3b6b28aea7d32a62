"""Disk full, read-only folder, no folder at all: the game keeps playing, says
progress can't be saved, keeps it in memory and saves it when it can."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from sango_game.progress import open_store

ROOT = Path(__file__).resolve().parents[2]
PLAYER = Path(__file__).with_name("readonly_player.py")


def choices_on_disk(folder: Path) -> list[str]:
    connection = sqlite3.connect(folder / "progress.db")
    rows = [c for (c,) in connection.execute("SELECT choice_id FROM choices ORDER BY id")]
    connection.close()
    return rows


def test_disk_full_keeps_playing_and_saves_when_space_returns(store, tmp_path):
    profile = store.create_profile("Ivy", "cat", "9-11").value
    attempt = store.start_attempt(profile.id, "l1", "h").value
    disk = store._db._disk
    pages = disk.execute("PRAGMA page_count").fetchone()[0]
    disk.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full

    results = [
        store.record_choice(attempt, "s" * 190, f"c{n}", "safe", {"scene": f"s{n}"})
        for n in range(1, 41)
    ]
    assert all(result.ok for result in results)
    assert not all(result.saved for result in results)
    assert not store.can_save and store.pending_writes > 0
    assert [n.code for n in store.notices] == ["cannot-save"]
    assert store.notices[0].params["folder"] == str(tmp_path)
    # the game sees its own progress while it waits
    assert store.resume_state(profile.id, "l1")["scene"] == "s40"
    assert len(store.choices(attempt)) == 40
    assert store.level_progress(profile.id)["l1"].status == "in_progress"

    disk.execute("PRAGMA max_page_count = 1073741823")  # space again
    assert store.record_choice(attempt, "s1", "c41", "safe", {"scene": "s41"}).saved
    assert store.can_save and store.pending_writes == 0
    assert store.notices[-1].code == "saving-again"
    assert choices_on_disk(tmp_path) == [f"c{n}" for n in range(1, 42)]


def test_a_folder_that_cannot_be_made(tmp_path):
    blocker = tmp_path / "usb"
    blocker.write_text("a file where the folder should be")
    folder = blocker / "sango"
    store = open_store(folder)
    assert not store.can_save
    assert [n.code for n in store.notices] == ["cannot-read"]
    made = store.create_profile("Noor", "cat", "12-18")
    assert made.ok and made.queued
    assert [p.nickname for p in store.list_profiles()] == ["Noor"]

    blocker.unlink()  # the stick is back
    assert store.retry_saving() and store.can_save
    store.close()
    reopened = open_store(folder)
    assert [p.nickname for p in reopened.list_profiles()] == ["Noor"]
    reopened.close()


def _others_can_reach(path: Path) -> bool:
    """True when a different user may read `path` and pass through every folder above it."""
    path = path.resolve()
    if not path.stat().st_mode & stat.S_IROTH:
        return False
    return all(folder.stat().st_mode & stat.S_IXOTH for folder in path.parents)


def _as_other_user() -> list[str] | None:
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return []  # file modes already bind this user
    setpriv = shutil.which("setpriv")
    # As root the test plays as `nobody`, who must be able to run Python and read
    # the code: not so in a checkout inside a private folder (CI's temporary clone).
    if not setpriv or not _others_can_reach(PLAYER):
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.mark.skipif(_as_other_user() is None,
                    reason="needs POSIX modes (as root: setpriv and a checkout others can read)")
def test_a_read_only_folder_then_writable_again():
    # pytest's own temporary folders are private to their owner; this one is not
    outside = Path(tempfile.mkdtemp(prefix="sango-ro-"))
    try:
        outside.chmod(0o755)
        run_read_only_scenario(outside / "share")
    finally:
        shutil.rmtree(outside, ignore_errors=True)


def run_read_only_scenario(folder: Path) -> None:
    store = open_store(folder)
    store.create_profile("Sam", "cat", "9-11")
    store.close()
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [*_as_other_user(), sys.executable, str(PLAYER), str(folder), "Sam"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env, cwd=folder.parent,
    )
    try:
        first = json.loads(process.stdout.readline() or "null")
        assert first is not None, process.stderr.read()
        assert first["found_profile"]
        assert first["attempt_ok"] and first["choice_ok"]
        assert not first["choice_saved"] and not first["can_save"]
        assert first["resume"] == {"scene": "s2"}
        assert "cannot-save" in first["notices"]

        folder.chmod(0o777)
        for path in folder.iterdir():
            path.chmod(0o666)
        process.stdin.write("go\n")
        process.stdin.flush()
        second = json.loads(process.stdout.readline())
        assert second["saved_again"] and second["can_save"]
        assert second["notices"][-1] == "saving-again"
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
        process.wait()
    assert choices_on_disk(folder) == ["c1"]


def test_a_waiting_write_that_clashes_is_dropped_alone(tmp_path):
    """While one game can't save, another game on the folder takes the same
    nickname. When saving works again, only the clashing write is dropped."""
    first, second = open_store(tmp_path), open_store(tmp_path)
    child = first.create_profile("Ola", "cat", "9-11").value
    attempt = first.start_attempt(child.id, "l1", "h").value
    disk = first._db._disk
    disk.execute(f"PRAGMA max_page_count = {disk.execute('PRAGMA page_count').fetchone()[0]}")
    for n in range(30):
        first.record_choice(attempt, "s" * 190, f"c{n}", "safe", {"scene": n})
    assert not first.can_save
    assert first.create_profile("Kai", "cat", "9-11").queued
    assert second.create_profile("kai", "dog", "12-18").saved  # the other game wins the name

    disk.execute("PRAGMA max_page_count = 1073741823")
    assert first.record_choice(attempt, "s1", "last", "safe").saved
    assert first.can_save and first.pending_writes == 0
    assert [c.choice_id for c in second.choices(attempt)][-1] == "last"
    assert len(second.choices(attempt)) == 31
    assert [p.avatar for p in second.list_profiles() if p.nickname.lower() == "kai"] == ["dog"]
    first.close()
    second.close()


def test_take_notices_hands_each_notice_out_once(tmp_path):
    (tmp_path / "progress.db").write_bytes(b"not a database" * 20)
    store = open_store(tmp_path)
    assert [n.code for n in store.take_notices()] == ["damaged-file-moved"]
    assert store.take_notices() == ()
    assert len(store.notices) == 1
    store.close()


def test_a_folder_where_the_file_should_be(tmp_path):
    (tmp_path / "progress.db").mkdir()
    store = open_store(tmp_path)
    assert [n.code for n in store.notices] == ["cannot-read"]
    child = store.create_profile("Eli", "cat", "under-9")
    assert child.queued
    attempt = store.start_attempt(child.value.id, "l1", "h").value
    assert store.record_choice(attempt, "s1", "c1", "safe", {"scene": "s2"}).queued
    assert store.level_progress(child.value.id)["l1"].status == "in_progress"
    store.close()
    assert (tmp_path / "progress.db").is_dir()  # left as it was
