"""Classes, pupils, nicknames for a whole class, today's lesson and per-class locks."""

from __future__ import annotations

from class_helpers import LEVEL

from sango_game import i18n
from sango_game.classroom import classes, lesson, names


def test_a_class_keeps_its_track_language_and_lesson(store):
    info = classes.create_class(store, "4B", track="under-9", language="ar").value
    classes.save_class(store, classes.set_lesson(info, ["a", "b", "a"]))
    found = classes.find_class(store, "4b")
    assert (found.name, found.track, found.language, found.lesson) == (
        "4B", "under-9", "ar", ("a", "b"))


def test_unknown_track_and_taken_name_are_refused(store):
    assert classes.create_class(store, "4B", track="adults").problem.code == "unknown-track"
    classes.create_class(store, "4B")
    assert classes.create_class(store, "4b").problem.code == "class-name-taken"


def test_pupils_get_the_class_track_language_and_a_picture(store):
    info = classes.create_class(store, "4B", track="12-18", language="fr").value
    pupil = classes.add_pupil(store, info, "Kind Panda").value
    assert (pupil.track, pupil.language, pupil.class_id) == ("12-18", "fr", info.id)
    assert pupil.avatar in names.PICTURES


def test_thirty_friendly_nicknames_all_different_and_none_taken():
    generated = names.class_names(30, seed=4, taken={"happy fox"})
    nicknames = [nickname for nickname, _picture in generated]
    assert len(nicknames) == len({n.casefold() for n in nicknames}) == 30
    assert "Happy Fox" not in nicknames
    assert all(picture in names.PICTURES for _nickname, picture in generated)
    assert names.class_names(30, seed=4, taken={"happy fox"}) == generated


def test_nicknames_come_in_the_class_language():
    i18n.set_language("fr")
    try:
        generated = [n for n, _p in names.class_names(20, seed=1)]
    finally:
        i18n.set_language("en")
    english = {n for n, _p in names.class_names(20, seed=1)}
    assert not set(generated) & english


def test_catalogue_filters_by_track_topic_and_minutes(library):
    every = lesson.catalogue(library.levels)
    assert len(every) == len(library.levels)
    chosen = lesson.catalogue(library.levels, track="9-11", topic="cyberbullying")
    assert [level.id for level in chosen] == [
        level.id for level in library.levels
        if level.track == "9-11" and level.topic == "cyberbullying"]
    ours = next(level for level in chosen if level.id == LEVEL)
    assert ours.objective == library.level(LEVEL).objective
    assert len(ours.questions) == len(library.level(LEVEL).teacher_notes.questions)
    shorter = lesson.catalogue(library.levels, track="9-11", max_minutes=ours.minutes - 1)
    assert LEVEL not in {level.id for level in shorter}
    assert all(level.minutes < ours.minutes for level in shorter)
    assert lesson.catalogue(library.levels, topic="no-such-topic") == []


def test_maps_show_todays_levels_first():
    assert lesson.map_order(["a", "b", "c", "d"], ["c", "x", "a"]) == ["c", "a", "b", "d"]
    assert lesson.map_order(["a", "b"], []) == ["a", "b"]


def test_class_locks_and_unlocks_override_the_map(store):
    info = classes.create_class(store, "4B").value
    info = classes.unlock_levels(classes.lock_levels(info, ["a", "b"]), ["b", "c"])
    info = classes.set_lesson(info, ["d"])
    opened = lesson.open_for_class({"a": True, "b": False, "c": False, "d": False}, info)
    assert opened == {"a": False, "b": True, "c": True, "d": True}
    classes.save_class(store, info)
    assert classes.find_class(store, "4B").locked == frozenset({"a"})


def test_a_pupils_levels_are_their_track_todays_first_and_not_locked(store, library):
    info = classes.create_class(store, "4B", track="9-11").value
    pupil = classes.add_pupil(store, info, "Kind Panda").value
    track = [level.id for level in library.levels_in("9-11")]
    assert [level.id for level in lesson.pupil_levels(store, pupil, library.levels)] == track
    classes.save_class(store, classes.lock_levels(info, track))
    assert lesson.pupil_levels(store, pupil, library.levels) == []


def test_whos_playing_groups_profiles_by_class(store):
    four_b = classes.create_class(store, "4B").value
    classes.create_class(store, "Empty")
    five_c = classes.create_class(store, "5C").value
    classes.add_pupil(store, five_c, "Calm Fish")
    classes.add_pupil(store, four_b, "Brave Owl")
    store.create_profile("Home Player")
    groups = [(info.name if info else None, [p.nickname for p in members])
              for info, members in classes.group_by_class(store)]
    assert groups == [("4B", ["Brave Owl"]), ("5C", ["Calm Fish"]), (None, ["Home Player"])]


def test_thirty_generated_names_are_all_accepted_in_every_language(store):
    from sango_game.classroom import classes, names
    from sango_game.classroom.language import in_language

    for code in ("en", "ar", "fr", "es", "ru", "zh_Hans"):
        info = classes.create_class(store, f"C-{code}", track="9-11", language=code).value
        taken = {p.nickname for p in store.list_profiles()}
        with in_language(code):
            wanted = names.class_names(30, seed=len(taken), taken=taken)
        refused = [(nickname, result.problem.code) for nickname, picture in wanted
                   if (result := classes.add_pupil(store, info, nickname, picture)).problem]
        assert refused == [], code
        assert len(store.list_profiles(info.id)) == 30
