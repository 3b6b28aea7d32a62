"""Dropped-in files are read without blocking and without growing without bound."""

import os
import sys

import pytest

from sango_game.safe_files import NOT_A_FILE, NOT_FOUND, TOO_BIG, UNREADABLE, read_limited


def test_an_ordinary_file_is_read(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(b"id: a\n")
    assert read_limited(path, 100).data == b"id: a\n"


def test_a_file_above_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"x" * 101)
    result = read_limited(path, 100)
    assert result.data is None and result.reason == TOO_BIG
    assert "100" in result.explain(100)


def test_missing_folder_and_nul_in_path(tmp_path):
    assert read_limited(tmp_path / "nope", 10).reason == NOT_FOUND
    assert read_limited(tmp_path, 10).reason == NOT_A_FILE
    assert read_limited(str(tmp_path / "a\x00b"), 10).reason == UNREADABLE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_with_no_writer_does_not_block(tmp_path):
    fifo = tmp_path / "level.yaml"
    os.mkfifo(fifo)
    assert read_limited(fifo, 100).reason == NOT_A_FILE


@pytest.mark.skipif(sys.platform == "win32" or not os.path.exists("/dev/zero"),
                    reason="needs /dev/zero")
def test_a_symlink_to_an_endless_device_is_refused(tmp_path):
    link = tmp_path / "level.yaml"
    link.symlink_to("/dev/zero")
    assert read_limited(link, 100).reason == NOT_A_FILE
    urandom = tmp_path / "sango.po"
    urandom.symlink_to("/dev/urandom")
    assert read_limited(urandom, 100).reason == NOT_A_FILE
