"""Findings: problems in content files, as values with a stable code and a place.

Every check in `content` returns findings instead of raising. The CLI prints
them as `path:line:col: SG### severity: message`; the game shows them kindly.
A `Finding` is Sango's one problem type (`sango_game.vocab.problems.Problem`);
the SG codes are registered in `sango_game.vocab.codes_levels`, and
docs/LEVELS.md shows that table.
"""

from __future__ import annotations

from sango_game.vocab.codes_levels import LEVEL_CODES
from sango_game.vocab.problems import ERROR, WARNING, Problem

__all__ = ["CODES", "ERROR", "WARNING", "Finding", "error", "short", "warning"]

Finding = Problem

# code -> one-line summary, from the registry.
CODES: dict[str, str] = {code.code: code.summary for code in LEVEL_CODES}


def short(value: object, limit: int = 60) -> str:
    """`value` as text, cut to `limit` characters: a finding quotes, it never copies a file."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def error(code: str, path: str, where: tuple[int, int], message: str) -> Finding:
    return Finding(code, ERROR, path, where[0], where[1], message)


def warning(code: str, path: str, where: tuple[int, int], message: str) -> Finding:
    return Finding(code, WARNING, path, where[0], where[1], message)
