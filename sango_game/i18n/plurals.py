"""Plural rules as gettext does them: each catalog's own `Plural-Forms` header.

The header is what the translator wrote and what `msgfmt` checks, so the game
picks msgstr[i] by evaluating it, exactly as GNU gettext and Python's `gettext`
module do. The text is checked before anything is compiled: at most
`MAX_EXPRESSION` characters, only `n`, whole numbers, C operators and
parentheses (`_ALLOWED`), parentheses nested at most `MAX_NESTING` deep. Only
then is it compiled with the standard library's `gettext.c2py` (which tokenises
it again and accepts only C arithmetic on `n`), and tried on many numbers: a
rule that fails or points past the last form is refused. A refused or missing
header is a Problem, and that catalog's plural texts show in English; the CLDR
rule (`cldr_rule`, from Babel) is never swapped in silently. It is used to start
new catalogs and, in `cldr_differences`, to warn when a header disagrees with it.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sango_game.i18n.locale_code import babel_locale

MAX_FORMS = 6
MAX_EXPRESSION = 400  # characters; the longest real rule (Arabic) has about 130
MAX_NESTING = 10  # parentheses inside parentheses; real rules use 2
_ALLOWED = re.compile(r"[n0-9\s()?:!=<>&|%+*/-]*")
# Numbers CLDR rules are compared on (1,000,000 is where French, Spanish,
# Italian and Portuguese have a form of their own in recent CLDR).
_COMPARE = (*range(0, 1001), 10_000, 100_000, 1_000_000, 1_000_001, 2_000_000, 10_000_000)
_SAMPLES = (*range(0, 1001), 1011, 1021, 10_000, 100_001, 1_000_000, 2_000_000_001)
_HEADER = re.compile(r"^\s*nplurals\s*=\s*([^;\s]*)\s*;\s*plural\s*=\s*(.*?)\s*;?\s*$", re.S)


@dataclass(frozen=True)
class PluralRule:
    """How many forms a language has and which one a number takes."""

    nplurals: int
    expression: str
    select: Callable[[int], int]

    @property
    def header(self) -> str:
        return f"nplurals={self.nplurals}; plural={self.expression};"

    def index(self, n: object) -> int:
        """The form for `n` (non-integers use their whole part)."""
        try:
            value = abs(int(n))  # type: ignore[call-overload]
        except (TypeError, ValueError, OverflowError):
            value = 0
        try:
            found = int(self.select(value))
        except Exception:
            return self.nplurals - 1
        return found if 0 <= found < self.nplurals else self.nplurals - 1


def parse_plural_forms(value: str) -> tuple[PluralRule | None, str | None]:
    """(rule, None) for a valid header value, else (None, reason in plain words)."""
    match = _HEADER.match(value or "")
    if not match:
        return None, "Plural-Forms must read like 'nplurals=2; plural=(n != 1);'"
    count_text, expression = match.groups()
    if not count_text.isdigit() or not 1 <= int(count_text) <= MAX_FORMS:
        return None, f"nplurals must be a whole number from 1 to {MAX_FORMS}, not {count_text!r}"
    nplurals = int(count_text)
    shape = _shape_problem(expression)
    if shape:
        return None, shape
    try:
        select = gettext.c2py(expression)
    except (ValueError, SyntaxError, RecursionError) as error:
        return None, f"the plural expression {expression!r} cannot be read ({error})"
    for n in _SAMPLES:
        try:
            found = select(n)
        except Exception as error:
            return None, f"the plural expression fails for n={n} ({error})"
        if not isinstance(found, int) or not 0 <= found < nplurals:
            return None, f"the plural expression gives form {found} for n={n}, past nplurals"
    return PluralRule(nplurals, expression, select), None


def _shape_problem(expression: str) -> str | None:
    """Why `expression` is refused before it is compiled, or None."""
    if len(expression) > MAX_EXPRESSION:
        return f"the plural expression is longer than {MAX_EXPRESSION} characters"
    if not expression.strip():
        return "the plural expression is empty"
    if not _ALLOWED.fullmatch(expression):
        bad = sorted({c for c in expression if not _ALLOWED.fullmatch(c)})
        return (
            "the plural expression may hold only n, whole numbers, C operators and "
            f"parentheses, not {' '.join(repr(c) for c in bad[:5])}"
        )
    depth = deepest = 0
    for char in expression:
        depth += (char == "(") - (char == ")")
        deepest = max(deepest, depth)
        if depth < 0:
            return "the plural expression closes a parenthesis it never opened"
    if depth:
        return "the plural expression leaves a parenthesis open"
    if deepest > MAX_NESTING:
        return f"the plural expression nests parentheses more than {MAX_NESTING} deep"
    return None


@lru_cache(maxsize=64)
def cldr_rule(locale_code: str | None) -> PluralRule:
    """Babel's rule for a language (English's when Babel does not know it)."""
    from babel.messages.plurals import get_plural  # loaded on first use: a quicker start

    try:
        nplurals, expression = get_plural(locale_code or "en")
    except Exception:
        nplurals, expression = get_plural("en")
    rule, _reason = parse_plural_forms(f"nplurals={nplurals}; plural={expression};")
    if rule is None:  # Babel's own table is valid; this guards a broken install
        return PluralRule(2, "(n != 1)", lambda n: int(n != 1))
    return rule


def __getattr__(name: str):
    """`ENGLISH`, Babel's rule for English, is made on first use (a quicker start)."""
    if name == "ENGLISH":
        return cldr_rule("en")  # cached by lru_cache
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def examples(rule: PluralRule, per_form: int = 6) -> list[list[int]]:
    """For each form, the first numbers that take it: what msgstr[i] is for."""
    found: list[list[int]] = [[] for _ in range(rule.nplurals)]
    for n in _COMPARE:  # 0..1000 and a few big numbers (French's form for 1,000,000)
        bucket = found[rule.index(n)]
        if len(bucket) < per_form:
            bucket.append(n)
    return found


