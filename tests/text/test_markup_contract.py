"""The contract between the translation check and the text engine (issue 12).

Every translation `i18n check` accepts is drawn with no markup problem and no
tag shown as written: both read markup with the one tokenizer of
`sango_game.vocab.markup`. And for every CLDR locale, the UI's direction is the
text engine's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.localedata import locale_identifiers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sango_game.i18n.check import check_file
from sango_game.i18n.compiled import compile_file, entry_issues
from sango_game.i18n.languages import describe
from sango_game.i18n.plurals import parse_plural_forms
from sango_game.resources import locale_dir

# Anything a reader would take for a tag left on the screen.
LOOKS_LIKE_A_TAG = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9_-]*\s*/?\s*>")
RULE = parse_plural_forms("nplurals=2; plural=(n != 1);")[0]

SPELLINGS = ["<b>", "</b>", "<B>", "</B>", "<b >", "< b>", "</ b>", "</b >", "<em>", "</em>",
             "<EM>", "</Em>", "<name>", "</name>", "<safe>", "</safe>", "<br>", "<b/>",
             "<x>", "</x>", "<", ">", "{nickname}", "{{", "}}", "{0}", "a", " ", "é", "مرحبا"]
SOURCES = ["Tell <b>an adult</b>, {nickname}.", "<em>Stop</em> and <safe>block</safe>.",
           "Hello {nickname}!", "<name>Pip</name>: hi"]


def assert_drawn_cleanly(engine, text: str, lang: str = "fr") -> None:
    paragraph = engine.layout(text, lang, 500)
    markup_problems = [p for p in paragraph.problems if p.code.startswith("text.markup")]
    assert markup_problems == [], (text, markup_problems)
    assert not LOOKS_LIKE_A_TAG.search(paragraph.text), (text, paragraph.text)


def respelled(closing: bool, name: str):
    """`<b>` / `</b>` as a translator might type it: any case, blanks inside the brackets."""
    blank = st.sampled_from(["", "", " ", "\t"])
    case = st.sampled_from([str.lower, str.upper, str.title])
    return st.tuples(blank, blank, blank, case).map(
        lambda t: f"<{t[0]}{'/' if closing else ''}{t[1]}{t[3](name)}{t[2]}>")


@st.composite
def translations(draw, source: str) -> str:
    """The source's own tags, respelled and maybe moved, with words and noise between."""
    from sango_game.vocab.markup import tags

    own = [draw(respelled(*tag)) for tag in tags(source)]
    if draw(st.booleans()):
        own = draw(st.permutations(own))
    pieces = []
    for tag in own:
        pieces.extend(draw(st.lists(st.sampled_from(SPELLINGS), max_size=3)))
        pieces.append(tag)
    pieces.extend(draw(st.lists(st.sampled_from(SPELLINGS), max_size=3)))
    return "".join(pieces)


@settings(max_examples=400, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data(), source=st.sampled_from(SOURCES))
def test_any_translation_the_check_accepts_is_drawn_with_no_tag_shown(engine, data, source):
    translation = data.draw(translations(source))
    if entry_issues(source, translation, RULE) == []:
        assert_drawn_cleanly(engine, translation)


def test_every_accepted_translation_of_the_real_catalogs_is_drawn_cleanly(engine):
    folders = sorted(p for p in locale_dir().iterdir() if (p / "LC_MESSAGES").is_dir())
    assert folders
    drawn = 0
    for folder in folders:
        catalog = compile_file(folder / "LC_MESSAGES" / "sango.po", folder.name)
        texts = list(catalog.singular.values())
        texts += [form for forms in catalog.plural.values() for form in forms]
        for text in texts:
            assert_drawn_cleanly(engine, text, folder.name)
            drawn += 1
    assert drawn > 100


def _french(tmp_path: Path, translation: str) -> Path:
    path = tmp_path / "fr" / "LC_MESSAGES" / "sango.po"
    path.parent.mkdir(parents=True)
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        f'msgid "Tell <b>an adult</b>"\nmsgstr "{translation}"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize("spelling", ["<B>un adulte</B>", "<b >un adulte</b >",
                                      "< b>un adulte</ b>"])
def test_a_french_tag_spelled_otherwise_is_drawn_bold_never_as_text(engine, tmp_path,
                                                                   spelling):
    """Issue 12: `Dis-le à <B>un adulte</B>` passed the check and was drawn with its tags."""
    path = _french(tmp_path, f"Dis-le à {spelling}")
    assert [p for p in check_file(path, "fr") if p.is_error] == []
    shown = compile_file(path, "fr").singular[(None, "Tell <b>an adult</b>")]
    paragraph = engine.layout(shown, "fr", 600)
    assert paragraph.text == "Dis-le à un adulte"
    assert all(p.code != "text.markup-unknown-tag" for p in paragraph.problems)
    bold = "".join(run.text for line in paragraph.lines for run in line.runs if run.bold)
    assert bold.strip() == "un adulte"


def test_a_tag_the_engine_would_show_as_written_is_refused_by_the_check(tmp_path):
    path = _french(tmp_path, "Dis-le à <b/>un adulte")
    assert any(p.code == "I18N007" for p in check_file(path, "fr"))
    path = _french(tmp_path / "2", "Dis-le à <b><b>un</b> adulte</b>")
    assert any(p.code == "I18N007" for p in check_file(path, "fr"))


def test_for_every_cldr_locale_the_ui_direction_is_the_text_engines(engine):
    codes = locale_identifiers()
    assert len(codes) > 500
    differ = [code for code in codes if describe(code).direction != engine.direction(code)]
    assert differ == []
    rtl = {code for code in codes if engine.direction(code) == "rtl"}
    assert {"ar", "ary", "he", "fa", "ur", "ckb", "ps", "sd", "dv", "yi", "nqo"} <= rtl
    assert not {"en", "fr", "zh_Hans", "ru", "ks_Deva", "pa"} & rtl
