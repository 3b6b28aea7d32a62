"""Export a profile to a JSON file and import it on another PC.

The file (``format: "sango-profile"``, ``format_version: 1``) holds one child:
their profile (nickname, avatar, track, language, settings), every attempt with
its choices and runner state, and their badges. It holds no class (classes
belong to one school PC) and nothing else.

Import is a merge keyed by the random ids made when the rows were created:

- the same child (same profile id) is merged into the existing profile: new
  attempts, choices and badges are added, an attempt finished elsewhere replaces
  an unfinished copy here, and nothing already here is lost;
- a new child whose nickname is taken here by someone else is imported as
  "Nickname 2" (or the ``nickname`` the caller gives), and the report says so;
- importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from sango_game.progress import repair, texts, untrusted, validate
from sango_game.progress.ids import now
from sango_game.progress.import_checks import BadFile, check_shape
from sango_game.progress.records import ImportReport, Problem, WriteResult
from sango_game.progress.store_core import MixinBase
from sango_game.safe_files import read_limited

FORMAT = "sango-profile"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
Statement = tuple[str, tuple]
__all__ = ["BadFile", "ExchangeMixin", "check_export", "export_data", "plan_import",
           "read_export", "write_export"]


def export_data(db: sqlite3.Connection, profile_id: str) -> dict[str, Any] | None:
    from sango_game import __version__

    row = db.execute(
        "SELECT id, nickname, avatar, track, language, settings, created_at, last_played_at "
        "FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    if row is None:
        return None
    # Exported as the store hands it out: only known values (see ``repair``).
    checked, _fixed = repair.profile((*row[:6], None, *row[6:]))
    profile = {"id": checked.id, "nickname": checked.nickname, "avatar": checked.avatar,
               "track": checked.track, "language": checked.language,
               "settings": checked.settings, "created_at": checked.created_at,
               "last_played_at": checked.last_played_at}
    choices: dict[str, list[dict[str, Any]]] = {}
    for attempt_id, seq, scene_id, choice_id, safety, made_at in db.execute(
        "SELECT c.attempt_id, c.seq, c.scene_id, c.choice_id, c.safety, c.made_at "
        "FROM choices c JOIN attempts a ON a.id = c.attempt_id "
        "WHERE a.profile_id = ? ORDER BY c.attempt_id, c.seq",
        (profile_id,),
    ):
        choices.setdefault(attempt_id, []).append(
            {"seq": seq, "scene_id": scene_id, "choice_id": choice_id, "safety": safety,
             "made_at": made_at})
    attempt_keys = ("id", "level_id", "content_hash", "status", "started_at", "updated_at",
                    "finished_at", "ending_id", "stars", "state")
    attempts = []
    for attempt_row in db.execute(
        f"SELECT {', '.join(attempt_keys)} FROM attempts WHERE profile_id = ? "
        "ORDER BY started_at, rowid", (profile_id,),
    ):
        attempt = dict(zip(attempt_keys, attempt_row, strict=True))
        attempt["state"] = repair.json_dict(attempt["state"])
        attempt["status"] = repair.status(attempt["status"])
        attempt["stars"] = repair.stars(attempt["stars"])
        attempt["choices"] = choices.get(attempt["id"], [])
        attempts.append(attempt)
    badges = [{"badge_id": b, "earned_at": t} for b, t in db.execute(
        "SELECT badge_id, earned_at FROM badges WHERE profile_id = ? ORDER BY badge_id",
        (profile_id,))]
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "exported_at": now(),
            "sango_version": __version__, "profile": profile, "attempts": attempts,
            "badges": badges}


def write_export(data: dict[str, Any], path: Path) -> None:
    """Write the export next to its final name first, then rename (no half files)."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(text + "\n", encoding="utf-8")
    os.replace(temporary, path)


