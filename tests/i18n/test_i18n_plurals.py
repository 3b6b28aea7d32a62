"""Plural forms as gettext picks them: by each catalog's own Plural-Forms header;
bad headers are refused (plural texts show in English), never replaced silently."""

from __future__ import annotations

import pytest
from i18n_po_helpers import po_text, write_po

from sango_game import i18n
from sango_game.i18n import diagnostics, ngettext
from sango_game.i18n.plurals import cldr_rule, examples, parse_plural_forms

# The usual gettext rule for Arabic (the one locale/ar ships, and GNU gettext's
# documentation gives): 0, 1, 2, 3-10, 11-99, and 100-102 (n % 100 in 0..2).
AR_HEADER = ("nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 "
             ": n%100>=11 ? 4 : 5);")
AR_FORMS = ["{n} نجوم (صفر)", "نجمة واحدة", "نجمتان", "{n} نجوم", "{n} نجمة", "{n} نجمة (مئة)"]
# The same six forms in another order (how older Babel releases wrote Arabic).
AR_OTHER_ORDER_HEADER = ("nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && "
                         "n%100<=10 ? 3 : n%100>=0 && n%100<=2 ? 4 : 5);")
AR_OTHER_ORDER_FORMS = [*AR_FORMS[:4], AR_FORMS[5], AR_FORMS[4]]
RU_FORMS = ["{n} звезда", "{n} звезды", "{n} звёзд"]


def _plural_entry(forms: list[str]) -> str:
    lines = ['msgid "{n} star"', 'msgid_plural "{n} stars"']
    lines += [f'msgstr[{index}] "{form}"' for index, form in enumerate(forms)]
    return "\n".join(lines) + "\n"


def _arabic_stars(numbers) -> dict[int, str]:
    # (values are bidi isolates in Arabic text; the forms are what this is about)
    return {n: ngettext("{n} star", "{n} stars", n).replace("\u2068", "").replace("\u2069", "")
            for n in numbers}


@pytest.mark.parametrize(("header", "forms"), [(AR_HEADER, AR_FORMS),
                                               (AR_OTHER_ORDER_HEADER, AR_OTHER_ORDER_FORMS)])
def test_arabic_forms_are_chosen_by_the_catalogs_own_header(locale_dir, header, forms):
    write_po(locale_dir, "ar", po_text("ar", _plural_entry(forms), plural_forms=header))
    i18n.setup(locale_dir)
    i18n.set_language("ar")
    got = _arabic_stars((0, 1, 2, 3, 10, 11, 99, 100, 102, 111))
    assert got[0] == "0 نجوم (صفر)"
    assert got[1] == "نجمة واحدة"
    assert got[2] == "نجمتان"
    assert got[3] == "3 نجوم" and got[10] == "10 نجوم"  # 3-10
    assert got[11] == "11 نجمة" and got[99] == "99 نجمة" and got[111] == "111 نجمة"  # 11-99
    assert got[100] == "100 نجمة (مئة)" and got[102] == "102 نجمة (مئة)"  # 100-102
    assert [p for p in i18n.problems() if p.is_error] == []


def test_russian_has_three_forms(locale_dir):
    rule = cldr_rule("ru")
    write_po(locale_dir, "ru", po_text("ru", _plural_entry(RU_FORMS), plural_forms=rule.header))
    i18n.setup(locale_dir)
    i18n.set_language("ru")
    got = [ngettext("{n} star", "{n} stars", n) for n in (1, 2, 5, 11, 21, 22, 25, 111)]
    assert got == ["1 звезда", "2 звезды", "5 звёзд", "11 звёзд", "21 звезда", "22 звезды",
                   "25 звёзд", "111 звёзд"]


def test_a_missing_plural_forms_header_shows_plural_texts_in_english(locale_dir):
    body = _plural_entry(RU_FORMS) + '\nmsgid "Play"\nmsgstr "Играть"\n'
    write_po(locale_dir, "ru", po_text("ru", body))
    i18n.setup(locale_dir)
    i18n.set_language("ru")
    assert ngettext("{n} star", "{n} stars", 5) == "5 stars"  # no guessing which form is which
    assert i18n._("Play") == "Играть"  # the rest of the catalog is used
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
        "nplurals=3; plural=" + "(" * 30 + "n%3" + ")" * 30 + ";",
        "nplurals=3; plural=" + " + ".join(["n%3"] * 200) + ";",
        "nplurals=2; plural=(n != 1;",
        "nplurals=2; plural=n.real;",
        "nplurals=2; plural=;",
    ],
)
def test_a_bad_plural_forms_header_is_reported_and_plural_texts_show_in_english(
    locale_dir, header
):
    body = _plural_entry(RU_FORMS) + '\nmsgid "Play"\nmsgstr "Играть"\n'
    write_po(locale_dir, "ru", po_text("ru", body, plural_forms=header))
    i18n.setup(locale_dir)
    i18n.set_language("ru")
    assert ngettext("{n} star", "{n} stars", 22) == "22 stars"
    assert ngettext("{n} star", "{n} stars", 1) == "1 star"
    assert i18n._("Play") == "Играть"
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


@pytest.mark.parametrize("code", ["ar", "ru", "fr", "es", "zh_Hans", "pt", "it"])
def test_examples_name_numbers_for_every_form_of_every_cldr_rule(code):
    # whatever the installed CLDR release gives (French has a form for 1,000,000 in
    # recent ones), the comment of a new catalog names numbers for each form
    rule = cldr_rule(code)
    forms = examples(rule)
    assert len(forms) == rule.nplurals
    assert all(forms), forms
    assert all(rule.index(n) == index for index, numbers in enumerate(forms) for n in numbers)
