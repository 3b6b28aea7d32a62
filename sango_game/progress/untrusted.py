"""JSON from outside (an imported file, a value read back from progress.db),
checked before anything uses it.

``loads`` refuses, as a ``BadJson`` with plain words, what ``json.loads``
would crash on or quietly accept: nesting deeper than ``MAX_DEPTH`` (Python's
parser raises RecursionError on ``[[[[...``), ``NaN``/``Infinity`` and numbers
that overflow to them (``1e999``), whole numbers outside SQLite's 64-bit range,
text that is not UTF-8 or holds lone surrogates (SQLite can't store them),
and more than ``MAX_NODES`` values in all.

A problem names the place (``attempts[0].state.x``); keys from the file are
shown escaped and cut short, so the reason is safe to print or draw.

``check_tree`` applies the same rules to data already in memory (the
``import_profile(dict)`` API), walking it without recursion.
"""

from __future__ import annotations

import json
import math
from typing import Any

from sango_game.printable import printable

MAX_DEPTH = 32
MAX_NODES = 2_000_000
INT_MIN = -(2**63)
INT_MAX = 2**63 - 1
_NO_MARKUP = str.maketrans("{}<>", "()()")  # a key quoted in a problem is never markup
_INT_DIGITS_MAX = 20  # len(str(INT_MIN)); anything longer is out of range


class BadJson(ValueError):
    """The text or data is not JSON Sango can keep; the message says why."""


def loads(raw: bytes | str) -> Any:
    """Parse ``raw`` (bytes are UTF-8, a BOM is allowed) and check it (see module)."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise BadJson(f"not UTF-8 text (byte {error.start})") from None
    try:
        data = json.loads(raw, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_parse_constant)
    except RecursionError:
        raise BadJson(f"nested more than {MAX_DEPTH} levels deep") from None
    except BadJson:
        raise
    except ValueError as error:  # JSONDecodeError and int-string limits
        raise BadJson(f"not valid JSON ({_short(error)})") from None
    check_tree(data)
    return data


def check_tree(data: Any, max_depth: int = MAX_DEPTH) -> None:
    """Raise ``BadJson`` unless ``data`` is plain JSON data within the limits."""
    stack: list[tuple[Any, int, str]] = [(data, 1, "")]
    nodes = 0
    while stack:
        value, depth, where = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise BadJson(f"more than {MAX_NODES:,} values")
        if depth > max_depth:
            raise BadJson(f"nested more than {max_depth} levels deep")
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise BadJson(f"{where or 'top'}: a key that is not text")
                _check_text(key, where)
                shown = printable(key[:40]).translate(_NO_MARKUP)
                stack.append((item, depth + 1, f"{where}.{shown}" if where else shown))
        elif isinstance(value, list | tuple):
            stack.extend((item, depth + 1, f"{where}[{index}]")
                         for index, item in enumerate(value))
        elif isinstance(value, str):
            _check_text(value, where)
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if not INT_MIN <= value <= INT_MAX:
                raise BadJson(f"{where or 'top'}: a number too large to store")
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise BadJson(f"{where or 'top'}: not a finite number")
        else:
            raise BadJson(f"{where or 'top'}: a {type(value).__name__}, not JSON data")


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadJson(f"{where or 'top'}: text with a lone surrogate character") from None


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _INT_DIGITS_MAX:
        raise BadJson("a number too large to store")
    value = int(text)
    if not INT_MIN <= value <= INT_MAX:
        raise BadJson("a number too large to store")
    return value


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BadJson(f"the number {text[:20]} is too large (it would be infinity)")
    return value


def _parse_constant(name: str) -> float:
    raise BadJson(f"{name} is not a number Sango accepts")


def _short(error: ValueError) -> str:
    text = str(error)
    return text if len(text) <= 120 else text[:117] + "..."
