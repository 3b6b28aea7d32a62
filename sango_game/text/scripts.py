"""The writing system (ISO 15924 script code) of each character, for shaping and fonts.

A table of Unicode blocks gives the script of letters; punctuation, spaces and
digits ("Zyyy", common) and combining marks ("Zinh", inherited) take the script
of the text around them, as UAX #24 suggests, so "Pip!" stays one Latin run
and "، 12" inside Arabic stays with the Arabic font.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

COMMON = "Zyyy"
INHERITED = "Zinh"
UNKNOWN = "Zzzz"

# (first, last, script), sorted; letters outside these blocks are UNKNOWN.
_BLOCKS = (
    (0x0041, 0x005A, "Latn"), (0x0061, 0x007A, "Latn"), (0x00AA, 0x00AA, "Latn"),
    (0x00BA, 0x00BA, "Latn"), (0x00C0, 0x024F, "Latn"), (0x0250, 0x02AF, "Latn"),
    (0x0370, 0x03FF, "Grek"), (0x0400, 0x052F, "Cyrl"), (0x0530, 0x058F, "Armn"),
    (0x0590, 0x05FF, "Hebr"), (0x0600, 0x06FF, "Arab"), (0x0700, 0x074F, "Syrc"),
    (0x0750, 0x077F, "Arab"), (0x0780, 0x07BF, "Thaa"), (0x0870, 0x08FF, "Arab"),
    (0x0900, 0x097F, "Deva"), (0x0980, 0x09FF, "Beng"), (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"), (0x0B80, 0x0BFF, "Taml"), (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"), (0x0D00, 0x0D7F, "Mlym"), (0x0D80, 0x0DFF, "Sinh"),
    (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Laoo"), (0x0F00, 0x0FFF, "Tibt"),
    (0x1000, 0x109F, "Mymr"), (0x10A0, 0x10FF, "Geor"), (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x139F, "Ethi"), (0x1780, 0x17FF, "Khmr"), (0x1C80, 0x1C8F, "Cyrl"),
    (0x1E00, 0x1EFF, "Latn"), (0x1F00, 0x1FFF, "Grek"), (0x2C60, 0x2C7F, "Latn"),
    (0x2D00, 0x2D2F, "Geor"), (0x2DE0, 0x2DFF, "Cyrl"), (0x2E80, 0x2FDF, "Hani"),
    (0x3005, 0x3005, "Hani"), (0x3007, 0x3007, "Hani"), (0x3021, 0x3029, "Hani"),
    (0x3038, 0x303B, "Hani"), (0x3040, 0x309F, "Hira"), (0x30A0, 0x30FF, "Kana"),
    (0x3100, 0x312F, "Bopo"), (0x3130, 0x318F, "Hang"), (0x31A0, 0x31BF, "Bopo"),
    (0x31F0, 0x31FF, "Kana"), (0x3400, 0x4DBF, "Hani"), (0x4E00, 0x9FFF, "Hani"),
    (0xA640, 0xA69F, "Cyrl"), (0xA720, 0xA7FF, "Latn"), (0xAB30, 0xAB6F, "Latn"),
    (0xAC00, 0xD7AF, "Hang"), (0xF900, 0xFAFF, "Hani"), (0xFB00, 0xFB06, "Latn"),
    (0xFB1D, 0xFB4F, "Hebr"), (0xFB50, 0xFDFF, "Arab"), (0xFE70, 0xFEFF, "Arab"),
    (0xFF21, 0xFF3A, "Latn"), (0xFF41, 0xFF5A, "Latn"), (0xFF66, 0xFF9F, "Kana"),
    (0x20000, 0x3FFFF, "Hani"),
)
_FIRSTS = [first for first, _, _ in _BLOCKS]

# Scripts whose letters join, so a style change inside a word must keep the join.
JOINING = frozenset({"Arab", "Syrc"})
# Blocks whose non-letters (x, fullwidth "!", CJK marks) are shared by many scripts.
_SHARED_SYMBOL_BLOCKS = frozenset({"Latn", "Grek", "Cyrl", "Hani"})
# The script neutral text takes when a paragraph has no letters at all.
DEFAULT_FOR_LANGUAGE = {"ar": "Arab", "fa": "Arab", "ur": "Arab", "he": "Hebr",
                        "zh": "Hani", "ja": "Hani", "ko": "Hang", "ru": "Cyrl",
                        "uk": "Cyrl", "bg": "Cyrl", "el": "Grek"}


def base_language(lang: str) -> str:
    """"zh" for "zh_Hans", "zh-CN" or "ZH"."""
    return lang.replace("_", "-").split("-")[0].lower()


def language_script(lang: str) -> str:
    """The main script of a language (neutral-only text takes it)."""
    return DEFAULT_FOR_LANGUAGE.get(base_language(lang), "Latn")


def script_of(char: str) -> str:
    """The script of one character: a letter's block, or COMMON / INHERITED / UNKNOWN."""
    category = unicodedata.category(char)
    if category[0] == "M" or char in "\u200c\u200d":
        return INHERITED
    code = ord(char)
    index = bisect_right(_FIRSTS, code) - 1
    if index >= 0 and code <= _BLOCKS[index][1]:
        block_script = _BLOCKS[index][2]
        if category[0] == "L" or block_script not in _SHARED_SYMBOL_BLOCKS:
            return block_script  # letters, and a script's own digits and punctuation
    if category[0] == "L":
        return UNKNOWN
    return COMMON


def resolve_scripts(text: str, lang: str, levels: list[int] | None = None) -> list[str]:
    """The script of every character, common and inherited ones resolved from context.

    A neutral takes the script before it; with `levels` (bidi), only from the
    same level stretch, else the first script after it in that stretch, so the
    space between "Pip" and Arabic joins the Arabic run it is displayed with.
    """
    raw = [script_of(ch) for ch in text]
    levels = levels if levels is not None else [0] * len(text)
    neutral = (COMMON, INHERITED)
    resolved: list[str] = [""] * len(text)
    start = 0
    previous_any = ""
    while start < len(text):
        end = start
        while end < len(text) and levels[end] == levels[start]:
            end += 1
        previous = ""
        for index in range(start, end):
            if raw[index] not in neutral:
                previous = raw[index]
            resolved[index] = previous
        following = ""
        for index in range(end - 1, start - 1, -1):
            if raw[index] not in neutral:
                following = raw[index]
            if not resolved[index]:
                resolved[index] = following or previous_any
        previous_any = resolved[end - 1] or previous_any
        start = end
    first_real = next((s for s in raw if s not in neutral), None)
    fallback = first_real or language_script(lang)
    return [script or fallback for script in resolved]
