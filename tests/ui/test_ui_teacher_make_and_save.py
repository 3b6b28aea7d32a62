"""The teacher makes a class and its pupils in the game, prints nickname cards,
and saves the report, certificates and class file into a folder named on screen."""

from __future__ import annotations

import errno

import pygame
from pypdf import PdfReader

from sango_game.classroom import classes

PIN = "4821"


def into_teacher_area(pilot) -> None:
    pilot.app.services.store.set_teacher_pin(PIN)
    pilot.click("teachers", scroll=True)
    for digit in PIN:
        pilot.press(getattr(pygame, f"K_{digit}"))
    pilot.press(pygame.K_RETURN)
    assert pilot.screen_name == "teacher-classes"


def exports(pilot):
    return pilot.app.services.store.data_dir / "exports"


def test_a_class_and_its_pupils_are_made_in_the_game(quick_pilot):
    store = quick_pilot.app.services.store
    into_teacher_area(quick_pilot)
    quick_pilot.click("new-class", scroll=True)
    assert quick_pilot.screen_name == "teacher-new-class"
    quick_pilot.click("create-class", scroll=True)
    assert "Type the class's name first." in quick_pilot.text()
    quick_pilot.click("class-name", scroll=True)
    quick_pilot.type("5C")
    quick_pilot.click("track-under-9", scroll=True)
    quick_pilot.click("language-fr", scroll=True)
    quick_pilot.click("create-class", scroll=True)
    info = classes.find_class(store, "5C")
    assert (info.track, info.language) == ("under-9", "fr")
    assert quick_pilot.screen_name == "teacher-pupils"
    quick_pilot.click("nickname", scroll=True)
    quick_pilot.type("Sam")
    quick_pilot.click("picture-rocket", scroll=True)
    quick_pilot.click("add-pupil", scroll=True)
    (sam,) = store.list_profiles(info.id)
    assert (sam.nickname, sam.avatar, sam.track) == ("Sam", "rocket", "under-9")
    assert "Sam is in the class." in quick_pilot.text().replace("\u2068", "").replace(
        "\u2069", "")
    quick_pilot.click("nickname", scroll=True)
    quick_pilot.type("Sam")
    quick_pilot.click("add-pupil", scroll=True)
    assert len(store.list_profiles(info.id)) == 1  # nicknames are unique on this PC
    assert quick_pilot.widget("message").color == "unsafe"
    quick_pilot.click("generate", scroll=True)
    pupils = store.list_profiles(info.id)
    assert len(pupils) == 31
    assert len({p.nickname.casefold() for p in pupils}) == 31
    assert "30 pupils added" in quick_pilot.text()
    quick_pilot.click("print-cards", scroll=True)
    cards = exports(quick_pilot) / "5C nickname cards.pdf"
    assert cards.is_file()
    assert str(exports(quick_pilot)) in quick_pilot.text()
    assert "Saved:" in quick_pilot.text()
    text = " ".join(page.extract_text() for page in PdfReader(cards).pages)
    assert pupils[-1].nickname.split()[0] in text
    quick_pilot.press(pygame.K_ESCAPE)
    assert quick_pilot.screen_name == "teacher-classes"
    assert quick_pilot.has("class-5C")


def test_reports_certificates_and_the_class_file_are_saved_where_the_screen_says(
        quick_pilot):
    store = quick_pilot.app.services.store
    info = classes.create_class(store, "4B", track="9-11").value
    classes.add_pupil(store, info, "Sam")
    into_teacher_area(quick_pilot)
    quick_pilot.click("class-4B", scroll=True)
    quick_pilot.click("print-export", scroll=True)
    assert quick_pilot.screen_name == "teacher-exports"
    assert str(exports(quick_pilot)) in quick_pilot.text()
    for kind, name in (("report-pdf", "4B report.pdf"), ("report-html", "4B report.html"),
                       ("report-csv", "4B report.csv"), ("certificates", "4B certificates.pdf"),
                       ("class-file", "4B.sango-class.json")):
        quick_pilot.click(f"save-{kind}", scroll=True)
        assert (exports(quick_pilot) / name).is_file(), kind
        assert name in quick_pilot.text()


def test_a_full_disk_is_said_in_plain_words(quick_pilot, monkeypatch):
    from sango_game.classroom import pdf_base

    def full(pdf, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_base, "save", full)
    store = quick_pilot.app.services.store
    classes.create_class(store, "4B", track="9-11")
    into_teacher_area(quick_pilot)
    quick_pilot.click("class-4B", scroll=True)
    quick_pilot.click("print-export", scroll=True)
    quick_pilot.click("save-certificates", scroll=True)
    assert "The disk is full" in quick_pilot.text()
    assert quick_pilot.widget("message").color == "unsafe"


def test_a_folder_that_cannot_be_written_is_named(quick_pilot):
    store = quick_pilot.app.services.store
    classes.create_class(store, "4B", track="9-11")
    exports(quick_pilot).write_text("a file where the folder should be", encoding="utf-8")
    into_teacher_area(quick_pilot)
    quick_pilot.click("class-4B", scroll=True)
    quick_pilot.click("print-export", scroll=True)
    quick_pilot.click("save-report-csv", scroll=True)
    assert "Sango cannot write in the folder" in quick_pilot.text()


def test_deleting_a_class_asks_first_and_removes_every_pupils_data(quick_pilot):
    store = quick_pilot.app.services.store
    info = classes.create_class(store, "4B", track="9-11").value
    sam = classes.add_pupil(store, info, "Sam").value
    attempt = store.start_attempt(sam.id, "m-cyberbullying-group-chat", "h").value
    store.finish_attempt(attempt, "end", 2)
    kim = store.create_profile("Kim", "owl", "9-11", "en").value
    into_teacher_area(quick_pilot)
    quick_pilot.click("class-4B", scroll=True)
    quick_pilot.click("delete-class", scroll=True)
    assert quick_pilot.screen_name == "teacher-delete-class"
    assert quick_pilot.focused == "keep"
    assert "1 pupil" in quick_pilot.text() and "cannot be undone" in quick_pilot.text()
    quick_pilot.press(pygame.K_RETURN)  # the safe answer has the focus
    assert quick_pilot.screen_name == "teacher-class"
    assert classes.find_class(store, "4B") is not None
    quick_pilot.click("delete-class", scroll=True)
    quick_pilot.press(pygame.K_ESCAPE)
    assert classes.find_class(store, "4B") is not None
    quick_pilot.click("delete-class", scroll=True)
    quick_pilot.click("delete", scroll=True)
    assert quick_pilot.screen_name == "teacher-classes"
    assert classes.find_class(store, "4B") is None
    assert store.get_profile(sam.id) is None and store.attempts(sam.id) == []
    assert store.get_profile(kim.id) is not None
    assert not quick_pilot.has("class-4B")
