"""Safe formatting: only plain {name} placeholders are ever filled."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sango_game.i18n import diagnostics, placeholders


def test_plain_names_are_filled_and_braces_unescaped():
    assert placeholders.fill("Hi {nickname}! {{not}}", {"nickname": "Pip"}) == "Hi Pip! {not}"


def test_numbers_use_the_given_formatter_but_booleans_do_not():
    text = placeholders.fill("{a} {b}", {"a": 1234, "b": True}, number=lambda v: f"<{v}>")
    assert text == "<1234> True"


def test_attribute_index_positional_and_spec_fields_are_never_evaluated():
    class Secret:
        def __str__(self):
            return "visible"

        def __format__(self, spec):
            raise AssertionError("format spec reached the object")

        def __getattr__(self, name):
            raise AssertionError(f"attribute {name} reached")

    values = {"nickname": Secret()}
    for field in ("{nickname.__class__}", "{nickname[0]}", "{0}", "{}", "{nickname!r}",
                  "{nickname:>40}", "{nickname.__init__.__globals__}"):
        assert placeholders.fill(f"a {field} b", values) == f"a {field} b"


def test_missing_values_stay_visible():
    assert placeholders.fill("Hi {nickname}", {}) == "Hi {nickname}"


def test_unbalanced_braces_leave_the_text_alone():
    assert placeholders.fill("Hi {nickname", {"nickname": "Pip"}) == "Hi {nickname"


def test_compare_reports_mismatches_with_their_codes():
    assert placeholders.compare("Hi {nickname}", "Salut {nickname}") is None
    assert placeholders.compare("Hi {nickname}", "Salut {name}")[0] == (
        diagnostics.PLACEHOLDER_MISMATCH
    )
    assert placeholders.compare("Hi {nickname}", "Salut")[0] == diagnostics.PLACEHOLDER_MISMATCH
    assert placeholders.compare("Hi {nickname}", "Salut {nickname.__class__}")[0] == (
        diagnostics.UNSAFE_PLACEHOLDER
    )
    assert placeholders.compare("Hi", "Salut {")[0] == diagnostics.UNSAFE_PLACEHOLDER


def test_a_plural_form_may_drop_n_but_nothing_else():
    source = "{n} star for {nickname} {n} stars for {nickname}"
    assert placeholders.compare(source, "one star for {nickname}", plural_form=True) is None
    assert placeholders.compare(source, "{n} stars", plural_form=True) is not None


@given(st.text(max_size=60), st.dictionaries(st.sampled_from(["a", "n", "nickname"]),
                                             st.one_of(st.text(max_size=5), st.integers())))
def test_fill_never_raises(text, values):
    assert isinstance(placeholders.fill(text, values), str)
