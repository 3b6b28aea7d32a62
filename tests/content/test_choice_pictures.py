"""A choice can carry a picture for a child who cannot read yet.

The picture is checked like every other picture of a level (it must exist
under assets/ and be safe to decode), and the runner hands it to the screen
with the choice.
"""

from __future__ import annotations

from sango_game.content import load_library
from sango_game.story import LevelRunner


def first_choice(data: dict) -> dict:
    return data["scenes"][0]["choices"][0]


def test_a_choice_picture_reaches_the_screen(good_level, write_level):
    first_choice(good_level)["picture"] = "images/icons/help.svg"
    library = load_library(paths=[write_level(good_level)])
    assert library.findings == ()
    level = library.levels[0]
    view = LevelRunner(level).view()
    pictures = {choice.id: choice.picture for choice in view.choices}
    assert pictures[first_choice(good_level)["id"]] == "images/icons/help.svg"
    assert sum(picture is not None for picture in pictures.values()) == 1


def test_a_missing_choice_picture_is_reported_at_its_place(good_level, write_level):
    first_choice(good_level)["picture"] = "images/icons/no-such-icon.svg"
    library = load_library(paths=[write_level(good_level)])
    [finding] = library.findings
    assert finding.code == "SG027" and "no-such-icon" in finding.message
    assert "choices" in finding.format() or finding.line > 0
    assert library.levels == ()
