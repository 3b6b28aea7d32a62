"""Friendly made-up nicknames for children who cannot type yet.

The names and the picking live in the pure ``sango_game.classroom.names`` (a
teacher's class list uses the same ones); this module keeps the ui's import.
"""

from __future__ import annotations

from sango_game.classroom.names import FRIENDLY_NAMES, suggestions

__all__ = ["FRIENDLY_NAMES", "suggestions"]
