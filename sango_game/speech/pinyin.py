"""Chinese characters to numbered pinyin (`ni3 hao3`) for espeak-ng's
`cmn-latn-pinyin` voice, with the optional `pypinyin` package.

espeak-ng's `cmn` voice (1.51) turns characters into pinyin itself and then
says the tone numbers as English words ("ni three hao three"); its
`cmn-latn-pinyin` voice reads numbered pinyin with the right tones. Without pypinyin,
`available()` is False and the caller falls back to `cmn`.
"""

from __future__ import annotations

import re

# Full-width punctuation becomes ASCII so espeak-ng pauses at it.
_PUNCTUATION = str.maketrans({
    "，": ",", "。": ".", "！": "!", "？": "?", "：": ":", "；": ";", "、": ",",
    "（": "(", "）": ")", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "...",
    "《": '"', "》": '"', "—": ",", "～": " ",
})
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SPACE_BEFORE = re.compile(r"\s+([,.!?:;)\"'])")


def available() -> bool:
    try:
        import pypinyin  # noqa: F401
    except ImportError:
        return False
    return True


def to_pinyin(text: str) -> str:
    """`你好，小明。` -> `ni3 hao3, xiao3 ming2.`; text with no Han characters is kept."""
    if not _HAN.search(text):
        return text.translate(_PUNCTUATION)
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True,
                            errors="default")
    joined = " ".join(piece.strip() for piece in syllables if piece.strip())
    joined = joined.translate(_PUNCTUATION)
    return _SPACE_BEFORE.sub(r"\1", joined).strip()
