"""Pseudo-locales keep placeholders and markup, grow the text, and show direction."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sango_game.i18n import markup, placeholders
from sango_game.i18n.pseudo import PDF, RLM, RLO, pseudo

SAMPLES = [
    "Play",
    "Hello, {nickname}! You have <b>{n}</b> stars.",
    "A <safe>safe</safe>, an <unsafe>unsafe</unsafe> and a <mixed>mixed</mixed> choice.",
    "<name>Amara</name> says: <em>never</em> share your password {{really}}.",
    "Someone you only know online is still a stranger, however friendly they seem.",
]


def test_accented_pseudo_is_bracketed_longer_and_keeps_what_code_needs():
    for source in SAMPLES:
        text = pseudo(source)
        assert text.startswith("[") and text.endswith("]")
        assert placeholders.parse(text).names == placeholders.parse(source).names
        assert markup.tags(text) == markup.tags(source)
        assert markup.compare(source, text) is None
        assert placeholders.compare(source, text) is None
        visible_source = len(markup.strip(source))
        visible = len(markup.strip(text)) - 2  # without the brackets
        assert visible >= visible_source * 1.3
        assert not any(ch.isascii() and ch.isalpha() for ch in markup.strip(
            placeholders.fill(text, {"nickname": "", "n": ""})
        ).replace("{", "").replace("}", ""))


def test_long_text_grows_by_about_forty_percent():
    source = SAMPLES[-1]
    growth = (len(pseudo(source)) - 2) / len(source)
    assert 1.35 <= growth <= 1.45


def test_rtl_pseudo_marks_the_paragraph_and_each_word_right_to_left():
    text = pseudo("Hello, {nickname}! <b>Go</b>", rtl=True)
    assert text.startswith(RLM) and text.endswith(RLM)
    assert f"{RLO}Ħḗŀŀǿ,{PDF}" in text
    assert "{nickname}" in text and "<b>" in text and "</b>" in text
    assert markup.compare("Hello, {nickname}! <b>Go</b>", text) is None


@given(st.text(max_size=80))
def test_pseudo_never_breaks_tags_or_placeholders(source):
    for rtl in (False, True):
        text = pseudo(source, rtl=rtl)
        assert markup.tags(text) == markup.tags(source)
        if not placeholders.parse(source).error:
            assert placeholders.parse(text).names == placeholders.parse(source).names
