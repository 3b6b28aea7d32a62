"""Hostile files give one clear finding quickly: never a hang, a blow-up or a traceback."""

from __future__ import annotations

import random

import pytest
import yaml

from sango_game.content import safe_yaml
from sango_game.content.safe_yaml import MAX_BYTES, MAX_DEPTH, parse_yaml_bytes, read_yaml
from sango_game.content.yaml_depth import nesting_depth


def only_code(findings):
    assert len(findings) == 1, findings
    return findings[0].code


def test_alias_bomb_is_stopped():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, 10):
        previous = chr(ord("a") + index - 1)
        name = chr(ord("a") + index)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    document, findings = parse_yaml_bytes("\n".join(lines).encode(), "bomb.yaml")
    assert document is None and only_code(findings) == "SG003"


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    document, findings = read_yaml(path)
    assert document is None and only_code(findings) == "SG001"
    assert "MB" in findings[0].message and MAX_BYTES < 50 * 1024 * 1024


def test_not_utf8_names_the_line():
    raw = "id: x\ntitle: caf\xe9\n".encode("latin-1")
    document, findings = parse_yaml_bytes(raw, "latin.yaml")
    assert document is None and only_code(findings) == "SG001"
    assert findings[0].line == 2 and "UTF-8" in findings[0].message


def test_empty_and_comment_only_files():
    for raw in (b"", b"   \n\n", b"# only a comment\n"):
        document, findings = parse_yaml_bytes(raw, "empty.yaml")
        assert document is None and only_code(findings) == "SG001"
        assert "empty" in findings[0].message


def test_binary_file():
    document, findings = parse_yaml_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "pic.yaml")
    assert document is None and only_code(findings) == "SG001"


DEEP = {
    "flow lists": b"[" * 5000 + b"]" * 5000,
    "flow mappings": b"{a: " * 3000 + b"1" + b"}" * 3000,
    "block mappings": "".join(" " * i + "a:\n" for i in range(3000)).encode() + b" 1\n",
    "dashes on one line": b"- " * 3000 + b"x\n",
    "block and flow mixed": "".join("  " * i + "- [\n" for i in range(200)).encode(),
    "unclosed": b"x: " + b"[" * 100_000,
}


@pytest.mark.parametrize("raw", DEEP.values(), ids=DEEP.keys())
def test_deep_nesting_is_refused_before_the_parser_sees_it(raw, monkeypatch):
    def parser_must_not_run(*args, **kwargs):
        raise AssertionError("PyYAML was asked to parse a file Sango should refuse first")

    monkeypatch.setattr(safe_yaml.yaml, "compose", parser_must_not_run)
    document, findings = parse_yaml_bytes(raw, "deep.yaml")
    assert document is None and only_code(findings) == "SG003"


@pytest.mark.parametrize("depth", [10, MAX_DEPTH - 5])
def test_nesting_within_the_limit_still_loads(depth):
    document, findings = parse_yaml_bytes(b"a: " + b"[" * depth + b"]" * depth, "ok.yaml")
    assert findings == [] and document is not None


def test_just_over_the_limit_is_refused_whatever_the_parser_allows():
    depth = MAX_DEPTH + 1
    for raw in (b"[" * depth + b"]" * depth,
                "".join(" " * i + "a:\n" for i in range(depth)).encode() + b" " * depth + b"1\n"):
        document, findings = parse_yaml_bytes(raw, "deep.yaml")
        assert document is None and only_code(findings) == "SG003"


def test_brackets_and_quotes_inside_text_do_not_count_as_nesting():
    text = "lines:\n" + "".join(
        "  - text: I'm [[[[ not {{ nested, \"[[[[\" '{{' # [[[[\n" for _ in range(200))
    text += "  - text: |\n" + "      [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n" * 3
    document, findings = parse_yaml_bytes(text.encode(), "brackets.yaml")
    assert findings == [] and len(document.data["lines"]) == 201


def test_no_python_objects_are_built():
    document, findings = parse_yaml_bytes(b"x: !!python/object/apply:os.system ['true']", "evil")
    assert document is None or not callable(document.data)
    assert findings and findings[0].code in ("SG002", "SG010")


def test_duplicate_keys_reported_and_positions_kept():
    document, findings = parse_yaml_bytes(b"a: 1\nb:\n  - c: 2\na: 3\n", "dup.yaml")
    assert only_code(findings) == "SG004" and findings[0].line == 4
    assert document.data == {"a": 1, "b": [{"c": 2}]}
    assert document.where(("b", 0, "c")) == (3, 8)


@pytest.mark.parametrize("raw", [b"order: " + b"9" * 5000, b"order: 0x" + b"f" * 5000,
                                 b"order: 2001-99-99", b"order: !!int abc",
                                 b"order: !!float abc", b"order: !!timestamp 2001-01-01T99:99",
                                 b"order: !!bool maybe"])
def test_scalars_that_cannot_be_built_stay_text(raw):
    document, findings = parse_yaml_bytes(raw, "odd.yaml")
    assert findings == [] and isinstance(document.data["order"], str)


def _nested(rng: random.Random, depth: int) -> object:
    if depth == 0:
        return "x"
    if rng.random() < 0.5:
        return {"k": _nested(rng, depth - 1), "t": "I'm [not] a {list}: really",
                "m": "a\nb\n  c\n", "p": "plain, words # x"}
    return [_nested(rng, depth - 1), "it's - ok", "a,b"]


@pytest.mark.parametrize("seed", range(5))
def test_the_depth_estimate_never_lets_deep_files_through(seed):
    """Whatever style PyYAML writes, the estimate is at least half the real depth."""
    rng = random.Random(seed)
    for _ in range(40):
        depth = rng.randint(1, 45)
        data = _nested(rng, depth)
        for flow in (False, True, None):
            text = yaml.safe_dump(data, default_flow_style=flow, width=rng.choice([20, 80, 1000]))
            assert 2 * nesting_depth(text) >= depth, text
