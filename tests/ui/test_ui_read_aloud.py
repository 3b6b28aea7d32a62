"""Read-aloud in the game, with a fake speaker: under-9 hears every line (keyed by
its msgctxt), the choices and the feedback; moving the focus says the focused
item; R repeats; sounds duck while it speaks; Settings has the switch and says
which languages this computer can read aloud."""

from __future__ import annotations

import pygame
from ui_steps import first_level, new_profile_by_keyboard, open_level, tab_to

from sango_game.speech.api import LanguageSupport
from sango_game.ui.read_aloud import sentences


class FakeSpeaker:
    def __init__(self, readable=("en", "fr")):
        self.said: list[tuple[str, str, str | None]] = []
        self.busy = False
        self.readable = readable
        self.stopped = 0

    def say(self, text, lang, key=None):
        self.said.append((text, lang, key))
        return True

    def stop(self):
        self.stopped += 1

    def repeat(self):
        if not self.said:
            return False
        self.said.append(self.said[-1])
        return True

    def available_languages(self):
        return tuple(LanguageSupport(code, code in self.readable, "fake")
                     for code in ("en", "fr", "es", "ar", "ru", "zh_Hans"))


def fake(pilot, **kwargs) -> FakeSpeaker:
    speaker = FakeSpeaker(**kwargs)
    pilot.app.read_aloud._speaker = speaker
    return speaker


def test_under_9_hears_each_line_with_its_msgctxt_then_the_choices(pilot):
    speaker = fake(pilot)
    new_profile_by_keyboard(pilot, "Kit", "under-9")
    level = first_level(pilot, "under-9")
    open_level(pilot, level)
    scene = pilot.screen
    first = scene.view.lines[0]
    assert (scene.line_text(first), "en", first.msgctxt) in speaker.said
    lines = scene.view.lines
    for _ in lines:
        pilot.press(pygame.K_RETURN)  # the pilot waits for the whole line: next line
    keys = [key for _, _, key in speaker.said]
    for line in lines:
        assert line.msgctxt in keys
    assert scene.phase == "choices"
    heard = " ".join(text for text, _, _ in speaker.said)
    assert "What do you do?" in heard
    for choice in scene.view.choices:
        assert scene.choice_words(choice).split("<")[0][:10] in heard


def test_each_line_is_said_once_even_when_the_screen_lays_out_again(pilot):
    speaker = fake(pilot)
    new_profile_by_keyboard(pilot, "Kit", "under-9")
    open_level(pilot, first_level(pilot, "under-9"))
    line_key = pilot.screen.view.lines[0].msgctxt
    pilot.resize(1100, 700)
    pilot.resize(1024, 600)
    assert [key for _, _, key in speaker.said].count(line_key) == 1


def test_feedback_is_read_after_a_choice(quick_pilot):
    pilot = quick_pilot
    speaker = fake(pilot)
    new_profile_by_keyboard(pilot, "Kit", "under-9")
    open_level(pilot, first_level(pilot, "under-9"))
    scene = pilot.screen
    while scene.phase == "lines":
        scene.advance()
        scene.advance()
        pilot.settle()
    choice = scene.view.choices[0]
    pilot.press(getattr(pygame, f"K_{choice.key}"))
    assert pilot.screen_name == "feedback"
    expected = pilot.screen.spoken()[0]
    assert expected and speaker.said[-1][0] == expected


def test_moving_the_focus_says_the_focused_item_and_r_repeats(pilot):
    speaker = fake(pilot)
    new_profile_by_keyboard(pilot, "Kit", "under-9")
    pilot.press(pygame.K_TAB)
    focused = pilot.screen.focused()
    assert speaker.said[-1][0] == focused.text()
    count = len(speaker.said)
    pilot.press(pygame.K_r)
    assert len(speaker.said) == count + 1 and speaker.said[-1] == speaker.said[-2]


def test_read_aloud_is_off_for_older_tracks_until_switched_on(pilot):
    speaker = fake(pilot)
    new_profile_by_keyboard(pilot, "Sam", "12-18")
    pilot.press(pygame.K_TAB)
    assert speaker.said == []
    pilot.app.open_settings()
    pilot.settle()
    assert pilot.widget("read-aloud").selected is False
    tab_to(pilot, "read-aloud")
    pilot.press(pygame.K_RETURN)
    assert pilot.app.services.settings.read_aloud is True
    assert pilot.widget("read-aloud").selected is True
    pilot.press(pygame.K_TAB)
    assert speaker.said, "switched on: moving the focus reads aloud"


def test_settings_say_which_languages_can_be_read_aloud(pilot):
    fake(pilot, readable=("en", "fr"))
    pilot.app.open_settings()
    pilot.settle()
    words = pilot.widget("read-aloud-languages").text()
    assert "English" in words and "français" in words.lower()
    assert "cannot" not in words


def test_settings_say_plainly_when_nothing_can_be_read_aloud(pilot):
    fake(pilot, readable=())
    pilot.app.open_settings()
    pilot.settle()
    assert "cannot read aloud" in pilot.widget("read-aloud-languages").text()


def test_with_read_aloud_turned_off_nothing_crashes_and_settings_say_so(pilot):
    # The suite runs with SANGO_SPEECH=off: the real speaker, with no engine.
    pilot.app.services.app_settings.read_aloud = True
    pilot.press(pygame.K_TAB)
    pilot.press(pygame.K_r)
    pilot.app.open_settings()
    pilot.settle()
    assert "cannot read aloud" in pilot.widget("read-aloud-languages").text()


def test_sounds_duck_while_it_speaks_and_come_back_after(pilot):
    speaker = fake(pilot)
    speaker.busy = True
    pilot.step()
    assert pilot.app.sounds.duck_level < 1.0
    speaker.busy = False
    pilot.step()
    assert pilot.app.sounds.duck_level == 1.0


def test_r_in_a_text_field_types_the_letter(pilot):
    speaker = fake(pilot)
    pilot.app.services.app_settings.read_aloud = True
    pilot.press(pygame.K_RETURN)
    tab_to(pilot, "new-player")
    pilot.press(pygame.K_RETURN)
    tab_to(pilot, "nickname")
    said = len(speaker.said)
    pilot.type("Rory")
    assert "Rory" in pilot.widget("nickname").text()
    assert len(speaker.said) == said


def test_sentences_adds_a_pause_only_where_there_is_none():
    assert sentences(["What do you do?", "Tell Mum", "<safe>Block them!</safe>", ""]) == \
        "What do you do? Tell Mum. Block them!"
    assert sentences(["你好。", "再见"]) == "你好。 再见."


def test_a_focused_picture_is_read_by_its_alt_text(pilot):
    speaker = fake(pilot)
    pilot.app.services.app_settings.read_aloud = True
    pilot.press(pygame.K_RETURN)
    tab_to(pilot, "new-player")
    pilot.press(pygame.K_RETURN)
    tab_to(pilot, "avatar-owl")
    assert speaker.said[-1][0] == "An owl"
