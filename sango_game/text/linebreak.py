"""Where a line may break (UAX #14, via uniseg) and where a too-long word may be cut.

uniseg is exact but slow in pure Python (about 0.1 ms a character), so text is
cut into chunks at places UAX #14 always allows a break (between two
ideographs; after spaces, before an ordinary letter or ideograph, when no
opening bracket or quote precedes the spaces)
and each chunk's answer is cached: a word seen once costs nothing again.
uniseg is imported on first use (it loads importlib.metadata), not with this module.
"""

from __future__ import annotations

from functools import partial

from .cache import LRUCache

_CHUNK_STARTERS = frozenset({"AL", "HL", "ID", "NU"})
# A chunk made only of these (then optional closing marks, then spaces) has no
# break inside: LB28/LB23/LB25/LB29 join letters, digits and "." "," between them,
# LB13 keeps "! ) ]" with what precedes, LB9 keeps marks, LB7 keeps spaces. Checked against uniseg
# in tests/text/test_text_parts.py.
_WORD_BODY = frozenset({"AL", "HL", "NU", "IS", "CM"})
_WORD_TAIL = frozenset({"EX", "CL", "CP", "IS"})
_LETTERS = frozenset({"AL", "HL"})
_chunk_cache: LRUCache[tuple[int, ...]] = LRUCache(20000)
_classes: dict[str, str] = {}


def _class(char: str) -> str:
    found = _classes.get(char)
    if found is None:
        from uniseg.linebreak import line_break

        found = _classes[char] = str(line_break(char))
    return found


def break_positions(text: str) -> list[int]:
    """Indices where a new line may start, ending with len(text); 0 is never listed."""
    positions: list[int] = []
    for start, end in _chunks(text):
        chunk = text[start:end]
        breaks = _chunk_cache.get_or_make(chunk, partial(_uniseg_breaks, chunk))
        positions.extend(start + offset for offset in breaks)
    return [p for p in positions
            if not _inside_number_range(text, p) and not _before_measure_word(text, p)]


_RANGE_DASHES = frozenset("-\u2010\u2011\u2012\u2013")


def _inside_number_range(text: str, position: int) -> bool:
    """Tailoring of UAX #14: never break a range of numbers such as "12–18" or "5-8".

    UAX #14 allows a break after a hyphen or an en dash; an age range split over
    two lines ("(12–" / "18)") reads as two numbers.
    """
    return (1 < position < len(text) and text[position - 1] in _RANGE_DASHES
            and text[position - 2].isdigit() and text[position].isdigit())


# CJK measure words and units that belong to the number before them ("5–8 岁",
# "3 个", "10 分钟"): a line must not start with one after a number.
_MEASURE_WORDS = frozenset(
    "岁歳年月日号時时点點分秒个個位名次回级級元圆円块塊角米克斤周天人本张張只隻件页頁章课課关關星度倍"
)
_NUMBER_GAPS = frozenset(" \u00a0\u2009\u202f\u3000")


def _before_measure_word(text: str, position: int) -> bool:
    """Tailoring of UAX #14: no break between a number and a following CJK measure word.

    UAX #14 allows a break between a digit and an ideograph, and after a space;
    an age label cut as "5–8" / "岁" reads as a bare number and a stray word.
    """
    if not 0 < position < len(text) or text[position] not in _MEASURE_WORDS:
        return False
    before = position - 1
    while before > 0 and text[before] in _NUMBER_GAPS:
        before -= 1
    return text[before].isdigit()


def _uniseg_breaks(chunk: str) -> tuple[int, ...]:
    if _is_plain_word(chunk):
        return (len(chunk),)
    from uniseg.linebreak import line_break_boundaries

    return tuple(b for b in line_break_boundaries(chunk) if b > 0)


def _is_plain_word(chunk: str) -> bool:
    """Letters/digits (a tail of closing marks allowed) then spaces: breaks only at the end."""
    core = chunk.rstrip(" ")
    if not core or _class(core[0]) not in ("AL", "HL", "NU"):
        return False
    index = len(core)
    while index > 1 and _class(core[index - 1]) in _WORD_TAIL:
        index -= 1
    body = core[:index]
    for position, char in enumerate(body):
        kind = _class(char)
        if kind in _WORD_BODY:
            continue
        # an apostrophe between two letters (l’école, don't): LB19 keeps it joined
        if kind != "QU" or not 0 < position < len(body) - 1:
            return False
        if _class(body[position - 1]) not in _LETTERS or _class(body[position + 1]) not in _LETTERS:
            return False
    return True


def _chunks(text: str) -> list[tuple[int, int]]:
    chunks = []
    start = 0
    for index in range(1, len(text)):
        if _always_breaks_before(text, index):
            chunks.append((start, index))
            start = index
    if start < len(text):
        chunks.append((start, len(text)))
    return chunks


def _always_breaks_before(text: str, index: int) -> bool:
    if _class(text[index]) == "ID" and _class(text[index - 1]) == "ID":
        return True  # between two ideographs (LB31); no rule looks back past one
    if text[index - 1] != " " or _class(text[index]) not in _CHUNK_STARTERS:
        return False
    before = index - 1
    while before >= 0 and text[before] == " ":
        before -= 1
    while before >= 0 and _class(text[before]) in ("CM", "ZWJ"):
        before -= 1  # LB9: marks and joiners take the class of the character before
    # LB14/LB15a: no break after an opening bracket or quote, even with spaces between
    return before < 0 or _class(text[before]) not in ("OP", "QU")


def grapheme_positions(text: str) -> list[int]:
    """Grapheme cluster boundaries after 0, ending with len(text): where a long word may be cut."""
    from uniseg.graphemecluster import grapheme_cluster_boundaries

    return [b for b in grapheme_cluster_boundaries(text) if b > 0]


def clear_cache() -> None:
    """Forget cached chunk breaks and line-break classes (for cold-start benchmarks)."""
    _chunk_cache.clear()
    _classes.clear()
