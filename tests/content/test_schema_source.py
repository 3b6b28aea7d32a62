"""A replaced levels/schema.json can never reach the network or another file.

Every case gives one SG048 finding naming schema.json, no level is loaded, and
no socket is ever connected and no URL opened (both are made to fail the test).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import urllib.request
from pathlib import Path

import pytest

from sango_game import resources
from sango_game.content import load_library

GOOD = Path(__file__).parent / "fixtures" / "good" / "fixture-good.yaml"
SCHEMA = json.loads((resources.levels_dir() / "schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network use attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    yield attempts
    assert attempts == []


def levels_with_schema(tmp_path: Path, schema_text: str | None) -> Path:
    levels = tmp_path / "levels"
    (levels / "9-11").mkdir(parents=True)
    for name in ("tracks.yaml", "topics.yaml"):
        shutil.copy(resources.levels_dir() / name, levels / name)
    shutil.copy(GOOD, levels / "9-11" / "fixture-good.yaml")
    if schema_text is not None:
        (levels / "schema.json").write_text(schema_text, encoding="utf-8")
    return levels


def with_ref(ref_key: str, target: str) -> str:
    schema = json.loads(json.dumps(SCHEMA))
    schema["properties"]["title"] = {ref_key: target}
    return json.dumps(schema)


REMOTE = {
    "https ref": with_ref("$ref", "https://evil.example/x.json"),
    "http ref": with_ref("$ref", "http://127.0.0.1:9/x.json"),
    "file ref": with_ref("$ref", "file:///etc/passwd"),
    "relative file ref": with_ref("$ref", "other.json"),
    "ftp ref": with_ref("$ref", "ftp://evil.example/x.json"),
    "dynamic ref": with_ref("$dynamicRef", "https://evil.example/x.json"),
    "ref in defs": json.dumps({**SCHEMA, "$defs": {**SCHEMA["$defs"],
                                                   "text": {"$ref": "https://evil.example/t"}}}),
    "nested id": json.dumps({**SCHEMA, "properties": {
        **SCHEMA["properties"],
        "title": {"$id": "https://evil.example/", "$ref": "#/x"}}}),
}

DAMAGED = {
    "not json": "{ this is not json",
    "empty": "",
    "a list": "[1, 2, 3]",
    "deep": "[" * 100_000 + "]" * 100_000,
    "deep objects": '{"a":' * 3000 + "{}" + "}" * 3000,
    "invalid schema": json.dumps({**SCHEMA, "type": 5}),
    "dangling local ref": with_ref("$ref", "#/$defs/nothing-here"),
    "binary": "\x00\x01\x02",
}


@pytest.mark.parametrize("schema_text", [*REMOTE.values(), *DAMAGED.values()],
                         ids=[*REMOTE, *DAMAGED])
def test_bad_schema_gives_one_finding_and_never_the_network(tmp_path, no_network, schema_text):
    levels = levels_with_schema(tmp_path, schema_text)
    library = load_library(levels_dir=levels)
    codes = [finding.code for finding in library.findings]
    assert codes == ["SG048"], [finding.format() for finding in library.findings]
    assert library.findings[0].path.endswith("schema.json")
    assert library.levels == ()


def test_missing_schema(tmp_path, no_network):
    library = load_library(levels_dir=levels_with_schema(tmp_path, None))
    assert [finding.code for finding in library.findings] == ["SG048"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_schema_that_is_a_fifo_does_not_block(tmp_path, no_network):
    levels = levels_with_schema(tmp_path, None)
    os.mkfifo(levels / "schema.json")
    library = load_library(levels_dir=levels)
    assert [finding.code for finding in library.findings] == ["SG048"]


def test_the_shipped_schema_still_checks_levels(tmp_path, no_network):
    library = load_library(levels_dir=levels_with_schema(tmp_path, json.dumps(SCHEMA)))
    assert library.findings == () and [level.id for level in library.levels] == ["fixture-good"]


def test_a_level_failing_the_schema_never_fetches_either(tmp_path, no_network):
    levels = levels_with_schema(tmp_path, with_ref("$ref", "https://evil.example/x.json"))
    (levels / "9-11" / "fixture-good.yaml").write_text("id: 5\n", encoding="utf-8")
    library = load_library(levels_dir=levels)
    assert [finding.code for finding in library.findings] == ["SG048"]


def test_the_fast_gate_still_works_with_every_retrieval_refused():
    pytest.importorskip("fastjsonschema")
    from sango_game.content.schema_source import fast_gate, schema_key

    assert fast_gate(schema_key(resources.levels_dir() / "schema.json")) is not None


@pytest.mark.parametrize("meta", ["https://evil.example/meta.json", "file:///etc/passwd"])
def test_a_remote_schema_keyword_is_never_fetched(tmp_path, no_network, meta):
    schema = json.dumps({**SCHEMA, "$schema": meta})
    library = load_library(levels_dir=levels_with_schema(tmp_path, schema))
    assert [level.id for level in library.levels] == ["fixture-good"]
    (tmp_path / "levels" / "9-11" / "fixture-good.yaml").write_text("id: 5\n", encoding="utf-8")
    library = load_library(levels_dir=tmp_path / "levels")
    assert library.errors and not library.levels
