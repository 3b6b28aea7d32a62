"""A broken .po file never stops the game: English where it must, and a report."""

from __future__ import annotations

import struct

import pytest
from i18n_po_helpers import line_of, po_text, write_po

from sango_game import i18n
from sango_game.i18n import _, diagnostics

GOOD_BODY = 'msgid "Play"\nmsgstr "Jouer"\n\nmsgid "Quit"\nmsgstr "Quitter"\n'


def _load(locale_dir, content):
    path = write_po(locale_dir, "fr", content)
    i18n.setup(locale_dir)
    language = i18n.set_language("fr")
    return path, language, i18n.problems()


def test_a_syntax_error_keeps_the_readable_entries(locale_dir):
    text = po_text("fr", 'msgid "Play"\nmsgstr "Jouer\n\nmsgid "Quit"\nmsgstr "Quitter"\n'
                   'this is not po\n\nmsgid "Back"\nmsgstr "Retour"\n')
    path, _language, found = _load(locale_dir, text)
    assert _("Play") == "Play"  # its string is cut: not trusted
    assert _("Back") == "Retour"
    assert {p.code for p in found} == {diagnostics.READ_ERROR}
    assert line_of(text, 'msgstr "Jouer') in [p.line for p in found]
    assert line_of(text, "this is not po") in [p.line for p in found]
    assert all(p.format().startswith(f"{p.path}:{p.line}:1: I18N001 error:") for p in found)


def test_utf8_file_declaring_another_charset_is_reported_and_read_as_utf8(locale_dir):
    text = po_text("fr", 'msgid "Play"\nmsgstr "Jouer à Sango"\n', charset="ISO-8859-1")
    _path, _language, found = _load(locale_dir, text)
    assert _("Play") == "Jouer à Sango"
    assert [(p.code, p.line) for p in found] == [(diagnostics.CHARSET, line_of(text, '"Content'))]


def test_latin1_bytes_in_a_utf8_file_stay_english_for_that_text(locale_dir):
    text = po_text("fr", 'msgid "Play"\nmsgstr "Jouer à Sango"\n\nmsgid "Quit"\nmsgstr "Quitter"\n')
    _path, _language, found = _load(locale_dir, text.encode("latin-1"))
    assert _("Play") == "Play"
    assert _("Quit") == "Quitter"
    # the bad byte's line, and the entry that holds it
    assert [(p.code, p.line) for p in found] == [
        (diagnostics.CHARSET, line_of(text, 'msgid "Play')),
        (diagnostics.CHARSET, line_of(text, 'msgstr "Jouer')),
    ]


def test_a_latin1_file_that_says_so_is_read_with_a_warning(locale_dir):
    text = po_text("fr", 'msgid "Play"\nmsgstr "Jouer à Sango"\n', charset="ISO-8859-1")
    _path, _language, found = _load(locale_dir, text.encode("latin-1"))
    assert _("Play") == "Jouer à Sango"
    assert [(p.code, p.severity) for p in found] == [(diagnostics.CHARSET, "warning")]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"   \n\n",
        b"\x00\x01\x02binary junk\xff\xfe" * 50,
        struct.pack("<I", 0x950412DE) + b"\x00" * 40,  # a compiled .mo file
    ],
    ids=["empty", "blank", "binary", "mo-file"],
)
def test_empty_or_binary_files_mean_english_and_are_not_listed(locale_dir, content):
    _path, language, found = _load(locale_dir, content)
    assert language.code == "en"
    assert _("Play") == "Play"
    assert [p.code for p in found] == [diagnostics.EMPTY_OR_BINARY]
    assert [lang.code for lang in i18n.available_languages(include_pseudo=False)] == ["en"]


def test_unreadable_header_fields_are_warnings_not_failures(locale_dir):
    text = po_text("fr", GOOD_BODY).replace(
        '"MIME-Version', '"PO-Revision-Date: sometime\\n"\n"Language: xx-klingon\\n"\n"MIME-Version'
    )
    _path, _language, found = _load(locale_dir, text)
    assert _("Quit") == "Quitter"
    assert {p.code for p in found} == {diagnostics.BAD_HEADER}
    assert {p.severity for p in found} == {"warning"}


def test_a_folder_that_is_not_a_language_is_reported(locale_dir):
    write_po(locale_dir, "klingon-ish", po_text("xx", GOOD_BODY))
    i18n.setup(locale_dir)
    assert [p.code for p in i18n.problems()] == [diagnostics.UNKNOWN_LANGUAGE]
    assert [lang.code for lang in i18n.available_languages(include_pseudo=False)] == ["en"]


def test_random_bytes_never_raise(locale_dir):
    import random

    generator = random.Random(7)
    pieces = [b'msgid "', b'msgstr "', b'"\n', b"\n", b"#~ ", b"msgctxt ", b"msgstr[1] ",
              b"\\", b"{", b"}", b"\xc3", b"\xa9", b"Plural-Forms: nplurals=", b"#, fuzzy\n"]
    for _round in range(60):
        content = b"".join(generator.choice(pieces) for _ in range(generator.randint(1, 60)))
        write_po(locale_dir, "fr", content)
        i18n.setup(locale_dir)
        i18n.set_language("fr")
        assert isinstance(_("Play"), str)
        assert isinstance(i18n.problems(), tuple)


def test_a_windows_notepad_file_with_bom_and_crlf_reads_cleanly(locale_dir):
    text = po_text("fr", GOOD_BODY).replace("\n", "\r\n")
    _path, language, found = _load(locale_dir, b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert language.code == "fr" and found == ()
    assert (_("Play"), _("Quit")) == ("Jouer", "Quitter")
