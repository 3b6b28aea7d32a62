"""The machine-wide data folder: a ``sango.toml`` that IT staff put on a school PC.

Lab PCs that wipe user profiles every night need every account to use one
folder that survives. IT staff write, once per PC (or in the PC image):

    # sango.toml
    data_dir = "C:\\\\ProgramData\\\\Sango"      # or "/var/lib/sango", or a school share

Where Sango looks, first found wins (``config_candidates``):

1. the file named by ``SANGO_CONFIG`` (tests, or a script that wants another file);
2. ``sango.toml`` next to the installed program (the folder of the executable:
   a Windows build unpacked to ``C:\\Program Files\\Sango``);
3. the system's config folder: ``%PROGRAMDATA%\\Sango\\sango.toml`` on Windows,
   ``/Library/Application Support/Sango/sango.toml`` on macOS,
   ``/etc/sango/sango.toml`` (then ``/etc/xdg/Sango/sango.toml``) on Linux.

A relative ``data_dir`` is taken from the file's own folder. The file is read
with ``read_limited`` (small, never a FIFO or device). A file that cannot be
read or says nothing usable gives a ``Problem`` value and no folder, so Sango
falls back to the user's own folder and says why; it never raises.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sango_game.i18n import N_
from sango_game.progress.records import Problem
from sango_game.safe_files import read_limited

CONFIG_ENV = "SANGO_CONFIG"
CONFIG_NAME = "sango.toml"
APP_NAME = "Sango"
MAX_CONFIG_BYTES = 64 * 1024

BAD_CONFIG = N_("The school's Sango settings file {path} could not be used ({why}), so "
                "progress is kept in this account's own folder.")


@dataclass(frozen=True)
class MachineConfig:
    """What the machine-wide file says: ``data_dir`` (None: not set or unusable),
    the file it came from (None: no file), and a ``problem`` when it was unusable."""

    data_dir: Path | None = None
    path: Path | None = None
    problem: Problem | None = None


def config_candidates(environ=os.environ, platform: str = sys.platform,
                      executable: str = sys.executable) -> list[Path]:
    """Where a machine-wide ``sango.toml`` may be, in the order they are tried."""
    named = environ.get(CONFIG_ENV, "").strip()
    if named:
        return [Path(named).expanduser()]
    found = [Path(executable).resolve().parent / CONFIG_NAME] if executable else []
    if platform.startswith("win"):
        program_data = environ.get("PROGRAMDATA", r"C:\ProgramData")
        found.append(Path(program_data) / APP_NAME / CONFIG_NAME)
    elif platform == "darwin":
        found.append(Path("/Library/Application Support") / APP_NAME / CONFIG_NAME)
    else:
        found += [Path("/etc/sango") / CONFIG_NAME, Path("/etc/xdg") / APP_NAME / CONFIG_NAME]
    return found


def _problem(path: Path, why: str) -> MachineConfig:
    return MachineConfig(None, path, Problem("bad-machine-config", str(path), BAD_CONFIG,
                                             {"path": str(path), "why": why}))


def parse_config(text: str, path: Path) -> MachineConfig:
    """The folder a config file's text names (pure: no file is touched)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _problem(path, f"it is not TOML: {error}")
    value = data.get("data_dir")
    if value is None:
        return MachineConfig(None, path)  # a file with other settings only
    if not isinstance(value, str) or not value.strip() or "\x00" in value:
        return _problem(path, "data_dir must be a folder name in quotes")
    folder = Path(value.strip()).expanduser()
    return MachineConfig(folder if folder.is_absolute() else path.parent / folder, path)


def read_machine_config(candidates: list[Path] | None = None) -> MachineConfig:
    """The first machine-wide ``sango.toml`` found, read and checked."""
    for path in config_candidates() if candidates is None else candidates:
        try:
            if not path.exists():
                continue
        except OSError:
            continue
        read = read_limited(path, MAX_CONFIG_BYTES)
        if read.data is None:
            return _problem(path, "it cannot be read, or it is not a small text file")
        try:
            text = read.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _problem(path, "it is not UTF-8 text")
        return parse_config(text, path)
    return MachineConfig()
