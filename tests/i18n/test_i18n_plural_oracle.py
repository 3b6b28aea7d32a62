"""Plural forms as gettext picks them: the game agrees with Python's own `gettext`
module reading the `.mo` that GNU `msgfmt` compiles from the same `.po`.

The oracle is two independent implementations of the Plural-Forms header (GNU
gettext's checker and compiler, CPython's reader); the game must choose the same
msgstr[i] for every n from 0 to 200, in every shipped catalog that has plurals.
"""

from __future__ import annotations

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest
from i18n_po_helpers import po_text, write_po

from sango_game import i18n
from sango_game.i18n.po_reader import read_po_file
from sango_game.resources import locale_dir as shipped_locale_dir

MSGFMT = shutil.which("msgfmt")
needs_msgfmt = pytest.mark.skipif(
    MSGFMT is None, reason="GNU gettext's msgfmt is not installed (CI installs it: apt gettext)"
)
NUMBERS = range(0, 201)


def _compile(po: Path, tmp_path: Path) -> gettext.GNUTranslations:
    mo = tmp_path / "sango.mo"
    result = subprocess.run([MSGFMT, "--check", "-o", str(mo), str(po)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with open(mo, "rb") as handle:
        return gettext.GNUTranslations(handle)


def _plural_entries(po: Path) -> list[tuple[str | None, str, str]]:
    catalog = read_po_file(po).catalog
    assert catalog is not None
    return [(m.context, m.id[0], m.id[1]) for m in catalog
            if isinstance(m.id, tuple) and not m.fuzzy and all(m.string)]


def _assert_game_agrees_with_gettext(locale_dir: Path, code: str, po: Path, tmp_path: Path):
    oracle = _compile(po, tmp_path)
    i18n.setup(locale_dir)
    assert i18n.set_language(code).code == code
    game = i18n.translator()
    entries = _plural_entries(po)
    assert entries, f"{po} has no translated plural entries to compare"
    for context, singular, plural in entries:
        for n in NUMBERS:
            if context is None:
                expected = oracle.ngettext(singular, plural, n)
            else:
                expected = oracle.npgettext(context, singular, plural, n)
            assert game.translate_plural(context, singular, plural, n) == expected, (
                f"{code} n={n}: {singular!r}")


@needs_msgfmt
@pytest.mark.parametrize("code", ["ar", "ru", "fr", "zh_Hans"])
def test_the_shipped_catalogs_choose_the_form_gettext_chooses(code, tmp_path):
    po = shipped_locale_dir() / code / "LC_MESSAGES" / "sango.po"
    _assert_game_agrees_with_gettext(shipped_locale_dir(), code, po, tmp_path)


# Headers msgfmt accepts that differ from any CLDR release: the game must follow
# them exactly (what the translator wrote), never swap in CLDR's forms.
UNUSUAL = {
    "ar": ("nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
           ": n%100>=0 && n%100<=2 ? 4 : 5);", 6),
    "ru": ("nplurals=3; plural=n%7 == 0 ? 0 : (n%7 < 3 ? 1 : 2);", 3),
    "fr": ("nplurals=2; plural=(n != 1);", 2),
    "zh_Hans": ("nplurals=2; plural=n > 9;", 2),
}


@needs_msgfmt
@pytest.mark.parametrize("code", sorted(UNUSUAL))
def test_an_unusual_header_is_followed_as_gettext_follows_it(code, locale_dir, tmp_path):
    header, count = UNUSUAL[code]
    body = "\n".join(
        ['msgctxt "ctx"\nmsgid "{n} star"\nmsgid_plural "{n} stars"']
        + [f'msgstr[{i}] "form {i} {{n}}"' for i in range(count)]
    ) + "\n"
    po = write_po(locale_dir, code, po_text(code, body, plural_forms=header))
    _assert_game_agrees_with_gettext(locale_dir, code, po, tmp_path)
