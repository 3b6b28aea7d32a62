"""A translation holding control characters, bidi overrides/embeddings, isolates
that do not pair up, or absurd length is reported and not used (the English
shows), like a placeholder mismatch; the game's own isolates keep working."""

from __future__ import annotations

import pytest
from i18n_po_helpers import line_of, po_text, write_po

from sango_game import i18n
from sango_game.i18n import _, diagnostics, ngettext
from sango_game.i18n.check import check_catalogs
from sango_game.i18n.text_safety import LONG_FACTOR, LONG_MINIMUM

SOURCE = "Tell a grown-up you trust."


def _po_string(text: str) -> str:
    return "".join(c if c not in '"\\' else "\\" + c for c in text).replace("\n", "\\n")


BAD = {
    "escape": "Dis-le \x1b[2J à un adulte.",
    "nul-like-control": "Dis-le\x07 à un adulte.",
    "c1-control": "Dis-le\x85 à un adulte.",
    "right-to-left-override": "Dis-le \u202eà un adulte.",
    "left-to-right-embedding": "\u202aDis-le à un adulte.\u202c",
    "isolate-left-open": "Dis-le \u2067à un adulte.",
    "isolate-closed-twice": "Dis-le \u2068à\u2069 un adulte.\u2069",
    "absurdly-long": "Dis-le à un adulte. " * 40,
}
CODES = {name: diagnostics.CONTROL_CHARACTER for name in BAD}
CODES["absurdly-long"] = diagnostics.ABSURDLY_LONG


@pytest.mark.parametrize("name", sorted(BAD))
def test_an_unsafe_translation_is_reported_and_the_english_shows(locale_dir, name):
    text = po_text("fr", f'msgid "{SOURCE}"\nmsgstr "{_po_string(BAD[name])}"\n'
                         'msgid "Play"\nmsgstr "Jouer"\n')
    write_po(locale_dir, "fr", text)
    i18n.setup(locale_dir)
    i18n.set_language("fr")
    assert _(SOURCE) == SOURCE
    assert _("Play") == "Jouer"
    found = [(p.code, p.line, p.severity) for p in i18n.problems()]
    assert found == [(CODES[name], line_of(text, f'msgid "{SOURCE}'), "error")]
    assert CODES[name] in [p.code for p in check_catalogs(locale_dir)]


def test_an_unsafe_plural_form_is_refused_too(locale_dir):
    body = ('msgid "{n} star"\nmsgid_plural "{n} stars"\n'
            'msgstr[0] "{n} étoile"\nmsgstr[1] "{n} \u202eétoiles"\n')
    write_po(locale_dir, "fr", po_text("fr", body, plural_forms="nplurals=2; plural=(n > 1);"))
    i18n.setup(locale_dir)
    i18n.set_language("fr")
    assert ngettext("{n} star", "{n} stars", 1) == "1 star"
    assert [p.code for p in i18n.problems()] == [diagnostics.CONTROL_CHARACTER]


@pytest.mark.parametrize(("source", "translation"), [
    ("{nickname}, tell a grown-up.", "\u2068{nickname}\u2069, dis-le à un adulte."),
    ("The file progress.db stays here.", "Le fichier \u2066progress.db\u2069 reste ici."),
    ("Line one\nLine two\tand a tab.", "Ligne un\nLigne deux\tet un onglet."),
    (SOURCE, "Dis-le\u200f à un adulte."),  # an RLM mark
    (SOURCE, "Dis-le\u2028à un adulte."),  # a line separator is not a line end in a .po
])
def test_ordinary_text_and_paired_isolates_are_fine(locale_dir, source, translation):
    write_po(locale_dir, "fr", po_text("fr", f'msgid "{_po_string(source)}"\nmsgstr '
                                             f'"{_po_string(translation)}"\n'))
    i18n.setup(locale_dir)
    i18n.set_language("fr")
    assert i18n.problems() == ()
    assert _(source, nickname="Pip") == translation.replace("{nickname}", "Pip")


def test_a_long_translation_of_a_long_text_is_fine(locale_dir):
    source = "word " * 100
    translation = "mot " * (LONG_FACTOR * 100)  # four times 500 characters is allowed
    assert len(translation) <= LONG_FACTOR * len(source) and len(translation) > LONG_MINIMUM
    write_po(locale_dir, "fr", po_text("fr", f'msgid "{source}"\nmsgstr "{translation}"\n'))
    i18n.setup(locale_dir)
    i18n.set_language("fr")
    assert _(source) == translation and i18n.problems() == ()


def test_the_games_own_isolates_around_values_still_appear_in_arabic(locale_dir):
    body = 'msgid "Hi {nickname}!"\nmsgstr "\u2068{nickname}\u2069 مرحبا!"\n'
    write_po(locale_dir, "ar", po_text("ar", body))
    i18n.setup(locale_dir)
    i18n.set_language("ar")
    assert _("Hi {nickname}!", nickname="Pip") == "\u2068\u2068Pip\u2069\u2069 مرحبا!"
    assert i18n.problems() == ()
