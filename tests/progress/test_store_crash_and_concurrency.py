"""Killing the game mid-play loses nothing acknowledged; two games share a folder.

Real child processes (``choice_writer.py``) record choices and print an
acknowledgement after each commit; the test kills them with SIGKILL at random
moments, then checks the file and every acknowledged choice.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sango_game.progress import open_store

WRITER = Path(__file__).with_name("choice_writer.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def start_writer(data_dir: Path, label: str, count: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), label, str(count)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def read_acks(process: subprocess.Popen, into: list[int], ready: threading.Event) -> None:
    for line in process.stdout:
        if line.startswith("ack "):
            into.append(int(line.split()[1]))
        elif line.startswith("ready"):
            ready.set()


def test_kill_9_at_random_moments_loses_nothing_acknowledged(tmp_path):
    rng = random.Random(20261124)
    acknowledged: dict[str, list[int]] = {}
    for run in range(20):
        label = f"kid{run}"
        process = start_writer(tmp_path, label, 100_000)
        acks: list[int] = []
        ready = threading.Event()
        reader = threading.Thread(target=read_acks, args=(process, acks, ready))
        reader.start()
        if rng.random() < 0.3:  # anywhere from start-up (opening, migrating) on
            time.sleep(rng.random() * 0.4)
        else:  # in the middle of play
            ready.wait(timeout=20)
            time.sleep(rng.random() * 0.1)
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join()
        acknowledged[label] = list(acks)

    runs_that_played = sum(1 for acks in acknowledged.values() if acks)
    assert runs_that_played >= 10, acknowledged
    database = tmp_path / "progress.db"
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()

    store = open_store(tmp_path)
    assert store.can_save and not store.notices, store.notices
    for label, acks in acknowledged.items():
        if not acks:
            continue
        profile = store.find_profile(label)
        assert profile is not None
        (attempt,) = [a for a in store.attempts(profile.id) if a.status == "in_progress"]
        saved = {c.choice_id for c in store.choices(attempt.id)}
        assert {f"c{n}" for n in acks} <= saved
        # the resume point is at least as far as the last acknowledged choice
        assert int(attempt.state["scene"][1:]) >= acks[-1]
    store.close()


def test_two_processes_write_at_once_without_locking_errors(tmp_path):
    count = 150
    processes = [start_writer(tmp_path, label, count) for label in ("ana", "ben")]
    outputs = [process.communicate(timeout=60) for process in processes]
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, out + err
        assert "locked" not in out + err
        assert out.count("ack ") == count

    store = open_store(tmp_path)
    for label in ("ana", "ben"):
        profile = store.find_profile(label)
        (attempt,) = store.attempts(profile.id)
        assert [c.choice_id for c in store.choices(attempt.id)] == [
            f"c{n}" for n in range(1, count + 1)
        ]
    store.close()


def test_a_second_store_in_the_same_process_sees_the_first_ones_writes(tmp_path):
    first, second = open_store(tmp_path), open_store(tmp_path)
    made = first.create_profile("Zed", "cat", "12-18").value
    assert second.get_profile(made.id) == made
    assert second.create_profile("zed", "dog", "12-18").problem.code == "nickname-taken"
    first.close()
    second.close()
