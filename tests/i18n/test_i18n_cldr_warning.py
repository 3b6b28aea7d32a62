"""`i18n check` warns (I18N012) when a Plural-Forms header groups numbers
differently from the installed CLDR data, names the numbers, and the game still
follows the header. Expectations come from Babel at test time, not one release."""

from __future__ import annotations

from babel.core import Locale
from i18n_po_helpers import line_of, po_text, write_po

from sango_game import i18n
from sango_game.i18n import diagnostics, ngettext
from sango_game.i18n.check import check_catalogs
from sango_game.i18n.plurals import cldr_differences, cldr_rule, parse_plural_forms

ENGLISH_STYLE = "nplurals=2; plural=(n != 1);"
BODY = 'msgid "{n} star"\nmsgid_plural "{n} stars"\nmsgstr[0] "A {n}"\nmsgstr[1] "B {n}"\n'


def _differs_from_cldr(code: str, header: str) -> list[int]:
    """The numbers up to 1000 a header puts with a form whose other numbers CLDR
    files elsewhere, computed here independently from Babel's plural_form."""
    rule, _reason = parse_plural_forms(header)
    locale = Locale.parse(code)
    numbers = range(0, 1001)
    by_form: dict[int, list[str]] = {}
    for n in numbers:
        by_form.setdefault(rule.index(n), []).append(locale.plural_form(n))
    majority = {form: max(set(cats), key=cats.count) for form, cats in by_form.items()}
    return [n for n in numbers if locale.plural_form(n) != majority[rule.index(n)]]


def test_a_header_that_disagrees_with_cldr_is_a_warning_naming_the_numbers(locale_dir):
    text = po_text("fr", BODY, plural_forms=ENGLISH_STYLE)
    write_po(locale_dir, "fr", text)
    [problem] = [p for p in check_catalogs(locale_dir) if p.code == diagnostics.PLURAL_NOT_CLDR]
    assert problem.severity == "warning"
    assert problem.line == line_of(text, '"Plural-Forms')
    differing = _differs_from_cldr("fr", ENGLISH_STYLE)
    assert differing  # French puts 0 with 1 in every CLDR release; English does not
    assert f"differently: {differing[0]}" in problem.message
    assert cldr_rule("fr").header in problem.message


def test_the_game_follows_the_header_even_when_cldr_disagrees(locale_dir):
    write_po(locale_dir, "fr", po_text("fr", BODY, plural_forms=ENGLISH_STYLE))
    i18n.setup(locale_dir)
    i18n.set_language("fr")
    assert ngettext("{n} star", "{n} stars", 1) == "A 1"
    assert ngettext("{n} star", "{n} stars", 0) == "B 0"  # the header's form, not CLDR's


def test_a_header_matching_cldr_in_another_form_order_is_not_a_warning():
    rule = cldr_rule("ar")
    reordered = list(range(rule.nplurals))[::-1]  # the same groups, numbered backwards
    expression = f"{rule.nplurals - 1} - ({rule.expression})"
    header, _reason = parse_plural_forms(f"nplurals={rule.nplurals}; plural={expression};")
    assert header is not None
    assert [header.index(n) for n in (0, 1, 2)] == [reordered[rule.index(n)] for n in (0, 1, 2)]
    assert cldr_differences(header, "ar") is None
