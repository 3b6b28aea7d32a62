"""Start a level at any scene with chosen flags: for authors' tools (the level studio).

    runner = start_at(level, "questions", flags={"asked_sango"})

The runner is built through `LevelRunner.restore`, so it obeys exactly the
rules a saved game does: an unknown scene or flag raises `RunnerError`
(a ValueError) with words an author understands. The history is empty, so the
stars count only the choices made from this scene on.
"""

from __future__ import annotations

from collections.abc import Iterable

from sango_game.content.model import Level
from sango_game.story.runner import LevelRunner
from sango_game.story.saved_state import STATE_VERSION, RunnerError, level_flags


def start_at(level: Level, scene_id: str, flags: Iterable[str] = ()) -> LevelRunner:
    """A runner standing at `scene_id` (a scene or an ending) with `flags` set."""
    wanted = sorted(set(flags))
    if level.scene(scene_id) is None and level.ending(scene_id) is None:
        raise RunnerError(f"'{scene_id}' is not a scene or ending of level '{level.id}'")
    unknown = sorted(set(wanted) - level_flags(level))
    if unknown:
        raise RunnerError(f"level '{level.id}' never uses the flag(s) {', '.join(unknown)}")
    state = {"version": STATE_VERSION, "level": level.id, "content_hash": level.content_hash,
             "position": scene_id, "flags": wanted, "tried": [], "history": []}
    return LevelRunner.restore(level, state)
