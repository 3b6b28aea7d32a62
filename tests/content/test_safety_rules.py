"""Safe to hand to a child: pressured choices, help-asking endings, sensitive levels, topics.

The validator codes SG070-SG076 each have a marked line in
fixtures/broken/fixture-safety*.yaml (test_fixtures.py); these tests check the
model, the texts translators get, and the shipped data.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sango_game import resources
from sango_game.content import load_library
from sango_game.content.findings import CODES
from sango_game.content.safety_checks import says_not_your_fault

LIBRARY = load_library()
POT = Path(resources.assets_dir()).parent / "locale" / "sango.pot"


@pytest.mark.parametrize("text", [
    "This is not your fault. Let's get help.",
    "It's <em>not</em> your fault it got this far.",
    "None of this is your fault.",
    "That isn't your fault.",
])
def test_not_your_fault_is_recognised(text):
    assert says_not_your_fault(text)


@pytest.mark.parametrize("text", ["Your fault.", "Sending more never helps.", "Be careful."])
def test_other_words_are_not_taken_for_it(text):
    assert not says_not_your_fault(text)


def test_every_new_code_has_a_meaning_and_a_row_in_the_docs():
    docs = (Path(resources.assets_dir()).parent / "docs" / "LEVELS.md").read_text("utf-8")
    for number in range(70, 77):
        code = f"SG0{number}"
        assert code in CODES and f"| {code} |" in docs


def test_pressured_choices_are_marked_in_the_model_and_for_translators():
    level = LIBRARY.level("t-privacy-image-pressure")
    pressured = [c for s in level.scenes for c in s.choices if c.pressured]
    assert {c.id for c in pressured} >= {"send-photo", "send-to-keep", "send-more"}
    assert all(says_not_your_fault(c.feedback) for c in pressured)
    comments = {m.msgctxt: m.comment for m in level.messages()}
    for choice in pressured:
        assert "never scored" in comments[choice.feedback_msgctxt]
        assert "not the child's fault" in comments[choice.feedback_msgctxt]


def test_the_content_note_is_translatable():
    level = LIBRARY.level("t-privacy-image-pressure")
    messages = {m.msgctxt: m.text for m in level.messages()}
    assert messages[level.content_note_msgctxt] == level.content_note
    assert f'msgctxt "{level.content_note_msgctxt}"' in POT.read_text("utf-8")


def test_new_topics_exist_and_are_translatable():
    topics = {topic.id: topic for topic in LIBRARY.topics}
    assert {"smart-tech", "my-rights", "relationships-and-images"} <= set(topics)
    assert topics["relationships-and-images"].tracks == ("12-18",)
    assert topics["smart-tech"].tracks == () and topics["my-rights"].tracks == ()
    pot = POT.read_text("utf-8")
    for topic_id in ("smart-tech", "my-rights", "relationships-and-images"):
        for field in ("name", "description", "badge"):
            assert f'msgctxt "topic/{topic_id}/{field}"' in pot


def test_restricted_topics_are_used_only_in_their_tracks():
    topics = {topic.id: topic for topic in LIBRARY.topics}
    for level in LIBRARY.levels:
        allowed = topics[level.topic].tracks
        assert not allowed or level.track in allowed, level.id


def test_a_choice_with_neither_safety_nor_pressured_is_explained(tmp_path):
    source = resources.levels_dir() / "9-11" / "m-cyberbullying-group-chat.yaml"
    text = source.read_text("utf-8").replace("        safety: mixed\n", "", 1)
    path = tmp_path / "m-cyberbullying-group-chat.yaml"
    path.write_text(text, "utf-8")
    library = load_library(paths=[path])
    messages = [f.message for f in library.findings if f.code == "SG010"]
    assert messages and all("`pressured: true`" in message for message in messages)
    assert library.levels == ()
