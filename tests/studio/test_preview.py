"""The preview: a scene drawn as the child sees it, in any language, look and size."""

from __future__ import annotations

import pygame
import pytest

from sango_game import i18n, resources
from sango_game.story.start_at import start_at
from sango_game.studio.graph import read_level_map
from sango_game.studio.look import TRACKS, load_look
from sango_game.studio.preview import draw_scene
from sango_game.text import TextEngine


@pytest.fixture(scope="module")
def engine():
    pygame.display.init()
    pygame.font.init()
    i18n.setup()
    yield TextEngine(resources.assets_dir() / "fonts")
    i18n.set_language("en")


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600), (1920, 1080)])
def test_each_choice_has_a_button_inside_the_chosen_size(engine, shipped_levels, size):
    level = read_level_map(shipped_levels["12-18"]).level
    view = start_at(level, level.start).view()
    image, rects = draw_scene(engine, view, load_look("12-18"), "en", size)
    assert image.get_size() == size
    assert [choice_id for choice_id, _ in rects] == [choice.id for choice in view.choices]
    tops = [rect.top for _, rect in rects]
    assert tops == sorted(tops)


def test_every_installed_language_draws(engine, shipped_levels):
    level = read_level_map(shipped_levels["under-9"]).level
    view = start_at(level, "questions").view()
    for language in i18n.available_languages():
        i18n.set_language(language.code)
        image, rects = draw_scene(engine, view, load_look("under-9"), language.code, (1280, 720))
        assert len(rects) == len(view.choices)
    i18n.set_language("en")


def test_track_looks_differ(shipped_levels):
    backgrounds = {load_look(track).color("background") for track in TRACKS}
    assert len(backgrounds) > 1
    assert load_look("no-such-track").track == "9-11"


def test_an_ending_shows_its_title(engine, shipped_levels):
    level = read_level_map(shipped_levels["9-11"]).level
    view = start_at(level, "stood-up").view()
    image, rects = draw_scene(engine, view, load_look("9-11"), "en", (1280, 720))
    assert view.ending is not None and rects == []
