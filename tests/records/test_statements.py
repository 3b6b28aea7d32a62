"""The mapping from outbox rows to xAPI statements."""

from __future__ import annotations

import json
import uuid

import pytest

from sango_game.progress.outbox import statement_id
from sango_game.records.statements import (
    EXT_SAFETY,
    EXT_STARS,
    VERBS,
    Unsendable,
    registration,
    to_statement,
)

BASE = {"profile_id": "a1b2c3d4e5f60718", "home_page": "https://school.example",
        "timestamp": "2026-11-30T09:00:00.000000+00:00"}


def completed(stars=2, **extra):
    return {**BASE, "kind": "completed", "record_id": "attempt/at1", "attempt_id": "at1",
            "level_id": "privacy-1", "content_hash": "h", "ending_id": "told",
            "stars": stars, **extra}


def answered(safety="safe", **extra):
    return {**BASE, "kind": "answered", "record_id": "choice/at1/1", "attempt_id": "at1",
            "level_id": "privacy-1", "seq": 1, "scene_id": "s1", "choice_id": "c1",
            "safety": safety, **extra}


def test_completed_has_scaled_score_stars_and_success():
    statement = to_statement("completed", completed(stars=2))
    assert statement["verb"]["id"] == VERBS["completed"] == "http://adlnet.gov/expapi/verbs/completed"
    assert statement["result"]["score"]["scaled"] == pytest.approx(2 / 3, abs=1e-3)
    assert statement["result"]["extensions"][EXT_STARS] == 2
    assert statement["result"]["success"] is True
    assert statement["result"]["completion"] is True
    assert to_statement("completed", completed(stars=0))["result"]["success"] is False
    assert to_statement("completed", completed(stars=3))["result"]["score"]["scaled"] == 1


def test_actor_is_only_the_random_id_under_the_home_page():
    statement = to_statement("completed", completed())
    assert statement["actor"] == {"objectType": "Agent", "account": {
        "homePage": "https://school.example", "name": "a1b2c3d4e5f60718"}}


def test_statement_id_is_uuid5_of_the_record_id_and_stable():
    first = to_statement("completed", completed())
    again = to_statement("completed", json.dumps(completed()))
    assert first == again
    assert first["id"] == statement_id("attempt/at1")
    assert uuid.UUID(first["id"]).version == 5
    assert statement_id("attempt/at2") != first["id"]


@pytest.mark.parametrize(("safety", "success"), [("safe", True), ("unsafe", False),
                                                 ("mixed", None)])
def test_answered_carries_its_safety(safety, success):
    statement = to_statement("answered", answered(safety))
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert statement["result"]["extensions"][EXT_SAFETY] == safety
    assert statement["result"]["response"] == "c1"
    assert statement["result"].get("success") is success
    assert statement["context"]["registration"] == registration("at1")
    parent = statement["context"]["contextActivities"]["parent"][0]
    assert parent["id"].endswith("/levels/privacy-1")


@pytest.mark.parametrize("facts", [answered("pressured"), answered("safe", pressured=True)])
def test_pressured_choices_are_never_statements(facts):
    with pytest.raises(Unsendable, match="pressure"):
        to_statement("answered", facts)


def test_earned_badge():
    facts = {**BASE, "kind": "earned", "record_id": "badge/p/b", "badge_id": "first-steps"}
    statement = to_statement("earned", facts)
    assert statement["verb"]["id"] == "http://id.tincanapi.com/verb/earned"
    assert statement["object"]["id"].endswith("/badges/first-steps")


@pytest.mark.parametrize("body", ["not json", "[1]", json.dumps(completed(stars=9)),
                                  json.dumps(completed(stars="3")),
                                  json.dumps({**completed(), "profile_id": ""}),
                                  json.dumps({**completed(), "kind": "answered"})])
def test_damaged_rows_are_unsendable(body):
    with pytest.raises(Unsendable):
        to_statement("completed", body)


def test_no_nickname_or_typed_text_can_reach_a_statement():
    facts = completed(nickname="Ama", typed="my address")
    text = json.dumps(to_statement("completed", facts))
    assert "Ama" not in text and "my address" not in text
