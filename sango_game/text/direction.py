"""Which way a language is written: right-to-left for Arabic, Hebrew, Persian, Urdu…

The i18n layer may know better (CLDR, pseudo-locales such as "qps-rtl"), so
every entry point also accepts an explicit "ltr"/"rtl" override.
"""

from __future__ import annotations

RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb",
                           "syr", "ks"})
RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"})
RTL_PSEUDO = frozenset({"qps-rtl", "qps-plocm", "ar-xb", "en-xb-rtl"})


def direction_of(lang: str, override: str | None = None) -> str:
    """"rtl" or "ltr" for a BCP 47-ish code ("ar", "ar-EG", "az_Arab", "qps-rtl")."""
    if override in ("ltr", "rtl"):
        return override
    code = lang.replace("_", "-").lower()
    if code in RTL_PSEUDO or code.endswith("-rtl"):
        return "rtl"
    parts = code.split("-")
    if any(part in RTL_SCRIPTS for part in parts[1:]):
        return "rtl"
    if any(len(part) == 4 and part.isalpha() for part in parts[1:]):
        return "ltr"  # an explicit non-RTL script, e.g. "ks-Deva"
    return "rtl" if parts[0] in RTL_LANGUAGES else "ltr"
