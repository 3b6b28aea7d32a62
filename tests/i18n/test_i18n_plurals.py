"""CLDR plural rules: Arabic has six forms, Russian three; bad rules are refused."""

from __future__ import annotations

import pytest
from i18n_po_helpers import po_text, write_po

from sango_game import i18n
from sango_game.i18n import diagnostics, ngettext
from sango_game.i18n.plurals import cldr_rule, examples, parse_plural_forms

AR_FORMS = ["{n} نجوم (صفر)", "نجمة واحدة", "نجمتان", "{n} نجوم", "{n} نجمة (مئة)", "{n} نجمة"]
RU_FORMS = ["{n} звезда", "{n} звезды", "{n} звёзд"]


def _plural_entry(forms: list[str]) -> str:
    lines = ['msgid "{n} star"', 'msgid_plural "{n} stars"']
    lines += [f'msgstr[{index}] "{form}"' for index, form in enumerate(forms)]
    return "\n".join(lines) + "\n"


def test_arabic_has_six_forms_chosen_by_cldr_rules(locale_dir):
    rule = cldr_rule("ar")
    write_po(locale_dir, "ar", po_text("ar", _plural_entry(AR_FORMS), plural_forms=rule.header))
    i18n.setup(locale_dir)
    i18n.set_language("ar")
    assert rule.nplurals == 6
    # (values are bidi isolates in Arabic text; the forms are what this test is about)
    got = {n: ngettext("{n} star", "{n} stars", n).replace("\u2068", "").replace("\u2069", "")
           for n in (0, 1, 2, 3, 10, 11, 99, 100, 102)}
    assert got[0] == "0 نجوم (صفر)"
    assert got[1] == "نجمة واحدة"
    assert got[2] == "نجمتان"
    assert got[3] == "3 نجوم" and got[10] == "10 نجوم"  # few: 3-10
    assert got[11] == "11 نجمة" and got[99] == "99 نجمة"  # many: 11-99
    assert got[100] == "100 نجمة (مئة)" and got[102] == "102 نجمة (مئة)"  # other
    assert i18n.problems() == ()


def test_russian_has_three_forms(locale_dir):
    rule = cldr_rule("ru")
    write_po(locale_dir, "ru", po_text("ru", _plural_entry(RU_FORMS), plural_forms=rule.header))
    i18n.setup(locale_dir)
    i18n.set_language("ru")
    got = [ngettext("{n} star", "{n} stars", n) for n in (1, 2, 5, 11, 21, 22, 25, 111)]
    assert got == ["1 звезда", "2 звезды", "5 звёзд", "11 звёзд", "21 звезда", "22 звезды",
                   "25 звёзд", "111 звёзд"]


def test_a_missing_plural_forms_header_uses_babels_rule_and_is_reported(locale_dir):
    write_po(locale_dir, "ru", po_text("ru", _plural_entry(RU_FORMS)))
    i18n.setup(locale_dir)
    i18n.set_language("ru")
    assert ngettext("{n} star", "{n} stars", 5) == "5 звёзд"
    assert [p.code for p in i18n.problems()] == [diagnostics.PLURAL_FORMS]


@pytest.mark.parametrize(
    "header",
    [
        "nplurals=x; plural=n;",
        "nplurals=3; plural=n>>>>;",
        "nplurals=2; plural=(n+7);",
        "nplurals=2; plural=__import__('os').system('true');",
        "nplurals=2; plural=n%0;",
        "nplurals=99; plural=n;",
        "plural=n;",
    ],
)
def test_a_bad_plural_forms_header_falls_back_to_cldr(locale_dir, header):
    write_po(locale_dir, "ru", po_text("ru", _plural_entry(RU_FORMS), plural_forms=header))
    i18n.setup(locale_dir)
    i18n.set_language("ru")
    assert ngettext("{n} star", "{n} stars", 22) == "22 звезды"
    codes = [p.code for p in i18n.problems()]
    assert diagnostics.PLURAL_FORMS in codes
    problem = next(p for p in i18n.problems() if p.code == diagnostics.PLURAL_FORMS)
    assert problem.line == 8  # the Plural-Forms line of the header


def test_wrong_number_of_forms_falls_back_to_english(locale_dir):
    write_po(locale_dir, "ru", po_text("ru", _plural_entry(RU_FORMS[:2]),
                                       plural_forms=cldr_rule("ru").header))
    i18n.setup(locale_dir)
    i18n.set_language("ru")
    assert ngettext("{n} star", "{n} stars", 5) == "5 stars"
    assert diagnostics.PLURAL_COUNT in [p.code for p in i18n.problems()]


def test_parse_plural_forms_accepts_the_gnu_examples():
    rule, reason = parse_plural_forms("nplurals=1; plural=0;")
    assert reason is None and rule.index(5) == 0
    rule, reason = parse_plural_forms("nplurals=2; plural=n != 1")
    assert reason is None and [rule.index(n) for n in (0, 1, 2)] == [1, 0, 1]


def test_examples_say_which_numbers_each_form_is_for():
    forms = examples(cldr_rule("ru"), per_form=3)
    assert forms == [[1, 21, 31], [2, 3, 4], [0, 5, 6]]
