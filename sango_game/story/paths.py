"""Every point and every path of play through a level, for tests and tools.

Built once on `content.playability.explore` (the rules of play the runner uses
too), with every flag kept, so a point is exactly what a runner can be in:

- `play_points(level)`: every reachable point (scene or ending, flags, choices
  tried in this visit), each with a shortest list of choice IDs that reaches it;
  this includes the endings, right after the last choice.
- `replay(level, choices)`: a `LevelRunner` that made those choices.
- `way_to_end(graph, state)`: a shortest list of choices from a point to an ending.
- `all_paths(level)`: every play from the start to an ending that never comes
  back to a point it was at (so loops are walked at most once), up to a limit.

All of it is pure and iterative (no recursion), bounded by `STATE_LIMIT` points.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from sango_game.content.model import Level
from sango_game.content.playability import STATE_LIMIT, PlayState, StateGraph, explore
from sango_game.story.runner import LevelRunner

PATH_LIMIT = 10_000


@dataclass(frozen=True)
class PlayPoint:
    """A point play can reach, and the choices that first reach it."""

    state: PlayState
    choices: tuple[str, ...]


def play_graph(level: Level, limit: int = STATE_LIMIT) -> StateGraph:
    """The reachable points of `level` and the choices between them (every flag kept)."""
    return explore(level, limit)


def play_points(level: Level, limit: int = STATE_LIMIT) -> list[PlayPoint]:
    """Every reachable point, breadth first, each with a shortest way to reach it."""
    graph = play_graph(level, limit)
    return [PlayPoint(state, graph.path_to(state)) for state in graph.order]


def replay(level: Level, choices: tuple[str, ...] | list[str]) -> LevelRunner:
    """A runner that has made `choices` from the start (RunnerError if one is not offered)."""
    runner = LevelRunner(level)
    for choice_id in choices:
        runner.choose(choice_id)
    return runner


def way_to_end(graph: StateGraph, state: PlayState, endings: set[str]) -> tuple[str, ...] | None:
    """A shortest list of choices from `state` to an ending; None if there is none."""
    parent: dict[PlayState, tuple[PlayState, str] | None] = {state: None}
    todo = deque([state])
    while todo:
        here = todo.popleft()
        if here.position in endings:
            steps: list[str] = []
            link = parent[here]
            while link is not None:
                here, choice_id = link
                steps.append(choice_id)
                link = parent[here]
            return tuple(reversed(steps))
        for choice_id, after in graph.moves.get(here, ()):
            if after not in parent:
                parent[after] = (here, choice_id)
                todo.append(after)
    return None


def all_paths(level: Level, limit: int = PATH_LIMIT) -> Iterator[tuple[str, ...]]:
    """Every play from the start to an ending that visits no point twice, at most `limit`."""
    graph = play_graph(level)
    endings = {ending.id for ending in level.endings}
    found = 0
    stack: list[tuple[PlayState, tuple[str, ...], frozenset[PlayState]]] = [
        (graph.start, (), frozenset({graph.start}))
    ]
    while stack and found < limit:
        state, choices, seen = stack.pop()
        if state.position in endings:
            found += 1
            yield choices
            continue
        for choice_id, after in reversed(graph.moves.get(state, [])):
            if after not in seen:
                stack.append((after, (*choices, choice_id), seen | {after}))