@dataclass(frozen=True)
class CldrDifference:
    """How a catalog's Plural-Forms differs from CLDR's rule for its language."""

    cldr_forms: tuple[str, ...]  # CLDR's categories for whole numbers, e.g. ("one", "other")
    numbers: tuple[int, ...]  # numbers the header groups differently from CLDR

    def describe(self, rule: PluralRule, limit: int = 8) -> str:
        shown = ", ".join(str(n) for n in self.numbers[:limit])
        if len(self.numbers) > limit:
            shown += f" and {len(self.numbers) - limit} more"
        words = (
            f"Plural-Forms has {rule.nplurals} form(s) but CLDR has {len(self.cldr_forms)} "
            f"for whole numbers ({', '.join(self.cldr_forms)})"
        )
        if shown:
            words += f"; these numbers take a form CLDR groups differently: {shown}"
        return words


def cldr_differences(rule: PluralRule, locale_code: str | None) -> CldrDifference | None:
    """None when `rule` groups whole numbers as CLDR does (in any form order).

    Each form of the header is matched to the CLDR category most of its numbers
    have; a number whose category is not its form's differs. Which CLDR release
    is installed decides the answer: nothing here is hard-coded.
    """
    locale = babel_locale(locale_code)
    if locale is None:
        return None
    try:
        categories = [locale.plural_form(n) for n in _COMPARE]
    except Exception:  # a broken Babel install: nothing to compare with
        return None
    indices = [rule.index(n) for n in _COMPARE]
    votes: dict[int, dict[str, int]] = {}
    for index, category in zip(indices, categories, strict=True):
        tally = votes.setdefault(index, {})
        tally[category] = tally.get(category, 0) + 1
    chosen = {index: max(tally, key=tally.__getitem__) for index, tally in votes.items()}
    differing = tuple(
        n for n, index, category in zip(_COMPARE, indices, categories, strict=True)
        if chosen[index] != category
    )
    order = ("zero", "one", "two", "few", "many", "other")
    forms = tuple(sorted(set(categories), key=lambda c: order.index(c) if c in order else 6))
    if not differing and len(forms) == rule.nplurals:
        return None
    return CldrDifference(forms, differing)
