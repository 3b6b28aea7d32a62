"""The small markup translators may use: <em>, <b>, <name>, <safe>, <unsafe>, <mixed>.

`parse` turns a string into plain text plus styled spans. Tags may nest.
Nothing here raises: a tag that is not one of these, or markup that does not
balance, is kept as literal text (and reported), so a translator's typo shows
up on screen instead of crashing the game.

Text that must never be read as markup (a player's nickname, any value typed
by a person) is wrapped with `literal()`: between its two invisible markers
(Unicode noncharacters, never in real text) every character is shown as
written, so a nickname `<b>x</b>` or `<safe>` is drawn literally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .problems import Problem

TAGS = ("em", "b", "name", "safe", "unsafe", "mixed")
SAFETY_TAGS = frozenset({"safe", "unsafe", "mixed"})
LITERAL_OPEN, LITERAL_CLOSE = "\ufdd0", "\ufdd1"
_TAG = re.compile(r"\ufdd0([^\ufdd0\ufdd1]*)\ufdd1|<(/?)([a-z]+)>")
_MARKERS = str.maketrans("", "", LITERAL_OPEN + LITERAL_CLOSE)
# Bidi embeddings, overrides and isolates: in a value they could flip the words around it.
_VALUE_DROPS = str.maketrans("", "", LITERAL_OPEN + LITERAL_CLOSE
                             + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def literal(text: str) -> str:
    """`text` marked so that `parse` never reads markup in it (shown exactly as written).

    Bidi embedding, override and isolate controls are dropped from it, so a
    nickname can never reverse or reorder the sentence it is shown in.
    """
    return LITERAL_OPEN + str(text).translate(_VALUE_DROPS) + LITERAL_CLOSE


def strip_literal_marks(text: str) -> str:
    """`text` without `literal()`'s markers (for logs and places that do not parse markup)."""
    return text.translate(_MARKERS)


@dataclass(frozen=True)
class Span:
    """Characters start..end of the plain text carry these tags (outermost first)."""

    start: int
    end: int
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Marked:
    text: str
    spans: tuple[Span, ...]
    problems: tuple[Problem, ...] = ()

    def tags_at(self, index: int) -> tuple[str, ...]:
        for span in self.spans:
            if span.start <= index < span.end:
                return span.tags
        return ()


def parse(source: str) -> Marked:
    """Plain text and spans; unbalanced markup makes the whole string literal."""
    plain: list[str] = []
    spans: list[Span] = []
    stack: list[str] = []
    unknown: list[str] = []
    position = 0
    length = 0
    span_start = 0

    def close_span() -> None:
        nonlocal span_start
        if length > span_start and stack:
            spans.append(Span(span_start, length, tuple(stack)))
        span_start = length

    for match in _TAG.finditer(source):
        if match.group(1) is not None:  # a literal() value: its text as written
            verbatim = strip_literal_marks(source[position : match.start()]) + match.group(1)
            plain.append(verbatim)
            length += len(verbatim)
            position = match.end()
            continue
        closing, name = match.group(2) == "/", match.group(3)
        before = strip_literal_marks(source[position : match.start()])
        if name not in TAGS:
            unknown.append(match.group(0))
            before += match.group(0)
        plain.append(before)
        length += len(before)
        position = match.end()
        if name not in TAGS:
            continue
        if closing:
            if not stack or stack[-1] != name:
                return _literal(source, f"closing tag </{name}> does not match")
            close_span()
            stack.pop()
        else:
            close_span()
            stack.append(name)
    if stack:
        return _literal(source, f"tag <{stack[-1]}> is never closed")
    plain.append(strip_literal_marks(source[position:]))
    problems = tuple(
        _problem("text.markup-unknown-tag", f"unknown tag {tag} is shown as written")
        for tag in unknown
    )
    return Marked("".join(plain), tuple(spans), problems)


def _literal(source: str, why: str) -> Marked:
    problem = _problem("text.markup-unbalanced", f"{why}; shown as written")
    return Marked(strip_literal_marks(source), (), (problem,))


def _problem(code: str, message: str) -> Problem:
    return Problem(code=code, severity="warning", path="<text>", message=message)
