"""`sango-game profiles list / export / import / delete`."""

from __future__ import annotations

import json

from sango_game.cli import main
from sango_game.progress import open_store


def seed(folder, nickname="Rafi"):
    store = open_store(folder)
    child = store.create_profile(nickname, "cat", "12-18", "ar").value
    attempt = store.start_attempt(child.id, "l1", "h").value
    store.record_choice(attempt, "s1", "c1", "safe")
    store.finish_attempt(attempt, "good", 3)
    store.close()


def test_list_export_import_delete(tmp_path, capsys):
    school, home = tmp_path / "school", tmp_path / "home"
    seed(school)
    assert main(["profiles", "list", "--json", "--data-dir", str(school)]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["nickname"], row["levels_done"], row["stars"]) == ("Rafi", 1, 3)

    out_file = tmp_path / "rafi.json"
    assert main(["profiles", "export", "rafi", str(out_file), "--data-dir", str(school)]) == 0
    assert main(["profiles", "import", str(out_file), "--data-dir", str(home)]) == 0
    assert "imported Rafi" in capsys.readouterr().out
    assert main(["profiles", "import", str(out_file), "--data-dir", str(home)]) == 0
    assert "nothing changed" in capsys.readouterr().out

    assert main(["profiles", "list", "--data-dir", str(home)]) == 0
    assert "Rafi\t12-18\tar\t1 levels\t3 stars" in capsys.readouterr().out

    assert main(["profiles", "delete", "Rafi", "--data-dir", str(home)]) == 1  # no tty, no --yes
    assert main(["profiles", "delete", "Rafi", "--yes", "--data-dir", str(home)]) == 0
    assert main(["profiles", "export", "Rafi", str(out_file), "--data-dir", str(home)]) == 1
    assert "no profile called" in capsys.readouterr().err
    store = open_store(home)
    assert store.list_profiles() == []
    store.close()


def test_a_clash_is_explained(tmp_path, capsys):
    seed(tmp_path / "a", "Jo")
    seed(tmp_path / "b", "jo")
    main(["profiles", "export", "Jo", str(tmp_path / "jo.json"), "--data-dir", str(tmp_path / "a")])
    assert main(["profiles", "import", str(tmp_path / "jo.json"),
                 "--data-dir", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    assert "imported Jo 2" in out and "already a different player called Jo" in out


def test_default_folder_comes_from_the_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SANGO_DATA_DIR", str(tmp_path))
    seed(tmp_path, "Env")
    assert main(["profiles", "list"]) == 0
    assert "Env" in capsys.readouterr().out


def test_bad_import_file(tmp_path, capsys):
    (tmp_path / "x.json").write_text("[]", encoding="utf-8")
    assert main(["profiles", "import", str(tmp_path / "x.json"), "--data-dir", str(tmp_path)]) == 1
    assert "is not a Sango profile file" in capsys.readouterr().err
