"""The running game's translations: switching, fallbacks, new languages, injection."""

from __future__ import annotations

import os

import pytest
from i18n_po_helpers import line_of, po_text, write_po

from sango_game import i18n
from sango_game.i18n import _, diagnostics, ngettext, npgettext, pgettext

FR = po_text(
    "fr",
    '''msgid "Play"
msgstr "Jouer"

msgid "Hello, {nickname}!"
msgstr "Bonjour, {nickname} !"

msgctxt "lvl/scene/hello"
msgid "Hi {nickname}!"
msgstr "Salut {nickname} !"

#, fuzzy
msgid "Settings"
msgstr "Réglages (à revoir)"
''',
    plural_forms="nplurals=2; plural=(n > 1);",
)


def test_switching_language_at_run_time_needs_no_restart(locale_dir):
    write_po(locale_dir, "fr", FR)
    i18n.setup(locale_dir)
    assert _("Play") == "Play"
    assert i18n.set_language("fr").code == "fr"
    assert _("Play") == "Jouer"
    assert _("Hello, {nickname}!", nickname="Pip") == "Bonjour, Pip !"
    assert pgettext("lvl/scene/hello", "Hi {nickname}!", nickname="Pip") == "Salut Pip !"
    assert i18n.set_language("en").code == "en"
    assert _("Play") == "Play"


def test_fuzzy_and_missing_entries_show_the_english(locale_dir):
    write_po(locale_dir, "fr", FR)
    i18n.setup(locale_dir)
    i18n.set_language("fr")
    assert _("Settings") == "Settings"
    assert _("Quit") == "Quit"
    # same English, other context: not the same message
    assert pgettext("lvl/scene/other", "Hi {nickname}!", nickname="Pip") == "Hi Pip!"


def test_fallback_chain_goes_from_region_to_language_to_english(locale_dir):
    write_po(locale_dir, "pt", po_text("pt", 'msgid "Play"\nmsgstr "Jogar"\n\n'
                                       'msgid "Quit"\nmsgstr "Sair"\n'))
    write_po(locale_dir, "pt_BR", po_text("pt_BR", 'msgid "Play"\nmsgstr "Jogar!"\n'))
    i18n.setup(locale_dir)
    assert i18n.set_language("pt-br").code == "pt_BR"
    assert (_("Play"), _("Quit"), _("Back")) == ("Jogar!", "Sair", "Back")
    assert i18n.set_language("pt_PT").code == "pt"  # no pt_PT catalog: the nearest one
    assert _("Play") == "Jogar"


def test_unknown_language_means_english(locale_dir):
    i18n.setup(locale_dir)
    assert i18n.set_language("de").code == "en"
    assert i18n.set_language("not a code").code == "en"
    assert _("Play") == "Play"


def test_dropping_in_a_po_file_adds_a_language_named_in_its_own_script(locale_dir):
    i18n.setup(locale_dir)
    assert [lang.code for lang in i18n.available_languages(include_pseudo=False)] == ["en"]
    write_po(locale_dir, "ar", po_text("ar", 'msgid "Play"\nmsgstr "العب"\n'))
    write_po(locale_dir, "zh_Hans", po_text("zh_Hans", 'msgid "Play"\nmsgstr "开始"\n'))
    write_po(locale_dir, "ru", po_text("ru", 'msgid "Play"\nmsgstr "Играть"\n'))
    languages = {lang.code: lang for lang in i18n.available_languages(include_pseudo=False)}
    assert set(languages) == {"en", "ar", "ru", "zh_Hans"}
    assert languages["ar"].native_name == "العربية" and languages["ar"].direction == "rtl"
    assert languages["ru"].native_name == "Русский" and languages["ru"].direction == "ltr"
    assert languages["zh_Hans"].native_name == "中文 (简体)"
    assert languages["zh_Hans"].english_name == "Chinese (Simplified)"
    i18n.set_language("ar")
    assert _("Play") == "العب"
    assert i18n.current_language().direction == "rtl"


def test_a_catalog_edited_on_disk_is_read_again_at_the_next_switch(locale_dir):
    path = write_po(locale_dir, "fr", FR)
    i18n.setup(locale_dir)
    i18n.set_language("fr")
    assert _("Play") == "Jouer"
    path.write_text(FR.replace('"Jouer"', '"Jouons"'), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000))
    i18n.set_language("fr")
    assert _("Play") == "Jouons"


