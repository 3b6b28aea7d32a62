"""The machine-wide data folder named in a school's sango.toml (SANGO_CONFIG points
at a temporary one here): used when neither --data-dir nor SANGO_DATA_DIR is given,
never wins over them, and an unusable file is said in plain words, never a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sango_game.progress import open_store, resolve_data_dir
from sango_game.progress.machine_config import (
    CONFIG_ENV,
    config_candidates,
    parse_config,
    read_machine_config,
)
from sango_game.progress.paths import choose_data_dir


@pytest.fixture
def machine(tmp_path, monkeypatch):
    """A temp sango.toml as the machine's config, with no SANGO_DATA_DIR."""
    config = tmp_path / "etc" / "sango.toml"
    config.parent.mkdir()
    monkeypatch.setenv(CONFIG_ENV, str(config))
    monkeypatch.delenv("SANGO_DATA_DIR", raising=False)
    return config


def test_the_shared_folder_is_used_by_every_account(machine, tmp_path):
    shared = tmp_path / "var" / "lib" / "sango"
    machine.write_text(f'data_dir = "{shared.as_posix()}"\n', encoding="utf-8")
    assert resolve_data_dir() == shared
    with open_store() as store:
        store.create_profile("Sam", "owl", "9-11", "en")
        assert store.take_notices() == ()
    assert (shared / "progress.db").is_file()


def test_explicit_folders_and_the_environment_still_win(machine, tmp_path, monkeypatch):
    machine.write_text('data_dir = "/srv/shared"\n', encoding="utf-8")
    assert resolve_data_dir(tmp_path / "mine") == tmp_path / "mine"
    monkeypatch.setenv("SANGO_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir() == tmp_path / "env"


def test_a_relative_folder_is_taken_from_the_files_own_folder(machine):
    machine.write_text("data_dir = 'data'\n", encoding="utf-8")
    assert resolve_data_dir() == machine.parent / "data"


@pytest.mark.parametrize("text, why", [
    ("data_dir = \n", "not TOML"),
    ("data_dir = 4\n", "folder name in quotes"),
    ("data_dir = ''\n", "folder name in quotes"),
])
def test_an_unusable_file_falls_back_and_says_why(machine, text, why, monkeypatch, tmp_path):
    machine.write_text(text, encoding="utf-8")
    config = read_machine_config()
    assert config.data_dir is None and why in config.problem.params["why"]
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(tmp_path / "user"))
    assert resolve_data_dir() == tmp_path / "user"
    with open_store() as store:
        (notice,) = [n for n in store.take_notices() if n.code == "bad-machine-config"]
    assert str(machine) in notice.params["path"] and "could not be used" in notice.message


def test_a_fifo_or_folder_in_place_of_the_file_is_refused_without_blocking(machine):
    machine.mkdir()
    assert read_machine_config().problem.code == "bad-machine-config"
    if hasattr(os, "mkfifo"):
        fifo = machine.parent / "fifo.toml"
        os.mkfifo(fifo)
        assert read_machine_config([fifo]).problem is not None


def test_no_file_anywhere_means_the_users_own_folder(tmp_path):
    assert read_machine_config([tmp_path / "none.toml"]).data_dir is None
    assert read_machine_config([tmp_path / "none.toml"]).problem is None
    assert parse_config("# only a comment\n", tmp_path / "x.toml").data_dir is None


def test_where_the_file_is_looked_for_on_each_system():
    windows = config_candidates({"PROGRAMDATA": r"D:\PD"}, "win32", r"C:\Sango\sango.exe")
    assert windows[-1] == Path(r"D:\PD") / "Sango" / "sango.toml"
    linux = config_candidates({}, "linux", "/opt/sango/bin/python")
    assert Path("/etc/sango/sango.toml") in linux
    assert linux[0].name == "sango.toml"
    mac = config_candidates({}, "darwin", "/Applications/Sango.app/Contents/MacOS/sango")
    assert mac[-1] == Path("/Library/Application Support/Sango/sango.toml")
    assert config_candidates({CONFIG_ENV: "/tmp/x.toml"}) == [Path("/tmp/x.toml")]


def test_the_rule_itself_is_a_pure_choice():
    user = Path("/home/kid/.local/share/Sango")
    assert choose_data_dir(None, None, None, user) == user
    assert choose_data_dir(None, None, Path("/srv/s"), user) == Path("/srv/s")
    assert choose_data_dir(None, " /env ", Path("/srv/s"), user) == Path("/env")
    assert choose_data_dir("/cli", "/env", Path("/srv/s"), user) == Path("/cli")
