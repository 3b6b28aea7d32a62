"""Safe, bounded YAML reading that remembers where every value came from.

Only PyYAML's safe composer is used (no Python objects can be built). Before
parsing, the bytes are checked: size limit (read through `read_limited`, so a
pipe or device is never waited on), no NUL bytes (binary files), valid UTF-8,
not empty, and not nested deeper than `MAX_DEPTH` (`yaml_depth`, so PyYAML
never recurses deeply, whatever its version). The node tree is then converted
by hand so that:
- alias bombs are stopped by a cap on expanded nodes and nesting depth,
- a key given twice in one mapping is reported instead of silently overwritten,
- every value's (line, col) is kept, keyed by its path of keys and indexes.

The result is a `Document` or a list of findings; nothing here raises.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sango_game.content.findings import Finding, error
from sango_game.content.yaml_depth import nesting_depth
from sango_game.safe_files import NOT_A_FILE, NOT_FOUND, TOO_BIG, read_limited

MAX_BYTES = 1_000_000  # a long level is ~30 KB; 1 MB is generous
MAX_NODES = 100_000  # after expanding aliases
MAX_DEPTH = 50

Position = tuple[int, int]
PathKey = tuple[object, ...]


@dataclass
class Document:
    """Plain Python data from a YAML file, plus where each piece was written."""

    data: object
    positions: dict[PathKey, Position] = field(default_factory=dict)
    key_positions: dict[PathKey, Position] = field(default_factory=dict)

    def where(self, path: PathKey) -> Position:
        """Line and column (1-based) of the value at `path`, or of its nearest parent."""
        path = tuple(path)
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))

    def where_key(self, path: PathKey) -> Position:
        """Where the key of the value at `path` was written (for "unknown field")."""
        return self.key_positions.get(tuple(path)) or self.where(path)


class _TooComplex(Exception):
    pass


class _Converter:
    """Turns a composed YAML node tree into Python data, with positions."""

    def __init__(self, display_path: str) -> None:
        self.display_path = display_path
        self.nodes = 0
        self.document = Document(None)
        self.findings: list[Finding] = []

    def convert(self, node: yaml.Node, path: PathKey, depth: int) -> object:
        self.nodes += 1
        if self.nodes > MAX_NODES or depth > MAX_DEPTH:
            raise _TooComplex
        self.document.positions[path] = _position(node)
        if node.tag not in _ALLOWED_TAGS:
            self.findings.append(
                error("SG002", self.display_path, _position(node),
                      f"the YAML tag '{node.tag}' is not allowed in level files; "
                      "write plain text, numbers, lists and mappings only")
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [
                self.convert(item, (*path, index), depth + 1)
                for index, item in enumerate(node.value)
            ]
        return _scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: PathKey, depth: int) -> dict:
        result: dict[object, object] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _TooComplex  # merge keys (<<) are not part of the format
            key = _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str | int | float | bool) or key is None:
                self.findings.append(
                    error("SG010", self.display_path, _position(key_node),
                          "a key must be a plain word, not a list or a mapping")
                )
                continue
            if key in result:
                self.findings.append(
                    error("SG004", self.display_path, _position(key_node),
                          f"'{key}' is given twice here; the second one would hide the first. "
                          "Delete or rename one of them.")
                )
                continue
            child = (*path, key)
            self.document.key_positions[child] = _position(key_node)
            result[key] = self.convert(value_node, child, depth + 1)
        return result


def _position(node: yaml.Node) -> Position:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


_SCALAR_LOADER = yaml.SafeLoader("")
_BIGGEST_INT = 2**63
# libyaml's C parser when PyYAML has it (its wheels do): ten times faster.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"
_ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)


def _scalar(node: yaml.Node) -> object:
    """Resolve a scalar the way yaml.safe_load would (int, bool, null, str...)."""
    if node.tag == _STR_TAG:
        return node.value  # the common case, without the constructor's overhead
    try:
        value = _SCALAR_LOADER.construct_object(node, deep=True)
    except Exception:  # noqa: BLE001 - `!!int abc`, a 5,000-digit number, month 99...
        return node.value  # kept as the text written; the schema then says what is wrong
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _BIGGEST_INT:
        return node.value  # no level number is this big; printing it could fail
    return value


def read_yaml(path: Path, display_path: str | None = None) -> tuple[Document | None, list[Finding]]:
    """Read one YAML file safely. Returns (document or None, findings).

    The read never blocks and never grows past `MAX_BYTES`: a FIFO, a device,
    a folder or a link to one gives an SG041 finding instead (`read_limited`).
    """
    shown = display_path or str(path)
    start = (1, 1)
    result = read_limited(path, MAX_BYTES)
    if result.data is None:
        if result.reason == TOO_BIG:
            size = _size(path)
            shown_size = f"{size // 1_000_000} MB" if size > MAX_BYTES else "too big"
            return None, [error("SG001", shown, start,
                                f"the file is {shown_size}; a level file must be "
                                f"under {MAX_BYTES // 1_000_000} MB. Is this the right file?")]
        if result.reason == NOT_FOUND:
            return None, [error("SG001", shown, start, "the file does not exist")]
        if result.reason == NOT_A_FILE:
            return None, [error("SG041", shown, start,
                                "this is not an ordinary file (a folder, a pipe, a device or "
                                "a link to one), so it is not read; a level must be a plain "
                                ".yaml file")]
        return None, [error("SG001", shown, start, f"the file cannot be read: "
                            f"{result.explain(MAX_BYTES)}")]
    return parse_yaml_bytes(result.data, shown)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except (OSError, ValueError):
        return 0


def parse_yaml_bytes(raw: bytes, shown: str) -> tuple[Document | None, list[Finding]]:
    """Parse YAML from bytes with every guard of `read_yaml`."""
    start = (1, 1)
    if b"\x00" in raw[:8192]:
        return None, [error("SG001", shown, start,
                            "this is not a text file (it looks like a binary file)")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        line = raw[: problem.start].count(b"\n") + 1
        return None, [error("SG001", shown, (line, 1),
                            "the file is not saved as UTF-8; save it again as UTF-8 "
                            "in your editor (Save As... > Encoding: UTF-8)")]
    if not text.strip() or all(
        not row.strip() or row.lstrip().startswith("#") for row in text.splitlines()
    ):
        return None, [error("SG001", shown, start, "the file is empty")]
    if nesting_depth(text, stop_at=MAX_DEPTH) > MAX_DEPTH:
        return None, [_too_deep(shown)]
    try:
        node = yaml.compose(text, Loader=_COMPOSER)
    except yaml.MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else start
        reason = problem.problem or "the YAML cannot be read"
        return None, [error("SG002", shown, where, f"YAML syntax: {reason}")]
    except yaml.YAMLError as problem:
        return None, [error("SG002", shown, start, f"YAML syntax: {problem}")]
    except (RecursionError, MemoryError):
        return None, [_too_deep(shown)]
    except Exception as problem:  # noqa: BLE001 - a parser bug must not stop the game
        return None, [error("SG002", shown, start,
                            f"the YAML cannot be read ({type(problem).__name__})")]
    if node is None:
        return None, [error("SG001", shown, start, "the file is empty")]
    converter = _Converter(shown)
    try:
        converter.document.data = converter.convert(node, (), 0)
    except _TooComplex:
        return None, [error("SG003", shown, start,
                            "the file is too complex: YAML aliases or merge keys expand "
                            "too much, or it nests too deeply. Write the text out in full.")]
    except RecursionError:
        return None, [_too_deep(shown)]
    return converter.document, converter.findings


def _too_deep(shown: str) -> Finding:
    return error("SG003", shown, (1, 1),
                 f"the file nests lists and mappings more than {MAX_DEPTH} levels deep; "
                 "a level needs far fewer. Check the indentation and the brackets.")
