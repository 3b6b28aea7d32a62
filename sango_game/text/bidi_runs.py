"""Unicode Bidirectional Algorithm levels (python-bidi) and visual reordering of a line.

python-bidi 0.6 wraps the Rust `unicode-bidi` crate (UAX #9 with isolates and
bracket pairs) but only exposes the reordered string; its debug form lists the
resolved embedding level of every UTF-8 byte, which is what a layout needs
(levels first, line breaks next, reordering per line last, UAX #9 rule L2).
If that form ever changes, the pure-Python algorithm bundled with python-bidi
(`bidi.algorithm`, no bracket pairs) is used instead. That algorithm has no
isolates (it stops with "FSI not allowed here"), and i18n wraps every
formatted value in FSI…PDI, so isolates are resolved here first (rule X5a-X6a):
each isolate is one neutral character for the text around it, and its inside is
a paragraph of its own, raised to the next level of its direction.
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


_LRI, _RLI, _FSI, _PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_INITIATORS = frozenset((_LRI, _RLI, _FSI))
_NEUTRAL = "\ufffc"  # OBJECT REPLACEMENT CHARACTER, bidi class ON: stands for an isolate


def _levels_from_python(text: str, rtl: bool) -> list[int]:
    """Levels by the pure-Python algorithm, with isolates resolved here (it has none)."""
    base = 1 if rtl else 0
    outer_chars = list(text)
    isolates: list[tuple[int, int, str]] = []  # (initiator index, PDI index or len, kind)
    index = 0
    while index < len(text):
        char = text[index]
        if char in _INITIATORS:
            end = _matching_pdi(text, index)
            isolates.append((index, end, char))
            for position in range(index + 1, min(end + 1, len(text))):
                outer_chars[position] = ""  # the whole isolate is one neutral outside
            outer_chars[index] = _NEUTRAL
            index = end + 1
            continue
        if char == _PDI:
            outer_chars[index] = _NEUTRAL  # a PDI with no initiator is a neutral
        index += 1
    kept = [i for i, c in enumerate(outer_chars) if c]
    outer_levels = _python_algorithm("".join(outer_chars[i] for i in kept), rtl)
    levels = [base] * len(text)
    for position, level in zip(kept, outer_levels, strict=True):
        levels[position] = level
    for start, end, kind in isolates:
        outer = levels[start]
        if end < len(text):
            levels[end] = outer
        inside = text[start + 1 : end]
        if not inside:
            continue
        inner_rtl = kind == _RLI or (kind == _FSI and _first_strong_is_rtl(inside))
        raised = outer + 1
        if (raised % 2 == 1) != inner_rtl:
            raised += 1
        inner = _levels_from_python(inside, inner_rtl)
        shift = raised - (1 if inner_rtl else 0)
        for offset, level in enumerate(inner):
            levels[start + 1 + offset] = level + shift
    return levels


def _matching_pdi(text: str, start: int) -> int:
    """Index of the PDI closing the isolate opened at `start` (len(text) if none, rule BD9)."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] in _INITIATORS:
            depth += 1
        elif text[index] == _PDI:
            depth -= 1
            if depth == 0:
                return index
    return len(text)


def _first_strong_is_rtl(text: str) -> bool:
    """Rule P2/P3 for an FSI: the first strong letter outside nested isolates decides."""
    import unicodedata

    depth = 0
    for char in text:
        if char in _INITIATORS:
            depth += 1
        elif char == _PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return True
            if kind == "L":
                return False
    return False


def _python_algorithm(text: str, rtl: bool) -> list[int]:
    if not text:
        return []
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
