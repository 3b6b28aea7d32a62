"""Plural rules: a catalog's `Plural-Forms` header when it is valid, else Babel's
CLDR-based rule for the language (Arabic has six forms, Russian three).

Expressions are compiled with the standard library's `gettext.c2py`, which
accepts only C arithmetic on `n` (never names or calls), and are tried on many
numbers before use: a rule that fails or points past the last form is refused.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

MAX_FORMS = 6
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
    for n in range(0, 1001):
        bucket = found[rule.index(n)]
        if len(bucket) < per_form:
            bucket.append(n)
    return found