def test_placeholder_injection_falls_back_to_the_source_and_is_reported(locale_dir):
    text = po_text(
        "fr",
        '''msgid "Hello, {nickname}!"
msgstr "Bonjour, {nickname.__class__.__init__.__globals__}!"

msgid "Score: {score}"
msgstr "Score : {score[0]} {0}"

msgid "Bye, {nickname}."
msgstr "Au revoir, {name}."

msgid "Play"
msgstr "Jouer"
''',
    )
    path = write_po(locale_dir, "fr", text)
    i18n.setup(locale_dir)
    i18n.set_language("fr")
    assert _("Hello, {nickname}!", nickname="Pip") == "Hello, Pip!"
    assert _("Score: {score}", score=3) == "Score: 3"
    assert _("Bye, {nickname}.", nickname="Pip") == "Bye, Pip."
    assert _("Play") == "Jouer"  # the rest of the catalog still works
    found = {(p.code, p.line) for p in i18n.problems()}
    assert found == {
        (diagnostics.UNSAFE_PLACEHOLDER, line_of(text, 'msgid "Hello')),
        (diagnostics.UNSAFE_PLACEHOLDER, line_of(text, 'msgid "Score')),
        (diagnostics.PLACEHOLDER_MISMATCH, line_of(text, 'msgid "Bye')),
    }
    assert all(p.path.endswith(str(path.relative_to(path.parents[3]))) for p in i18n.problems())


def test_markup_mismatch_falls_back_to_the_source(locale_dir):
    write_po(locale_dir, "fr", po_text("fr", 'msgid "A <b>bold</b> move"\n'
                                       'msgstr "Un geste <b>audacieux"\n'))
    i18n.setup(locale_dir)
    i18n.set_language("fr")
    assert _("A <b>bold</b> move") == "A <b>bold</b> move"
    assert [p.code for p in i18n.problems()] == [diagnostics.MARKUP_MISMATCH]


def test_n_is_formatted_for_the_locale(locale_dir):
    write_po(
        locale_dir,
        "fr",
        po_text(
            "fr",
            'msgid "{n} star"\nmsgid_plural "{n} stars"\n'
            'msgstr[0] "{n} étoile"\nmsgstr[1] "{n} étoiles"\n',
            plural_forms="nplurals=2; plural=(n > 1);",
        ),
    )
    i18n.setup(locale_dir)
    assert ngettext("{n} star", "{n} stars", 12345) == "12,345 stars"
    i18n.set_language("fr")
    assert ngettext("{n} star", "{n} stars", 0) == "0 étoile"
    assert ngettext("{n} star", "{n} stars", 12345) == "12\u202f345 étoiles"
    assert npgettext("ctx", "{n} star", "{n} stars", 2) == "2 stars"  # other context: English


def test_pseudo_locales_are_listed_only_when_asked(locale_dir, monkeypatch):
    i18n.setup(locale_dir)
    monkeypatch.delenv("SANGO_PSEUDO", raising=False)
    assert "qps" not in [lang.code for lang in i18n.available_languages()]
    monkeypatch.setenv("SANGO_PSEUDO", "1")
    codes = [lang.code for lang in i18n.available_languages()]
    assert codes[-2:] == ["qps", "qps-rtl"]
    assert "qps" in [lang.code for lang in i18n.available_languages(include_pseudo=True)]


def test_pseudo_locale_translates_everything_and_keeps_placeholders(locale_dir):
    i18n.setup(locale_dir)
    i18n.set_language("qps")
    text = _("Hello, {nickname}! <b>Go</b>", nickname="Pip")
    assert text.startswith("[") and text.endswith("]")
    assert "Pip" in text and "<b>" in text and "</b>" in text and "Hello" not in text
    assert ngettext("{n} star", "{n} stars", 3).startswith("[3 ")
    assert i18n.set_language("qps-rtl").direction == "rtl"
    assert _("Play").startswith("\u200f")


@pytest.mark.parametrize("code", ["fr", "ar", "qps", "qps-rtl", "en"])
def test_lookups_never_raise_for_odd_input(locale_dir, code):
    write_po(locale_dir, "fr", FR)
    i18n.setup(locale_dir)
    i18n.set_language(code)
    for text in ("", "{", "}", "{}", "{0}", "{{}}", "<b>", "{n.real}"):
        assert isinstance(_(text, n=1), str)
        assert isinstance(ngettext(text, text, 2), str)


def test_values_are_isolated_in_right_to_left_languages(locale_dir):
    write_po(locale_dir, "ar", po_text("ar", '''
msgid "Call {number} now."
msgstr "اتصل بالرقم {number} الآن."
''', plural_forms="nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
                 "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"))
    i18n.setup(locale_dir)
    i18n.set_language("ar")
    # FSI ... PDI keep "116 111" in its own order inside Arabic (not "111 116")
    assert _("Call {number} now.", number="116 111") == "اتصل بالرقم \u2068116 111\u2069 الآن."
    i18n.set_language("en")
    assert _("Call {number} now.", number="116 111") == "Call 116 111 now."
