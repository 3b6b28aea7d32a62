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

from dataclasses import dataclass

from sango_game.vocab import markup as vocab
from sango_game.vocab.markup import LITERAL_CLOSE, LITERAL_OPEN, SAFETY_TAGS, TAGS

from .problems import Problem

__all__ = ["LITERAL_CLOSE", "LITERAL_OPEN", "SAFETY_TAGS", "TAGS", "Marked", "Span", "literal",
           "parse", "strip_literal_marks"]
strip_literal_marks = vocab.strip_literal_marks
# Bidi embeddings, overrides and isolates: in a value they could flip the words around it.
_VALUE_DROPS = str.maketrans("", "", LITERAL_OPEN + LITERAL_CLOSE
                             + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def literal(text: str) -> str:
    """`text` marked so that `parse` never reads markup in it (shown exactly as written).

    Bidi embedding, override and isolate controls are dropped from it, so a
    nickname can never reverse or reorder the sentence it is shown in.
    """
    return LITERAL_OPEN + str(text).translate(_VALUE_DROPS) + LITERAL_CLOSE


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
    """Plain text and spans, read by the one tokenizer (`sango_game.vocab.markup`).

    Text with a markup problem other than unknown tags (a tag not closed, closed in
    the wrong order, or opened inside itself) is shown whole as written; an unknown
    tag is shown as written and the rest keeps its tags. Both are reported.
    """
    nesting = vocab.nesting_problem(source)
    if nesting:
        problem = _problem("text.markup-unbalanced", f"{nesting}; shown as written")
        return Marked(strip_literal_marks(source), (), (problem,))
    plain: list[str] = []
    spans: list[Span] = []
    stack: list[str] = []
    problems: list[Problem] = []
    length = 0
    span_start = 0

    def close_span() -> None:
        nonlocal span_start
        if length > span_start and stack:
            spans.append(Span(span_start, length, tuple(stack)))
        span_start = length

    for token in vocab.tokenize(source):
        if token.kind == vocab.OPEN:
            close_span()
            stack.append(token.name)
            continue
        if token.kind == vocab.CLOSE:
            close_span()
            stack.pop()
            continue
        if token.kind == vocab.LITERAL:
            shown = token.raw[1:-1]  # a literal() value: its text as written
        elif token.kind == vocab.UNKNOWN:
            shown = token.raw
            problems.append(_problem("text.markup-unknown-tag",
                                     f"unknown tag {token.raw} is shown as written"))
        else:
            shown = strip_literal_marks(token.raw)
        plain.append(shown)
        length += len(shown)
    return Marked("".join(plain), tuple(spans), tuple(problems))


def _problem(code: str, message: str) -> Problem:
    return Problem(code=code, severity="warning", path="<text>", message=message)
