"""The one tokenizer for `{name}` placeholders.

Only plain `{name}` fields are placeholders (`name` an ASCII identifier), and
`{{` and `}}` are literal braces. Any other field — attribute or index access
(`{name.x}`, `{name[0]}`), positional (`{0}`, `{}`), a conversion (`{name!r}`)
or a format spec (`{name:>10}`) — is `unsafe`: never filled, refused by the
checks. Braces that do not pair up make `error` set.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

_FORMATTER = string.Formatter()
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Field:
    """One `{...}` field as written: its raw text and whether it is a plain name."""

    raw: str
    name: str | None  # the identifier when the field is a plain {name}, else None


@dataclass(frozen=True)
class Parsed:
    """A text cut into literal pieces and fields."""

    parts: tuple[str | Field, ...]
    error: str | None = None  # set when the braces do not pair up

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(p for p in self.parts if isinstance(p, Field))

    @property
    def names(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields if f.name)

    @property
    def unsafe(self) -> tuple[str, ...]:
        return tuple(f.raw for f in self.fields if f.name is None)


@lru_cache(maxsize=8192)
def parse(text: str) -> Parsed:
    """Cut `text` into literal pieces and `{...}` fields; never raises."""
    parts: list[str | Field] = []
    try:
        for literal, field_name, spec, conversion in _FORMATTER.parse(text):
            if literal:
                parts.append(literal)
            if field_name is None:
                continue
            raw = "{" + field_name + (f"!{conversion}" if conversion else "")
            raw += (f":{spec}" if spec else "") + "}"
            plain = bool(_PLAIN.fullmatch(field_name)) and not spec and not conversion
            parts.append(Field(raw, field_name if plain else None))
    except ValueError as error:
        return Parsed((text,), error=str(error))
    return Parsed(tuple(parts))


def names_in_order(text: str) -> list[str]:
    """The plain placeholder names of `text`, in order, repeats kept."""
    return [f.name for f in parse(text).fields if f.name]


_RAW = re.compile(r"\{\{|\}\}|\{[^{}]*\}")


def split_raw(text: str) -> list[tuple[str, bool]]:
    """`text` as (piece, is_field) pairs, exactly as written (`{{`, `}}` and each `{...}`
    are fields here): for rewriting the words of a text around its placeholders."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in _RAW.finditer(text):
        if match.start() > position:
            pieces.append((text[position:match.start()], False))
        pieces.append((match.group(0), True))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces
