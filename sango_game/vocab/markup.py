"""The markup tags of every translatable text, and the one tokenizer that reads them.

Tags: `<em>`, `<b>`, `<name>` and the safety words `<safe>`, `<unsafe>`,
`<mixed>`. No attributes; tags may nest, but never the same tag inside itself.

Spelling rule: a tag's name is read without regard to case, and blanks inside
the angle brackets are allowed, so `<B>`, `<b >`, `< b>` and `</ B>` are all
`<b>` and `</b>`: the level check, the translation check and the text engine
accept them and draw them bold. The canonical spelling is lower case, no blanks.
Anything else shaped like a tag (`<br>`, `<b/>`) is an unknown tag: refused by
the checks, and drawn as written by the text engine (with a problem).

Text that must never be read as markup (a player's nickname) sits between two
invisible markers (Unicode noncharacters, see `literal` in the text engine):
the tokenizer returns it as one `literal` token.

`tokenize` is the only place that reads markup: everything else asks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# name -> what it does (docs/TRANSLATING.md shows this table).
TAGS: dict[str, str] = {
    "em": "emphasis (italic)",
    "b": "strong (bold)",
    "name": "a character's name (speaker colour)",
    "safe": "a safe choice's word (safe colour and icon)",
    "unsafe": "an unsafe choice's word (unsafe colour and icon)",
    "mixed": "a 'yes, but' choice's word (mixed colour and icon)",
}
SAFETY_TAGS = frozenset({"safe", "unsafe", "mixed"})
LITERAL_OPEN, LITERAL_CLOSE = "\ufdd0", "\ufdd1"

# A literal() value, or anything shaped like a tag: "<b>", "</b >", "< B>", "<br/>".
# "3 < 5" and "<3" are not tags. Each run of blanks can match one way only, so a
# hostile text ("<" and a million spaces) is read in linear time.
_TOKEN = re.compile(
    r"\ufdd0(?P<literal>[^\ufdd0\ufdd1]*)\ufdd1"
    r"|<\s*(?:(?P<slash>/)\s*)?(?P<name>[A-Za-z][A-Za-z0-9_-]*)\s*(?:(?P<self>/)\s*)?>"
)
_MARKERS = str.maketrans("", "", LITERAL_OPEN + LITERAL_CLOSE)

TEXT, OPEN, CLOSE, UNKNOWN, LITERAL = "text", "open", "close", "unknown", "literal"


@dataclass(frozen=True)
class Token:
    """One piece of a text: plain `text`, an `open`/`close` tag, an `unknown` tag or a
    `literal` value. `raw` is as written, `name` the tag's name in lower case."""

    kind: str
    raw: str
    start: int
    name: str = ""
    closing: bool = False

    @property
    def is_tag(self) -> bool:
        return self.kind in (OPEN, CLOSE)


def tokenize(text: str) -> list[Token]:
    """`text` cut into tokens, in order; joining their `raw` gives `text` back."""
    tokens: list[Token] = []
    position = 0
    for match in _TOKEN.finditer(text):
        if match.start() > position:
            tokens.append(Token(TEXT, text[position:match.start()], position))
        position = match.end()
        if match.group("literal") is not None:
            tokens.append(Token(LITERAL, match.group(0), match.start()))
            continue
        name = match.group("name").lower()
        if name not in TAGS or match.group("self"):
            kind = UNKNOWN
        else:
            kind = CLOSE if match.group("slash") else OPEN
        tokens.append(Token(kind, match.group(0), match.start(), name, bool(match.group("slash"))))
    if position < len(text):
        tokens.append(Token(TEXT, text[position:], position))
    return tokens


def tags(text: str) -> list[tuple[bool, str]]:
    """Every tag-shaped token of `text` in order, as (closing, name) pairs."""
    return [(token.closing, token.name)
            for token in tokenize(text) if token.kind in (OPEN, CLOSE, UNKNOWN)]


def show(closing: bool, name: str) -> str:
    """A tag in its canonical spelling: `<b>` or `</b>`."""
    return f"</{name}>" if closing else f"<{name}>"


def unknown_tags(text: str) -> list[str]:
    """The tag-shaped tokens that are not Sango tags, as written (`<br>`, `<b/>`)."""
    return [token.raw for token in tokenize(text) if token.kind == UNKNOWN]


def nesting_problem(text: str) -> str | None:
    """Why the known tags of `text` do not pair up, or None (unknown tags are ignored)."""
    stack: list[str] = []
    for token in tokenize(text):
        if token.kind == OPEN:
            if token.name in stack:
                return f"<{token.name}> is opened again inside itself"
            stack.append(token.name)
        elif token.kind == CLOSE:
            if not stack or stack[-1] != token.name:
                return f"</{token.name}> closes a tag that is not open"
            stack.pop()
    if stack:
        return f"<{stack[-1]}> is never closed with </{stack[-1]}>"
    return None


def problems(text: str) -> list[str]:
    """Every markup problem of `text` in plain words; empty when the text engine will draw
    it with its tags applied and no tag shown as written. The checks and the engine agree
    because both ask this function."""
    found = [f"unknown tag {raw} (Sango's tags: {', '.join(f'<{tag}>' for tag in TAGS)})"
             for raw in unknown_tags(text)]
    nesting = nesting_problem(text)
    if nesting:
        found.append(nesting)
    return found


def strip(text: str) -> str:
    """`text` without its tag-shaped tokens (known or not): the words a reader hears."""
    return "".join(token.raw for token in tokenize(text)
                   if token.kind not in (OPEN, CLOSE, UNKNOWN))


def strip_literal_marks(text: str) -> str:
    """`text` without the literal() markers."""
    return text.translate(_MARKERS)
