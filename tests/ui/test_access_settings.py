"""The accessibility settings: one source for their ranges, kept per profile,
hostile values repaired; volumes, mono, clipboard text, sliders by one key."""

from __future__ import annotations

import pygame

from sango_game.progress import settings_rules
from sango_game.progress.settings_rules import check_settings
from sango_game.resources import assets_dir
from sango_game.session import settings as ui_settings
from sango_game.session.settings import Settings
from sango_game.ui.clipboard import Clipboard, plain, text_to_offer
from sango_game.ui.sound import SoundPlayer
from sango_game.ui.widgets import Slider


def test_the_ui_uses_the_ranges_the_store_checks():
    assert ui_settings.TEXT_SCALE_RANGE is settings_rules.TEXT_SCALE_RANGE
    assert ui_settings.LINE_SPACING_RANGE is settings_rules.LINE_SPACING_RANGE
    assert ui_settings.VOLUME_RANGE is settings_rules.VOLUME_RANGE


def test_every_setting_the_ui_saves_is_one_the_store_accepts():
    saved = Settings(text_scale=200, line_spacing=150, high_contrast=True, reading_font=True,
                     reduced_motion=True, clipboard=True, one_switch=True, mono=True,
                     speech_volume=30, music_volume=0).to_dict()
    kept, reason = check_settings(saved)
    assert reason is None and kept == saved


def test_bad_values_fall_back_to_defaults():
    settings = Settings.from_dict({"line_spacing": 10**9, "high_contrast": "yes",
                                   "speech_volume": True, "music_volume": "loud",
                                   "one_switch": 1})
    assert settings.line_spacing == 200
    assert settings.high_contrast is False and settings.one_switch is False
    assert settings.speech_volume == Settings().speech_volume
    assert settings.music_volume == Settings().music_volume


def test_settings_are_kept_per_profile(tmp_path):
    from sango_game.progress import open_store

    store = open_store(tmp_path)
    try:
        made = store.create_profile("Ana", "", "9-11", "en",
                                    Settings(high_contrast=True, line_spacing=175).to_dict())
        other = store.create_profile("Ben", "", "9-11", "en", {})
        again = Settings.from_dict(store.get_profile(made.value.id).settings)
        assert again.high_contrast and again.line_spacing == 175
        assert not Settings.from_dict(store.get_profile(other.value.id).settings).high_contrast
    finally:
        store.close()


def test_each_kind_of_sound_has_its_own_volume_under_the_main_one():
    player = SoundPlayer(assets_dir() / "sounds")
    player.set_volumes(0.5, 0.8, speech_volume=1.0, music_volume=0.2, mono=False)
    assert player.level("effects") == 0.4
    assert player.level("speech") == 0.5
    assert player.level("music") == 0.1
    player.set_volumes(2.0, -1.0, mono=True)
    assert player.level("effects") == 0.0 and player.volume == 1.0 and player.mono


def test_clipboard_copies_the_page_then_each_focused_item():
    key, text = text_to_offer(("Settings", "Text size"), "Back", None)
    assert text == "Settings\nText size"
    key, text = text_to_offer(("Settings", "Text size"), "Back", key)
    assert text is None  # nothing changed: nothing copied again
    key, text = text_to_offer(("Settings", "Text size"), "Text size", key)
    assert text == "Text size"
    _, text = text_to_offer(("Help",), "Back", key)
    assert text == "Help"


def test_clipboard_words_have_no_markup():
    assert plain("<safe>A safe choice!</safe> <b>Pip</b>") == "A safe choice! Pip"
    clipboard = Clipboard()
    clipboard.follow(("<b>Remember:</b> ask",), None)
    assert clipboard.last == "Remember: ask"


def test_enter_steps_a_slider_round_so_one_key_can_set_it():
    values = []
    slider = Slider("s", "S", 80, 0, 100, 10, values.append)
    slider.activate()
    slider.activate()
    slider.activate()
    assert values == [90, 100, 0]


def test_the_reading_font_draws_latin_and_cyrillic_and_leaves_other_scripts(tmp_path):
    from sango_game.text import TextEngine

    pygame.font.init()
    engine = TextEngine(assets_dir() / "fonts")
    book = engine.book
    assert book.family_for("a", "Latn", "en") == "noto-sans"
    engine.reading_font = True
    assert book.family_for("a", "Latn", "en") == "atkinson-hyperlegible"
    assert book.family_for("Ж", "Cyrl", "ru") == "andika"  # Atkinson has no Cyrillic
    assert book.family_for("中", "Hani", "zh_Hans") == "noto-sans-sc"
    assert not book.problems
    engine.reading_font = False
    assert book.family_for("a", "Latn", "en") == "noto-sans"
    assert book.family_for("Ж", "Cyrl", "ru") == "noto-sans"


def test_a_teacher_sets_class_defaults_and_a_childs_own_choice_wins(tmp_path):
    from sango_game.session.services import Services

    services = Services(str(tmp_path))
    try:
        store = services.store
        school_class = store.create_class("Class 3B").value
        assert store.set_class_settings(school_class.id, {"high_contrast": True,
                                                          "text_scale": 150}).saved
        refused = store.set_class_settings(school_class.id, {"text_scale": 900})
        assert refused.problem is not None
        made = store.create_profile("Ana", "", "9-11", "en", {"text_scale": 175}).value
        services.profile = store.update_profile(made.id, class_id=school_class.id).value
        assert services.settings.high_contrast is True  # the class default
        assert services.settings.text_scale == 175  # her own choice
        assert store.class_settings(None) == {}
    finally:
        services.close()
