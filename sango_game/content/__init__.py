"""Level files -> an immutable, checked model. Pure Python (no pygame).

`load_library()` is what the game and the validator use; see
docs/ARCHITECTURE.md for the model and docs/LEVELS.md for the file format.
"""

from sango_game.content.findings import CODES, ERROR, WARNING, Finding
from sango_game.content.library import (
    Library,
    check_context,
    level_files,
    load_level_file,
    load_library,
)
from sango_game.content.model import (
    Character,
    Choice,
    Condition,
    Ending,
    Level,
    Line,
    Message,
    Scene,
    Topic,
    Track,
)

__all__ = [
    "CODES", "ERROR", "WARNING", "Finding", "Library", "check_context", "level_files",
    "load_level_file", "load_library", "Character", "Choice", "Condition", "Ending", "Level",
    "Line", "Message", "Scene", "Topic", "Track",
]
