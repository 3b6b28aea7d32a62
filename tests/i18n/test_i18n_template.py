"""locale/sango.pot is made reproducibly and is never stale."""

from __future__ import annotations

import pytest

from sango_game.i18n import template
from sango_game.i18n.po_reader import read_po_file

ROOT = template.source_root()
pytestmark = pytest.mark.skipif(ROOT is None, reason="needs a source checkout")


@pytest.fixture(scope="module")
def fresh() -> str:
    return template.fresh_template(ROOT)


def test_the_committed_template_is_not_stale(fresh):
    committed_path = ROOT / template.TEMPLATE
    committed = committed_path.read_text(encoding="utf-8") if committed_path.is_file() else ""
    if template.comparable(committed) != template.comparable(fresh):
        pytest.fail(
            f"{template.TEMPLATE} is out of date (a translatable text changed).\n"
            "Fix it with:  .venv/bin/sango-game i18n extract\n"
            "then commit locale/sango.pot.\n\n" + template.difference(committed, fresh)
        )


def test_only_the_creation_date_and_babel_version_are_ignored():
    lines = ['"POT-Creation-Date: 2026-01-01 00:00+0000\\n"', '"Generated-By: Babel 9\\n"',
             '"Project-Id-Version: Sango 0.1.0\\n"', 'msgid "x"']
    assert template.comparable("\n".join(lines)).splitlines() == lines[2:]


def test_extracting_twice_does_not_touch_the_file(tmp_path):
    output = tmp_path / "sango.pot"
    assert template.extract_template(ROOT, output) is True
    before = output.read_bytes()
    stamp = output.stat().st_mtime_ns
    assert template.extract_template(ROOT, output) is False
    assert output.read_bytes() == before and output.stat().st_mtime_ns == stamp


def test_template_holds_level_texts_with_context_and_comments(fresh, tmp_path):
    path = tmp_path / "sango.pot"
    path.write_text(fresh, encoding="utf-8")
    catalog = read_po_file(path).catalog
    contexts = {message.context for message in catalog if message.id}
    assert "track/under-9/name" in contexts and "topic/privacy/name" in contexts
    level_messages = [m for m in catalog if m.context and "/meta/title" in m.context]
    assert level_messages, "no level title in the template"
    assert all(m.auto_comments and m.locations[0][0].startswith("levels/")
               for m in level_messages)


def test_the_pybabel_command_names_the_mapping_file_and_keywords():
    command = template.pybabel_command()
    assert command[:2] == ["pybabel", "extract"]
    assert "--mapping-file=babel.cfg" in command
    assert "--keyword=npgettext:1c,2,3" in command and "--no-default-keywords" in command
    mapping = (ROOT / "babel.cfg").read_text(encoding="utf-8")
    assert "[sango_levels: levels/**.yaml]" in mapping
    assert "[sango_levels: assets/helplines.yaml]" in mapping


def test_pybabel_itself_reproduces_the_template(fresh, tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    pybabel = Path(sys.executable).with_name("pybabel")
    if not pybabel.exists():
        pybabel = shutil.which("pybabel")
        if pybabel is None:
            pytest.skip("pybabel is not installed")
    output = tmp_path / "by-pybabel.pot"
    command = [str(pybabel), "--quiet", *template.pybabel_command(str(output))[1:]]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    assert template.comparable(output.read_text(encoding="utf-8")) == template.comparable(fresh)


def test_every_source_text_uses_only_plain_placeholders_and_closed_tags(fresh, tmp_path):
    """A source string with {0} or {x.y} could never be translated safely."""
    from sango_game.i18n import markup, placeholders

    path = tmp_path / "sango.pot"
    path.write_text(fresh, encoding="utf-8")
    bad = []
    for message in read_po_file(path).catalog:
        for text in (message.id if isinstance(message.id, tuple) else (message.id,)):
            parsed = placeholders.parse(text)
            reason = parsed.error or ", ".join(parsed.unsafe) or markup.nesting_error(text)
            if reason:
                where = ", ".join(name for name, _line in message.locations)
                bad.append(f"{where} {message.context or ''} {text!r}: {reason}")
    assert bad == []


def test_a_complete_translation_of_the_real_template_is_clean(fresh, tmp_path):
    """Fill a new catalog with pseudo-translations: check and msgfmt must pass."""
    import shutil
    import subprocess

    from babel.messages.pofile import write_po

    from sango_game.i18n.check import check_catalogs
    from sango_game.i18n.pseudo import pseudo
    from sango_game.i18n.update import new_catalog

    pot = tmp_path / "sango.pot"
    pot.write_text(fresh, encoding="utf-8")
    path = new_catalog(tmp_path, pot, "ar")
    po = read_po_file(path, "ar")
    for message in po.catalog:
        if isinstance(message.id, tuple):
            message.string = tuple(pseudo(message.id[1]) for _ in range(po.rule.nplurals))
        elif message.id:
            message.string = pseudo(message.id)
    with open(path, "wb") as handle:
        write_po(handle, po.catalog, width=76)
    errors = [p.format() for p in check_catalogs(tmp_path) if p.is_error]
    assert errors == []
    msgfmt = shutil.which("msgfmt")
    if msgfmt:
        result = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert "warning" not in result.stderr, result.stderr


def test_help_lines_are_in_the_template_under_the_ui_context():
    pot = (ROOT / "locale" / "sango.pot").read_text(encoding="utf-8")
    assert 'msgctxt "helpline/DEFAULT/0"' in pot
    assert 'msgctxt "helpline/GB/0"' in pot
