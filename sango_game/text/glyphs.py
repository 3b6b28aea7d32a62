"""Characters no shipped font can draw: shown as a visible U+FFFD and reported, never a silent box.

pygame draws a character the chosen font lacks as that font's empty box
("tofu"), which looks like a real letter that went wrong. Such a character is
replaced by the replacement character (or "?" if even that is missing), one for
one so logical indices stay the same, and listed as a `text.missing-glyph`
Problem, so the UI can refuse it (a typed nickname) or a test can see it.
Invisible format characters (joiners, bidi controls, variation selectors, tags)
are left alone: the shaper hides them.
"""

from __future__ import annotations

import unicodedata

from .fonts import FontBook
from .problems import Problem

REPLACEMENT = "\ufffd"


def invisible(char: str) -> bool:
    """Default-ignorable or formatting characters, never drawn as a glyph."""
    code = ord(char)
    return (unicodedata.category(char) == "Cf" or char in "\n\t "
            or 0xFE00 <= code <= 0xFE0F or 0xE0000 <= code <= 0xE0FFF
            or 0x180B <= code <= 0x180F or code == 0x034F)


def missing(text: str, book: FontBook) -> list[str]:
    """The characters of `text` that no shipped font has (each once, in order)."""
    found: dict[str, None] = {}
    for char in text:
        if char not in found and not invisible(char) and not book.covers(char):
            found[char] = None
    return list(found)


def replace_missing(text: str, book: FontBook) -> tuple[str, tuple[Problem, ...]]:
    """`text` with undrawable characters replaced (same length), and one problem each."""
    absent = missing(text, book)
    if not absent:
        return text, ()
    stand_in = REPLACEMENT if book.covers(REPLACEMENT) else "?"
    table = dict.fromkeys(map(ord, absent), stand_in)
    problems = tuple(
        Problem(code="text.missing-glyph", severity="warning", path="<text>",
                message=f"no font has U+{ord(char):04X} "
                        f"({unicodedata.name(char, 'unnamed')}); shown as {stand_in}")
        for char in absent
    )
    return text.translate(table), problems
