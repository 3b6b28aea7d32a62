"""The runner's state, and reading it back from a saved dict that may be damaged.

`RunState` is everything a level in play remembers. `save()` turns it into a
small JSON-safe dict; `load_state` checks such a dict against the level and
raises `RunnerError` (a `ValueError`) for anything that does not fit: another
level or version of it, an unknown scene, ending, flag or choice, or wrong
types. The runner then starts the level afresh instead (`restore_or_start`).

`shown` lists the choice IDs of the current scene in the order their keys
were given (key = index + 1); states saved before it existed get it rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sango_game.content.model import PRESSURED, Level
from sango_game.story.way_on import ending_at

STATE_VERSION = 1
SAFETIES = ("safe", "mixed", "unsafe")


class RunnerError(ValueError):
    """A call the runner cannot honour (unknown choice, finished level, bad state)."""


@dataclass
class RunState:
    position: str
    flags: set[str]
    tried: list[str]
    history: list[tuple[str, str, str]]  # (scene, choice, safety)
    shown: list[str] = field(default_factory=list)


def save_state(level: Level, state: RunState) -> dict:
    return {
        "version": STATE_VERSION,
        "level": level.id,
        "content_hash": level.content_hash,
        "position": state.position,
        "flags": sorted(state.flags),
        "tried": list(state.tried),
        "history": [list(item) for item in state.history],
        "shown": list(state.shown),
    }


def level_flags(level: Level) -> set[str]:
    """Every flag the level names anywhere (set, unset or read)."""
    names: set[str] = set()
    for scene in level.scenes:
        for line in scene.lines:
            names.update(condition.flag for condition in line.when)
        for choice in scene.choices:
            names.update(choice.set_flags, choice.unset_flags)
            names.update(condition.flag for condition in choice.when)
    return names


def _strings(value: object, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RunnerError(f"saved {what} is not a list of names")
    return list(value)


def load_state(level: Level, saved: object) -> RunState:
    """The state in `saved`, checked against `level`; RunnerError if it does not fit."""
    if not isinstance(saved, dict):
        raise RunnerError("saved state is not a mapping")
    if saved.get("version") != STATE_VERSION or saved.get("level") != level.id:
        raise RunnerError("saved state belongs to another level or version")
    if "content_hash" in saved and saved["content_hash"] != level.content_hash:
        raise RunnerError("saved state belongs to another version of this level")
    position = saved.get("position")
    scene = level.scene(position) if isinstance(position, str) else None
    if not isinstance(position, str) or (scene is None and ending_at(level, position) is None):
        raise RunnerError(f"saved position {position!r} is not in this level")
    flags = set(_strings(saved.get("flags", []), "flags"))
    if unknown := flags - level_flags(level):
        raise RunnerError(f"saved state names flags this level does not have: {sorted(unknown)}")
    tried = _strings(saved.get("tried", []), "tried choices")
    retries = {choice.id for choice in scene.choices if choice.retry} if scene else set()
    if any(item not in retries for item in tried) or len(set(tried)) != len(tried):
        raise RunnerError("saved state names a choice this scene cannot have tried")
    history = _history(level, saved.get("history", []))
    shown = _strings(saved.get("shown", []), "shown choices") if "shown" in saved else None
    known = [choice.id for choice in scene.choices] if scene else []
    if shown is not None and (any(item not in known for item in shown)
                              or len(set(shown)) != len(shown)):
        raise RunnerError("saved state names a choice this scene does not have")
    return RunState(position, flags, tried, history, shown if shown is not None else [])


def _history(level: Level, raw: object) -> list[tuple[str, str, str]]:
    if not isinstance(raw, list):
        raise RunnerError("saved history is not a list")
    history = []
    for item in raw:
        if (not isinstance(item, list) or len(item) != 3
                or not all(isinstance(part, str) for part in item)):
            raise RunnerError("saved history has an entry that is not [scene, choice, safety]")
        scene_id, choice_id, safety = item
        scene = level.scene(scene_id)
        if safety == PRESSURED:  # a neutral marker: the scene had a pressured choice
            if scene is None or not any(choice.pressured for choice in scene.choices):
                raise RunnerError(f"saved history marks a pressured choice in scene "
                                  f"'{scene_id}', which has none")
            history.append((scene_id, "", PRESSURED))
            continue
        if safety not in SAFETIES:
            raise RunnerError("saved state has an unknown safety value")
        if scene is None or all(choice.id != choice_id for choice in scene.choices):
            raise RunnerError(f"saved history names a choice this level does not have: "
                              f"{scene_id}/{choice_id}")
        history.append((scene_id, choice_id, safety))
    return history
