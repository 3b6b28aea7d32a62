"""Problems in a game session worth a line in the log (logger `sango_game.session`).

`logging` is imported only when something is wrong, as in `ui/log.py`, so
starting a session costs nothing for it.
"""

from __future__ import annotations

LOGGER_NAME = "sango_game.session"


def warning(message: str, *args: object) -> None:
    import logging

    logging.getLogger(LOGGER_NAME).warning(message, *args)
