"""Where the progress database lives.

One rule, shared by the CLI and the game: an explicit folder (``--data-dir``)
wins, else the ``SANGO_DATA_DIR`` environment variable, else the platform's user
data folder for Sango (platformdirs). The database inside it is always
``progress.db``.
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_NAME = "progress.db"
DATA_DIR_ENV = "SANGO_DATA_DIR"
APP_NAME = "Sango"


def resolve_data_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The progress folder to use; it is not created here."""
    if data_dir:
        return Path(data_dir).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Full path of ``progress.db`` in the resolved data folder."""
    return resolve_data_dir(data_dir) / DATABASE_NAME
