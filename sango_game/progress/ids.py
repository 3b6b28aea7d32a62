"""Ids and timestamps, made in Python before a write.

A write that has to wait in memory (disk full) must mean the same thing when
it finally runs, so ids are random here rather than assigned by SQLite, and
times are fixed when the child acted, not when the disk accepted it.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime


def new_id() -> str:
    """A random 64-bit id as 16 hex digits (unique across PCs for export/import)."""
    return secrets.token_hex(8)


def now() -> str:
    """The current UTC time, ISO 8601 with milliseconds, e.g. 2026-11-24T09:13:27.120Z."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
