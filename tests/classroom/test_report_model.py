"""The class report as data: pupils x levels, safe share per topic, tricky moments."""

from __future__ import annotations

from class_helpers import LEVEL

from sango_game.classroom import classes, report


def test_pupils_by_levels_done_and_stars(store, library, seeded):
    info, _pupils = seeded
    data = report.build_report(store, info, library.levels, library.topics)
    column = [level.id for level in data.levels].index(LEVEL)
    cells = {row.nickname: row.cells[column] for row in data.rows}
    assert cells["Happy Fox"] == report.Cell(done=True, stars=2, started=True)
    assert cells["Brave Owl"] == report.Cell(done=False, stars=0, started=True)
    assert cells["سارة"] == report.Cell(done=True, stars=3, started=True)
    assert sorted(row.stars for row in data.rows) == [0, 2, 3]


def test_share_of_safe_choices_per_topic(store, library, seeded):
    info, _pupils = seeded
    data = report.build_report(store, info, library.levels, library.topics)
    shares = {topic.topic: (topic.safe, topic.total) for topic in data.topics}
    assert shares == {"cyberbullying": (1, 3)}
    assert data.topics[0].name == "Kindness online"


def test_tricky_moments_name_the_choice_and_the_teacher_note(store, library, seeded):
    info, _pupils = seeded
    data = report.build_report(store, info, library.levels, library.topics)
    assert len(data.tricky) == 1
    moment = data.tricky[0]
    assert moment.choice_msgctxt == f"{LEVEL}/group-chat/laugh-react"
    assert (moment.times, moment.pupils) == (2, 2)
    assert moment.note == library.level(LEVEL).teacher_notes.questions[0].text


def test_other_classes_pupils_are_not_in_the_report(store, library, seeded):
    info, _pupils = seeded
    other = classes.create_class(store, "5C").value
    classes.add_pupil(store, other, "Calm Fish")
    data = report.build_report(store, info, library.levels, library.topics)
    assert "Calm Fish" not in {row.nickname for row in data.rows}
    assert report.build_report(store, other, library.levels).topics == ()


def test_todays_lesson_comes_first_in_the_columns(store, library, seeded):
    info, _pupils = seeded
    info = classes.set_lesson(info, ["u9-stranger-game-chat"])
    data = report.build_report(store, info, library.levels)
    assert [level.id for level in data.levels][:2] == ["u9-stranger-game-chat", LEVEL]
