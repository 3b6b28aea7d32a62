"""The engine's parts on their own: line breaks, bidi order, scripts, coverage, direction."""

from __future__ import annotations

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from uniseg.linebreak import line_break_boundaries

from sango_game.text.bidi_runs import _levels_from_python, embedding_levels, visual_order
from sango_game.text.cmap import read_coverage
from sango_game.text.linebreak import break_positions
from sango_game.text.scripts import resolve_scripts, script_of
from sango_game.vocab.direction import direction_of

POOL = list("ab Zé我，。（）()[]«»“”\"'’-—!?:;%1.,،مر12Жж ") + ["  ", "\u3000", "\u200d",
                                                           "\u00a0", "\u202f", "\u0301"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=30).map("".join))
def test_chunked_line_breaks_equal_uniseg(text):
    assert break_positions(text) == [b for b in line_break_boundaries(text) if b > 0]


WORDS = ["Hello", "4,000", "مرحبًا", "a\u0301!", "1.\u064b", "e.g.", "end!", "(x)", "x)",
         "12.5%", "l’école", "Привет,", "مرحبا", "،", "word.Next", "a]", "»", "«", "-", "x-y",
         "!", "?", "1", "我们", "，", "(", ")", "don't", "'quoted'", "l’", "’a", "a’b’c", "“x”",
         "x'1", "1'x", "a'我"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "  ", ""])), min_size=1,
                max_size=12).map(lambda parts: "".join(w + s for w, s in parts)))
def test_chunked_line_breaks_equal_uniseg_on_word_like_text(text):
    assert break_positions(text) == [b for b in line_break_boundaries(text) if b > 0]


def test_levels_for_arabic_with_latin_and_digits():
    text = "مرحبا Pip، لديك 12"
    levels = embedding_levels(text, rtl=True)
    assert levels[:6] == [1] * 6 and levels[6:9] == [2, 2, 2] and levels[-2:] == [2, 2]
    assert _levels_from_python(text, rtl=True) == levels


def test_visual_order_reverses_by_level():
    assert visual_order(list("abcde"), [1, 1, 2, 2, 1]) == list("ecdba")
    assert visual_order(list("abc"), [0, 0, 0]) == list("abc")


def test_scripts_of_letters_and_neutrals():
    assert [script_of(c) for c in "aЖωم我ピ"] == ["Latn", "Cyrl", "Grek", "Arab", "Hani", "Kana"]
    assert [script_of(c) for c in " 1!，"] == ["Zyyy"] * 4
    assert script_of("\u064e") == "Zinh" and script_of("،") == "Arab"
    assert resolve_scripts("(Pip) 我", "zh") == ["Latn"] * 6 + ["Hani"]
    assert resolve_scripts("123", "ar") == ["Arab"] * 3
    assert resolve_scripts("1", "zh_Hans") == ["Hani"] and resolve_scripts("1", "ru-RU") == ["Cyrl"]


def test_coverage_read_from_font_files(fonts_dir):
    arabic = read_coverage(fonts_dir / "NotoSansArabic-Regular.ttf")
    assert arabic.has("م") and arabic.has("1") and not arabic.has("a") and not arabic.has("(")
    chinese = read_coverage(fonts_dir / "NotoSansSC-Regular.otf")
    assert all(chinese.has(c) for c in "我们，。！？、（）“”安全密码")
    assert len(chinese) > 7000


def test_direction_from_language_and_override():
    assert [direction_of(c) for c in ("ar", "ar-EG", "he", "fa", "ur", "en", "zh", "ru")] == [
        "rtl", "rtl", "rtl", "rtl", "rtl", "ltr", "ltr", "ltr"]
    assert direction_of("qps-rtl") == "rtl" and direction_of("qps") == "ltr"
    assert direction_of("en", "rtl") == "rtl" and direction_of("ar", "ltr") == "ltr"
    assert direction_of("az_Arab") == "rtl" and direction_of("ks-Deva") == "ltr"


MIXED = list("ab Zé我，。（）()«»“”!?،مرحبا12Жж \u200d\u064e-") + ["\n", "<b>", "</b>", "<em>",
                                                             "</em>", "<x>", "Pip"]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(MIXED), max_size=40).map("".join),
       st.sampled_from(["en", "ar", "zh", "ru"]), st.sampled_from([None, 1, 40, 120, 400]))
def test_any_mixed_text_lays_out_without_losing_characters(engine, text, lang, width):
    para = engine.layout(text, lang, width)
    assert para.length == len(para.text)
    covered = []
    for line in para.lines:
        covered.extend(range(line.start, line.end))
        drawn = sorted(i for run in line.runs for i in range(run.start, run.end))
        assert drawn == list(range(line.start, line.start + len(drawn)))  # no gaps, no repeats
        if width and width >= 40 and line.end - line.start > 1:
            assert line.width <= width
    hard_breaks = [i for i, c in enumerate(para.text) if c == "\n"]
    assert sorted(covered + hard_breaks) == list(range(para.length))
    para.draw(pygame.Surface((500, 500), pygame.SRCALPHA), (0, 0), reveal=len(text) // 2)


def test_number_ranges_never_break():
    from sango_game.text.linebreak import break_positions

    text = "Digital Navigators (12–18) and ages 5-8"
    positions = break_positions(text)
    for range_text in ("12–18", "5-8"):
        start = text.index(range_text)
        inside = range(start + 1, start + len(range_text))
        assert not set(positions) & set(inside), range_text
    assert break_positions("well-known")[:1] == [len("well-")]  # words still break after "-"


@pytest.mark.parametrize("label", ["5-8 岁", "5–8岁", "9–11 岁", "12-18\u00a0岁", "3 个", "10分"])
def test_number_and_cjk_measure_word_stay_together(label):
    text = f"适合{label}的孩子"
    start = text.index(label)
    inside = set(range(start + 1, start + len(label)))
    assert not set(break_positions(text)) & inside, label


def test_measure_words_break_normally_away_from_numbers():
    assert 1 in break_positions("年岁")  # two ideographs, no number: a break is allowed
