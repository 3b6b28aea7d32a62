"""A class moves between PCs: export, import twice without duplicates; delete a class."""

from __future__ import annotations

import json

from class_helpers import play

from sango_game.classroom import classes, exchange, report
from sango_game.progress import open_store


def test_export_import_twice_merges_without_duplicates(store, library, seeded, tmp_path):
    info, _pupils = seeded
    path = tmp_path / "4B.sango-class.json"
    assert exchange.export_class(store, info, path).ok
    with open_store(tmp_path / "other-pc") as other:
        first = exchange.import_class(other, path).value
        assert (first.class_added, first.pupils_added, first.attempts_added) == (True, 3, 3)
        again = exchange.import_class(other, path).value
        assert not again.changed_anything
        assert len(other.list_classes()) == 1 and len(other.list_profiles()) == 3
        there = classes.find_class(other, "4B")
        assert there.id == info.id and there.track == info.track
        here = report.build_report(store, info, library.levels, library.topics)
        moved = report.build_report(other, there, library.levels, library.topics)
        assert moved == here


def test_progress_made_on_another_pc_comes_back(store, library, seeded, tmp_path):
    info, pupils = seeded
    exchange.export_class(store, info, tmp_path / "week1.json")
    with open_store(tmp_path / "other-pc") as other:
        exchange.import_class(other, tmp_path / "week1.json")
        fox = other.find_profile("Happy Fox")
        level = library.level("m-cyberbullying-group-chat")
        play(other, fox.id, level, [("group-chat", "screenshot")], stars=3)
        exchange.export_class(other, classes.find_class(other, "4B"), tmp_path / "week2.json")
    back = exchange.import_class(store, tmp_path / "week2.json").value
    assert (back.class_added, back.pupils_merged, back.attempts_added) == (False, 3, 1)
    assert len(store.list_profiles()) == 3


def test_a_bad_file_is_a_problem_not_a_crash(store, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "sango-class", "format_version": 1}))
    assert exchange.import_class(store, path).problem.code == "import-unreadable"
    path.write_text(json.dumps({"format": "sango-class", "format_version": 99}))
    assert exchange.import_class(store, path).problem.code == "import-too-new"
    assert exchange.import_class(store, tmp_path / "missing.json").problem.code == (
        "import-unreadable")
    assert store.list_classes() == []


def test_deleting_a_class_removes_every_pupil_and_their_progress(store, seeded):
    info, pupils = seeded
    outsider = store.create_profile("Calm Fish").value
    result = classes.delete_class(store, info)
    assert result.saved and result.value == 3
    assert classes.find_class(store, "4B") is None
    assert [p.nickname for p in store.list_profiles()] == ["Calm Fish"]
    assert store.get_setting(f"class/{info.id}") is None
    for pupil in pupils.values():
        assert store.attempts(pupil.id) == [] and store.badges(pupil.id) == []
    assert store.get_profile(outsider.id) is not None
    store.close()
    raw = store.path.read_bytes()
    assert "سارة".encode() not in raw and b"Happy Fox" not in raw
