"""The "Done when" cases of the text issue, checked as layout data."""

from __future__ import annotations

from sango_game.text import TextStyle

STYLE = TextStyle(size=24)
ARABIC_NICK = "مرحبا <name>Pip</name>، لديك 12 نجمة اليوم."
CHINESE = "今天我们学习上网安全，Pip说：“不要把密码告诉陌生人！”大家都同意（真的）。好的、走吧？"
RUSSIAN = "Привет, Пип! Никогда не сообщай свой пароль незнакомым людям в интернете."
FRENCH_LONG = "Attention : " + "anticonstitutionnellementrecommandations" + " en ligne."


def texts(runs):
    return [run.text for run in runs]


def test_arabic_with_latin_nickname_and_digits_reads_right_to_left(engine):
    para = engine.layout(ARABIC_NICK, "ar", 800, STYLE)
    assert para.direction == "rtl"
    assert len(para.lines) == 1
    line = para.lines[0]
    runs = line.runs  # display order, left to right
    assert texts(runs) == [" نجمة اليوم.", "12", "، لديك ", "Pip", "مرحبا "]
    by_text = {run.text.strip(): run for run in runs}
    pip, twelve = by_text["Pip"], by_text["12"]
    assert (pip.direction, pip.font, pip.script, pip.level) == ("ltr", "noto-sans", "Latn", 2)
    assert (twelve.direction, twelve.level) == ("ltr", 2)
    arabic = [run for run in runs if run.script == "Arab" and run.text.strip() not in ("12",)]
    assert all(run.direction == "rtl" and run.font == "noto-sans-arabic" for run in arabic)
    # logical order runs right to left: "مرحبا" is rightmost, then Pip, then the digits
    first = next(run for run in runs if run.text.startswith("مرحبا"))
    assert first.x > pip.x > twelve.x
    assert first.x + first.width == max(run.x + run.width for run in runs)
    # aligned to the right edge (the start of an RTL paragraph)
    assert line.x + line.width == para.width == 800
    # the digits keep their own order: one LTR run "12", not "21"
    assert twelve.text == "12"
    assert para.text == "مرحبا Pip، لديك 12 نجمة اليوم."


def test_arabic_display_order_is_exact(engine):
    para = engine.layout("قال Pip إن عمره 12 سنة", "ar", None, STYLE)
    assert texts(para.lines[0].runs) == [" سنة", "12", " إن عمره ", "Pip", "قال "]


def test_arabic_in_bold_uses_the_bold_arabic_face_and_shapes_rtl(engine):
    para = engine.layout("<b>لا تشارك كلمة السر</b> مع أحد", "ar", 800, STYLE)
    runs = para.lines[0].runs
    bold = [run for run in runs if "b" in run.tags]
    plain = [run for run in runs if not run.tags]
    assert bold and plain
    assert all((r.font, r.face, r.direction) == ("noto-sans-arabic", "bold", "rtl") for r in bold)
    assert all(r.face == "regular" for r in plain)
    assert bold[0].x > plain[0].x  # bold text comes first, so it is on the right
    whole = engine.layout("لا تشارك كلمة السر", "ar", 800, TextStyle(size=24, bold=True))
    assert {(r.font, r.face) for r in whole.runs} == {("noto-sans-arabic", "bold")}


def test_style_change_inside_an_arabic_word_keeps_letters_joined(engine):
    para = engine.layout("كل<b>م</b>ة", "ar", None, STYLE)
    middle = next(run for run in para.runs if run.tags == ("b",))
    assert middle.shaped == "\u200dم\u200d"
    left, right = para.lines[0].runs[0], para.lines[0].runs[-1]
    assert right.shaped == "كل\u200d" and left.shaped == "\u200dة"


