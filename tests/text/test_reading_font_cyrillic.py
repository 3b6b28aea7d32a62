"""The reading-friendly font for Russian: SIL's Andika draws every Cyrillic letter
Sango shows in Russian when the setting is on, and Noto Sans when it is off."""

from __future__ import annotations

import unicodedata

from fontTools.ttLib import TTFont

from sango_game.i18n.po_reader import read_po_file
from sango_game.resources import assets_dir, locale_dir


def russian_letters() -> set[str]:
    catalog = read_po_file(locale_dir() / "ru" / "LC_MESSAGES" / "sango.po", "ru").catalog
    texts = []
    for message in catalog:
        strings = message.string if isinstance(message.string, tuple | list) else [
            message.string]
        texts += [text for text in strings if text]
    return {ch for text in texts for ch in text if "CYRILLIC" in unicodedata.name(ch, "")}


def test_andika_has_every_cyrillic_letter_of_the_russian_catalog(engine):
    letters = russian_letters()
    assert len(letters) > 40  # the catalog really is Russian
    engine.reading_font = True
    book = engine.book
    assert {ch for ch in letters if book.family_for(ch, "Cyrl", "ru") != "andika"} == set()
    engine.reading_font = False
    assert {book.family_for(ch, "Cyrl", "ru") for ch in letters} == {"noto-sans"}


def test_both_andika_faces_cover_the_same_characters_and_carry_the_licence():
    fonts = assets_dir() / "fonts"
    regular = set(TTFont(fonts / "Andika-Regular.ttf").getBestCmap())
    bold = set(TTFont(fonts / "Andika-Bold.ttf").getBestCmap())
    assert regular == bold
    assert {ord("Ж"), ord("ё"), ord("a")} <= regular
    licence = (fonts / "Andika-OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License, Version 1.1" in licence and "Andika" in licence


def test_a_russian_line_with_the_reading_font_lays_out_with_no_missing_glyph(engine):
    from sango_game.text import TextStyle

    engine.reading_font = True
    laid = engine.layout("Привет, <b>Саша</b>! Не делись паролем.", lang="ru", width=600,
                         style=TextStyle(size=24))
    assert laid.content_width > 0
    assert not [p for p in engine.book.problems if "missing" in str(p)]
    engine.reading_font = False
