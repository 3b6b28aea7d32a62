"""Generate valid random levels, for property tests and the benchmark.

A generated level is a random directed acyclic graph of scenes with retry
choices, flags and conditions, written as the same plain data a YAML file
gives, so it goes through the real schema, checks and model builder.
"""

from __future__ import annotations

import random
from typing import Any

PICTURE = "images/characters/sango.svg"


def generate_level_data(rng: random.Random, level_id: str = "gen-level",
                        track: str = "9-11", scenes: int | None = None) -> dict:
    """Plain level data that passes every check (for the shipped tracks/topics)."""
    count = scenes if scenes is not None else rng.randint(1, 12)
    young = track == "under-9"
    scene_ids = [f"s{index}" for index in range(count)]
    ending_ids = ["good", "okay"] if young else ["good", "okay", "bad"]
    flags = [f"flag_{index}" for index in range(rng.randint(0, 3))]
    used_flags: set[str] = set()
    read_flags: set[str] = set()
    targets_used: set[str] = set()
    raw_scenes: list[dict[str, Any]] = []
    for index, scene_id in enumerate(scene_ids):
        later = scene_ids[index + 1:] + ending_ids
        choices: list[dict[str, Any]] = []
        # The first choice always moves on, so every scene leads to an ending.
        first_target = scene_ids[index + 1] if index + 1 < count else rng.choice(ending_ids)
        choices.append({"id": "c0", "text": "Go on", "safety": "safe",
                        "feedback": "Good.", "next": first_target})
        targets_used.add(first_target)
        for number in range(1, rng.randint(1, 4)):
            safety = rng.choice(["safe", "unsafe", "mixed"])
            choice: dict[str, Any] = {"id": f"c{number}", "text": f"Choice {number}",
                                      "safety": safety, "feedback": "Feedback."}
            retry = safety != "safe" and (young or rng.random() < 0.4)
            if young and safety == "unsafe":
                retry = True
            if not retry:
                target = rng.choice(later)
                choice["next"] = target
                targets_used.add(target)
            if flags and rng.random() < 0.3:
                flag = rng.choice(flags)
                choice["set"] = [flag]
                used_flags.add(flag)
            raw = choice
            if used_flags and rng.random() < 0.3:
                flag = rng.choice(sorted(used_flags))
                raw["when"] = [rng.choice([flag, f"not {flag}"])]
                read_flags.add(flag)
            choices.append(raw)
        lines: list[dict[str, Any]] = [
            {"id": "l0", "speaker": "sango", "text": "Hello {nickname}."}]
        if used_flags and rng.random() < 0.5:
            flag = rng.choice(sorted(used_flags))
            lines.append({"id": "l1", "speaker": "narrator", "text": "Remember?",
                          "when": [flag]})
            read_flags.add(flag)
        raw_scenes.append({"id": scene_id, "lines": lines, "choices": choices})
    # Make sure every ending is reachable: route unused ones from the last scene.
    last_choices = raw_scenes[-1]["choices"]
    for ending in ending_ids:
        if ending not in targets_used and len(last_choices) < 4:
            last_choices.append({"id": f"to-{ending}", "text": "End", "safety": "mixed",
                                 "feedback": "Hmm.", "next": ending})
            targets_used.add(ending)
    endings = []
    for ending in ending_ids:
        if ending not in targets_used:
            continue
        data: dict[str, Any] = {"id": ending, "outcome": ending, "title": "The end",
                                "summary": "Done."}
        if ending == "bad":
            data["help"] = "Tell an adult you trust."
        endings.append(data)
    # A flag set but never read would only be a warning; read them all.
    unread = used_flags - read_flags
    if unread:
        raw_scenes[0]["lines"].append({"id": "lflags", "speaker": "narrator", "text": "Flags.",
                                       "when": sorted(unread)})
    return {
        "id": level_id, "track": track, "topic": "privacy", "order": 1,
        "title": "Generated", "objective": "Test.", "key_lesson": "Test.",
        "teacher_notes": {"duration_minutes": 5, "cop_theme": "Test",
                          "questions": [{"id": "q1", "text": "Why?"}]},
        "cast": [{"id": "sango", "name": "Sango", "picture": PICTURE}],
        "start": scene_ids[0], "scenes": raw_scenes, "endings": endings,
    }
