"""Paths to an ending, and the stars each earns, for the studio's Paths panel. Pure Python.

Built on `story.paths` (the same play rules the runner uses): the shortest
list of choices that reaches the ending, then every play that ends there
(each point visited once, at most `limit`), shortest first, each with the
stars `LevelRunner` gives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sango_game.content.model import Level
from sango_game.story.paths import all_paths, play_points, replay

PATHS_SHOWN = 12


@dataclass(frozen=True)
class EndingPath:
    choices: tuple[str, ...]  # choice IDs from the start
    scenes: tuple[str, ...]  # the scene each choice was made in
    stars: int

    @property
    def steps(self) -> tuple[tuple[str, str], ...]:
        """(scene, choice) pairs: a choice ID is only unique inside its scene."""
        return tuple(zip(self.scenes, self.choices, strict=True))


def _path(level: Level, choices: tuple[str, ...]) -> EndingPath:
    runner = replay(level, choices)
    scenes = tuple(scene for scene, _choice, _safety in runner.result().choices_made)
    return EndingPath(choices, scenes, runner.result().stars)


def paths_to(level: Level, ending_id: str, limit: int = PATHS_SHOWN,
             search_limit: int = 2000) -> tuple[EndingPath | None, list[EndingPath]]:
    """(shortest path to `ending_id` or None, up to `limit` paths there, shortest first)."""
    shortest = None
    for point in play_points(level):
        if point.state.position == ending_id:
            shortest = _path(level, point.choices)
            break
    found = [choices for choices in all_paths(level, search_limit)
             if replay(level, choices).result().ending_id == ending_id]
    found.sort(key=lambda choices: (len(choices), choices))
    return shortest, [_path(level, choices) for choices in found[:limit]]
