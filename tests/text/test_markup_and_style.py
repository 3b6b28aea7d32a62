"""Markup: styled spans, palette colours, and literal text for anything malformed."""

from __future__ import annotations

from sango_game.text import HIGH_CONTRAST, Palette, TextStyle
from sango_game.text.markup import parse

STYLE = TextStyle(size=20, color=(1, 2, 3))


def test_parse_nested_tags_into_spans():
    marked = parse("Hi <name>Pip</name>, <safe>tell <em>an adult</em></safe>!")
    assert marked.text == "Hi Pip, tell an adult!"
    assert [(s.start, s.end, s.tags) for s in marked.spans] == [
        (3, 6, ("name",)), (8, 13, ("safe",)), (13, 21, ("safe", "em"))]
    assert marked.problems == ()


def test_unknown_tag_is_kept_literally_and_reported():
    marked = parse("press <br> then <b>go</b>")
    assert marked.text == "press <br> then go"
    assert [s.tags for s in marked.spans] == [("b",)]
    assert [p.code for p in marked.problems] == ["text.markup-unknown-tag"]


def test_unbalanced_markup_makes_the_whole_string_literal():
    for source in ("a <b>x</em> y", "<b>never closed", "stray </b> close", "<b><em>x</b></em>"):
        marked = parse(source)
        assert marked.text == source and marked.spans == ()
        assert marked.problems[0].code == "text.markup-unbalanced"


def test_angle_brackets_that_are_not_tags_stay():
    assert parse("2 < 3 and 5 > 4").text == "2 < 3 and 5 > 4"


def test_safety_words_are_bold_and_coloured_from_the_palette(engine):
    text = "<safe>Tell</safe> <unsafe>Share</unsafe> <mixed>Maybe</mixed> <name>Pip</name> ok"
    para = engine.layout(text, "en", None, STYLE)
    runs = {run.text.strip(): run for run in para.runs}
    palette = Palette()
    assert (runs["Tell"].color, runs["Tell"].face) == (palette.safe, "bold")
    assert (runs["Share"].color, runs["Share"].face) == (palette.unsafe, "bold")
    assert (runs["Maybe"].color, runs["Maybe"].face) == (palette.mixed, "bold")
    assert (runs["Pip"].color, runs["Pip"].face) == (palette.name, "regular")
    assert runs["ok"].color == (1, 2, 3)
    contrast = engine.layout(text, "en", None, TextStyle(size=20, palette=HIGH_CONTRAST))
    assert {r.text.strip(): r.color for r in contrast.runs}["Tell"] == HIGH_CONTRAST.safe


def test_emphasis_is_italic_in_latin_and_bold_where_the_script_has_no_italic(engine):
    latin = engine.layout("a <em>really</em> b", "en", None, STYLE)
    assert {r.text: r.face for r in latin.runs}["really"] == "italic"
    arabic = engine.layout("هذا <em>مهم</em> جدا", "ar", None, STYLE)
    emphasised = [r for r in arabic.runs if r.tags == ("em",)]
    assert [(r.font, r.face) for r in emphasised] == [("noto-sans-arabic", "bold")]
    chinese = engine.layout("这<em>很</em>重要", "zh", None, STYLE)
    assert [r.face for r in chinese.runs if r.tags] == ["bold"]


def test_broken_markup_draws_literally_without_crashing(engine):
    para = engine.layout("<b>oops</em> <wat>", "en", 300, STYLE)
    assert para.text == "<b>oops</em> <wat>"
    assert any(p.code == "text.markup-unbalanced" for p in para.problems)
    surface = engine.render("<b>oops</em> <wat>", "en", 300, STYLE)
    assert surface.get_bounding_rect(min_alpha=1).width > 0


def test_centre_alignment_and_direction_override(engine):
    centred = engine.layout("hi", "en", 200, TextStyle(size=20, align="center"))
    line = centred.lines[0]
    assert abs((line.x + line.width / 2) - 100) <= 1
    forced = engine.layout("hello", "en", 200, STYLE, direction="rtl")
    assert forced.direction == "rtl" and forced.lines[0].x + forced.lines[0].width == 200
    pseudo = engine.layout("hello", "qps-rtl", 200, STYLE)
    assert pseudo.direction == "rtl"
    arabic_ltr = engine.layout("مرحبا", "ar", 200, STYLE, direction="ltr")
    assert arabic_ltr.lines[0].x == 0


def test_hard_line_breaks_and_empty_text(engine):
    para = engine.layout("one\n\nthree", "en", 400, STYLE)
    assert para.line_texts() == ["one", "", "three"]
    assert para.breaks == (4, 5) and para.length == 10
    empty = engine.layout("", "ar", 400, STYLE)
    assert len(empty.lines) == 1 and empty.height > 0 and empty.length == 0
