"""Checks on what callers ask the store to save; each returns a Problem or None.

The limits keep the file small and the screens tidy, and keep out anything that
is not a nickname: no control characters, at most ``NICKNAME_MAX`` characters.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime
from typing import Any

from sango_game.progress import known, texts, untrusted
from sango_game.progress.records import Problem

NICKNAME_MAX = 20
CLASS_NAME_MAX = 40
SHORT_TEXT_MAX = 200  # ids, asset paths, content hashes, language codes
JSON_MAX = 64_000  # runner state or settings, as JSON text
SAFETY_VALUES = ("safe", "unsafe", "mixed")
# Sango's text markup (<b>, {name}) is never part of a nickname: it is refused
# when typed in the game and when imported, by this one rule.
MARKUP_SIGNS = frozenset("<>{}")
ID = re.compile(rf"[A-Za-z0-9][A-Za-z0-9_.:-]{{0,{SHORT_TEXT_MAX - 1}}}")
TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?")
SEQ_MAX = 1_000_000


def clean_nickname(nickname: str) -> str:
    """The nickname as stored: NFC, surrounding spaces removed, inner runs collapsed."""
    return " ".join(unicodedata.normalize("NFC", str(nickname)).split())


def nickname_key(nickname: str) -> str:
    """Two nicknames clash when their keys are equal (case and width ignored)."""
    return unicodedata.normalize("NFKC", clean_nickname(nickname)).casefold()


def check_nickname(nickname: str, place: str = "nickname") -> Problem | None:
    cleaned = clean_nickname(nickname)
    if not cleaned:
        return Problem("nickname-empty", place, texts.PROBLEM_NICKNAME_EMPTY)
    if len(cleaned) > NICKNAME_MAX:
        return Problem(
            "nickname-too-long", place, texts.PROBLEM_NICKNAME_TOO_LONG, {"limit": NICKNAME_MAX}
        )
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in cleaned):
        return Problem("nickname-bad-characters", place, texts.PROBLEM_NICKNAME_BAD_CHARACTERS)
    if any(_bad_char(ch) for ch in cleaned):
        return Problem("nickname-bad-characters", place, texts.PROBLEM_NICKNAME_MARKUP)
    return None


def repair_nickname(nickname: object) -> str:
    """A stored nickname that breaks the rule, made to obey it (for reading back a
    damaged or hostile file): bad characters become "?", then cut to the limit."""
    text = clean_nickname(nickname if isinstance(nickname, str) else "")
    text = clean_nickname("".join("?" if _bad_char(ch) else ch for ch in text)[:NICKNAME_MAX])
    return text or "?"


def check_class_name(name: str) -> Problem | None:
    cleaned = clean_nickname(name)
    if not cleaned or len(cleaned) > CLASS_NAME_MAX:
        return bad_value("class_name", f"a class name has 1 to {CLASS_NAME_MAX} characters")
    if any(_bad_char(ch) for ch in cleaned):
        return bad_value("class_name", "a class name has no control characters, < > { or }")
    return None


def repair_class_name(name: object) -> str:
    """A stored class name made to obey the rule (as ``repair_nickname``)."""
    text = clean_nickname(name if isinstance(name, str) else "")
    text = clean_nickname("".join("?" if _bad_char(ch) else ch for ch in text)[:CLASS_NAME_MAX])
    return text or "?"


def _bad_char(ch: str) -> bool:
    return ch in MARKUP_SIGNS or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")


def check_text(value: Any, place: str, *, allow_empty: bool = False) -> Problem | None:
    if not isinstance(value, str) or (not value and not allow_empty):
        return bad_value(place, "expected a non-empty text")
    if len(value) > SHORT_TEXT_MAX:
        return bad_value(place, f"longer than {SHORT_TEXT_MAX} characters")
    return None


def check_id(value: Any, place: str) -> Problem | None:
    """An id (level, scene, choice, ending, badge, content hash, row id): letters,
    digits and ``_ . : -`` only, so it can never spell a path or carry markup."""
    if not isinstance(value, str) or not ID.fullmatch(value):
        return bad_value(place, "expected an id of letters, digits, _ . : or -")
    return None


def check_time(value: Any, place: str, *, allow_none: bool = False) -> Problem | None:
    """A time as Sango writes it (ISO 8601, e.g. 2026-11-24T09:13:27.120Z)."""
    if value is None and allow_none:
        return None
    if isinstance(value, str) and TIME.fullmatch(value):
        try:
            datetime.fromisoformat(value.removesuffix("Z"))
            return None
        except ValueError:  # 2026-13-45T99:99:99Z looks right but is no time
            pass
    return bad_value(place, "expected a time like 2026-11-24T09:13:27.120Z")


def check_seq(value: Any, place: str = "seq") -> Problem | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= SEQ_MAX:
        return bad_value(place, f"expected a whole number from 1 to {SEQ_MAX}")
    return None


def check_known(value: Any, field: str) -> Problem | None:
    """``value`` is one of the known avatars, tracks or languages (``known.py``)."""
    if not known.is_known(field, value):
        return bad_value(field, known.describe(field))
    return None


def dump_json(value: Any, place: str) -> tuple[str | None, Problem | None]:
    """``value`` (a dict) as compact JSON text, or the reason it can't be stored."""
    if value is None:
        value = {}
    if not isinstance(value, dict):
        return None, bad_value(place, "expected a dictionary")
    try:
        untrusted.check_tree(value)
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as error:  # untrusted.BadJson is a ValueError
        return None, bad_value(place, f"not JSON data ({error})")
    if len(text) > JSON_MAX:
        return None, bad_value(place, f"larger than {JSON_MAX} characters")
    return text, None


def check_safety(safety: object) -> Problem | None:
    if safety not in SAFETY_VALUES:
        return bad_value("safety", "safety is safe, unsafe or mixed")
    return None


def check_stars(stars: Any) -> Problem | None:
    if not isinstance(stars, int) or isinstance(stars, bool) or not 0 <= stars <= 3:
        return bad_value("stars", "stars are a whole number from 0 to 3")
    return None


def bad_value(place: str, detail: str) -> Problem:
    return Problem("bad-value", place, texts.PROBLEM_BAD_VALUE, {"detail": detail})
