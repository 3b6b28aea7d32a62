"""No character is ever drawn as a silent empty box ("tofu").

Emoji have a shipped font (a Symbola subset); a character no shipped font has
becomes a visible U+FFFD and a `text.missing-glyph` problem.
"""

from __future__ import annotations

import pytest

from sango_game.text import TextStyle
from sango_game.text.glyphs import invisible, missing

NO_FONT_HAS = ["\U0001f970", "\U0001fae0", "\U00010900", "\u0007", "\ue000"]


@pytest.mark.parametrize("emoji", ["\U0001f600", "\U0001f44b", "\u2764\ufe0f", "\U0001f431",
                                   "\U0001f680", "\u26bd"])
def test_common_emoji_are_drawn_by_a_shipped_font(engine, emoji):
    para = engine.layout(f"Sam{emoji}", "en", None, TextStyle(size=24))
    assert not para.problems
    fonts = {run.font for line in para.lines for run in line.runs if emoji[0] in run.text}
    assert fonts == {"symbola-emoji"}


@pytest.mark.parametrize("lang", ["en", "ar", "zh_Hans"])
@pytest.mark.parametrize("char", NO_FONT_HAS)
def test_a_character_no_font_has_is_visible_and_reported(engine, lang, char):
    para = engine.layout(f"ab{char}cd", lang, 300, TextStyle(size=24))
    codes = [problem.code for problem in para.problems]
    assert codes == ["text.missing-glyph"]
    assert f"U+{ord(char):04X}" in para.problems[0].message
    assert char not in para.text and "\ufffd" in para.text
    assert para.length == 5  # one for one: the typewriter and caret indices still hold


def test_every_drawn_character_is_covered_by_the_font_of_its_run(engine):
    text = "Sam \U0001f600 مرحبا 你好 \U0001f970 \u200d\ufe0f x"
    para = engine.layout(text, "ar", 500, TextStyle(size=24))
    for line in para.lines:
        for run in line.runs:
            for char in run.text:
                if not invisible(char):
                    assert ord(char) in engine.book.coverage(run.font), (char, run.font)


def test_joiners_and_variation_selectors_are_not_missing(engine):
    assert missing("\U0001f468\u200d\U0001f469\u200d\U0001f467 \u2764\ufe0f \u2068x\u2069",
                   engine.book) == []
