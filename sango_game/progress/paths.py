"""Where the progress database lives.

One rule, shared by the CLI and the game (``choose_data_dir``, a pure
function): an explicit folder (``--data-dir``) wins, else the
``SANGO_DATA_DIR`` environment variable, else the machine-wide folder IT staff
named in a ``sango.toml`` (``machine_config``: for lab PCs that wipe user
profiles), else the platform's user data folder for Sango (platformdirs).
The database inside it is always ``progress.db``. ``resolve_data_dir`` gathers
those four inputs and asks ``choose_data_dir``.
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_NAME = "progress.db"
DATA_DIR_ENV = "SANGO_DATA_DIR"
APP_NAME = "Sango"


def choose_data_dir(explicit: str | os.PathLike[str] | None, env_value: str | None,
                    machine_dir: Path | None, user_dir: Path) -> Path:
    """The folder the rule picks from its four inputs (pure: nothing is read)."""
    if explicit:
        return Path(explicit).expanduser()
    if env_value and env_value.strip():
        return Path(env_value.strip()).expanduser()
    if machine_dir is not None:
        return machine_dir
    return user_dir


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The progress folder to use; it is not created here."""
    if data_dir:
        return choose_data_dir(data_dir, None, None, Path())
    from_env = os.environ.get(DATA_DIR_ENV, "")
    if from_env.strip():
        return choose_data_dir(None, from_env, None, Path())
    from sango_game.progress.machine_config import read_machine_config

    return choose_data_dir(None, None, read_machine_config().data_dir, user_data_dir())


def database_path(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Full path of ``progress.db`` in the resolved data folder."""
    return resolve_data_dir(data_dir) / DATABASE_NAME
