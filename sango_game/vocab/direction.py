"""Which way a language is written, from CLDR (Babel): the one source of direction.

`direction_of("ar")` is "rtl", `direction_of("fr")` "ltr". The i18n layer (the
language list, so the UI's mirroring) and the text engine (paragraph order
and alignment) both ask this function, so they always agree.

Codes CLDR does not know are read from their parts: `ar_XX` as `ar`, `xx_Arab`
as the script's usual language (CLDR's likely subtags). Pseudo-locales
(`qps-rtl`, `en-XB-rtl`...) are right-to-left by convention. Anything else
unknown is left-to-right. An explicit "ltr"/"rtl" override always wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

LTR, RTL = "ltr", "rtl"
RTL_PSEUDO = frozenset({"qps_rtl", "qps_plocm", "ar_xb", "en_xb_rtl"})
_SHAPE = re.compile(r"[A-Za-z]{2,8}(?:[_-][A-Za-z0-9]{1,8}){0,4}")


def direction_of(lang: str, override: str | None = None) -> str:
    """"rtl" or "ltr" for a language code ("ar", "ar-EG", "az_Arab", "qps-rtl")."""
    if override in (LTR, RTL):
        return override
    return _cldr_direction(str(lang))


def is_rtl(lang: str) -> bool:
    return direction_of(lang) == RTL


@lru_cache(maxsize=1024)
def _cldr_direction(lang: str) -> str:
    code = lang.strip().replace("-", "_")
    if code.lower() in RTL_PSEUDO or code.lower().endswith("_rtl"):
        return RTL
    if not _SHAPE.fullmatch(code):
        return LTR
    parts = code.split("_")
    order = _character_order(code)
    if order is None:
        script = next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
        if script:
            from babel.core import get_global

            likely = get_global("likely_subtags").get(f"und_{script}")
            order = _character_order(likely.split("_")[0]) if likely else None
        if order is None:
            order = _character_order(parts[0])
    return RTL if order == "right-to-left" else LTR


def _character_order(code: str) -> str | None:
    from babel.core import Locale  # loaded on first use: a quicker start

    try:
        return Locale.parse(code).character_order
    except Exception:  # UnknownLocaleError is none of ValueError/LookupError
        return None
