"""Problems the text engine found (a missing font file, broken markup), as values.

The engine never raises for these: it draws what it can and lists what went
wrong, so the UI can tell the person kindly and the CLI can print
`path:line:col: CODE severity: message`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    code: str
    severity: str  # "error" or "warning"
    path: str
    message: str
    line: int = 0
    col: int = 0

    def format(self) -> str:
        """`path:line:col: CODE severity: message`, as the CLI prints findings."""
        return f"{self.path}:{self.line}:{self.col}: {self.code} {self.severity}: {self.message}"

    __str__ = format
