"""Find the level files under a folder without following links or blocking.

Listing a levels folder only reads directory entries (`os.scandir`), never
opens a file, and never follows a symbolic link to a folder, so a link loop or
a link to `/` cannot make it walk forever. It stops, with a finding, after
`MAX_FILES` entries or `MAX_DEPTH` folders deep.

What is listed, and what is reported instead (docs/LEVELS.md):
- every `*.yaml` / `*.yml` entry except tracks.yaml and topics.yaml, whatever
  it is: a pipe or a device named `x.yaml` is listed so that reading it gives
  its own SG041 finding; a folder named `x.yaml` gets SG041 and is not entered;
- a symbolic link to a file is listed only when it points inside the folder
  being listed (SG042 otherwise: a level in a school's folder must not be a
  link to some other file on the computer);
- a link to a folder is not followed (SG042 warning);
- a file name with control or bidi characters is not read (SG043);
- two names that differ only by case or Unicode form (`a.yaml`, `A.yaml`) are
  reported (SG046): they are the same file on Windows and macOS;
- a folder that cannot be listed, or too many files, give SG049.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from sango_game.content.findings import Finding, error, warning
from sango_game.printable import is_unsafe_char
from sango_game.resources import shown_path

MAX_FILES = 20_000  # directory entries looked at, in all folders together
MAX_DEPTH = 8  # folders below the one listed
NOT_LEVELS = frozenset({"tracks.yaml", "topics.yaml"})
SUFFIXES = (".yaml", ".yml")


def find_level_files(paths: list[Path]) -> tuple[list[Path], list[Finding]]:
    """Level files under the given files and folders, and what was skipped and why."""
    found: list[Path] = []
    findings: list[Finding] = []
    for path in paths:
        if _is_real_dir(path):
            files, more = _walk(path)
            found.extend(files)
            findings.extend(more)
        elif _has_unsafe_name(path):
            findings.append(_unsafe_name(path))
        else:
            found.append(path)  # named by the person: read (safely) whatever it is
    findings.extend(_name_collisions(found))
    return found, findings


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _walk(root: Path) -> tuple[list[Path], list[Finding]]:
    found: list[Path] = []
    findings: list[Finding] = []
    try:
        real_root = root.resolve()
    except (OSError, RuntimeError):
        real_root = root
    todo: list[tuple[Path, int]] = [(root, 0)]
    seen = 0
    while todo:
        folder, depth = todo.pop()
        try:
            with os.scandir(folder) as listing:
                entries = []
                for entry in listing:
                    seen += 1
                    if seen > MAX_FILES:
                        findings.append(error(
                            "SG049", shown_path(root), (1, 1),
                            f"more than {MAX_FILES:,} files and folders here; only the first "
                            "ones were looked at. Is this the right folder?"))
                        return _sorted(found), findings
                    entries.append(entry)
        except OSError as problem:
            findings.append(error("SG049", shown_path(folder), (1, 1),
                                  f"this folder cannot be listed ({problem.strerror or problem})"
                                  "; its levels are not loaded"))
            continue
        for entry in sorted(entries, key=lambda item: item.name, reverse=True):
            path = Path(entry.path)
            if _has_unsafe_name(path):
                findings.append(_unsafe_name(path))
                continue
            kind = _kind(entry)
            named_like_level = entry.name.lower().endswith(SUFFIXES)
            if kind in ("dir", "dir-link") and named_like_level:
                findings.append(error("SG041", shown_path(path), (1, 1),
                                      "this is a folder named like a level file; it is not "
                                      "read. A level must be a plain .yaml file"))
                continue
            if kind == "dir":
                if depth + 1 > MAX_DEPTH:
                    findings.append(error("SG049", shown_path(path), (1, 1),
                                          f"folders nest more than {MAX_DEPTH} deep here; "
                                          "the ones below are not looked at"))
                else:
                    todo.append((path, depth + 1))
                continue
            if kind == "dir-link":
                findings.append(warning("SG042", shown_path(path), (1, 1),
                                        "this is a link to a folder; links to folders are not "
                                        "followed, so levels in it are not loaded"))
                continue
            if not named_like_level or entry.name in NOT_LEVELS:
                continue
            if kind == "link" and not _points_inside(path, real_root):
                findings.append(error("SG042", shown_path(path), (1, 1),
                                      "this level file is a link to a file outside the levels "
                                      "folder, so it is not read; copy the file here instead"))
                continue
            found.append(path)
    return _sorted(found), findings


def _sorted(paths: list[Path]) -> list[Path]:
    return sorted(paths, key=lambda path: path.parts)


def _kind(entry: os.DirEntry) -> str:
    """'dir', 'dir-link', 'link' (to anything else) or 'file' (anything else)."""
    try:
        if entry.is_symlink():
            return "dir-link" if entry.is_dir(follow_symlinks=True) else "link"
        if entry.is_dir(follow_symlinks=False):
            return "dir"
    except OSError:
        return "file"  # reading it will say what is wrong
    return "file"


def _points_inside(path: Path, real_root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(real_root)
    except (OSError, RuntimeError):  # a link loop
        return False


def _has_unsafe_name(path: Path) -> bool:
    return any(is_unsafe_char(char) or unicodedata.category(char) == "Cs"
               for char in path.name)


def _unsafe_name(path: Path) -> Finding:
    return error("SG043", shown_path(path), (1, 1),
                 "this file name holds control characters, invisible direction marks or "
                 "bytes that are not text; rename the file (letters, digits, - and _)")


def _name_collisions(paths: list[Path]) -> list[Finding]:
    findings = []
    first: dict[tuple[str, str], Path] = {}
    for path in paths:
        key = (str(path.parent), unicodedata.normalize("NFKC", path.name).casefold())
        if key in first and first[key].name != path.name:
            findings.append(warning(
                "SG046", shown_path(path), (1, 1),
                f"this file name differs from '{first[key].name}' only by upper/lower case "
                "or by how its letters are encoded; on Windows and macOS they are the same "
                "file. Rename one"))
        first.setdefault(key, path)
    return findings
