"""A locale folder Babel does not know never stops anything: the game, `validate`
and every `i18n` subcommand report it with its file and a stable code and go on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from i18n_po_helpers import po_text, write_po

from sango_game import cli, i18n
from sango_game.i18n import _, diagnostics
from sango_game.resources import assets_dir, levels_dir

FRENCH = po_text("fr", 'msgid "Play"\nmsgstr "Jouer"\n')
TEMPLATE = po_text("", 'msgid "Play"\nmsgstr ""\n')


def _arabic_word_folder(locale_dir: Path) -> Path:
    return write_po(locale_dir, "arabic", po_text("ar", 'msgid "Play"\nmsgstr "العب"\n'))


def _xx_folder(locale_dir: Path) -> Path:
    return write_po(locale_dir, "xx", FRENCH)


def _empty_folder(locale_dir: Path) -> Path:
    (locale_dir / "de").mkdir()
    return locale_dir / "de"


def _no_lc_messages(locale_dir: Path) -> Path:
    (locale_dir / "it" / "messages").mkdir(parents=True)
    (locale_dir / "it" / "sango.po").write_text(FRENCH, encoding="utf-8")
    return locale_dir / "it"


def _language_header_disagrees(locale_dir: Path) -> Path:
    return write_po(locale_dir, "ru", po_text("arabic", 'msgid "Play"\nmsgstr "Играть"\n'))


CASES = {
    "arabic": (_arabic_word_folder, diagnostics.UNKNOWN_LANGUAGE),
    "xx": (_xx_folder, diagnostics.UNKNOWN_LANGUAGE),
    "empty-folder": (_empty_folder, diagnostics.NO_CATALOG),
    "no-LC_MESSAGES": (_no_lc_messages, diagnostics.NO_CATALOG),
    "Language-header": (_language_header_disagrees, diagnostics.LANGUAGE_MISMATCH),
}


@pytest.fixture(params=sorted(CASES))
def odd(request, locale_dir):
    make, code = CASES[request.param]
    write_po(locale_dir, "fr", FRENCH)
    (locale_dir / "sango.pot").write_text(TEMPLATE, encoding="utf-8")
    return make(locale_dir), code


def _reported(problems, path: Path, code: str) -> bool:
    return any(p.code == code and p.path.endswith(Path(path).name) for p in problems)


def test_the_game_still_lists_and_switches_languages(odd, locale_dir):
    path, code = odd
    i18n.setup(locale_dir)
    codes = [language.code for language in i18n.available_languages(include_pseudo=False)]
    assert "fr" in codes and "arabic" not in codes and "xx" not in codes
    assert i18n.set_language("fr").code == "fr"
    assert _("Play") == "Jouer"
    assert i18n.set_language("arabic").code == "en"
    assert _reported(i18n.problems(), path, code)


def test_i18n_check_reports_it_and_goes_on(odd, locale_dir, capsys):
    path, code = odd
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), "check"]) == 0  # warnings only
    out = capsys.readouterr().out
    assert f" {code} warning:" in out and Path(path).name in out


@pytest.mark.parametrize("command", [["status"], ["status", "--json"], ["update"]])
def test_status_and_update_report_it_and_go_on(odd, locale_dir, capsys, command):
    path, code = odd
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), *command]) == 0
    captured = capsys.readouterr()
    assert "fr" in captured.out
    if code != diagnostics.LANGUAGE_MISMATCH:  # a file-level note, shown by `check`
        assert code in captured.err


def test_new_starts_a_language_beside_it(odd, locale_dir, capsys):
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), "new", "es"]) == 0
    assert (locale_dir / "es" / "LC_MESSAGES" / "sango.po").is_file()
    i18n.setup(locale_dir)
    assert i18n.set_language("es").code == "es"


def test_preview_reports_it_and_goes_on(odd, locale_dir, tmp_path, capsys):
    pytest.importorskip("pygame")
    output = tmp_path / "play.png"
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), "preview", "--lang", "fr",
                     "-o", str(output), "Play"]) == 0
    assert output.is_file()


@pytest.fixture
def resources_with_odd_locale(tmp_path, monkeypatch):
    """A resource root with the real levels and assets and a locale folder holding
    every odd case at once."""
    root = tmp_path / "resources"
    locale_dir = root / "locale"
    locale_dir.mkdir(parents=True)
    (root / "levels").symlink_to(levels_dir())
    (root / "assets").symlink_to(assets_dir())
    write_po(locale_dir, "fr", FRENCH)
    for make, _code in CASES.values():
        make(locale_dir)
    monkeypatch.setenv("SANGO_RESOURCES", str(root))
    return root


def test_validate_reports_odd_folders_and_still_checks_levels(resources_with_odd_locale, capsys):
    cli.main(["validate"])
    out = capsys.readouterr().out
    for _make, code in CASES.values():
        assert code in out
    assert "Traceback" not in out


def test_the_game_starts_in_every_language_beside_an_odd_folder(resources_with_odd_locale):
    pytest.importorskip("pygame")
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               SANGO_DATA_DIR=str(resources_with_odd_locale / "data"))
    for lang in ("fr", "en"):
        done = subprocess.run(
            [sys.executable, "-m", "sango_game", "play", "--lang", lang, "--quit-after", "0.3"],
            env=env, capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr


ESCAPE_NAME = "fr\x1b[2J\u202e"


@pytest.mark.parametrize("command", [["check"], ["check", ESCAPE_NAME], ["status"], ["update"],
                                     ["check", "--msgfmt"]])
def test_untrusted_names_are_printed_escaped(locale_dir, capsys, command):
    write_po(locale_dir, "fr", FRENCH)
    write_po(locale_dir, ESCAPE_NAME, FRENCH)
    (locale_dir / "sango.pot").write_text(TEMPLATE, encoding="utf-8")
    cli.main(["i18n", "--locale-dir", str(locale_dir), *command])
    captured = capsys.readouterr()
    for stream in (captured.out, captured.err):
        assert "\x1b" not in stream and "\u202e" not in stream
    assert "\\x1b" in captured.out + captured.err


def test_preview_prints_an_untrusted_lang_escaped(locale_dir, tmp_path, capsys):
    pytest.importorskip("pygame")
    write_po(locale_dir, "fr", FRENCH)
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), "preview", "--lang", ESCAPE_NAME,
                     "-o", str(tmp_path / "x.png"), "Play"]) == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.err + captured.out and "I18N019" not in captured.out
    assert "is not a language code" in captured.err
