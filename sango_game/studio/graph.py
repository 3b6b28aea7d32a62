"""The level as a map for the studio: nodes, arrows and marks. Pure Python, no pygame.

Built from the file's raw YAML data, leniently, so a level with errors still
has a map: the validator's findings (from `content`) are placed on the scene
or ending whose lines they fall in, and an arrow to a missing scene points at
a "missing" node. Nothing here raises on a bad file; `read_level_map` returns
a map with no nodes and the file's findings instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sango_game import resources
from sango_game.content.build import choice_safety
from sango_game.content.findings import Finding
from sango_game.content.library import (
    check_context,
    load_level_file,
    load_topics,
    load_tracks,
)
from sango_game.content.model import Level
from sango_game.content.safe_yaml import read_yaml

# How a choice's safety is drawn: colour AND a word (colour is never the only signal).
# "pressured" is a choice with `pressured: true`; an unknown value is drawn grey with its name.
SAFETY_STYLES: dict[str, tuple[tuple[int, int, int], str]] = {
    "safe": ((27, 122, 61), "safe"),
    "unsafe": ((179, 38, 30), "unsafe"),
    "mixed": ((160, 105, 0), "mixed"),
    "pressured": ((120, 60, 160), "pressured"),
}
UNKNOWN_SAFETY = ((110, 110, 120), "?")

# Findings that mark a node where it is, with a short word for the badge.
MARKS = {
    "SG021": "unreachable",
    "SG022": "dead end",
    "SG023": "never reached",
    "SG020": "broken link",
    "SG050": "may not end",
    "SG051": "may not end",
    "SG052": "may not end",
}


def safety_style(safety: str) -> tuple[tuple[int, int, int], str]:
    """(colour, word) for a safety value; unknown values keep their own word."""
    if safety in SAFETY_STYLES:
        return SAFETY_STYLES[safety]
    return UNKNOWN_SAFETY[0], str(safety or "?")


@dataclass(frozen=True)
class Arrow:
    """One choice: from a scene to a scene or ending (target None: choose again)."""

    source: str
    target: str | None
    choice_id: str
    safety: str
    line: int
    flags_set: tuple[str, ...] = ()
    flags_cleared: tuple[str, ...] = ()
    flags_read: tuple[str, ...] = ()
    missing: bool = False  # the target names no scene or ending

    @property
    def label(self) -> str:
        """The words on the arrow: safety, then flags set (+), cleared (-) and read (?)."""
        parts = [safety_style(self.safety)[1]]
        parts += [f"+{flag}" for flag in self.flags_set]
        parts += [f"-{flag}" for flag in self.flags_cleared]
        parts += [f"?{flag}" for flag in self.flags_read]
        if self.target is None:
            parts.append("(again)")
        return " ".join(parts)

    @property
    def short_label(self) -> str:
        """The safety word alone (and "(again)"), for a zoomed-out map."""
        return safety_style(self.safety)[1] + (" (again)" if self.target is None else "")


@dataclass
class Node:
    """A scene, an ending, or a missing target that a choice names."""

    id: str
    kind: str  # "scene" | "ending" | "missing"
    line: int = 0
    outcome: str | None = None
    flags_read: tuple[str, ...] = ()  # read by the scene's lines and choices (`when`)
    flags_set: tuple[str, ...] = ()  # set or cleared by its choices
    marks: list[str] = field(default_factory=list)  # words from MARKS, in file order
    findings: list[Finding] = field(default_factory=list)

    @property
    def has_error(self) -> bool:
        return any(finding.is_error for finding in self.findings)


@dataclass
class LevelMap:
    """Everything the studio draws for one file, read at one moment."""

    path: Path
    nodes: dict[str, Node]
    arrows: list[Arrow]
    findings: list[Finding]
    start: str | None = None
    track: str | None = None
    level: Level | None = None  # the built model, only when the file has no errors
    level_id: str | None = None

    def node_at_line(self, line: int) -> Node | None:
        """The scene or ending whose part of the file holds `line` (None: level-wide)."""
        placed = sorted((node for node in self.nodes.values() if node.line),
                        key=lambda node: node.line)
        found = None
        for node in placed:
            if node.line <= line:
                found = node
            else:
                break
        if found is None or line < found.line:
            return None
        if found.kind == "ending" and line > self._section_end(found):
            return None
        return found

    def _section_end(self, node: Node) -> int:
        later = [other.line for other in self.nodes.values() if other.line > node.line]
        return min(later) - 1 if later else 10**9


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(item) for item in value if isinstance(item, str | int))
    return ()


def _flag_names(conditions: tuple[str, ...]) -> tuple[str, ...]:
    """Conditions as short words: `flag`, or `!flag` for "not flag"."""
    return tuple(f"!{condition[4:].strip()}" if condition.startswith("not ") else condition.strip()
                 for condition in conditions)


def _safety(choice: dict) -> str:
    """The model's word for a choice's safety (`pressured: true` -> "pressured"), leniently."""
    if "safety" not in choice and not choice.get("pressured"):
        return "?"
    try:
        return str(choice_safety(choice))
    except (KeyError, TypeError):
        return "?"


def _context(path: Path):
    levels_dir = resources.levels_dir()
    tracks, _ = load_tracks(levels_dir)
    topics, _ = load_topics(levels_dir)
    return check_context(tracks, topics, resources.assets_dir(), path)


def read_level_map(path: Path) -> LevelMap:
    """Read `path` and build its map; a broken file gives a map with its findings."""
    path = Path(path)
    level, findings = load_level_file(path, _context(path), resources.levels_dir() / "schema.json")
    document, _ = read_yaml(path)
    data = document.data if document is not None else None
    level_map = LevelMap(path, {}, [], list(findings), level=level)
    if not isinstance(data, dict):
        return level_map
    level_map.start = str(data.get("start")) if data.get("start") is not None else None
    level_map.track = str(data.get("track")) if data.get("track") is not None else None
    level_map.level_id = str(data.get("id")) if data.get("id") is not None else None
    _add_nodes(level_map, data, document)
    _add_arrows(level_map, data, document)
    _place_findings(level_map)
    return level_map


def _rows(data: dict, key: str) -> list[tuple[int, dict]]:
    rows = data.get(key)
    if not isinstance(rows, list):
        return []
    return [(index, row) for index, row in enumerate(rows)
            if isinstance(row, dict) and isinstance(row.get("id"), str | int)]


def _add_nodes(level_map: LevelMap, data: dict, document) -> None:
    for index, scene in _rows(data, "scenes"):
        read: list[str] = []
        for line in scene.get("lines") or []:
            if isinstance(line, dict):
                read += _flag_names(_strings(line.get("when")))
        node = Node(str(scene["id"]), "scene", document.where(("scenes", index))[0],
                    flags_read=tuple(dict.fromkeys(read)))
        level_map.nodes.setdefault(node.id, node)
    for index, ending in _rows(data, "endings"):
        outcome = ending.get("outcome")
        node = Node(str(ending["id"]), "ending", document.where(("endings", index))[0],
                    outcome=str(outcome) if outcome is not None else None)
        level_map.nodes.setdefault(node.id, node)


def _add_arrows(level_map: LevelMap, data: dict, document) -> None:
    for s_index, scene in _rows(data, "scenes"):
        choices = scene.get("choices")
        for c_index, choice in enumerate(choices if isinstance(choices, list) else []):
            if not isinstance(choice, dict):
                continue
            target = choice.get("next")
            target = str(target) if target is not None else None
            missing = target is not None and target not in level_map.nodes
            arrow = Arrow(
                source=str(scene["id"]), target=target, choice_id=str(choice.get("id", "?")),
                safety=_safety(choice),
                line=document.where(("scenes", s_index, "choices", c_index))[0],
                flags_set=_strings(choice.get("set")),
                flags_cleared=_strings(choice.get("unset")),
                flags_read=_flag_names(_strings(choice.get("when"))),
                missing=missing,
            )
            level_map.arrows.append(arrow)
    for node in level_map.nodes.values():
        own = [arrow for arrow in level_map.arrows if arrow.source == node.id]
        changed = [flag for arrow in own for flag in (*arrow.flags_set, *arrow.flags_cleared)]
        node.flags_set = tuple(dict.fromkeys(changed))
        read = [flag for arrow in own for flag in arrow.flags_read]
        node.flags_read = tuple(dict.fromkeys((*node.flags_read, *read)))
    for arrow in level_map.arrows:
        if arrow.missing and arrow.target is not None and arrow.target not in level_map.nodes:
            level_map.nodes[arrow.target] = Node(arrow.target, "missing", marks=["no such scene"])


def _place_findings(level_map: LevelMap) -> None:
    for finding in level_map.findings:
        node = level_map.node_at_line(finding.line)
        if node is None:
            continue
        node.findings.append(finding)
        word = MARKS.get(finding.code)
        if word and word not in node.marks:
            node.marks.append(word)