def read_export(path: Path) -> dict[str, Any] | Problem:
    """The checked data of an export file, or why it is refused. The file is read
    with ``safe_files.read_limited`` (a FIFO, a device, a link to /dev/zero or a
    huge file is refused without blocking) and parsed by ``untrusted.loads``."""
    read = read_limited(path, MAX_FILE_BYTES)
    if read.data is None:
        return refused(str(path), read.explain(MAX_FILE_BYTES))
    try:
        data = untrusted.loads(read.data)
    except untrusted.BadJson as error:
        return refused(str(path), str(error))
    return check_export(data, str(path))


def check_export(data: Any, place: str) -> dict[str, Any] | Problem:
    """``data`` when it follows every rule of ``import_checks``, else the Problem."""
    params = {"path": place}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return Problem("import-unreadable", place, texts.PROBLEM_IMPORT_UNREADABLE, params)
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        return Problem("import-too-new", place, texts.PROBLEM_IMPORT_TOO_NEW, params)
    if version != FORMAT_VERSION or isinstance(version, bool):
        return refused(place, f"format_version must be {FORMAT_VERSION}")
    try:
        check_shape(data)
    except BadFile as error:
        return refused(place, str(error))
    return data


def refused(place: str, detail: str) -> Problem:
    """The import is refused: ``detail`` says which value broke which rule."""
    return Problem("import-unreadable", place, texts.PROBLEM_IMPORT_REFUSED,
                   {"path": place, "detail": detail})


