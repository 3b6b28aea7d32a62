"""The one markup tokenizer: what it reads as a tag, and the spelling rule."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from sango_game.vocab import markup
from sango_game.vocab.placeholders import names_in_order, parse, split_raw

PACKAGE = Path(__file__).resolve().parents[2] / "sango_game"


def test_tokens_join_back_to_the_text():
    text = "Tell <b>an adult</b>, {nickname}! 3 < 5 and <3 \ufdd0<em>x\ufdd1 <br/>"
    tokens = markup.tokenize(text)
    assert "".join(token.raw for token in tokens) == text
    assert [t.kind for t in tokens if t.kind != markup.TEXT] == [
        markup.OPEN, markup.CLOSE, markup.LITERAL, markup.UNKNOWN]


@pytest.mark.parametrize("spelling", ["<B>", "<b >", "< b>", "< B >", "<b\t>"])
def test_any_case_and_blanks_inside_the_brackets_are_the_same_tag(spelling):
    closing = spelling.replace("<", "</", 1)
    text = f"Dis-le à {spelling}un adulte{closing}"
    assert markup.tags(text) == [(False, "b"), (True, "b")]
    assert markup.problems(text) == []
    assert markup.strip(text) == "Dis-le à un adulte"


def test_unknown_and_self_closing_tags_are_problems():
    assert markup.problems("a <br> b") and markup.problems("a <b/> b")
    assert markup.unknown_tags("x <blink>y</blink>") == ["<blink>", "</blink>"]


@pytest.mark.parametrize("text, words", [
    ("<b>x", "never closed"),
    ("x</b>", "not open"),
    ("<b><em>x</b></em>", "not open"),
    ("<b><b>x</b></b>", "inside itself"),
])
def test_nesting_problems_in_plain_words(text, words):
    assert words in markup.nesting_problem(text)


def test_text_that_only_looks_like_comparison_is_not_markup():
    for text in ("3 < 5 > 2", "I <3 you", "a <- b", "<>", "< >"):
        assert markup.problems(text) == [] and markup.strip(text) == text


def test_placeholders_are_read_once():
    assert names_in_order("{a} and {b} and {a}, {{literal}}") == ["a", "b", "a"]
    parsed = parse("{name.__class__} {0} {x!r} {y:>5} {ok}")
    assert parsed.names == {"ok"} and len(parsed.unsafe) == 4
    assert parse("a { b").error and parse("a } b").error
    assert "".join(piece for piece, _ in split_raw("x {{y}} {z} w")) == "x {{y}} {z} w"


def test_the_vocabulary_imports_no_layer_and_no_pygame():
    """The ground floor: only the standard library, Babel and the `printable` leaf."""
    found = set()
    for path in (PACKAGE / "vocab").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 0, path
                found.add(node.module)
    sango = {name for name in found if name.startswith("sango_game")}
    assert sango <= {"sango_game.printable"} | {n for n in sango if n.startswith(
        "sango_game.vocab")}
    assert not any(name.split(".")[0] in ("pygame", "pygame_gui") for name in found)


def test_one_markup_tokenizer_and_one_direction_source_in_the_tree():
    """No module but vocab/markup.py holds a tag pattern, and no module but
    vocab/direction.py decides direction from CLDR or a language table."""
    tag_patterns, direction_sources = [], []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(PACKAGE).as_posix()
        if relative != "vocab/markup.py" and any(sign in text for sign in (
                "(?:b|em|name", "(?:em|b|name", "</?[a-z]", r"<(/?)(", r"<\s*/?"
        )):
            tag_patterns.append(relative)
        if relative != "vocab/direction.py" and any(sign in text for sign in (
                "character_order", "RTL_LANGUAGES", '("ar", "he"')):
            direction_sources.append(relative)
    assert tag_patterns == [] and direction_sources == []


def test_a_hostile_run_of_blanks_is_read_as_plain_text():
    text = "<" + " " * 200_000 + "x" + "< /" * 1000
    assert markup.problems(text) == [] and markup.strip(text) == text
