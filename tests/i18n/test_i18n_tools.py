"""The translators' tools: status, check, update, new, and msgfmt on every catalog."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from i18n_po_helpers import line_of, po_text, write_po

from sango_game import cli
from sango_game.i18n import diagnostics
from sango_game.i18n.check import check_catalogs
from sango_game.i18n.plurals import cldr_rule
from sango_game.i18n.po_reader import read_po_file
from sango_game.i18n.status import all_status
from sango_game.i18n.update import new_catalog, update_catalogs
from sango_game.resources import locale_dir as resources_locale_dir

MSGFMT = shutil.which("msgfmt")
HELLO_EMPTY = 'msgid "Hi {nickname}!"\nmsgstr ""'
HELLO_DONE = 'msgid "Hi {nickname}!"\nmsgstr "Salut {nickname} !"'

TEMPLATE = po_text(
    "",
    '''#. Level 'lvl', track under-9, topic privacy. Scene 's'. Said by Amara.
#. Keep under 20 characters.
#: levels/under-9/lvl.yaml
msgctxt "lvl/s/hello"
msgid "Hi {nickname}!"
msgstr ""

#: levels/under-9/lvl.yaml
msgctxt "lvl/s/pick"
msgid "Tell a <b>grown-up</b>"
msgstr ""

#: sango_game/ui/menu.py
msgid "Play"
msgstr ""

#: sango_game/ui/menu.py
msgid "{n} star"
msgid_plural "{n} stars"
msgstr[0] ""
msgstr[1] ""
''',
)


@pytest.fixture
def template(locale_dir) -> Path:
    path = locale_dir / "sango.pot"
    path.write_text(TEMPLATE, encoding="utf-8")
    return path


def _msgfmt_check(path: Path) -> None:
    if MSGFMT is None:
        return
    result = subprocess.run([MSGFMT, "--check", "-o", "/dev/null", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_new_catalog_has_the_review_note_plural_forms_and_passes_msgfmt(locale_dir, template):
    path = new_catalog(locale_dir, template, "ar")
    text = path.read_text(encoding="utf-8")
    assert "awaits review by a native speaker" in text
    # whichever order the installed CLDR release gives, the comment says where 11 goes
    assert f"msgstr[{cldr_rule('ar').index(11)}] is used for 11, 12" in text
    assert cldr_rule("ar").header.split(";")[0] in text
    assert text.count('msgctxt "lvl/s/hello"') == 1
    _msgfmt_check(path)
    with pytest.raises(FileExistsError):
        new_catalog(locale_dir, template, "ar")
    with pytest.raises(ValueError):
        new_catalog(locale_dir, template, "not-a-language")


def test_status_counts_translated_fuzzy_and_missing_per_group(locale_dir, template):
    path = new_catalog(locale_dir, template, "fr")
    text = path.read_text(encoding="utf-8")
    text = text.replace(HELLO_EMPTY, HELLO_DONE)
    text = text.replace('msgid "Play"\nmsgstr ""', '#, fuzzy\nmsgid "Play"\nmsgstr "Jouer"')
    path.write_text(text, encoding="utf-8")
    status = all_status(locale_dir, template)["fr"]
    assert (status.counts.translated, status.counts.fuzzy, status.counts.missing) == (1, 1, 2)
    assert status.counts.percent == 25.0
    assert status.awaiting_review
    assert status.groups["lvl"].translated == 1 and status.groups["lvl"].total == 2
    assert status.groups["ui"].fuzzy == 1 and status.groups["ui"].total == 2


def test_status_json_is_keyed_by_language_with_percent(locale_dir, template, capsys):
    new_catalog(locale_dir, template, "ru")
    code = cli.main(["i18n", "--locale-dir", str(locale_dir), "status", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["ru"]["percent"] == 0.0 and data["ru"]["missing"] == 4
    assert set(data["ru"]) >= {"translated", "fuzzy", "missing", "obsolete", "groups"}


def test_check_reports_each_problem_with_its_line_and_exits_1(locale_dir, capsys):
    text = po_text(
        "fr",
        '''#. Keep under 20 characters.
msgctxt "lvl/s/hello"
msgid "Hi {nickname}!"
msgstr "Salut {nickname}, c'est vraiment super de te voir ici !"

msgctxt "lvl/s/pick"
msgid "Tell a <b>grown-up</b>"
msgstr "Dis-le à un <b>adulte"

msgid "Score {score}"
msgstr "Score {points}"

msgid "{n} star"
msgid_plural "{n} stars"
msgstr[0] "{n} étoile"
msgstr[1] "{n} étoiles"
msgstr[2] "{n} étoiles !"
''',
        plural_forms="nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);",
    )
    write_po(locale_dir, "fr", text)
    found = {(p.code, p.line, p.severity) for p in check_catalogs(locale_dir)}
    assert found == {
        (diagnostics.TOO_LONG, line_of(text, 'msgid "Hi'), "error"),
        (diagnostics.MARKUP_MISMATCH, line_of(text, 'msgid "Tell'), "error"),
        (diagnostics.PLACEHOLDER_MISMATCH, line_of(text, 'msgid "Score'), "error"),
        (diagnostics.PLURAL_NOT_CLDR, line_of(text, '"Plural-Forms'), "warning"),
    }
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), "check", "fr"]) == 1
    out = capsys.readouterr().out
    score_line = line_of(text, 'msgid "Score')
    assert f"fr/LC_MESSAGES/sango.po:{score_line}:1: I18N005 error:" in out


def test_check_of_a_clean_catalog_exits_0_and_unknown_languages_are_errors(locale_dir):
    write_po(locale_dir, "fr", po_text("fr", 'msgid "Play"\nmsgstr "Jouer"\n'))
    assert check_catalogs(locale_dir) == []
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), "check"]) == 0
    [problem] = check_catalogs(locale_dir, ["de"])
    assert problem.code == diagnostics.UNKNOWN_LANGUAGE and problem.is_error


def test_update_keeps_translations_marks_changed_english_fuzzy_and_keeps_obsolete(
    locale_dir, template
):
    path = new_catalog(locale_dir, template, "fr")
    text = path.read_text(encoding="utf-8")
    text = text.replace(HELLO_EMPTY, HELLO_DONE)
    text = text.replace('msgid "Play"\nmsgstr ""', 'msgid "Play"\nmsgstr "Jouer"')
    path.write_text(text, encoding="utf-8")
    # The English changes: the line is reworded (same ID), "Play" is removed.
    changed = TEMPLATE.replace('msgid "Hi {nickname}!"', 'msgid "Hello there, {nickname}!"')
    changed = changed.replace('#: sango_game/ui/menu.py\nmsgid "Play"\nmsgstr ""\n\n', "")
    template.write_text(changed, encoding="utf-8")
    [result] = update_catalogs(locale_dir, template)
    assert result.problem is None
    catalog = read_po_file(path, "fr").catalog
    hello = catalog.get("Hello there, {nickname}!", "lvl/s/hello")
    assert hello.fuzzy and hello.string == "Salut {nickname} !"
    assert "Play" in [key if isinstance(key, str) else key[0] for key in catalog.obsolete]
    updated = path.read_text(encoding="utf-8")
    assert '#| msgid "Hi {nickname}!"' in updated and '#~ msgid "Play"' in updated
    assert "awaits review by a native speaker" in updated
    _msgfmt_check(path)


def test_update_leaves_a_broken_file_alone(locale_dir, template):
    path = write_po(locale_dir, "fr", b'msgid "Play"\nmsgstr "Jouer\n')
    before = path.read_bytes()
    [result] = update_catalogs(locale_dir, template)
    assert result.problem is not None and path.read_bytes() == before


SHIPPED = sorted(resources_locale_dir().glob("*/LC_MESSAGES/sango.po"))


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext msgfmt is not installed")
@pytest.mark.parametrize("path", SHIPPED, ids=[p.parts[-3] for p in SHIPPED])
def test_msgfmt_check_passes_on_every_shipped_catalog(path):
    _msgfmt_check(path)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.parts[-3] for p in SHIPPED])
def test_every_shipped_catalog_is_clean_and_awaits_review(path):
    problems = [p for p in check_catalogs(path.parents[2], [path.parts[-3]]) if p.is_error]
    assert problems == [], "\n".join(p.format() for p in problems)
    assert "awaits review by a native speaker" in path.read_text(encoding="utf-8")


def test_preview_draws_a_translation_by_its_id(locale_dir, template, tmp_path, capsys):
    pytest.importorskip("pygame")
    path = new_catalog(locale_dir, template, "ar")
    path.write_text(path.read_text(encoding="utf-8").replace(
        HELLO_EMPTY, 'msgid "Hi {nickname}!"\nmsgstr "مرحبا {nickname}!"'), encoding="utf-8")
    output = tmp_path / "hello.png"
    code = cli.main(["i18n", "--locale-dir", str(locale_dir), "preview", "--lang", "ar",
                     "--id", "lvl/s/hello", "--width", "300", "-o", str(output)])
    assert code == 0
    assert output.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "(rtl)" in capsys.readouterr().out


def test_template_default_header_values_are_warnings(locale_dir):
    text = po_text("fr", 'msgid "Play"\nmsgstr "Jouer"\n').replace(
        '"MIME-Version', '"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"\n"MIME-Version')
    write_po(locale_dir, "fr", text)
    [problem] = check_catalogs(locale_dir)
    assert (problem.code, problem.severity) == (diagnostics.BAD_HEADER, "warning")
    assert problem.line == line_of(text, '"Last-Translator')


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext msgfmt is not installed")
def test_check_can_run_msgfmt_too(locale_dir, capsys):
    write_po(locale_dir, "fr", po_text("fr", 'msgid "Play"\nmsgstr "Jouer"\n'))
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), "check", "--msgfmt"]) == 0
    write_po(locale_dir, "fr", po_text("fr", 'msgid "Play"\nmsgstr "Jouer"\n'
                                       'msgid "Play"\nmsgstr "Encore"\n'))
    assert cli.main(["i18n", "--locale-dir", str(locale_dir), "check", "--msgfmt"]) == 1
    captured = capsys.readouterr()
    assert "FAILED" in captured.err and "I18N013 error" in captured.out


def test_update_never_writes_cldrs_header_over_a_broken_one(locale_dir, template):
    text = po_text("ru", '''msgid "{n} star"
msgid_plural "{n} stars"
msgstr[0] "a {n}"
msgstr[1] "b {n}"
msgstr[2] "c {n}"
''', plural_forms="nplurals=3; plural=n.real;")
    path = write_po(locale_dir, "ru", text)
    [result] = update_catalogs(locale_dir, template)
    assert result.problem is not None and result.problem.code == diagnostics.PLURAL_FORMS
    assert path.read_text(encoding="utf-8") == text


def test_update_keeps_a_valid_header_that_differs_from_cldr(locale_dir, template):
    header = "nplurals=2; plural=n%7 > 3;"
    path = write_po(locale_dir, "fr", po_text("fr", HELLO_DONE + "\n", plural_forms=header))
    [result] = update_catalogs(locale_dir, template)
    assert result.problem is None
    assert f'"Plural-Forms: {header}\\n"' in path.read_text(encoding="utf-8")
