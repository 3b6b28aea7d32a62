"""The one problem type of every layer, and the shape of a registered code.

A `Problem` is a value: what went wrong (`code`), how bad (`severity`), where
(`path`, `line`, `col`; 0 when not known), in plain words (`message`) and the
values the words were made from (`params`, for a UI that words it in the
player's language). Nothing that finds a problem raises: it returns Problems
until the edge, where the CLI prints them (`format`) and the UI shows them kindly.

Each code is one `Code` object (Yarn Spinner's model) in the registry
(`sango_game.vocab.codes`): its default severity, a summary, the longer
description the docs show, what to do, and a message template.

This module imports only the standard library and `sango_game.printable`
(a leaf of the standard library's kind, no layer).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sango_game.printable import printable

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)


@dataclass(frozen=True)
class Problem:
    """One problem found, with where it is and how bad it is."""

    code: str
    severity: str
    path: str
    line: int = 0
    col: int = 0
    message: str = ""
    params: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False,
                                         repr=False)

    def format(self) -> str:
        """`path:line:col: CODE severity: message`, safe to print: untrusted text in the
        path or message is escaped."""
        return (f"{printable(str(self.path))}:{self.line}:{self.col}: {self.code} "
                f"{self.severity}: {printable(self.message)}")

    __str__ = format

    def as_dict(self) -> dict[str, object]:
        """The JSON shape `--json` prints: path, line, col, code, severity, message."""
        return {"code": self.code, "severity": self.severity, "path": self.path,
                "line": self.line, "col": self.col, "message": self.message}

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


@dataclass(frozen=True)
class Code:
    """One problem code, registered once: `sango_game.vocab.codes.REGISTRY[code]`."""

    code: str
    severity: str  # the default; a check may report it one step milder or harsher
    area: str  # "levels", "translations", "text", "ui", "progress", "speech", "records"
    summary: str  # one short line
    description: str = ""  # what the docs say it means (default: the summary)
    hint: str = ""  # what to do about it
    template: str = ""  # the message, with {params}; default: the summary
    name: str = ""  # the constant a module names it by (I18N: MARKUP_MISMATCH)

    @property
    def meaning(self) -> str:
        return self.description or self.summary

    def message(self, params: Mapping[str, object]) -> str:
        """The message template filled with `params` (a missing value stays as `{name}`)."""
        template = self.template or self.summary
        return template.format_map(_Keep(params))

    def problem(self, path: str, line: int = 0, col: int = 0, message: str | None = None,
                severity: str | None = None, **params: object) -> Problem:
        """A Problem of this code; the message is the template's unless given."""
        words = self.message(params) if message is None else message
        return Problem(self.code, severity or self.severity, str(path), line, col, words,
                       params)


class _Keep(dict):
    def __init__(self, values: Mapping[str, object]) -> None:
        super().__init__(values)

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
