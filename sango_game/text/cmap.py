"""Which characters a font file has: a small reader for the OpenType `cmap` table.

pygame cannot tell a missing glyph from a real one (it measures the .notdef
box), so coverage is read from the font file itself. Handles single fonts
(.ttf/.otf) with the usual Unicode subtables (formats 4 and 12).
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from pathlib import Path


class Coverage:
    """A set of code points stored as sorted, non-overlapping ranges."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for first, last in sorted(ranges):
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], last))
            else:
                merged.append((first, last))
        self._firsts = [first for first, _ in merged]
        self._lasts = [last for _, last in merged]

    def __contains__(self, code: int) -> bool:
        index = bisect_right(self._firsts, code) - 1
        return index >= 0 and code <= self._lasts[index]

    def __len__(self) -> int:
        return sum(last - first + 1 for first, last in zip(self._firsts, self._lasts, strict=True))

    def has(self, char: str) -> bool:
        return ord(char) in self


EMPTY = Coverage([])


def read_coverage(path: Path) -> Coverage:
    """The code points `path` maps to glyphs; raises OSError/ValueError if unreadable."""
    data = Path(path).read_bytes()
    table = _find_table(data, b"cmap")
    _version, count = struct.unpack_from(">HH", data, table)
    best: tuple[int, int] | None = None  # (preference, offset)
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, table + 4 + 8 * index)
        fmt = struct.unpack_from(">H", data, table + offset)[0]
        preference = _preference(platform, encoding, fmt)
        if preference and (best is None or preference > best[0]):
            best = (preference, table + offset)
    if best is None:
        raise ValueError(f"{path}: no Unicode cmap subtable")
    start = best[1]
    fmt = struct.unpack_from(">H", data, start)[0]
    return Coverage(_format12(data, start) if fmt == 12 else _format4(data, start))


def _find_table(data: bytes, tag: bytes) -> int:
    if data[:4] == b"ttcf":
        raise ValueError("font collections (.ttc) are not supported; extract one font")
    count = struct.unpack_from(">H", data, 4)[0]
    for index in range(count):
        record = 12 + 16 * index
        if data[record : record + 4] == tag:
            return struct.unpack_from(">I", data, record + 8)[0]
    raise ValueError(f"no {tag.decode()} table")


def _preference(platform: int, encoding: int, fmt: int) -> int:
    if fmt == 12 and platform in (0, 3):
        return 2
    if fmt == 4 and (platform == 0 or (platform == 3 and encoding == 1)):
        return 1
    return 0


def _format4(data: bytes, start: int) -> list[tuple[int, int]]:
    seg_count = struct.unpack_from(">H", data, start + 6)[0] // 2
    ends = struct.unpack_from(f">{seg_count}H", data, start + 14)
    starts_at = start + 16 + 2 * seg_count
    starts = struct.unpack_from(f">{seg_count}H", data, starts_at)
    deltas = struct.unpack_from(f">{seg_count}h", data, starts_at + 2 * seg_count)
    range_offsets_at = starts_at + 4 * seg_count
    range_offsets = struct.unpack_from(f">{seg_count}H", data, range_offsets_at)
    ranges: list[tuple[int, int]] = []
    for seg in range(seg_count):
        first, last = starts[seg], ends[seg]
        if first == 0xFFFF:
            continue
        if range_offsets[seg] == 0:
            # glyph = code + delta; code points mapping to glyph 0 are missing
            if all((code + deltas[seg]) & 0xFFFF for code in (first, last)):
                ranges.append((first, last))
            else:
                ranges.extend((c, c) for c in range(first, last + 1) if (c + deltas[seg]) & 0xFFFF)
            continue
        glyphs_at = range_offsets_at + 2 * seg + range_offsets[seg]
        for code in range(first, last + 1):
            glyph = struct.unpack_from(">H", data, glyphs_at + 2 * (code - first))[0]
            if glyph:
                ranges.append((code, code))
    return ranges


def _format12(data: bytes, start: int) -> list[tuple[int, int]]:
    groups = struct.unpack_from(">I", data, start + 12)[0]
    ranges = []
    for index in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * index)
        if glyph == 0 and first == last:
            continue
        ranges.append((first, last))
    return ranges
