"""Statements as JSON lines: ``records export`` writes them for a USB stick,
``records import`` reads them on a school's gathering PC.

An imported file is untrusted. It is read with a size limit, and each line
must be one statement Sango itself could have written: a UUID ``id``, an actor
that is only a pseudonymous account (no name, no e-mail), a verb Sango uses,
and never a choice made under pressure. A line that breaks a rule is refused
with a ``Problem`` (SR code, line number and plain words); the others come in.
Statement IDs make a second import of the same file change nothing.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sango_game.records.statements import EXT_SAFETY, VERBS, Unsendable, to_statement
from sango_game.safe_files import read_limited
from sango_game.vocab.codes import problem
from sango_game.vocab.problems import Problem

IMPORT_LIMIT = 64 * 1024 * 1024  # bytes: about 100,000 statements
LINE_LIMIT = 16 * 1024  # characters in one statement
ACCOUNT_KEYS = {"homePage", "name"}


def _line_problem(path: Path, code: str, line: int, message: str) -> Problem:
    """SR001 not JSON, SR002 not a Sango statement, SR003 pressured, SR004 file."""
    return problem(code, str(path), line, 0, message=message)


def waiting_statements(store, limit: int | None = None):
    """``(statements, unsendable)``: ``[(id, statement)]`` of waiting rows, and
    ``[(id, reason)]`` of rows that must never be sent."""
    good, bad = [], []
    for sid, kind, body in store.outbox_waiting(limit):
        try:
            good.append((sid, to_statement(kind, body)))
        except Unsendable as why:
            bad.append((sid, str(why)))
    return good, bad


def export_lines(statements: list[tuple[str, dict[str, Any]]], path: Path) -> int:
    """Write one statement per line (UTF-8); returns how many."""
    text = "".join(json.dumps(statement, ensure_ascii=False, sort_keys=True) + "\n"
                   for _, statement in statements)
    Path(path).write_text(text, encoding="utf-8")
    return len(statements)


def read_lines(path: Path) -> tuple[list[tuple[str, str]], list[Problem]]:
    """``([(statement_id, json_text)], problems)`` of a JSON-lines file."""
    result = read_limited(path, IMPORT_LIMIT)
    if result.data is None:
        return [], [_line_problem(path, "SR004", 0, result.explain(IMPORT_LIMIT))]
    try:
        text = result.data.decode("utf-8")
    except UnicodeDecodeError:
        return [], [_line_problem(path, "SR004", 0, "the file is not UTF-8 text")]
    found, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) > LINE_LIMIT:
            problems.append(_line_problem(path, "SR002", number, "the line is too long"))
            continue
        try:
            statement = json.loads(line)
        except ValueError:
            problems.append(_line_problem(path, "SR001", number, "the line is not JSON"))
            continue
        why = check_statement(statement)
        if why is not None:
            problems.append(_line_problem(path, why[0], number, why[1]))
            continue
        found.append((statement["id"],
                      json.dumps(statement, ensure_ascii=False, sort_keys=True)))
    return found, problems


def check_statement(statement: object) -> tuple[str, str] | None:
    """None when Sango could have written ``statement``, else ``(code, why)``."""
    if not isinstance(statement, dict):
        return "SR002", "the line is not a statement"
    try:
        uuid.UUID(str(statement.get("id")))
    except ValueError:
        return "SR002", "the statement has no UUID id"
    actor = statement.get("actor")
    account = actor.get("account") if isinstance(actor, dict) else None
    if (not isinstance(actor, dict) or not isinstance(account, dict)
            or set(account) != ACCOUNT_KEYS
            or set(actor) - {"objectType", "account"}
            or not all(isinstance(v, str) and v for v in account.values())):
        return "SR002", "the actor is not a pseudonymous account (a name or e-mail is never sent)"
    verb = statement.get("verb")
    if not isinstance(verb, dict) or verb.get("id") not in VERBS.values():
        return "SR002", "the verb is not one Sango sends"
    result = statement.get("result")
    extensions = result.get("extensions") if isinstance(result, dict) else None
    if isinstance(extensions, dict) and extensions.get(EXT_SAFETY) not in (
            None, "safe", "unsafe", "mixed"):
        return "SR003", "a choice made under pressure is never sent"
    if not isinstance(statement.get("object"), dict):
        return "SR002", "the statement has no object"
    return None
