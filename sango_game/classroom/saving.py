"""Save a class's printouts and files from the game, into a folder the teacher is told.

``exports_folder(data_folder)`` is ``<data folder>/exports``: it lives with the
progress itself, so it survives where the progress survives (a lab PC's
machine-wide folder, a school share). ``save(kind, folder, store, info,
levels, topics)`` writes one file there, named after the class and the kind
("4B report.pdf"), and returns a ``Saved``: the path, or a ``Problem`` in
plain words: the disk is full, the folder cannot be written, or the file could
not be written. Nothing here raises on a disk or folder error.

Kinds: ``report-pdf``, ``report-html``, ``report-csv``, ``certificates``,
``class-file`` (``classroom export``'s file) and ``cards`` (nickname cards,
the PDF ``classroom add-pupils --cards`` writes).
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

from sango_game.i18n import N_
from sango_game.progress.records import Problem

DISK_FULL = N_("The disk is full: {path} could not be saved. Free some space (or ask IT "
               "staff), then try again.")
FOLDER_NOT_WRITABLE = N_("Sango cannot write in the folder {folder}. Ask IT staff to let "
                         "this account write there.")
NOT_SAVED = N_("The file {path} could not be written.")
FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
REFUSED = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST}

KINDS = {  # kind: (what the file is called after the class name, its extension)
    "report-pdf": ("report", "pdf"),
    "report-html": ("report", "html"),
    "report-csv": ("report", "csv"),
    "certificates": ("certificates", "pdf"),
    "class-file": ("", "sango-class.json"),
    "cards": ("nickname cards", "pdf"),
}
UNSAFE_IN_NAMES = '<>:"/\\|?*'


@dataclass(frozen=True)
class Saved:
    path: Path
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def exports_folder(data_folder: str | Path) -> Path:
    return Path(data_folder) / "exports"


def file_name(class_name: str, kind: str) -> str:
    """"4B report.pdf": the class name made safe for every file system."""
    what, extension = KINDS[kind]
    safe = "".join("_" if ch in UNSAFE_IN_NAMES or ord(ch) < 32 else ch for ch in class_name)
    safe = safe.strip(" .") or "class"
    return f"{safe} {what}.{extension}" if what else f"{safe}.{extension}"


def problem_for(error: OSError, path: Path) -> Problem:
    """The plain-words problem for a failed write of ``path``."""
    if error.errno in FULL:
        return Problem("disk-full", str(path), DISK_FULL, {"path": str(path)})
    if error.errno in REFUSED or isinstance(error, PermissionError):
        return Problem("folder-not-writable", str(path.parent), FOLDER_NOT_WRITABLE,
                       {"folder": str(path.parent)})
    return Problem("not-saved", str(path), NOT_SAVED, {"path": str(path)})


def save(kind: str, folder: str | Path, store, info, levels=(), topics=(),
         pupils=None) -> Saved:
    """Write ``kind`` for the class ``info`` into ``folder`` (made when missing)."""
    path = Path(folder) / file_name(info.name, kind)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(kind, path, store, info, list(levels), list(topics), pupils)
    except OSError as error:
        for leftover in (path.with_name(path.name + ".part"),):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        return Saved(path, problem_for(error, path))
    return Saved(path)


def _write(kind: str, path: Path, store, info, levels, topics, pupils) -> None:
    from sango_game.classroom import certificates, report

    if kind.startswith("report-"):
        from sango_game.classroom import report_csv, report_html, report_pdf

        writer = {"report-pdf": report_pdf.write_report_pdf,
                  "report-html": report_html.write_report_html,
                  "report-csv": report_csv.write_report_csv}[kind]
        writer(report.build_report(store, info, levels, topics), path)
    elif kind == "certificates":
        certificates.write_certificates(store, info, levels, path)
    elif kind == "cards":
        from sango_game.classroom.cards import write_cards

        write_cards(info, pupils if pupils is not None else store.list_profiles(info.id), path)
    elif kind == "class-file":
        import json
        import os

        from sango_game.classroom import exchange

        text = json.dumps(exchange.export_class_data(store, info), ensure_ascii=False,
                          indent=1, sort_keys=True)
        temporary = path.with_name(path.name + ".part")  # as `classroom export` writes it
        temporary.write_text(text + "\n", encoding="utf-8")
        os.replace(temporary, path)
    else:
        raise ValueError(f"unknown kind {kind!r}")
