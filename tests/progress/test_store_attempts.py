"""Attempts, choices, resuming, finishing, and the level map."""

from __future__ import annotations

from sango_game.progress import open_store


def make_child(store, nickname="Ada", track="9-11"):
    return store.create_profile(nickname, "cat", track).value


def test_a_level_resumes_where_the_child_left_it_even_after_a_restart(tmp_path):
    store = open_store(tmp_path)
    child = make_child(store)
    attempt = store.start_attempt(child.id, "l1", "hash-1", {"scene": "start"}).value
    assert store.record_choice(attempt, "start", "tell", "safe", {"scene": "s2"}).saved
    assert store.record_choice(attempt, "s2", "block", "mixed", {"scene": "s3"}).saved
    store.close()  # switched off

    store = open_store(tmp_path)
    point = store.resume_point(child.id, "l1", "hash-1")
    assert point.attempt_id == attempt and point.state == {"scene": "s3"}
    assert store.resume_state(child.id, "l1") == {"scene": "s3"}
    assert store.resume_point(child.id, "l1", "hash-2") is None  # the level changed
    choices = store.choices(attempt)
    assert [(c.seq, c.scene_id, c.choice_id, c.safety) for c in choices] == [
        (1, "start", "tell", "safe"), (2, "s2", "block", "mixed")]
    assert choices[0].made_at <= choices[1].made_at
    store.close()


def test_commits_are_durable_and_logged_ahead(store):
    disk = store._db._disk
    assert disk.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert disk.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert disk.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert disk.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_finish_and_map_statuses(store):
    child = make_child(store)
    levels = [("a1", "privacy"), ("a2", "privacy"), ("a3", "privacy"), ("b1", "kindness")]
    first = store.level_progress(child.id, levels)
    assert [(p.status, p.unlocked) for p in first.values()] == [
        ("new", True), ("new", False), ("new", False), ("new", True)]

    attempt = store.start_attempt(child.id, "a1", "h").value
    assert store.level_progress(child.id, levels)["a1"].status == "in_progress"
    assert store.level_progress(child.id, levels)["a1"].attempt_id == attempt
    assert store.finish_attempt(attempt, "good-end", 2, {"scene": None}).saved
    again = store.start_attempt(child.id, "a1", "h").value
    store.finish_attempt(again, "ok-end", 1)
    done = store.level_progress(child.id, levels)
    assert (done["a1"].status, done["a1"].best_stars, done["a1"].times_finished) == ("done", 2, 2)
    assert done["a2"].unlocked and not done["a3"].unlocked
    assert store.resume_point(child.id, "a1") is None

    # replaying a finished level: resumable, and still completed with its stars
    third = store.start_attempt(child.id, "a1", "h").value
    replay = store.level_progress(child.id, levels)["a1"]
    assert (replay.status, replay.completed, replay.best_stars, replay.attempt_id) == (
        "in_progress", True, 2, third)


def test_starting_over_abandons_the_unfinished_attempt(store):
    child = make_child(store)
    old = store.start_attempt(child.id, "l1", "h", {"scene": "s5"}).value
    new = store.start_attempt(child.id, "l1", "h", {"scene": "start"}).value
    assert store.get_attempt(old).status == "abandoned"
    assert store.resume_point(child.id, "l1").attempt_id == new
    assert [a.id for a in store.attempts(child.id, "l1")] == [old, new]


def test_unlock_all_is_a_store_setting(tmp_path):
    store = open_store(tmp_path)
    child = make_child(store)
    levels = [("a1", "t"), ("a2", "t"), ("a3", "t")]
    assert store.unlock_all is False
    assert store.set_unlock_all(True).saved
    assert all(p.unlocked for p in store.level_progress(child.id, levels).values())
    store.close()
    store = open_store(tmp_path)
    assert store.unlock_all is True
    store.set_unlock_all(False)
    assert [p.unlocked for p in store.level_progress(child.id, levels).values()] == [
        True, False, False]
    store.close()


def test_refusals_are_values(store):
    child = make_child(store)
    assert store.start_attempt("nobody", "l1", "h").problem.code == "not-found"
    assert store.record_choice("no-attempt", "s", "c", "safe").problem.code == "not-found"
    assert store.finish_attempt("no-attempt", "end", 3).problem.code == "not-found"
    attempt = store.start_attempt(child.id, "l1", "h").value
    assert store.record_choice(attempt, "s", "c", "risky").problem.code == "bad-value"
    assert store.finish_attempt(attempt, "end", 4).problem.code == "bad-value"
    assert store.record_choice(attempt, "s", "c", "safe", {"bad": {1, 2}}).problem.code == (
        "bad-value")
    assert store.save_state(attempt, {"scene": "s9"}).saved
    assert store.resume_state(child.id, "l1") == {"scene": "s9"}
    assert store.update_profile(child.id, height=120).problem.code == "bad-value"


def test_badges_and_classes(store):
    child = make_child(store)
    assert store.award_badge(child.id, "privacy").value is True
    assert store.award_badge(child.id, "privacy").value is False
    assert [b.badge_id for b in store.badges(child.id)] == ["privacy"]
    made = store.create_class("Class 5B")
    assert made.saved
    assert store.create_class("class 5b").problem.code == "class-name-taken"
    assert store.update_profile(child.id, class_id=made.value.id).value.class_id == made.value.id
    assert store.list_profiles(class_id=made.value.id) == [store.get_profile(child.id)]
    assert store.delete_class(made.value.id).saved
    assert store.get_profile(child.id).class_id is None
    assert store.list_classes() == []


def test_teacher_pin_is_hashed(tmp_path):
    store = open_store(tmp_path)
    assert not store.has_teacher_pin() and not store.check_teacher_pin("1234")
    assert store.set_teacher_pin("12ab").problem.code == "bad-value"
    assert store.set_teacher_pin("4821").saved
    assert store.check_teacher_pin("4821") and not store.check_teacher_pin("4822")
    store.close()
    assert b"4821" not in (tmp_path / "progress.db").read_bytes()
