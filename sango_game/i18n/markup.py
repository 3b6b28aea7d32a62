"""The text markup tags a translation must keep: `<em>`, `<b>`, `<name>` and the
safety words `<safe>`, `<unsafe>`, `<mixed>` (see docs/ARCHITECTURE.md).

A translation may move tags (word order differs between languages) but must
have the same tags as its source, each opened and closed in order.
"""

from __future__ import annotations

import re
from collections import Counter

from sango_game.i18n import diagnostics

KNOWN_TAGS = frozenset({"em", "b", "name", "safe", "unsafe", "mixed"})

# Anything that looks like a tag. "3 < 5" is not one; "<b>" and "</b >" are.
TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9_-]*)\s*>")


def tags(text: str) -> list[tuple[bool, str]]:
    """The tags in `text` in order, as (closing, name) pairs."""
    return [(bool(m.group(1)), m.group(2).lower()) for m in TAG.finditer(text)]


def nesting_error(text: str) -> str | None:
    """Why the tags in `text` are not well formed, or None."""
    open_tags: list[str] = []
    for closing, name in tags(text):
        if name not in KNOWN_TAGS:
            return f"<{name}> is not a tag Sango knows ({', '.join(sorted(KNOWN_TAGS))})"
        if not closing:
            open_tags.append(name)
        elif not open_tags or open_tags[-1] != name:
            return f"</{name}> closes a tag that is not open"
        else:
            open_tags.pop()
    if open_tags:
        return f"<{open_tags[-1]}> is never closed"
    return None


def compare(source: str, translation: str) -> tuple[str, str] | None:
    """(code, reason) when the translation's tags do not match the source's."""
    if "<" not in source and "<" not in translation:
        return None
    if TAG.findall(source) == TAG.findall(translation) and not nesting_error(source):
        return None  # the same tags in the same order: as well formed as the source
    expected = Counter(tags(source))
    found = Counter(tags(translation))
    if expected != found:
        missing = expected - found
        extra = found - expected
        pieces = []
        if missing:
            pieces.append("lacks " + " ".join(_show(t) for t in sorted(missing.elements())))
        if extra:
            pieces.append("has extra " + " ".join(_show(t) for t in sorted(extra.elements())))
        return diagnostics.MARKUP_MISMATCH, "markup differs from the English: " + " and ".join(
            pieces
        )
    if not nesting_error(source):
        reason = nesting_error(translation)
        if reason:
            return diagnostics.MARKUP_MISMATCH, reason
    return None


def strip(text: str) -> str:
    """`text` without its tags: what the reader actually sees."""
    return TAG.sub("", text)


def _show(tag: tuple[bool, str]) -> str:
    closing, name = tag
    return f"</{name}>" if closing else f"<{name}>"
