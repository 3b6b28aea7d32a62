"""The level extractor: every text of a level, with its stable ID and context."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract

from sango_game.i18n.extract import extract_levels

FIXTURES = Path(__file__).parent / "fixtures" / "levels"
LEVEL = FIXTURES / "under-9" / "i18n-fixture.yaml"
WHERE = "Level 'i18n-fixture', track under-9, topic privacy."

EXPECTED = [
    (7, "i18n-fixture/meta/title", "The secret password", f"{WHERE} Level title."),
    (8, "i18n-fixture/meta/objective",
     "Children learn that passwords are kept secret, even from friends.",
     f"{WHERE} Learning objective, shown to teachers."),
    (9, "i18n-fixture/meta/key_lesson",
     "My password is my secret. I only share it with my grown-up.",
     f"{WHERE} The one sentence the child should remember; shown as 'Remember: ...'."),
    (12, "i18n-fixture/teacher/cop_theme", "Privacy and personal information",
     f"{WHERE} Teacher notes: Child Online Protection theme."),
    (14, "i18n-fixture/teacher/q1", "Who is allowed to know your password?",
     f"{WHERE} Teacher notes: a discussion question for the class."),
    (17, "i18n-fixture/cast/amara", "Amara",
     f"{WHERE} A character's name; adapt it to a name common in your language if you like."),
    (25, "i18n-fixture/tablet/hello", "Hi {nickname}! Look, a new game on my tablet!",
     f"{WHERE} Scene 'tablet'. Said by Amara, mood happy. Keep under 120 characters."),
    (29, "i18n-fixture/tablet/asks", "The game asks Amara for her <b>password</b>.",
     f"{WHERE} Scene 'tablet'. Said by the narrator. Keep under 120 characters."),
    (33, "i18n-fixture/tablet/tell-grownup", "Ask a grown-up first",
     f"{WHERE} Scene 'tablet'. A choice the child can pick (safe). Keep under 50 characters."),
    (33, "i18n-fixture/tablet/tell-grownup/feedback",
     "<safe>Great idea!</safe> A grown-up can help you decide.",
     f"{WHERE} Scene 'tablet'. Feedback after the child picks 'tell-grownup' (safe): "
     "explain kindly, in the child's words. Keep under 160 characters."),
    (38, "i18n-fixture/tablet/type-it", "Type the password",
     f"{WHERE} Scene 'tablet'. A choice the child can pick (unsafe). Keep under 50 characters."),
    (38, "i18n-fixture/tablet/type-it/feedback", "Hmm, a password is a secret. Let's think again!",
     f"{WHERE} Scene 'tablet'. Feedback after the child picks 'type-it' (unsafe): "
     "explain kindly, in the child's words. Keep under 160 characters."),
    (43, "i18n-fixture/ending/well-done/title", "Password kept safe!",
     f"{WHERE} Ending 'well-done' (good): title."),
    (43, "i18n-fixture/ending/well-done/summary",
     "Amara asked her mum, and her password stayed secret.",
     f"{WHERE} Ending 'well-done' (good): what happened."),
]


def test_extractor_yields_every_text_with_its_id_and_context():
    with open(LEVEL, "rb") as handle:
        got = list(extract_levels(handle, DEFAULT_KEYWORDS.keys(), [], {}))
    assert got == [
        (line, "pgettext", (context, text), [comment])
        for line, context, text, comment in EXPECTED
    ]


def test_babel_files_each_text_under_its_msgctxt():
    """Through Babel's own `extract` and the `sango_levels` entry point."""
    with open(LEVEL, "rb") as handle:
        got = list(extract("sango_levels", handle, DEFAULT_KEYWORDS))
    assert [(line, text, context) for line, text, _comments, context in got] == [
        (line, text, context) for line, context, text, _comment in EXPECTED
    ]
    assert got[6][2] == [EXPECTED[6][3]]


def test_tracks_and_topics_names_descriptions_and_badges():
    with open(FIXTURES / "tracks.yaml", "rb") as handle:
        tracks = list(extract_levels(handle, (), (), {}))
    with open(FIXTURES / "topics.yaml", "rb") as handle:
        topics = list(extract_levels(handle, (), (), {}))
    track_ids = [message[2][0] for message in tracks]
    assert track_ids[:3] == ["track/under-9/name", "track/under-9/ages",
                             "track/under-9/description"]
    assert len(track_ids) == 9
    assert tracks[0][2][1] == "Little Explorers" and tracks[0][0] == 6
    topic_ids = {message[2][0] for message in topics}
    assert {"topic/privacy/name", "topic/privacy/description", "topic/privacy/badge"} <= topic_ids
    assert all(message[1] == "pgettext" and message[3] for message in tracks + topics)


def test_a_file_that_is_not_a_valid_level_yields_nothing():
    for content in (b"", b"\x00\x01", b"id: [unclosed", b"id: only-an-id\n", b"- a list\n"):
        handle = BytesIO(content)
        handle.name = str(FIXTURES / "under-9" / "broken.yaml")
        assert list(extract_levels(handle, (), (), {})) == []
