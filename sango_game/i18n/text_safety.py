"""Characters and lengths a translation may not bring into the game.

A translation is drawn on a child's screen, so it may not carry what the
translator's keyboard (or a pasted text, or mischief) can hide in it:

- control characters other than newline and tab (C0, DEL, C1): they may be
  drawn as boxes, cut a line short or drive a terminal that prints the text;
- bidi overrides and embeddings (U+202A-U+202E): they reverse or re-embed what
  a reader sees, so a text can show something other than what it holds;
- bidi isolates (U+2066-U+2069) that do not pair up: an isolate left open
  reorders the rest of the line around the translation. Isolates that pair up,
  at most `MAX_ISOLATE_DEPTH` deep (`\u2066progress.db\u2069` or
  `\u2068{nickname}\u2069` in Arabic, as the shipped catalog does), only keep
  their own text in its own order and are allowed. Our own code adds isolates
  around placeholder values *after* a translation is looked up
  (`placeholders.fill`); LRM/RLM/ALM marks are allowed;
- absurd length: more than `LONG_FACTOR` times the English and more than
  `LONG_MINIMUM` characters (a paste gone wrong, or a text meant to flood).

`issues` returns (code, reason) pairs; an entry with any is not used, so the
English shows, as for a placeholder mismatch.
"""

from __future__ import annotations

import re

from sango_game.i18n import diagnostics

LONG_FACTOR = 4
LONG_MINIMUM = 300
MAX_ISOLATE_DEPTH = 4
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_OPEN_ISOLATES = frozenset("\u2066\u2067\u2068")
_CLOSE_ISOLATE = "\u2069"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


def _isolates_pair_up(text: str) -> bool:
    depth = 0
    for char in text:
        if char in _OPEN_ISOLATES:
            depth += 1
            if depth > MAX_ISOLATE_DEPTH:
                return False
        elif char == _CLOSE_ISOLATE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _name(char: str) -> str:
    if char in BIDI_CONTROLS:
        return f"the bidi control U+{ord(char):04X}"
    return f"the control character U+{ord(char):04X}"


def issues(source: str, translation: str) -> list[tuple[str, str]]:
    """(code, reason) for each way `translation` may not be shown; empty when fine."""
    found: list[tuple[str, str]] = []
    bad = sorted(set(_CONTROL.findall(translation)))
    if not _isolates_pair_up(translation):
        isolates = {c for c in translation if c in _OPEN_ISOLATES or c == _CLOSE_ISOLATE}
        bad = sorted({*bad, *isolates})
    if bad:
        names = ", ".join(_name(char) for char in bad[:4])
        found.append(
            (
                diagnostics.CONTROL_CHARACTER,
                f"holds {names}; remove it (the game adds the bidi isolates it needs "
                "around names and numbers itself)",
            )
        )
    limit = max(LONG_FACTOR * len(source), LONG_MINIMUM)
    if len(translation) > limit:
        found.append(
            (
                diagnostics.ABSURDLY_LONG,
                f"{len(translation)} characters for an English text of {len(source)}: "
                f"more than {LONG_FACTOR} times as long and more than {LONG_MINIMUM} "
                "characters; shorten it",
            )
        )
    return found