def plan_import(
    db: sqlite3.Connection, data: dict[str, Any], nickname: str | None = None
) -> tuple[tuple[Statement, ...], ImportReport] | Problem:
    """The statements that merge ``data`` (already checked) into ``db``, and what they do."""
    profile = data["profile"]
    profile_id = profile["id"]
    local = db.execute(
        "SELECT nickname, last_played_at FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    statements: list[Statement] = []
    renamed_from = None
    if local is not None:
        final_nickname = local[0]
        if not isinstance(final_nickname, str) or validate.check_nickname(final_nickname):
            final_nickname = validate.repair_nickname(final_nickname)  # as the store shows it
        if (profile["last_played_at"] or "") > (local[1] or ""):
            statements.append(("UPDATE profiles SET last_played_at = ? WHERE id = ?",
                               (profile["last_played_at"], profile_id)))
    else:
        wanted = validate.clean_nickname(nickname or profile["nickname"])
        problem = validate.check_nickname(wanted)
        if problem:
            return problem
        final_nickname = _free_nickname(db, wanted)
        if final_nickname != wanted or nickname:
            renamed_from = validate.clean_nickname(profile["nickname"])
            if final_nickname == renamed_from:
                renamed_from = None
        statements.append((
            "INSERT INTO profiles (id, nickname, nickname_key, avatar, track, language, settings, "
            "created_at, last_played_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (profile_id, final_nickname, validate.nickname_key(final_nickname), profile["avatar"],
             profile["track"], profile["language"], _dump(profile["settings"]),
             profile["created_at"], profile["last_played_at"])))

    added = updated = choices_added = 0
    for attempt in data["attempts"]:
        here = db.execute("SELECT profile_id, status, updated_at FROM attempts WHERE id = ?",
                          (attempt["id"],)).fetchone()
        values = (attempt["level_id"], attempt["content_hash"], attempt["status"],
                  attempt["started_at"], attempt["updated_at"], attempt["finished_at"],
                  attempt["ending_id"], attempt["stars"], _dump(attempt["state"]))
        if here is None:
            added += 1
            statements.append((
                "INSERT INTO attempts (id, profile_id, level_id, content_hash, status, started_at, "
                "updated_at, finished_at, ending_id, stars, state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (attempt["id"], profile_id, *values)))
        elif here[0] != profile_id:
            continue  # an id clash with another child's attempt: leave theirs alone
        elif here[1] != "done" and attempt["updated_at"] > here[2]:
            updated += 1
            statements.append((
                "UPDATE attempts SET level_id = ?, content_hash = ?, status = ?, started_at = ?, "
                "updated_at = ?, finished_at = ?, ending_id = ?, stars = ?, state = ? "
                "WHERE id = ?", (*values, attempt["id"])))
        known = {seq for (seq,) in db.execute(
            "SELECT seq FROM choices WHERE attempt_id = ?", (attempt["id"],))}
        for choice in attempt["choices"]:
            if choice["seq"] in known:
                continue
            choices_added += 1
            statements.append((
                "INSERT OR IGNORE INTO choices (attempt_id, seq, scene_id, choice_id, safety, "
                "made_at) VALUES (?, ?, ?, ?, ?, ?)",
                (attempt["id"], choice["seq"], choice["scene_id"], choice["choice_id"],
                 choice["safety"], choice["made_at"])))

    have = {b for (b,) in db.execute(
        "SELECT badge_id FROM badges WHERE profile_id = ?", (profile_id,))}
    badges_added = 0
    for badge in data["badges"]:
        if badge["badge_id"] not in have:
            badges_added += 1
            statements.append((
                "INSERT OR IGNORE INTO badges (profile_id, badge_id, earned_at) VALUES (?, ?, ?)",
                (profile_id, badge["badge_id"], badge["earned_at"])))
    report = ImportReport(profile_id, final_nickname, renamed_from, local is not None,
                          added, updated, choices_added, badges_added)
    return tuple(statements), report


class ExchangeMixin(MixinBase):
    """``export_profile`` / ``import_profile`` for ``ProgressStore`` (uses its
    ``_read`` and ``_write``)."""

    # --- export and import ---------------------------------------------------------
    def export_data(self, profile_id: str) -> dict[str, Any] | None:
        """One child's rows as the export format (see ``exchange``), or None."""
        return self._read(lambda db: export_data(db, profile_id), None)

    def export_profile(self, profile_id: str, path: str | Path) -> WriteResult:
        """Write a profile to a JSON file; ``value`` is the file's Path."""
        data = self.export_data(profile_id)
        if data is None:
            return WriteResult(False, problem=Problem(
                "not-found", "profile", texts.PROBLEM_NOT_FOUND))
        path = Path(path)
        try:
            write_export(data, path)
        except OSError:
            return WriteResult(False, problem=Problem(
                "export-failed", str(path), texts.PROBLEM_EXPORT_FAILED, {"path": str(path)}))
        return WriteResult(True, path)

    def import_profile(
        self, source: str | Path | dict[str, Any], nickname: str | None = None
    ) -> WriteResult:
        """Merge an exported profile (a file or its data); ``value`` is an ImportReport.

        ``nickname`` renames a new child on the way in; without it a clash with a
        different child here gives "Nickname 2" and ``report.notice()`` explains."""
        if isinstance(source, dict):
            data = check_export(source, "data")
        else:
            data = read_export(Path(source))
        if isinstance(data, Problem):
            return WriteResult(False, problem=data)
        planned = self._read(lambda db: plan_import(db, data, nickname), None)
        if planned is None:
            return WriteResult(False, problem=validate.bad_value("database", "unreadable"))
        if isinstance(planned, Problem):
            return WriteResult(False, problem=planned)
        statements, report = planned
        if not statements:
            return WriteResult(self.can_save, report)
        taken = Problem("nickname-taken", "nickname", texts.PROBLEM_NICKNAME_TAKEN,
                        {"nickname": report.nickname})
        return self._write(statements, report, taken)


def _free_nickname(db: sqlite3.Connection, wanted: str) -> str:
    """``wanted`` if nobody here has it, else "wanted 2", "wanted 3"... within the limit."""
    def taken(name: str) -> bool:
        return db.execute("SELECT 1 FROM profiles WHERE nickname_key = ?",
                          (validate.nickname_key(name),)).fetchone() is not None

    if not taken(wanted):
        return wanted
    number = 2
    while True:
        suffix = f" {number}"
        candidate = wanted[: validate.NICKNAME_MAX - len(suffix)].rstrip() + suffix
        if not taken(candidate):
            return candidate
        number += 1


def _dump(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
