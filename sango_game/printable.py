"""Untrusted text made safe to print on a terminal or in a log line.

A finding quotes what a file holds: its name, an ID, a value. Any of them can
carry control characters (a newline that forges a second finding line, ESC
sequences that drive the terminal, a NUL) or bidi controls that reorder what
a reader sees. `printable` shows each such character as a visible escape
(`\\n`, `\\x1b`, `\\u202e`) and leaves every other character as it is, so
Arabic, Chinese and accented names (and Windows paths) still read normally.
"""

from __future__ import annotations

import unicodedata

# Bidi embedding, override and isolate controls, and the implicit marks.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def is_unsafe_char(char: str) -> bool:
    """True for a character that must never reach a terminal or a screen raw.

    Control characters (Unicode category Cc, NUL and ESC among them), the line
    and paragraph separators, bidi controls, and lone surrogates (undecodable
    bytes of a file name).
    """
    if char in BIDI_CONTROLS:
        return True
    category = unicodedata.category(char)
    # Cs: a lone surrogate stands for a byte of a file name that is not UTF-8;
    # printed raw it would stop the program with an encoding error.
    return category in ("Cc", "Zl", "Zp", "Cs")


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """`text` as one safe line: every unsafe character shown as an escape."""
    value = str(text)
    if value.isprintable() and not BIDI_CONTROLS.intersection(value):
        return value
    return "".join(_escape(char) if is_unsafe_char(char) else char for char in value)
