"""Checks that a level is safe to hand to a child: scoring that never blames.

Runs on level data that passed the schema (docs/LEVELS.md, "Scoring that never
blames a child"; docs/BACKGROUND.md). Codes SG070-SG076:

- a pressured choice is never scored, and its feedback says it is not the
  child's fault;
- a sensitive level has a content note, and every one of its endings shows help;
- an ending reached alone (coping_alone) is at worst okay and shows help;
- an ending reached by asking for help is a good one;
- a topic kept for some tracks (relationships-and-images: 12-18) is used only there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sango_game.vocab.markup import strip

NOT_YOUR_FAULT = re.compile(
    r"\b(not|never)\s+(\w+\s+){0,2}your\s+fault|\bisn'?t\s+your\s+fault|\bwasn'?t\s+your\s+fault"
    r"|\bnone\s+of\s+(this|that|it)\s+(is|was)\s+your\s+fault",
    re.IGNORECASE,
)

Report = Callable[[str, tuple, str], None]


def says_not_your_fault(text: str) -> bool:
    """True when the text tells the child it is not their fault (markup ignored)."""
    return NOT_YOUR_FAULT.search(strip(text)) is not None


def check_safety_rules(data: dict, topic_tracks: dict[str, tuple[str, ...]],
                       err: Report) -> None:
    """Report every SG070-SG076 problem of one level through `err`."""
    _check_choices(data, err)
    _check_sensitive(data, err)
    _check_endings(data, err)
    allowed = topic_tracks.get(data["topic"], ())
    if allowed and data["track"] not in allowed:
        err("SG076", ("topic",),
            f"the topic '{data['topic']}' is only for the {', '.join(allowed)} track(s) "
            f"(levels/topics.yaml), not {data['track']}")


def _check_choices(data: dict, err: Report) -> None:
    for s_index, scene in enumerate(data["scenes"]):
        for c_index, choice in enumerate(scene["choices"]):
            if not choice.get("pressured"):
                continue
            where = ("scenes", s_index, "choices", c_index)
            if "safety" in choice:
                err("SG070", (*where, "safety"),
                    f"choice '{choice['id']}' is marked pressured, so it is never scored: "
                    f"remove `safety: {choice['safety']}`")
            if not says_not_your_fault(choice["feedback"]):
                err("SG071", (*where, "feedback"),
                    f"the feedback of pressured choice '{choice['id']}' must tell the child "
                    "it is not their fault (e.g. start with \"This is not your fault.\")")


def _check_sensitive(data: dict, err: Report) -> None:
    if not data.get("sensitive"):
        return
    if not data.get("content_note"):
        err("SG072", ("sensitive",),
            "a sensitive level needs a `content_note`: what it is about, that the child can "
            "stop any time, and where help is")


def _check_endings(data: dict, err: Report) -> None:
    sensitive = bool(data.get("sensitive"))
    for index, ending in enumerate(data["endings"]):
        where = ("endings", index)
        if ending.get("coping_alone") and ending["outcome"] == "bad":
            err("SG073", (*where, "outcome"),
                f"ending '{ending['id']}' is reached by coping alone, which is at worst "
                "'okay', never 'bad'")
        if "help" not in ending and (ending.get("coping_alone") or sensitive):
            why = ("it is reached by coping alone" if ending.get("coping_alone")
                   else "the level is sensitive")
            err("SG074", (*where, "id"),
                f"ending '{ending['id']}' needs `help` ({why}): where help is, and that it is "
                "never too late to tell someone")
        if ending.get("asked_for_help") and ending["outcome"] != "good":
            err("SG075", (*where, "outcome"),
                f"ending '{ending['id']}' is reached by asking for help, so it is 'good'")
