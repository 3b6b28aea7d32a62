"""Unicode Bidirectional Algorithm levels (python-bidi) and visual reordering of a line.

python-bidi 0.6 wraps the Rust `unicode-bidi` crate (UAX #9 with isolates and
bracket pairs) but only exposes the reordered string; its debug form lists the
resolved embedding level of every UTF-8 byte, which is what a layout needs
(levels first, line breaks next, reordering per line last, UAX #9 rule L2).
If that form ever changes, the pure-Python algorithm bundled with python-bidi
(`bidi.algorithm`, no isolates or bracket pairs) is used instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
T = TypeVar("T")


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character (even = LTR, odd = RTL)."""
    if not text:
        return []
    levels = _levels_from_rust(text, rtl)
    if levels is None:
        levels = _levels_from_python(text, rtl)
    return levels


def _levels_from_rust(text: str, rtl: bool) -> list[int] | None:
    try:
        from bidi import get_display

        debug = get_display(text, base_dir="R" if rtl else "L", debug=True)
        section = debug[debug.rindex("levels: [") : debug.rindex("paragraphs: [")]
    except (ImportError, ValueError, TypeError):
        return None
    byte_levels = [int(value) for value in _LEVEL.findall(section)]
    levels = []
    offset = 0
    for char in text:
        if offset >= len(byte_levels):
            return None
        levels.append(byte_levels[offset])
        offset += len(char.encode("utf-8"))
    return levels if offset == len(byte_levels) else None


def _levels_from_python(text: str, rtl: bool) -> list[int]:
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    kept_before = list(storage["chars"])
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    # X9 removed embedding controls from the list; they take their neighbour's level
    levels = []
    last = storage["base_level"]
    kept = {id(entry) for entry in storage["chars"]}
    for entry in kept_before:
        if id(entry) in kept:
            last = entry["level"]
        levels.append(last)
    return levels


def visual_order(items: Sequence[T], levels: Sequence[int]) -> list[T]:
    """Items of one line (each with one level) in display order, UAX #9 rule L2."""
    order = list(range(len(items)))
    if not items:
        return []
    highest = max(levels)
    lowest_odd = min(level for level in levels) | 1
    current = list(levels)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if current[index] >= level:
                end = index
                while end < len(order) and current[end] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                current[index:end] = reversed(current[index:end])
                index = end
            else:
                index += 1
    return [items[i] for i in order]
