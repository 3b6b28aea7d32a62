"""Hostile files give one clear finding quickly: never a hang, a blow-up or a traceback."""

from __future__ import annotations

from sango_game.content.safe_yaml import MAX_BYTES, parse_yaml_bytes, read_yaml


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


def test_deep_nesting():
    document, findings = parse_yaml_bytes(b"[" * 5000 + b"]" * 5000, "deep.yaml")
    assert document is None and only_code(findings) == "SG003"


def test_no_python_objects_are_built():
    document, findings = parse_yaml_bytes(b"x: !!python/object/apply:os.system ['true']", "evil")
    assert document is None or not callable(document.data)
    assert findings and findings[0].code in ("SG002", "SG010")


def test_duplicate_keys_reported_and_positions_kept():
    document, findings = parse_yaml_bytes(b"a: 1\nb:\n  - c: 2\na: 3\n", "dup.yaml")
    assert only_code(findings) == "SG004" and findings[0].line == 4
    assert document.data == {"a": 1, "b": [{"c": 2}]}
    assert document.where(("b", 0, "c")) == (3, 8)
