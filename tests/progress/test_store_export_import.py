"""Export a profile, import it on another PC: same child, same stars; twice = once."""

from __future__ import annotations

import json

from sango_game.progress import open_store
from sango_game.progress.exchange import FORMAT, FORMAT_VERSION

LEVELS = [("l1", "privacy"), ("l2", "privacy"), ("l3", "privacy")]


def play(store, nickname="Mia"):
    child = store.create_profile(nickname, "owl", "9-11", "fr", {"volume": 30}).value
    done = store.start_attempt(child.id, "l1", "h1", {"scene": "a"}).value
    store.record_choice(done, "a", "tell", "safe", {"scene": "b"})
    store.finish_attempt(done, "good", 3, {"scene": None})
    half = store.start_attempt(child.id, "l2", "h2", {"scene": "a"}).value
    store.record_choice(half, "a", "share", "unsafe", {"scene": "c"})
    store.award_badge(child.id, "privacy")
    return child, half


def snapshot(store, profile_id):
    return (
        store.level_progress(profile_id, LEVELS),
        [(a.id, a.status, a.stars, a.state) for a in store.attempts(profile_id)],
        {a.id: store.choices(a.id) for a in store.attempts(profile_id)},
        [b.badge_id for b in store.badges(profile_id)],
    )


def test_round_trip_to_another_pc_keeps_the_child_and_their_stars(tmp_path):
    school, home = open_store(tmp_path / "school"), open_store(tmp_path / "home")
    child, half = play(school)
    exported = school.export_profile(child.id, tmp_path / "mia.json")
    assert exported.saved
    data = json.loads((tmp_path / "mia.json").read_text(encoding="utf-8"))
    assert (data["format"], data["format_version"]) == (FORMAT, FORMAT_VERSION)
    assert "class_id" not in data["profile"]

    imported = home.import_profile(tmp_path / "mia.json")
    assert imported.saved
    report = imported.value
    assert (report.nickname, report.renamed_from, report.merged) == ("Mia", None, False)
    assert (report.attempts_added, report.choices_added, report.badges_added) == (2, 2, 1)
    here = home.find_profile("mia")
    assert (here.id, here.avatar, here.language, here.settings) == (
        child.id, "owl", "fr", {"volume": 30})
    assert snapshot(home, child.id) == snapshot(school, child.id)
    assert home.level_progress(child.id, LEVELS)["l1"].best_stars == 3
    assert home.resume_point(child.id, "l2", "h2").state == {"scene": "c"}
    school.close()
    home.close()


def test_importing_the_same_file_twice_changes_nothing(tmp_path, all_rows):
    school, home = open_store(tmp_path / "school"), open_store(tmp_path / "home")
    child, _ = play(school)
    school.export_profile(child.id, tmp_path / "mia.json")
    assert home.import_profile(tmp_path / "mia.json").value.changed_anything
    home.close()
    once = all_rows(tmp_path / "home" / "progress.db")
    home = open_store(tmp_path / "home")
    second = home.import_profile(tmp_path / "mia.json")
    assert second.ok and not second.value.changed_anything
    home.close()
    assert all_rows(tmp_path / "home" / "progress.db") == once
    school.close()


def test_coming_back_merges_new_play_and_keeps_the_nickname_here(tmp_path):
    school, home = open_store(tmp_path / "school"), open_store(tmp_path / "home")
    child, half = play(school)
    school.export_profile(child.id, tmp_path / "out.json")
    home.import_profile(tmp_path / "out.json")
    # at home: finish the half-played level, play a new one
    home.record_choice(half, "c", "ask", "safe", {"scene": "d"})
    home.finish_attempt(half, "okay", 2)
    new = home.start_attempt(child.id, "l3", "h3").value
    home.finish_attempt(new, "good", 1)
    home.update_profile(child.id, nickname="Mimi")
    home.export_profile(child.id, tmp_path / "back.json")

    merged = school.import_profile(tmp_path / "back.json").value
    assert merged.merged and merged.nickname == "Mia"
    assert (merged.attempts_added, merged.attempts_updated, merged.choices_added) == (1, 1, 1)
    progress = school.level_progress(child.id, LEVELS)
    assert [(p.status, p.best_stars) for p in progress.values()] == [
        ("done", 3), ("done", 2), ("done", 1)]
    # an older copy does not undo what is newer here
    assert not school.import_profile(tmp_path / "out.json").value.changed_anything
    assert school.level_progress(child.id, LEVELS) == progress
    school.close()
    home.close()


def test_a_different_child_with_the_same_nickname_is_renamed_and_told(tmp_path):
    school, home = open_store(tmp_path / "school"), open_store(tmp_path / "home")
    child, _ = play(school, "Sam")
    home.create_profile("sam", "dog", "under-9")
    school.export_profile(child.id, tmp_path / "sam.json")
    report = home.import_profile(tmp_path / "sam.json").value
    assert (report.nickname, report.renamed_from) == ("Sam 2", "Sam")
    notice = report.notice()
    assert notice.code == "import-renamed" and notice.params == {"old": "Sam", "new": "Sam 2"}
    assert sorted(p.nickname for p in home.list_profiles()) == ["Sam 2", "sam"]
    # the caller may choose the name instead
    third = open_store(tmp_path / "third")
    third.create_profile("Sam", "cat", "9-11")
    chosen = third.import_profile(tmp_path / "sam.json", nickname="Samira").value
    assert (chosen.nickname, chosen.renamed_from) == ("Samira", "Sam")
    for store in (school, home, third):
        store.close()


def test_long_nicknames_stay_within_the_limit_when_renamed(tmp_path):
    school, home = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    child, _ = play(school, "A" * 20)
    home.create_profile("a" * 20, "fox", "9-11")
    report = home.import_profile(school.export_data(child.id)).value
    assert report.nickname == "A" * 18 + " 2"
    school.close()
    home.close()


def test_bad_files_are_refused_kindly(tmp_path, store):
    cases = {
        "not-json.json": "{nope",
        "other.json": json.dumps({"format": "something-else"}),
        "bad-stars.json": None,
    }
    child, _ = play(store)
    data = store.export_data(child.id)
    data["attempts"][0]["stars"] = 9
    cases["bad-stars.json"] = json.dumps(data)
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = store.import_profile(tmp_path / name)
        assert result.problem.code == "import-unreadable", name
    newer = store.export_data(child.id)
    newer["format_version"] = FORMAT_VERSION + 1
    assert store.import_profile(newer).problem.code == "import-too-new"
    assert store.import_profile(tmp_path / "missing.json").problem.code == "import-unreadable"
    assert store.export_profile(child.id, tmp_path / "no" / "dir" / "x.json").problem.code == (
        "export-failed")
