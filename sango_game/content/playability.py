"""Play always ends: a proof over every (scene, flags, tried) state play can reach.

The schema and graph checks look at scenes only. Flags (`set`, `unset`, `when`)
and retries (a choice without `next` keeps the child in the scene and is not
offered again in that visit) can still leave a scene with no choice at run time,
or trap the child in a loop whose only way out is hidden. This module explores
the states play can really reach, breadth first and without recursion, and
proves two things for each level:

- every reachable state offers at least one choice (else SG050), and
- from every reachable state some ending can still be reached (else SG051).

A loop the child can always leave is fine: the child may go round it forever
only by choosing to. When a level has more than `STATE_LIMIT` reachable states
the exploration stops and SG052 (a warning) says the proof was cut short.

The rules of play live here, once: `offered_choices` and `step` are what the
story runner uses too, and `story.paths` enumerates play points and paths
through a level on top of `explore`.

Only flags some choice's `when` reads can change what is offered, so a state
keeps only those (`relevant_flags`); the others cannot affect the proof.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from sango_game.content.findings import Finding, error, warning
from sango_game.content.model import (
    PRESSURED,
    Choice,
    Condition,
    Ending,
    Level,
    Scene,
    TeacherNotes,
    all_hold,
)

STATE_LIMIT = 50_000
SHOWN_FLAGS = 4  # flags named in a finding before "and N more"


class PlayState(NamedTuple):
    """Where play is: a scene or ending ID, the flags set, the choices tried in this visit."""

    position: str
    flags: frozenset[str]
    tried: frozenset[str]


def offered_choices(scene: Scene, flags: Iterable[str], tried: Iterable[str]) -> tuple[Choice, ...]:
    """The choices shown now: every `when` holds and the choice was not tried in this visit."""
    flags, tried = frozenset(flags), frozenset(tried)
    return tuple(choice for choice in scene.choices
                 if all_hold(choice.when, flags) and choice.id not in tried)


def flags_after(choice: Choice, flags: Iterable[str]) -> frozenset[str]:
    """The flags once `choice` is taken: its `set` added, then its `unset` removed."""
    return (frozenset(flags) | frozenset(choice.set_flags)) - frozenset(choice.unset_flags)


def step(state: PlayState, choice: Choice, keep: frozenset[str] | None = None) -> PlayState:
    """The state after `choice`. A retry choice stays in the scene and is marked tried;
    any other goes to its `next` with nothing tried. `keep` limits the flags remembered."""
    flags = flags_after(choice, state.flags)
    if keep is not None:
        flags &= keep
    if choice.retry:
        return PlayState(state.position, flags, state.tried | {choice.id})
    return PlayState(str(choice.next), flags, frozenset())


def relevant_flags(level: Level) -> frozenset[str]:
    """Flags read by a choice's `when`: the only ones that change what can be chosen."""
    return frozenset(condition.flag for scene in level.scenes for choice in scene.choices
                     for condition in choice.when)


@dataclass
class StateGraph:
    """Reachable states in breadth-first order, their moves, and how each was first reached."""

    start: PlayState
    order: list[PlayState] = field(default_factory=list)
    moves: dict[PlayState, list[tuple[str, PlayState]]] = field(default_factory=dict)
    parent: dict[PlayState, tuple[PlayState, str] | None] = field(default_factory=dict)
    truncated: bool = False

    def path_to(self, state: PlayState) -> tuple[str, ...]:
        """The choice IDs of a shortest play from the start to `state`."""
        choices: list[str] = []
        link = self.parent.get(state)
        while link is not None:
            state, choice_id = link
            choices.append(choice_id)
            link = self.parent.get(state)
        return tuple(reversed(choices))


def explore(level: Level, limit: int = STATE_LIMIT,
            keep: frozenset[str] | None = None) -> StateGraph:
    """Every state reachable from the start, breadth first, up to `limit` states.

    `keep` limits the flags a state remembers (None keeps every flag: the states
    are then exactly the runner's). Ending states and positions that are neither
    a scene nor an ending have no moves."""
    start = PlayState(level.start, frozenset(), frozenset())
    graph = StateGraph(start)
    graph.parent[start] = None
    todo: deque[PlayState] = deque([start])
    scenes = {scene.id: scene for scene in level.scenes}
    while todo:
        state = todo.popleft()
        graph.order.append(state)
        scene = scenes.get(state.position)
        moves: list[tuple[str, PlayState]] = []
        if scene is not None:
            for choice in offered_choices(scene, state.flags, state.tried):
                after = step(state, choice, keep)
                moves.append((choice.id, after))
                if after not in graph.parent:
                    if len(graph.parent) >= limit:
                        graph.truncated = True
                        continue
                    graph.parent[after] = (state, choice.id)
                    todo.append(after)
        graph.moves[state] = moves
    return graph


