"""Does a translation keep its source's markup tags? (I18N007)

The tags (`<em>`, `<b>`, `<name>`, `<safe>`, `<unsafe>`, `<mixed>`) and how
they are read live in `sango_game.vocab.markup`, the tokenizer the text engine
draws with. A translation may move tags (word order differs between languages)
but must have the same tags as its source, and must have no markup problem of
its own: what this check accepts, the game draws with no tag shown as written.
Spelling is forgiving there and so here: `<B>`, `<b >` and `< b>` are `<b>`.
"""

from __future__ import annotations

from collections import Counter

from sango_game.i18n import diagnostics
from sango_game.vocab import markup as vocab_markup
from sango_game.vocab.markup import show, strip, tags

__all__ = ["KNOWN_TAGS", "compare", "nesting_error", "strip", "tags"]

KNOWN_TAGS = frozenset(vocab_markup.TAGS)


def nesting_error(text: str) -> str | None:
    """Why the tags in `text` would not be drawn as tags, or None."""
    problems = vocab_markup.problems(text)
    return problems[0] if problems else None


def compare(source: str, translation: str) -> tuple[str, str] | None:
    """(code, reason) when the translation's tags do not match the source's, or it has a
    markup problem of its own."""
    if "<" not in source and "<" not in translation:
        return None
    expected = Counter(tags(source))
    found = Counter(tags(translation))
    if expected != found:
        missing = expected - found
        extra = found - expected
        pieces = []
        if missing:
            pieces.append("lacks " + " ".join(show(*t) for t in sorted(missing.elements())))
        if extra:
            pieces.append("has extra " + " ".join(show(*t) for t in sorted(extra.elements())))
        return diagnostics.MARKUP_MISMATCH, "markup differs from the English: " + " and ".join(
            pieces
        )
    reason = nesting_error(translation)
    if reason:
        return diagnostics.MARKUP_MISMATCH, reason
    return None
