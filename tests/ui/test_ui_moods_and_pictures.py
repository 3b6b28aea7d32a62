"""A line's `mood` shows the speaker's mood picture; a narrator line's `picture` is shown."""

from __future__ import annotations

import pytest

from sango_game.resources import assets_dir
from sango_game.story.views import LineView
from sango_game.ui.images import ImageCache


@pytest.fixture
def images():
    return ImageCache(assets_dir())


@pytest.mark.parametrize(("name", "mood", "shown"), [
    ("characters/sango.svg", "worried", "characters/sango-worried.svg"),
    ("images/characters/sango.svg", "thinking", "images/characters/sango-thinking.svg"),
    ("characters/sango.svg", "sad", "characters/sango-worried.svg"),  # README: worried, sad
    ("characters/sango.svg", "Proud ", "characters/sango-proud.svg"),
    ("characters/sango.svg", "happy", "characters/sango.svg"),  # no file: the neutral one
    ("characters/amara.svg", "worried", "characters/amara.svg"),
    ("characters/sango.svg", "../../etc/passwd", "characters/sango.svg"),
    ("characters/sango.svg", None, "characters/sango.svg"),
    (None, "worried", None),
])
def test_mood_picture_when_it_exists_else_the_speakers_own(images, name, mood, shown):
    assert images.with_mood(name, mood) == shown


def _line(speaker, mood=None, picture=None, speaker_picture=None):
    return LineView(id="l1", msgctxt="x", speaker=speaker, speaker_name="Sango",
                    speaker_msgctxt=None, text="Hi", mood=mood, picture=picture,
                    speaker_picture=speaker_picture)


@pytest.mark.parametrize("track", ["under-9", "12-18"])
def test_scene_portrait_uses_mood_and_narrator_picture(pilot, track):
    services = pilot.app.services
    written = services.store.create_profile("Moody", "", track, "en", {})
    pilot.click("play")
    pilot.click(f"profile-{written.value.nickname}")
    level = services.library.levels_in(track)[0]
    pilot.click(f"level-{level.id}")
    scene = pilot.screen
    assert scene.name == "scene"
    sango = "images/characters/sango.svg"
    assert scene.portrait(_line("sango", "worried", speaker_picture=sango)) == \
        "images/characters/sango-worried.svg"
    assert scene.portrait(_line("sango", "happy", speaker_picture=sango)) == sango
    drawing = "images/backgrounds/classroom.svg"
    assert scene.portrait(_line("narrator", picture=drawing)) == drawing
    narrator = pilot.app.ctx.theme.picture("narrator")
    assert scene.portrait(_line("narrator")) == narrator
