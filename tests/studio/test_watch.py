"""Noticing a changed file: size and modification time, looked at by `poll`."""

from __future__ import annotations

import os

from sango_game.studio.watch import FileWatch


def test_a_change_is_seen_once(tmp_path):
    path = tmp_path / "level.yaml"
    path.write_text("id: one\n", encoding="utf-8")
    watch = FileWatch(path)
    assert not watch.poll() and not watch.take_change()
    path.write_text("id: one, longer\n", encoding="utf-8")
    assert watch.poll()
    assert watch.take_change()
    assert not watch.take_change()


def test_same_size_new_time_is_a_change(tmp_path):
    path = tmp_path / "level.yaml"
    path.write_text("id: one\n", encoding="utf-8")
    watch = FileWatch(path)
    stat = path.stat()
    path.write_text("id: two\n", encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert watch.poll()


def test_a_file_that_goes_away_is_a_change(tmp_path):
    path = tmp_path / "level.yaml"
    path.write_text("id: one\n", encoding="utf-8")
    watch = FileWatch(path)
    path.unlink()
    assert watch.poll()


def test_the_thread_starts_and_stops(tmp_path):
    path = tmp_path / "level.yaml"
    path.write_text("id: one\n", encoding="utf-8")
    watch = FileWatch(path, interval=0.01).start()
    assert watch._thread is not None and watch._thread.is_alive()
    watch.stop()
    assert watch._thread is None
