"""`sango-game classroom`: the whole teacher flow from a script, behind the PIN."""

from __future__ import annotations

import csv
import json

import pytest

from sango_game.cli import main
from sango_game.progress import open_store


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("SANGO_TEACHER_PIN", raising=False)
    folder = str(tmp_path / "school")

    def call(*argv: str, data_dir: str = folder) -> tuple[int, str, str]:
        code = main(["classroom", *argv, "--data-dir", data_dir])
        out = capsys.readouterr()
        return code, out.out, out.err
    return call


def test_a_class_from_start_to_report(run, tmp_path):
    assert run("create-class", "4B", "--track", "under-9", "--language", "fr")[0] == 0
    code, out, _err = run("add-pupils", "4B", "Sam", "--generate", "30")
    assert code == 0 and len(out.splitlines()) == 31
    assert run("lesson", "4B", "u9-stranger-game-chat")[0] == 0
    code, out, _err = run("list", "--json")
    (row,) = json.loads(out)
    assert (row["track"], row["language"], len(row["pupils"])) == ("under-9", "fr", 31)
    assert row["lesson"] == ["u9-stranger-game-chat"]
    target = tmp_path / "4B.csv"
    assert run("report", "4B", "--format", "csv", "-o", str(target))[0] == 0
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "Élève" and len(rows) == 32


def test_unknown_class_or_level_exits_1(run):
    run("create-class", "4B")
    assert run("lesson", "4B", "no-such-level")[0] == 1
    code, _out, err = run("report", "5C", "--format", "html", "-o", "x.html")
    assert code == 1 and "no class called '5C'" in err


def test_once_a_pin_is_set_every_action_needs_it(run, monkeypatch):
    assert run("set-pin", "--new-pin", "4821")[0] == 0
    code, _out, err = run("list")
    assert code == 1 and "PIN" in err
    code, _out, err = run("list", "--pin", "1111")
    assert code == 1 and "That PIN is not right." in err
    assert run("list", "--pin", "4821")[0] == 0
    monkeypatch.setenv("SANGO_TEACHER_PIN", "4821")
    assert run("create-class", "4B")[0] == 0
    assert run("set-pin", "--new-pin", "9999", "--pin", "1111")[0] == 1
    assert run("set-pin", "--new-pin", "9999")[0] == 0
    assert run("list")[0] == 1


def test_wrong_pins_slow_down_a_script_across_runs(run):
    run("set-pin", "--new-pin", "4821")
    for _ in range(3):
        assert run("list", "--pin", "0000")[0] == 1
    code, _out, err = run("list", "--pin", "4821")  # a new process would see the same
    assert code == 1 and "Try again in" in err


def test_export_import_twice_and_delete(run, tmp_path):
    run("create-class", "4B")
    run("add-pupils", "4B", "Sam", "Ana")
    target = str(tmp_path / "4B.json")
    assert run("export", "4B", "-o", target)[0] == 0
    other = str(tmp_path / "other")
    code, out, _err = run("import", target, data_dir=other)
    assert code == 0 and "2 new pupils" in out
    code, out, _err = run("import", target, data_dir=other)
    assert code == 0 and "nothing changed" in out
    assert run("delete-class", "4B", data_dir=other)[0] == 1  # no terminal: needs --yes
    assert run("delete-class", "4B", "--yes", data_dir=other)[0] == 0
    with open_store(other) as store:
        assert store.list_profiles() == [] and store.list_classes() == []
