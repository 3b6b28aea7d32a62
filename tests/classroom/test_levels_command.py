"""`sango-game levels`: what a teacher reads to plan a lesson, filtered and translated."""

from __future__ import annotations

import json

from sango_game.cli import main
from sango_game.content import load_library

LEVEL = "m-cyberbullying-group-chat"


def listed(capsys, *args: str) -> list[dict]:
    assert main(["levels", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_every_level_with_what_a_teacher_plans_with(capsys):
    rows = listed(capsys)
    library = load_library()
    assert {row["id"] for row in rows} == {level.id for level in library.levels}
    for row in rows:
        assert {"id", "track", "topic", "title", "objective", "minutes"} <= set(row)
        level = library.level(row["id"])
        assert row["track"] == level.track and row["topic"] == level.topic
        assert row["minutes"] == level.teacher_notes.duration_minutes
        assert row["title"] and row["objective"] and row["questions"]


def test_track_and_topic_filter(capsys):
    library = load_library()
    assert [row["id"] for row in listed(capsys, "--track", "9-11")] == [
        level.id for level in library.levels_in("9-11")]
    assert LEVEL in {row["id"] for row in listed(capsys, "--track", "9-11")}
    bullying = listed(capsys, "--topic", "cyberbullying")
    assert bullying and {row["topic"] for row in bullying} == {"cyberbullying"}
    assert {row["id"] for row in bullying} == {
        level.id for level in library.levels if level.topic == "cyberbullying"}
    both = listed(capsys, "--track", "12-18", "--topic", "cyberbullying")
    assert all(row["track"] == "12-18" and row["topic"] == "cyberbullying" for row in both)
    assert main(["levels", "--topic", "no-such-topic"]) == 2  # a usage error, said plainly


def test_the_texts_come_in_the_chosen_language(capsys):
    english = {row["id"]: row for row in listed(capsys)}
    french = {row["id"]: row for row in listed(capsys, "--lang", "fr")}
    level = french[LEVEL]
    assert level["title"] != english[LEVEL]["title"]
    assert level["objective"] != english[LEVEL]["objective"]
    assert level["minutes"] == english[LEVEL]["minutes"]
    arabic = listed(capsys, "--lang", "ar", "--track", "9-11")[0]
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic["title"])


def test_the_text_listing_names_track_topic_minutes_and_objective(capsys):
    assert main(["levels", "--track", "9-11"]) == 0
    out = capsys.readouterr().out
    level = load_library().level(LEVEL)
    assert LEVEL in out and "9-11" in out and "15 min" in out
    assert "objective: " + " ".join(level.objective.split()) in out
    assert level.teacher_notes.questions[0].text.split()[0] in out


def test_an_unknown_topic_names_the_known_ones(capsys):
    assert main(["levels", "--topic", "nope"]) == 2
    assert "privacy" in capsys.readouterr().err
