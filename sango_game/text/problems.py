"""Problems the text engine found (a missing font file, broken markup), as values.

The engine never raises for these: it draws what it can and lists what went
wrong. They are the one problem type of Sango (`sango_game.vocab.problems`);
their codes (`text.font-missing`...) are in the registry, `sango_game.vocab.codes`.
"""

from __future__ import annotations

from sango_game.vocab.problems import Problem

__all__ = ["Problem"]
