"""Move a class between PCs: one JSON file with the class and each pupil's progress.

The file (``format: "sango-class"``, ``format_version: 1``) holds the class
(id, name, its settings) and, for every pupil, the same data as a profile
export (``progress.exchange``). Import merges by id: the class keeps its id,
each pupil is merged with ``store.import_profile`` and put in the class. A
second import of the same file changes nothing. No PIN and no other class
travel in the file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sango_game.classroom import classes, texts
from sango_game.progress.exchange import check_export
from sango_game.progress.ids import now
from sango_game.progress.records import Problem, WriteResult
from sango_game.safe_files import read_limited

FORMAT = "sango-class"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ClassImportReport:
    class_name: str
    class_added: bool
    pupils_added: int
    pupils_merged: int
    attempts_added: int
    choices_added: int
    renamed: tuple[tuple[str, str], ...]  # (nickname in the file, nickname here)

    @property
    def changed_anything(self) -> bool:
        return bool(self.class_added or self.pupils_added or self.attempts_added
                    or self.choices_added)


def export_class_data(store, info: classes.ClassInfo) -> dict[str, Any]:
    from sango_game import __version__

    pupils = [store.export_data(p.id) for p in store.list_profiles(info.id)]
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "exported_at": now(),
            "sango_version": __version__,
            "class": {"id": info.id, "name": info.name, "created_at": info.created_at,
                      "settings": info.settings()},
            "pupils": [p for p in pupils if p is not None]}


def export_class(store, info: classes.ClassInfo, path: str | Path) -> WriteResult:
    """Write the class file (next to its name first, then renamed); ``value`` is the Path."""
    path = Path(path)
    text = json.dumps(export_class_data(store, info), ensure_ascii=False, indent=1,
                      sort_keys=True)
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_text(text + "\n", encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        return WriteResult(False, problem=Problem("export-failed", str(path),
                                                  texts.EXPORT_FAILED, {"path": str(path)}))
    return WriteResult(True, path)


def read_class_file(path: str | Path) -> dict[str, Any] | Problem:
    place = str(path)
    unreadable = Problem("import-unreadable", place, texts.IMPORT_UNREADABLE, {"path": place})
    read = read_limited(Path(path), MAX_FILE_BYTES)
    if read.data is None:
        return unreadable
    try:
        data = json.loads(read.data.decode("utf-8"))
    except ValueError:
        return unreadable
    return check_class_data(data, place)


def check_class_data(data: Any, place: str) -> dict[str, Any] | Problem:
    unreadable = Problem("import-unreadable", place, texts.IMPORT_UNREADABLE, {"path": place})
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return unreadable
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return unreadable
    if version > FORMAT_VERSION:
        return Problem("import-too-new", place, texts.IMPORT_TOO_NEW, {"path": place})
    school_class = data.get("class")
    pupils = data.get("pupils")
    if not isinstance(school_class, dict) or not isinstance(pupils, list):
        return unreadable
    for key in ("id", "name", "created_at"):
        if not isinstance(school_class.get(key), str) or not school_class[key]:
            return unreadable
    if not isinstance(school_class.get("settings"), dict):
        return unreadable
    for pupil in pupils:
        if isinstance(check_export(pupil, place), Problem):
            return unreadable
    return data


def import_class(store, source: str | Path | dict[str, Any]) -> WriteResult:
    """Merge a class file; ``value`` is a ClassImportReport."""
    data = (check_class_data(source, "data") if isinstance(source, dict)
            else read_class_file(source))
    if isinstance(data, Problem):
        return WriteResult(False, problem=data)
    head = data["class"]
    before = store.get_class(head["id"])
    made = store.add_class_row(head["id"], head["name"], head["created_at"])
    if made.problem:
        return made
    if before is None:
        incoming = classes._info(made.value, head["settings"])
        info = replace(incoming, id=made.value.id, name=made.value.name)
        saved = classes.save_class(store, info)
        if saved.problem:
            return saved
    else:
        found = classes.find_class(store, head["id"])
        assert found is not None  # the class was in the store before this import
        info = found
    added = merged = attempts = choices = 0
    renamed = []
    for pupil in data["pupils"]:
        result = store.import_profile(pupil)
        if result.problem:
            return WriteResult(False, problem=result.problem)
        report = result.value
        if report.merged:
            merged += 1
        else:
            added += 1
        attempts += report.attempts_added
        choices += report.choices_added
        if report.renamed_from:
            renamed.append((report.renamed_from, report.nickname))
        profile = store.get_profile(report.profile_id)
        if profile is not None and profile.class_id != info.id:
            store.update_profile(profile.id, class_id=info.id)
    return WriteResult(store.can_save, ClassImportReport(
        info.name, before is None, added, merged, attempts, choices, tuple(renamed)))