def test_chinese_breaks_between_characters_without_hyphens(engine):
    para = engine.layout(CHINESE, "zh", 170, STYLE)
    lines = para.line_texts()
    assert len(lines) >= 5
    assert "".join(lines) == CHINESE  # nothing added: no hyphens, nothing lost
    for line in lines[1:]:
        assert line[0] not in "，。！？、：”）"
    for line in lines[:-1]:
        assert line[-1] not in "“（"
    assert all(line.width <= 170 for line in para.lines)
    fonts = {run.text: run.font for run in para.runs}
    assert fonts.get("Pip") == "noto-sans"
    assert all(font == "noto-sans-sc" for text, font in fonts.items() if text != "Pip")
    assert {run.direction for run in para.runs} == {"ltr"}


def test_chinese_break_positions_are_between_ideographs(engine):
    para = engine.layout("我们一起学习安全上网的方法", "zh", 100, STYLE)
    per_line = [line.end - line.start for line in para.lines]
    assert sum(per_line) == 13 and len(per_line) > 1
    assert para.breaks == tuple(sum(per_line[:i]) for i in range(1, len(per_line)))


def test_russian_breaks_at_spaces_with_cyrillic_runs(engine):
    para = engine.layout(RUSSIAN, "ru", 260, STYLE)
    assert len(para.lines) >= 3
    for start in para.breaks:
        assert para.text[start - 1] == " " and para.text[start] != " "
    assert {(r.font, r.script, r.direction) for r in para.runs} == {("noto-sans", "Cyrl", "ltr")}
    assert all(line.x == 0 and line.width <= 260 for line in para.lines)


def test_french_forty_character_word_is_broken_not_clipped(engine):
    para = engine.layout(FRENCH_LONG, "fr", 200, STYLE)
    assert "".join(para.line_texts()).replace(" ", "") == FRENCH_LONG.replace(" ", "")
    assert all(line.width <= 200 for line in para.lines)
    word_lines = [t for t in para.line_texts() if "anticonst" in t or "recommand" in t]
    assert len(para.lines) >= 4 and word_lines
    assert all(not t.endswith("-") for t in para.line_texts())


def test_mixed_scripts_at_double_size(engine):
    text = "Pip, Пип, ピ and 小明 say مرحبا 2024"
    engine.scale = 1.0
    normal = engine.layout(text, "en", None, STYLE)
    engine.scale = 2.0
    double = engine.layout(text, "en", None, STYLE)
    assert {run.px for run in double.runs} == {48}
    assert 1.8 < double.content_width / normal.content_width < 2.2
    assert 1.8 < double.height / normal.height < 2.2
    fonts = {run.text.strip(" ,"): (run.font, run.direction) for run in double.runs}
    assert fonts["Pip"] == ("noto-sans", "ltr")
    assert fonts["Пип"] == ("noto-sans", "ltr")
    assert fonts["ピ"][0] == fonts["小明"][0] == "noto-sans-sc"
    assert fonts["مرحبا"] == ("noto-sans-arabic", "rtl")
    wrapped = engine.layout(text, "en", 300, STYLE)
    assert len(wrapped.lines) > 1 and all(line.width <= 300 for line in wrapped.lines)


def test_no_missing_glyph_box_on_any_bench_page(engine):
    """Every character is drawn by a font whose file has it (checked through the cmap)."""
    from sango_game.text.bench_pages import PAGES

    for lang, page in PAGES.items():
        for source in page:
            para = engine.layout(source, lang, 900, STYLE)
            for run in para.runs:
                coverage = engine.book.coverage(run.font)
                missing = [c for c in run.text if ord(c) not in coverage]
                assert not missing, (lang, run.font, missing)
            assert para.problems == ()


def test_bench_pages_wrap_inside_the_box(engine):
    from sango_game.text.bench_pages import PAGES

    for lang, page in PAGES.items():
        for source in page:
            para = engine.layout(source, lang, 500, STYLE)
            assert all(line.width <= 500 for line in para.lines), lang
            assert "".join(t.replace(" ", "") for t in para.line_texts()) == para.text.replace(
                " ", "").replace("\n", "")
