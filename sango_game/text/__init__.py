"""Text for every screen: bidi, script runs, font fallback, line breaking, drawing.

See docs/TEXT.md. Public API: TextEngine, TextStyle, Palette, Paragraph, Line,
Run, Problem.
"""

from .engine import TextEngine
from .paragraph import Line, Paragraph, Run
from .problems import Problem
from .style import HIGH_CONTRAST, Palette, TextStyle

__all__ = ["HIGH_CONTRAST", "Line", "Palette", "Paragraph", "Problem", "Run", "TextEngine",
           "TextStyle"]
