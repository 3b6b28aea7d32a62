"""Characters that must never reach the screen raw, and IDs that only look valid.

Runs over every key and value of a parsed level (or tracks/topics file),
before the schema, with an explicit stack (no recursion):

- SG043: a control character (NUL, ESC, a carriage return...), or a line or
  paragraph separator, in any ID, file name, key or text. A text may hold line
  breaks (`|` blocks), nothing else.
- SG044: a bidi control (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C)
  in a text. They can reverse what a child reads; the text engine sets the
  direction itself. Both are errors, so such a level is never loaded or drawn.
- SG045: an ID that only looks valid: a letter from another alphabet that
  looks Latin (Cyrillic 'а'), a fullwidth or other special form of a digit or
  letter, an invisible character, a space, upper case, `/`, `\\` or `..`
  (IDs become translation contexts and file names), or more than 64
  characters. The schema's patterns reject most of these too, but say only
  "not a valid ID"; this says what is wrong with it.
"""

from __future__ import annotations

import re
import unicodedata

from sango_game.content.findings import Finding, error, short
from sango_game.content.safe_yaml import Document
from sango_game.printable import BIDI_CONTROLS, is_unsafe_char

ID_KEYS = frozenset({"id", "start", "next", "speaker", "topic", "track"})
ID_LIST_KEYS = frozenset({"set", "unset", "when"})
PATH_KEYS = frozenset({"picture", "background"})
MAX_ID_LENGTH = 64
_GOOD_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")


def check_text_safety(document: Document, shown: str, start: tuple = ()) -> list[Finding]:
    """SG043, SG044 and SG045 findings for every key and value of `document`.

    With `start` (a path of keys and indexes), only the part of the document there.
    """
    findings: list[Finding] = []
    node = document.data
    for key in start:
        node = node[key]  # type: ignore[index]
    stack: list[tuple[tuple, object, str]] = [(tuple(start), node, "text")]

    def check(path: tuple, value: str, kind: str) -> None:
        if value.isprintable() and (kind != "id" or _plain_id(value)):
            return  # the common case, decided without building a finding
        finding = _check_string(value, kind, shown, document.where(path))
        if finding:
            findings.append(finding)

    while stack:
        path, value, kind = stack.pop()
        if isinstance(value, dict):
            for key, child in value.items():
                if isinstance(key, str) and not key.isprintable() and _unsafe_chars(key, False):
                    findings.append(error("SG043", shown, document.where_key((*path, key)),
                                          f"the key '{short(key)}' holds {_describe_unsafe(key)}"))
                child_kind = _kind_of(key, kind)
                if type(child) is str:
                    if child.isprintable() and (child_kind != "id" or _plain_id(child)):
                        continue  # the common case: no path, no call
                    check((*path, key), child, child_kind)
                elif isinstance(child, dict | list):
                    stack.append(((*path, key), child, child_kind))
        elif isinstance(value, list):
            item_kind = "id" if kind == "id-list" else kind
            for index, item in enumerate(value):
                if isinstance(item, str):
                    check((*path, index), item, item_kind)
                elif isinstance(item, dict | list):
                    stack.append(((*path, index), item, item_kind))
        elif isinstance(value, str):
            check(path, value, kind)
    findings.sort(key=lambda finding: (finding.line, finding.col))
    return findings


def _plain_id(value: str) -> bool:
    """A well-formed ID, or condition (`not flag`): nothing to explain."""
    value = value[4:] if value.startswith("not ") else value
    return len(value) <= MAX_ID_LENGTH and _GOOD_ID.fullmatch(value) is not None


def _kind_of(key: object, parent_kind: str) -> str:
    if key in ID_KEYS:
        return "id"
    if key in ID_LIST_KEYS:
        return "id-list"
    if key in PATH_KEYS:
        return "path"
    return "text" if parent_kind in ("text", "id-list") else parent_kind


def _check_string(value: str, kind: str, shown: str, where: tuple[int, int]) -> Finding | None:
    if kind == "text":
        if _unsafe_chars(value, allow_newline=True) - BIDI_CONTROLS:
            return error("SG043", shown, where,
                         f"this text holds {_describe_unsafe(value, True)}; delete it (a text may "
                         "hold line breaks, but no other control characters)")
        if BIDI_CONTROLS.intersection(value):
            return error("SG044", shown, where,
                         "this text holds an invisible direction control (bidi character "
                         f"{_first_bidi(value)}); it can make the text read in the wrong order. "
                         "Delete it: the game sets the direction of every language itself")
        return None
    if _unsafe_chars(value, allow_newline=False):
        what = "ID" if kind == "id" else "file name"
        return error("SG043", shown, where,
                     f"this {what} holds {_describe_unsafe(value)}; delete it")
    if kind == "id":
        reason = id_problem(value.removeprefix("not ") if value.startswith("not ") else value)
        if reason:
            return error("SG045", shown, where, f"the ID '{short(value)}' {reason}")
    return None


def id_problem(value: str) -> str | None:
    """Why `value` only looks like an ID (None when it is fine, or just not an ID)."""
    if _GOOD_ID.fullmatch(value):
        if len(value) > MAX_ID_LENGTH:
            return f"is {len(value)} characters long; an ID has at most {MAX_ID_LENGTH}"
        return None
    if value != value.strip():
        return "has a space at its start or end; delete it"
    if any(char.isspace() for char in value):
        return "holds a space; use - or _ between words"
    for char in value:
        if unicodedata.category(char) == "Cf":
            return (f"holds an invisible character (U+{ord(char):04X} "
                    f"{unicodedata.name(char, '')}); retype the ID")
    for char in value:
        if ord(char) > 127:
            plain = unicodedata.normalize("NFKC", char)
            if plain.isascii() and plain != char:
                return (f"holds '{char}' ({unicodedata.name(char, 'a special character')}), "
                        f"a special form of '{plain}'; retype it as a plain '{plain.lower()}'")
            return (f"holds '{char}' ({unicodedata.name(char, 'a special character')}), which "
                    "only looks like a Latin letter or digit; IDs use a-z, 0-9, - and _ only")
    if "/" in value or "\\" in value or ".." in value:
        return ("holds '/', '\\' or '..'; IDs become part of translation contexts and file "
                "names, so they use a-z, 0-9, - and _ only")
    if value.lower() != value and _GOOD_ID.fullmatch(value.lower()):
        return "has upper-case letters; IDs are lower-case"
    return None


def _unsafe_chars(value: str, allow_newline: bool) -> set[str]:
    if value.isprintable() and not BIDI_CONTROLS.intersection(value):
        return set()
    return {char for char in value
            if is_unsafe_char(char) and not (allow_newline and char == "\n")}


def _describe_unsafe(value: str, allow_newline: bool = False) -> str:
    bidi_told_apart = BIDI_CONTROLS if allow_newline else frozenset()
    chars = sorted(_unsafe_chars(value, allow_newline) - bidi_told_apart)
    names = ", ".join(_char_name(char) for char in chars[:3])
    return f"a control character ({names})" if len(chars) == 1 else f"control characters ({names})"


def _char_name(char: str) -> str:
    if char in BIDI_CONTROLS:
        return f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip()
    names = {"\x00": "NUL", "\x1b": "ESC", "\r": "carriage return", "\t": "tab",
             "\n": "line break", "\x7f": "DEL"}
    return f"U+{ord(char):04X} {names.get(char, unicodedata.name(char, ''))}".strip()


def _first_bidi(value: str) -> str:
    char = next(char for char in value if char in BIDI_CONTROLS)
    return _char_name(char)
