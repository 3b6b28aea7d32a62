"""Saving printouts from the game: named files in the exports folder, and plain
words when the disk is full or the folder cannot be written."""

from __future__ import annotations

import csv
import errno
import json

import pytest
from pypdf import PdfReader

from sango_game.classroom import saving


def test_every_kind_is_saved_in_the_exports_folder_under_the_class_name(
        store, library, seeded, tmp_path):
    info, _pupils = seeded
    folder = saving.exports_folder(tmp_path / "data")
    assert folder == tmp_path / "data" / "exports"
    saved = {kind: saving.save(kind, folder, store, info, library.levels, library.topics)
             for kind in saving.KINDS}
    assert all(result.ok for result in saved.values()), saved
    assert saved["report-pdf"].path == folder / "4B report.pdf"
    assert saved["class-file"].path == folder / "4B.sango-class.json"
    rows = list(csv.reader(saved["report-csv"].path.read_text(encoding="utf-8-sig")
                           .splitlines()))
    assert any("سارة" in row for row in rows)
    assert "Happy Fox" in saved["report-html"].path.read_text(encoding="utf-8")
    certificates = PdfReader(saved["certificates"].path)
    assert len(certificates.pages) == 3
    cards_text = " ".join(page.extract_text() for page in PdfReader(saved["cards"].path).pages)
    assert "Brave Owl" in cards_text
    data = json.loads(saved["class-file"].path.read_text(encoding="utf-8"))
    assert data["class"]["name"] == "4B" and len(data["pupils"]) == 3
    assert not list(folder.glob("*.part"))


@pytest.mark.parametrize("name, expected", [
    ("4B", "4B report.pdf"), ("a/b:c", "a_b_c report.pdf"), ("..", "class report.pdf"),
    ("سنة ٤", "سنة ٤ report.pdf"),
])
def test_file_names_are_safe_on_every_file_system(name, expected):
    assert saving.file_name(name, "report-pdf") == expected


def test_a_folder_that_cannot_be_made_is_named_in_plain_words(store, library, seeded, tmp_path):
    info, _pupils = seeded
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = saving.save("report-csv", blocker / "exports", store, info, library.levels)
    assert not result.ok
    assert result.problem.code == "folder-not-writable"
    assert result.problem.params["folder"] == str(blocker / "exports")


def test_a_full_disk_says_so_and_leaves_no_half_file(store, library, seeded, tmp_path,
                                                      monkeypatch):
    info, _pupils = seeded
    from sango_game.classroom import pdf_base

    def full(pdf, path):
        (tmp_path / "out" / "4B report.pdf.part").write_bytes(b"%PDF-half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_base, "save", full)
    (tmp_path / "out").mkdir()
    result = saving.save("report-pdf", tmp_path / "out", store, info, library.levels)
    assert result.problem.code == "disk-full"
    assert "The disk is full" in result.problem.message
    assert not list((tmp_path / "out").iterdir())


def test_a_read_only_folder_is_refused_in_plain_words():
    problem = saving.problem_for(PermissionError(errno.EACCES, "denied"),
                                 saving.exports_folder("/srv/sango") / "4B report.pdf")
    assert problem.code == "folder-not-writable"
    assert problem.params == {"folder": "/srv/sango/exports"}
    other = saving.problem_for(OSError(errno.EIO, "io"), saving.exports_folder("/x") / "f")
    assert other.code == "not-saved"
