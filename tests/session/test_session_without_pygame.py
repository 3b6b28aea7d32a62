"""A whole level played through the session alone: no window, and pygame never imported.

Autoplay, classroom play-together, read-aloud and tests can run the game's
rules and records this way. The level runs in a fresh interpreter, so what it
imports is its own (the test process has pygame loaded by other tests).
"""

from __future__ import annotations

import json
import subprocess
import sys

PLAY = r"""
import json, sys
from sango_game.session.level_flow import LevelFlow
from sango_game.session.services import Services
from sango_game.story.paths import all_paths

services = Services(data_dir=sys.argv[1])
level = next(level for level in services.library.levels if level.track == "under-9")
services.profile = services.store.create_profile("Kiwi", track=level.track).value
flow = LevelFlow(services, level)
flow.start()
path = next(iter(all_paths(level)))
for choice_id in path:
    flow.choose(choice_id)
result = flow.result
attempts = services.store.attempts(services.profile.id, level.id)
print(json.dumps({
    "finished": flow.finished,
    "stars": result.stars,
    "outcome": result.outcome,
    "choices": len(path),
    "attempts": [(a.status, a.stars) for a in attempts],
    "recorded": len(services.store.choices(attempts[0].id)),
    "badges": [b.badge_id for b in services.store.badges(services.profile.id)],
    "topic": level.topic,
    "loaded": sorted(m for m in sys.modules
                     if m.split(".")[0] in ("pygame", "pygame_gui")
                     or m.startswith("sango_game.ui") or m.startswith("sango_game.text")),
}))
"""


def test_a_level_plays_to_its_end_and_is_recorded_with_no_pygame(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", PLAY, str(tmp_path)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["loaded"] == []
    assert report["finished"] is True
    assert report["attempts"] == [["done", report["stars"]]]
    assert 1 <= report["stars"] <= 3
    assert report["recorded"] <= report["choices"]
    assert report["recorded"] >= 1
    if report["outcome"] == "good":
        assert report["badges"] == [report["topic"]]
    else:
        assert report["badges"] == []
