"""The registry: every problem code of Sango, each one `Code` object.

    from sango_game.vocab.codes import REGISTRY, lookup
    lookup("I18N007").problem(path, line, col, message="...")

`sango_game.vocab.docs` writes the docs tables from it (docs/PROBLEMS.md, and the
tables of docs/LEVELS.md and docs/TRANSLATING.md; tests keep them the same).
"""

from __future__ import annotations

from sango_game.vocab.codes_levels import LEVEL_CODES
from sango_game.vocab.codes_other import (
    PROGRESS_CODES,
    RECORDS_CODES,
    SPEECH_CODES,
    TEXT_CODES,
    UI_CODES,
)
from sango_game.vocab.codes_translations import TRANSLATION_CODES
from sango_game.vocab.problems import Code, Problem

AREAS = {
    "levels": LEVEL_CODES,
    "translations": TRANSLATION_CODES,
    "text": TEXT_CODES,
    "ui": UI_CODES,
    "progress": PROGRESS_CODES,
    "speech": SPEECH_CODES,
    "records": RECORDS_CODES,
}
REGISTRY: dict[str, Code] = {code.code: code for group in AREAS.values() for code in group}


def lookup(code: str) -> Code:
    """The registered Code (KeyError for a code nobody registered: a bug, caught by tests)."""
    return REGISTRY[code]


def problem(code: str, path: str, line: int = 0, col: int = 0, message: str | None = None,
            severity: str | None = None, **params: object) -> Problem:
    """A Problem of a registered code (see `Code.problem`)."""
    return REGISTRY[code].problem(path, line, col, message, severity, **params)
