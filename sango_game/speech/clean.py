"""The words to say for a text the game shows: markup tags and bidi controls out.

Tags (`<em>`, `<safe>` ...) are removed with `i18n.markup.strip`, the same
tokenizer that checks translations. Bidi isolates and marks, other control
characters and runs of white space would be read as noise or pauses, so they go
too, and so do noncharacters (the game wraps a nickname in U+FDD0/U+FDD1
to keep it apart from markup). The zero-width joiner and non-joiner stay:
they change how a word is read.
"""

from __future__ import annotations

import re
import unicodedata

from sango_game.i18n.markup import strip

MAX_CHARACTERS = 2000  # a dialogue line is under 300; longer text is cut here

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_KEEP = frozenset("\u200c\u200d")
_SPACES = re.compile(r"\s+")


def spoken_text(text: str) -> str:
    """What a voice should read for `text`: no tags, no bidi controls, tidy spaces."""
    if not text:
        return ""
    words = strip(str(text))
    kept = []
    for char in words:
        if char in _BIDI:
            continue
        category = unicodedata.category(char)
        if category == "Cc":
            kept.append(" ")  # a newline or tab is a space between words
            continue
        if char not in _KEEP and category in ("Cf", "Cs", "Co", "Cn"):
            continue  # soft hyphens, invisible marks, the game's own markers: not words
        kept.append(char)
    return _SPACES.sub(" ", "".join(kept)).strip()[:MAX_CHARACTERS]
