"""Outbox rows -> xAPI 1.0.3 statements.

An outbox row's body is plain facts written by ``progress.outbox``. Here they
become statements:

- a finished level: ADL ``completed``, ``result.score.scaled`` = stars / 3,
  the stars as an extension, ``success`` when at least one star was earned;
- a choice: ADL ``answered``, the choice ID as the response and its safety
  (safe, unsafe, mixed) as an extension; ``success`` for safe, ``False`` for
  unsafe, left out for mixed;
- a badge: ``earned`` (the ADL vocabulary has no verb for earning, so the xAPI
  registry's ``http://id.tincanapi.com/verb/earned`` is used).

The actor is always ``{"account": {"homePage": <school's home page>, "name":
<profile's random ID>}}``: no nickname, nothing a child typed. A choice made
under pressure (safety ``pressured``, or flagged ``pressured``) is never turned
into a statement (``Unsendable``). The statement ID is the row's UUID5, so a
record always gives the same statement. A row of kind ``statement`` (brought
in by ``records import``) already is a statement and is passed on as it is.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sango_game.progress.outbox import SENDABLE_SAFETY, STATEMENT_NAMESPACE, statement_id

XAPI_VERSION = "1.0.3"
ACTIVITY_BASE = "https://w3id.org/sango/xapi"  # Sango's activities, the same in every school
VERBS = {
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "earned": "http://id.tincanapi.com/verb/earned",
}
EXT_STARS = f"{ACTIVITY_BASE}/extensions/stars"
EXT_SAFETY = f"{ACTIVITY_BASE}/extensions/safety"
EXT_ENDING = f"{ACTIVITY_BASE}/extensions/ending"
EXT_CONTENT_HASH = f"{ACTIVITY_BASE}/extensions/content-hash"
LESSON = "http://adlnet.gov/expapi/activities/lesson"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
BADGE = "http://activitystrea.ms/schema/1.0/badge"
MAX_STARS = 3


class Unsendable(ValueError):
    """This row must not (or cannot) become a statement; the text says why."""


def to_statement(kind: str, body: str | dict[str, Any]) -> dict[str, Any]:
    """The xAPI statement of one outbox row; raises ``Unsendable``."""
    facts = _facts(body)
    if kind == "statement":
        return facts
    if kind not in VERBS or facts.get("kind") != kind:
        raise Unsendable(f"unknown record kind {kind!r}")
    if facts.get("pressured") is True or facts.get("safety") == "pressured":
        raise Unsendable("a choice made under pressure is never sent")
    make = {"completed": _completed, "answered": _answered, "earned": _earned}[kind]
    try:
        statement = {
            "id": statement_id(_text(facts, "record_id")),
            "actor": actor(_text(facts, "home_page"), _text(facts, "profile_id")),
            "verb": {"id": VERBS[kind], "display": {"en-US": kind}},
            **make(facts),
            "timestamp": _text(facts, "timestamp"),
        }
    except (KeyError, TypeError, ValueError) as error:
        raise Unsendable(f"damaged record: {error}") from None
    statement.setdefault("context", {})["platform"] = "Sango"
    return statement


def actor(home_page: str, profile_id: str) -> dict[str, Any]:
    return {"objectType": "Agent", "account": {"homePage": home_page, "name": profile_id}}


def level_activity(level_id: str) -> dict[str, Any]:
    return {"objectType": "Activity", "id": f"{ACTIVITY_BASE}/levels/{level_id}",
            "definition": {"type": LESSON, "name": {"en": level_id}}}


def registration(attempt_id: str) -> str:
    """One attempt's statements share this registration UUID."""
    return str(uuid.uuid5(STATEMENT_NAMESPACE, f"registration/{attempt_id}"))


def _completed(facts: dict[str, Any]) -> dict[str, Any]:
    stars = facts["stars"]
    if not isinstance(stars, int) or isinstance(stars, bool) or not 0 <= stars <= MAX_STARS:
        raise ValueError("stars out of range")
    return {
        "object": level_activity(_text(facts, "level_id")),
        "result": {
            "completion": True,
            "success": stars > 0,
            "score": {"scaled": round(stars / MAX_STARS, 4), "raw": stars,
                      "min": 0, "max": MAX_STARS},
            "extensions": {EXT_STARS: stars},
        },
        "context": {
            "registration": registration(_text(facts, "attempt_id")),
            "extensions": {EXT_ENDING: _text(facts, "ending_id"),
                           EXT_CONTENT_HASH: _text(facts, "content_hash")},
        },
    }


def _answered(facts: dict[str, Any]) -> dict[str, Any]:
    safety = facts["safety"]
    if safety not in SENDABLE_SAFETY:
        raise Unsendable(f"a choice whose safety is {safety!r} is never sent")
    level_id, scene_id = _text(facts, "level_id"), _text(facts, "scene_id")
    result: dict[str, Any] = {"response": _text(facts, "choice_id"),
                              "extensions": {EXT_SAFETY: safety}}
    if safety != "mixed":
        result["success"] = safety == "safe"
    return {
        "object": {"objectType": "Activity",
                   "id": f"{ACTIVITY_BASE}/levels/{level_id}/scenes/{scene_id}",
                   "definition": {"type": INTERACTION, "interactionType": "choice",
                                  "name": {"en": f"{level_id} / {scene_id}"}}},
        "result": result,
        "context": {
            "registration": registration(_text(facts, "attempt_id")),
            "contextActivities": {"parent": [level_activity(level_id)]},
        },
    }


def _earned(facts: dict[str, Any]) -> dict[str, Any]:
    badge_id = _text(facts, "badge_id")
    return {"object": {"objectType": "Activity", "id": f"{ACTIVITY_BASE}/badges/{badge_id}",
                       "definition": {"type": BADGE, "name": {"en": badge_id}}}}


def _facts(body: str | dict[str, Any]) -> dict[str, Any]:
    if isinstance(body, dict):
        return body
    try:
        facts = json.loads(body)
    except (TypeError, ValueError):
        raise Unsendable("damaged record: not JSON") from None
    if not isinstance(facts, dict):
        raise Unsendable("damaged record: not an object")
    return facts


def _text(facts: dict[str, Any], key: str) -> str:
    value = facts[key]
    if not isinstance(value, str) or not value:
        raise ValueError(f"{key} is not a text")
    return value
