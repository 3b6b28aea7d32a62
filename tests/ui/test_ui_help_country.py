"""The Help screen's help comes from the help directory, for the country an adult chose:
it names the country, never guesses it from the locale, never shows an unknown value."""

from __future__ import annotations

import pygame

from sango_game import i18n
from sango_game.content.help_directory import load_help_directory
from sango_game.content.help_model import UNKNOWN
from sango_game.ui.helplines import country_name, entry_label, help_heading, help_text


def _directory():
    directory, _findings = load_help_directory()
    return directory


def test_each_line_is_said_once_and_unknown_is_never_shown():
    directory = _directory()
    for code in directory.countries:
        here = directory.help_for(code)
        text = help_text(here, report=True)
        assert UNKNOWN not in text, code
        for entry in here.helplines:
            label = entry_label(entry)
            assert text.count(label) == 1, (code, text)
            if entry.has_number and entry.number not in entry.name:
                assert label.count(entry.number) == 1, label


def test_open_day_and_night_only_for_a_line_open_all_hours():
    directory = _directory()
    for code in directory.countries:
        here = directory.help_for(code)
        text = help_text(here)
        if any(entry.open_all_hours for entry in here.helplines):
            assert "open day and night" in text, code
        else:
            assert "open day and night" not in text, code


def test_with_no_country_there_is_advice_and_how_to_choose_one():
    directory = _directory()
    for country in ("", "XX"):
        text = help_text(directory.help_for(country))
        assert "adult you trust" in text
        assert "choose the country in Settings" in text
        assert "Child help line" not in text  # never a guessed number
    assert help_heading(None, "en") == "Help: no country chosen yet"


def test_a_known_country_is_named_and_needs_no_prompt():
    directory = _directory()
    kenya = directory.help_for("KE")
    text = help_text(kenya)
    assert "choose the country in Settings" not in text
    assert help_heading("KE", "en") == "Help in Kenya"
    assert country_name("KE", "ru") == "Кения"
    assert country_name("FR", "fr") == "France"


def test_report_and_take_down_only_when_asked():
    here = _directory().help_for("GB")
    assert here.report and here.takedown
    assert "Report online abuse" not in help_text(here)
    shown = help_text(here, report=True)
    assert "Report online abuse" in shown and "Take an image down" in shown


def test_en_us_locale_does_not_give_a_us_number(pilot, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    monkeypatch.delenv("SANGO_COUNTRY", raising=False)
    us_numbers = [entry.number for entry in _directory().help_for("US").helplines
                  if entry.has_number]
    assert us_numbers
    pilot.press(pygame.K_F1)
    assert pilot.screen_name == "help"
    text = pilot.text()
    assert not any(number in text for number in us_numbers)
    assert "no country chosen" in text
    assert pilot.app.services.country() is None


def test_an_adult_chooses_the_country_in_settings(pilot):
    pilot.click("settings")
    pilot.click("help-country", scroll=True)
    assert pilot.screen_name == "country"
    assert "Kenya" in pilot.text()
    pilot.click("country-KE", scroll=True)
    assert pilot.screen_name == "settings"
    assert pilot.app.services.settings.country == "KE"
    assert "Kenya" in pilot.text()
    pilot.press(pygame.K_F1)
    text = pilot.text()
    assert "Help in Kenya" in text
    for entry in _directory().help_for("KE").helplines:
        assert entry.number in text


def test_the_country_is_named_in_the_childs_language(pilot):
    settings = pilot.app.services.settings
    settings.country = "FR"
    pilot.app.services.save_settings(settings)
    pilot.app.set_language("fr")
    try:
        pilot.press(pygame.K_F1)
        assert "France" in pilot.text()
        assert i18n.current_language().code == "fr"
    finally:
        pilot.app.set_language("en")


def test_take_down_shows_only_where_the_story_is_about_images():
    """A violent-video story gets help and report routes; take-down is for image stories."""
    from sango_game.content import load_library

    library = load_library()
    sensitive = [level for level in library.levels if level.sensitive]
    assert any(level.about_images for level in sensitive)
    assert all(level.about_images for level in sensitive
               if level.topic == "relationships-and-images")
    assert not library.level("m-upsetting-video").about_images
    here = _directory().help_for("GB")
    with_images = help_text(here, report=True, takedown=True)
    without = help_text(here, report=True, takedown=False)
    assert "Take an image down" in with_images and "Take an image down" not in without
    assert "Report online abuse" in without