def can_end(graph: StateGraph, is_exit: Callable[[PlayState], bool]) -> set[PlayState]:
    """States from which some exit state can be reached (backwards, breadth first)."""
    back: dict[PlayState, list[PlayState]] = {}
    for state, moves in graph.moves.items():
        for _choice, after in moves:
            back.setdefault(after, []).append(state)
    good = {state for state in graph.order if is_exit(state)}
    todo = deque(good)
    while todo:
        for before in back.get(todo.popleft(), ()):
            if before not in good:
                good.add(before)
                todo.append(before)
    return good


def _flag_words(flags: frozenset[str]) -> str:
    if not flags:
        return "no flag set"
    names = [f"'{name}'" for name in sorted(flags)]
    shown = ", ".join(names[:SHOWN_FLAGS])
    more = f" and {len(names) - SHOWN_FLAGS} more" if len(names) > SHOWN_FLAGS else ""
    return f"the flag{'s' if len(names) > 1 else ''} {shown}{more} set"


def _how(graph: StateGraph, state: PlayState) -> str:
    path = graph.path_to(state)
    if not path:
        return "at the start, with no flag set"
    return f"after choosing {' > '.join(path)}, with {_flag_words(state.flags)}"


Where = Callable[[str], tuple[int, int]]


def playability_findings(level: Level, path: str, where: Where,
                         limit: int = STATE_LIMIT) -> list[Finding]:
    """SG050-SG052 for one level; `where(scene_id)` gives the scene's (line, col)."""
    graph = explore(level, limit, relevant_flags(level))
    scenes = {scene.id for scene in level.scenes}
    endings = {ending.id for ending in level.endings}
    findings: list[Finding] = []
    empty = [state for state in graph.order
             if state.position in scenes and not graph.moves.get(state)]
    reported: set[str] = set()
    for state in empty:
        if state.position in reported:
            continue
        reported.add(state.position)
        tried = (" (the choices its flags let through were all tried already)"
                 if state.tried else "")
        findings.append(error(
            "SG050", path, where(state.position),
            f"scene '{state.position}' can show no choice at all{tried}: this happens "
            f"{_how(graph, state)}. Give the scene a choice with no `when` that leads on, "
            "or change the flags"))
    if graph.truncated:
        findings.append(warning(
            "SG052", path, where(level.start),
            f"this level has more than {limit:,} combinations of scene, flags and tried "
            "choices, so the check that play always ends was cut short; use fewer flags"))
        return findings
    exits = set(empty) | {s for s in graph.order if s.position in endings}
    good = can_end(graph, lambda state: state in exits)
    for state in graph.order:
        if state in good or state.position in reported or state.position not in scenes:
            continue
        reported.add(state.position)
        findings.append(error(
            "SG051", path, where(state.position),
            f"play can get stuck in scene '{state.position}': {_how(graph, state)}, no "
            "choice leads, step by step, to an ending, so the level never ends. Make sure "
            "a way out is always offered"))
    return findings


def play_model(data: dict) -> Level:
    """Only what play needs (scenes, choices, links, flags) from checked level data.

    Cheaper than `build.build_level` (no texts, contexts or hash), for the proof."""
    scenes = tuple(
        Scene(id=raw["id"], lines=(), choices=tuple(
            Choice(id=c["id"], text="", safety=c.get("safety", PRESSURED), feedback="", msgctxt="",
                   feedback_msgctxt="", next=c.get("next"),
                   set_flags=tuple(c.get("set", ())), unset_flags=tuple(c.get("unset", ())),
                   when=tuple(Condition.parse(text) for text in c.get("when", ())))
            for c in raw["choices"]))
        for raw in data["scenes"])
    endings = tuple(Ending(id=raw["id"], outcome=raw["outcome"], title="", summary="",
                           msgctxt="") for raw in data["endings"])
    notes = TeacherNotes(0, "", (), "")
    return Level(id=data["id"], track=data["track"], topic=data["topic"], order=0, title="",
                 objective="", key_lesson="", teacher_notes=notes, cast=(),
                 start=data["start"], scenes=scenes, endings=endings, content_hash="")


def check_playability(document, path: str, earlier: list[Finding]) -> list[Finding]:
    """The proof for a level file whose other checks found no error (else nothing)."""
    if any(finding.is_error for finding in earlier):
        return []
    level = play_model(document.data)
    index = {scene.id: number for number, scene in enumerate(level.scenes)}

    def where(scene_id: str) -> tuple[int, int]:
        if scene_id in index:
            return document.where(("scenes", index[scene_id], "id"))
        return document.where(("start",))

    return playability_findings(level, path, where)
