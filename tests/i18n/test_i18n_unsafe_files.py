"""Translation files get the same care as level files: a FIFO, a device, a link
to /dev/zero, a folder or a file past the size limit is refused with a Problem
(I18N018) without blocking, and the game shows English for that language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from i18n_po_helpers import po_text, write_po

from sango_game import cli, i18n
from sango_game.i18n import _, diagnostics, po_reader
from sango_game.i18n.check import check_catalogs

FRENCH = po_text("fr", 'msgid "Play"\nmsgstr "Jouer"\n')


def _fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no FIFOs")
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("this system has no /dev/zero")
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()


def _too_big(path: Path) -> None:
    with open(path, "wb") as handle:  # sparse: costs no disk, reads as zeros
        handle.truncate(po_reader.MAX_PO_BYTES + 1)


MAKERS = {"fifo": _fifo, "dev-zero": _dev_zero, "folder": _folder, "too-big": _too_big}


@pytest.fixture(params=sorted(MAKERS))
def unsafe_catalog(request, locale_dir) -> Path:
    write_po(locale_dir, "fr", FRENCH)
    path = locale_dir / "ru" / "LC_MESSAGES" / "sango.po"
    path.parent.mkdir(parents=True)
    MAKERS[request.param](path)
    return path


def test_the_game_refuses_it_and_keeps_the_other_languages(unsafe_catalog, locale_dir):
    i18n.setup(locale_dir)
    codes = [language.code for language in i18n.available_languages(include_pseudo=False)]
    assert codes == ["en", "fr"]
    assert i18n.set_language("ru").code == "en"
    assert i18n.set_language("fr").code == "fr" and _("Play") == "Jouer"
    [problem] = [p for p in i18n.problems() if p.path.endswith("ru/LC_MESSAGES/sango.po")]
    assert (problem.code, problem.severity) == (diagnostics.UNSAFE_FILE, "error")


def test_check_reports_it_with_its_file(unsafe_catalog, locale_dir, capsys):
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), "check", "ru"]) == 1
    out = capsys.readouterr().out
    assert "ru/LC_MESSAGES/sango.po:1:1: I18N018 error:" in out


def test_the_size_limit_is_stated_in_the_message(locale_dir):
    path = write_po(locale_dir, "fr", FRENCH)
    _too_big(path)
    [problem] = check_catalogs(locale_dir)
    assert f"{po_reader.MAX_PO_BYTES:,}" in problem.message


def test_a_file_just_under_the_limit_is_read(locale_dir):
    path = write_po(locale_dir, "fr", FRENCH)
    padding = po_reader.MAX_PO_BYTES - path.stat().st_size - 100
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(("# " + "x" * 98 + "\n") * (padding // 101))
    i18n.setup(locale_dir)
    assert i18n.set_language("fr").code == "fr" and _("Play") == "Jouer"
