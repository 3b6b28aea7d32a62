"""Paths to an ending, and the stars each earns, for the studio's Paths panel. Pure Python.

Built on `story.paths` (the same play rules the runner uses): the shortest
list of choices that reaches each ending, then every play that ends there
(each point visited once, at most `search_limit` plays in all), shortest
first, each with the stars `LevelRunner` gives it. Every play is replayed
once per version of the level and kept, so choosing another ending is instant.
"""

from __future__ import annotations

from dataclasses import dataclass

from sango_game.content.model import Level
from sango_game.story.paths import all_paths, play_points, replay

PATHS_SHOWN = 12
SEARCH_LIMIT = 2000
_KEPT: dict[tuple[str, str], dict] = {}  # (level id, content hash) -> ending id -> plays


@dataclass(frozen=True)
class EndingPath:
    choices: tuple[str, ...]  # choice IDs from the start
    scenes: tuple[str, ...]  # the scene each choice was made in
    stars: int

    @property
    def steps(self) -> tuple[tuple[str, str], ...]:
        """(scene, choice) pairs: a choice ID is only unique inside its scene."""
        return tuple(zip(self.scenes, self.choices, strict=True))


def _path(level: Level, choices: tuple[str, ...]) -> tuple[str, EndingPath]:
    result = replay(level, choices).result()
    scenes = tuple(scene for scene, _choice, _safety in result.choices_made)
    return result.ending_id, EndingPath(choices, scenes, result.stars)


def _plays(level: Level, search_limit: int) -> dict:
    key = (level.id, level.content_hash)
    if key not in _KEPT:
        if len(_KEPT) > 16:
            _KEPT.clear()
        shortest: dict[str, EndingPath] = {}
        endings = {ending.id for ending in level.endings}
        for point in play_points(level):
            if point.state.position in endings and point.state.position not in shortest:
                shortest[point.state.position] = _path(level, point.choices)[1]
        every: dict[str, list[EndingPath]] = {}
        for choices in all_paths(level, search_limit):
            ending_id, path = _path(level, choices)
            every.setdefault(ending_id, []).append(path)
        for paths in every.values():
            paths.sort(key=lambda path: (len(path.choices), path.choices))
        _KEPT[key] = {"shortest": shortest, "every": every}
    return _KEPT[key]


def paths_to(level: Level, ending_id: str, limit: int = PATHS_SHOWN,
             search_limit: int = SEARCH_LIMIT) -> tuple[EndingPath | None, list[EndingPath]]:
    """(shortest path to `ending_id` or None, up to `limit` plays there, shortest first)."""
    plays = _plays(level, search_limit)
    return plays["shortest"].get(ending_id), plays["every"].get(ending_id, [])[:limit]
