"""The validator's proof agrees with the runner itself, on random small levels with flags.

The proof keeps only flags some `when` reads; here the runner is played
exhaustively with every flag, and both must find the same empty and stuck scenes.
"""

from __future__ import annotations

import json
from collections import deque

from hypothesis import given, settings
from hypothesis import strategies as st

from sango_game.content.playability import play_model, playability_findings
from sango_game.story import LevelRunner

FLAGS = ("f0", "f1", "f2")


@st.composite
def level_data(draw):
    count = draw(st.integers(1, 4))
    scenes = [f"s{index}" for index in range(count)]
    targets = [*scenes, "e0", "e1", None]
    raw_scenes = []
    for scene_id in scenes:
        choices = []
        for index in range(draw(st.integers(1, 3))):
            target = draw(st.sampled_from(targets))
            when = draw(st.lists(st.sampled_from(FLAGS), max_size=2, unique=True))
            choices.append({
                "id": f"c{index}", "next": target,
                "safety": "safe" if target else "unsafe",
                "when": [("not " if draw(st.booleans()) else "") + flag for flag in when],
                "set": draw(st.lists(st.sampled_from(FLAGS), max_size=2, unique=True)),
                "unset": draw(st.lists(st.sampled_from(FLAGS), max_size=1, unique=True)),
            })
            if target is None:
                del choices[-1]["next"]
        raw_scenes.append({"id": scene_id, "choices": choices})
    return {"id": "random", "track": "9-11", "topic": "privacy", "start": "s0",
            "scenes": raw_scenes,
            "endings": [{"id": "e0", "outcome": "good"}, {"id": "e1", "outcome": "okay"}]}


def runner_verdict(level) -> set[tuple[str, str]]:
    """(code, scene) found by playing every choice of every state with the real runner."""
    def key(runner):
        saved = runner.save()
        return (saved["position"], tuple(saved["flags"]), tuple(sorted(saved["tried"])))

    start = LevelRunner(level)
    runners = {key(start): start}
    moves: dict[tuple, list[tuple]] = {}
    todo = deque([key(start)])
    while todo:
        here = todo.popleft()
        runner = runners[here]
        moves[here] = []
        if runner.finished:
            continue
        for choice in runner.view().choices:
            if choice.way_on:
                continue
            after = LevelRunner.restore(level, json.loads(json.dumps(runner.save())))
            after.choose(choice.id)
            there = key(after)
            moves[here].append(there)
            if there not in runners:
                runners[there] = after
                todo.append(there)
    empty = [k for k in moves if not runners[k].finished and not moves[k]]
    good = {k for k in moves if runners[k].finished} | set(empty)
    changed = True
    while changed:
        changed = False
        for here, targets in moves.items():
            if here not in good and any(t in good for t in targets):
                good.add(here)
                changed = True
    found = {("SG050", k[0]) for k in empty}
    stuck_scenes = {k[0] for k in moves if k not in good} - {scene for _c, scene in found}
    return found | {("SG051", scene) for scene in stuck_scenes}


@settings(max_examples=200, deadline=None)
@given(data=level_data())
def test_the_proof_finds_what_exhaustive_play_finds(data):
    level = play_model(data)
    proof = {(f.code, f.message.split("'")[1]) for f in
             playability_findings(level, "random.yaml", lambda _scene: (1, 1))}
    assert proof == runner_verdict(level)
