"""Read `levels/schema.json` safely and build validators that never leave it.

The schema is a file in the levels folder, so a school or an author can
replace it. Whatever it holds, nothing here may reach the network or read
another file:

- it is read with `read_limited` (no FIFO, device or huge file), parsed as
  JSON, and refused if it nests deeper than `MAX_SCHEMA_DEPTH`;
- every `$ref` (and `$dynamicRef`, `$recursiveRef`) must point inside the
  file itself (`#...`), and only the root may carry an `$id`;
- jsonschema gets a `referencing` registry whose retrieval always refuses,
  holding only the bundled JSON Schema meta-schemas;
- fastjsonschema gets a handler for every URI scheme that refuses, so its
  default `urllib` fetch is never used.

A schema that is missing, damaged or refers outside itself gives a
`SchemaProblem` (turned into an SG048 finding by `schema_check`).
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sango_game.safe_files import read_limited

MAX_SCHEMA_BYTES = 1_000_000
MAX_SCHEMA_DEPTH = 64
REF_KEYS = ("$ref", "$dynamicRef", "$recursiveRef")
ID_KEYS = ("$id", "id")


@dataclass(frozen=True)
class SchemaProblem:
    """Why the schema cannot be used, in plain words."""

    message: str


class RemoteReferenceRefused(Exception):
    """A validator asked for a document outside schema.json; Sango never fetches one."""


def _refuse(uri: str):
    from referencing.exceptions import NoSuchResource

    raise NoSuchResource(uri)  # its one field, `ref`


class _RefuseEveryScheme(dict):
    """fastjsonschema `handlers`: claims every URI scheme, and refuses to fetch any."""

    def __contains__(self, scheme: object) -> bool:
        return True

    def __getitem__(self, scheme: object):
        def refuse(uri: str):
            raise RemoteReferenceRefused(uri)

        return refuse

    def get(self, scheme: object, default=None):
        return self[scheme]


def schema_key(schema_path: Path) -> tuple[str, int, int]:
    """The path with its change time and size, so an edited schema is read again."""
    try:
        info = os.stat(schema_path)
        return str(schema_path), info.st_mtime_ns, info.st_size
    except (OSError, ValueError):
        return str(schema_path), 0, 0


@lru_cache(maxsize=8)
def load_schema(key: tuple[str, int, int]) -> dict | SchemaProblem:
    """The schema as data, or why it cannot be used."""
    result = read_limited(key[0], MAX_SCHEMA_BYTES)
    if result.data is None:
        return SchemaProblem(f"levels/schema.json cannot be read: "
                             f"{result.explain(MAX_SCHEMA_BYTES)}")
    try:
        schema = json.loads(result.data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as problem:
        return SchemaProblem(f"levels/schema.json is not valid JSON "
                             f"({type(problem).__name__})")
    if not isinstance(schema, dict):
        return SchemaProblem("levels/schema.json must hold one JSON object")
    reason = _outside_reference(schema)
    return SchemaProblem(reason) if reason else schema


def _outside_reference(schema: dict) -> str | None:
    """Why the schema may reach outside itself (or nests too deep), or None."""
    stack: list[tuple[object, int, bool]] = [(schema, 0, True)]
    while stack:
        node, depth, is_root = stack.pop()
        if depth > MAX_SCHEMA_DEPTH:
            return f"levels/schema.json nests more than {MAX_SCHEMA_DEPTH} levels deep"
        if isinstance(node, dict):
            for key, value in node.items():
                if key in REF_KEYS and not (isinstance(value, str) and value.startswith("#")):
                    return ("levels/schema.json refers to another file or a web address "
                            f"({key}); the game never fetches anything, so every reference "
                            "must point inside schema.json (#/$defs/...)")
                if key in ID_KEYS and not is_root and isinstance(value, str):
                    return (f"levels/schema.json sets {key} inside the schema; only the top "
                            "may have one")
                stack.append((value, depth + 1, False))
        elif isinstance(node, list):
            stack.extend((item, depth + 1, False) for item in node)
    return None


@lru_cache(maxsize=8)
def full_validator(key: tuple[str, int, int]):
    """A jsonschema validator that can never retrieve a remote document, or a problem."""
    schema = load_schema(key)
    if isinstance(schema, SchemaProblem):
        return schema
    import jsonschema
    from jsonschema_specifications import REGISTRY as META_SCHEMAS
    from referencing import Registry

    cls = jsonschema.Draft202012Validator
    try:
        cls.check_schema(schema)
    except jsonschema.SchemaError as problem:
        where = "/".join(str(part) for part in problem.absolute_path)[:80] or "the top"
        return SchemaProblem(f"levels/schema.json is not a valid JSON Schema (at {where})")
    except RecursionError:
        return SchemaProblem("levels/schema.json nests too deeply")
    # referencing builds Registry with attrs through its own `frozen` wrapper, which
    # mypy's attrs plugin does not recognise, so it sees no `retrieve` argument.
    registry = Registry(retrieve=_refuse).combine(META_SCHEMAS)  # type: ignore[call-arg]
    return cls(schema, registry=registry)


@lru_cache(maxsize=8)
def fast_gate(key: tuple[str, int, int]):
    """A compiled validator that only says valid or not (~30x faster), or None.

    fastjsonschema implements draft-07; the level schema uses nothing that differs
    from 2020-12 there. It is given a copy of the checked schema and a handler that
    refuses every URI scheme, so it never fetches a remote `$ref`.
    """
    schema = load_schema(key)
    if isinstance(schema, SchemaProblem):
        return None
    try:
        import fastjsonschema
    except ImportError:
        return None
    gate_schema = copy.deepcopy(schema)
    gate_schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    try:
        return fastjsonschema.compile(gate_schema, handlers=_RefuseEveryScheme())
    except Exception:  # noqa: BLE001 - any trouble: the full validator decides
        return None
