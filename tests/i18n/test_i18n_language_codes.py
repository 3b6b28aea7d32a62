"""Language codes as people type them: `--lang zh` is Simplified Chinese, `ar-EG`
is Arabic, `fr_CA` French; a code nobody knows is said plainly and English is used."""

from __future__ import annotations

import pytest
from i18n_po_helpers import po_text, write_po

from sango_game import i18n
from sango_game.i18n import diagnostics
from sango_game.i18n.languages import choose

SHIPPED = {"ar", "es", "fr", "ru", "zh_Hans"}


@pytest.mark.parametrize(("typed", "expected"), [
    ("zh", "zh_Hans"),  # CLDR likely subtags: zh -> zh_Hans_CN
    ("zh_CN", "zh_Hans"),
    ("zh-Hans", "zh_Hans"),
    ("ZH-hans", "zh_Hans"),
    ("zh_Hans_CN", "zh_Hans"),
    ("ar_EG", "ar"),
    ("ar-EG", "ar"),
    ("AR", "ar"),
    ("fr_CA", "fr"),
    ("fr-ch", "fr"),
    (" ru ", "ru"),
    ("en", "en"),
    ("en_GB", "en"),
    ("qps", "qps"),
    ("QPS-RTL", "qps-rtl"),
])
def test_codes_people_type_find_the_catalog(typed, expected):
    assert choose(typed, SHIPPED) == i18n.Choice(expected)


@pytest.mark.parametrize("typed", ["tlh", "../../x", "", "   ", "x" * 500, "fr\x1b[2J", None,
                                   "ar/../../etc", "zz_ZZ"])
def test_a_code_nobody_knows_is_english_with_a_plain_problem(typed):
    choice = choose(typed, SHIPPED)
    assert choice.code == "en"
    assert choice.problem is not None
    assert choice.problem.code == diagnostics.UNKNOWN_CODE
    assert "English" in choice.problem.message and "zh_Hans" in choice.problem.message
    assert "\x1b" not in choice.problem.message and len(choice.problem.message) < 300


@pytest.mark.parametrize("typed", ["zh_TW", "zh-Hant", "de", "pt_BR"])
def test_a_real_language_without_a_catalog_says_so(typed):
    choice = choose(typed, SHIPPED)
    assert choice.code == "en"
    assert choice.problem is not None and choice.problem.code == diagnostics.NO_TRANSLATION


def test_set_language_understands_the_same_codes(locale_dir):
    write_po(locale_dir, "zh_Hans", po_text("zh_Hans", 'msgid "Play"\nmsgstr "开始"\n'))
    write_po(locale_dir, "ar", po_text("ar", 'msgid "Play"\nmsgstr "العب"\n'))
    i18n.setup(locale_dir)
    assert i18n.set_language("zh").code == "zh_Hans" and i18n._("Play") == "开始"
    assert i18n.set_language("ar-EG").code == "ar" and i18n._("Play") == "العب"
    assert i18n.set_language("zh_TW").code == "en"
    assert i18n.set_language("../../x").code == "en" and i18n._("Play") == "Play"
    assert i18n.choose_language("zh") == i18n.Choice("zh_Hans")


def test_the_play_edge_prints_the_problem_and_starts_in_english(capsys):
    from sango_game.ui.launch import chosen_language

    assert chosen_language("tlh") == "en"
    err = capsys.readouterr().err
    assert "--lang" in err and "'tlh' is not a language code" in err and "English" in err
    assert chosen_language("zh") == "zh_Hans"  # the shipped catalogs
    assert chosen_language(None) is None  # no --lang: the saved setting decides
    assert capsys.readouterr().err == ""
