"""Problems worth a line in the log, without paying for `logging` at start-up.

`logging` costs about 15 ms to import; the game only needs it when something
is wrong (a missing picture, no sound card), so it is imported then.
"""

from __future__ import annotations

LOGGER_NAME = "sango_game.ui"


def warning(message: str, *args) -> None:
    import logging

    logging.getLogger(LOGGER_NAME).warning(message, *args)


def info(message: str, *args) -> None:
    import logging

    logging.getLogger(LOGGER_NAME).info(message, *args)
