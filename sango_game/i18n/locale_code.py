"""A locale code (a folder name, a `--lang` value) to Babel's `Locale`, never raising.

Its own module because both the `.po` reader and the plural rules need it, and
neither may import the other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel.core import Locale

__all__ = ["babel_locale"]

# What a locale code may look like before Babel is asked: letters, digits and
# `_`/`-` separators, short (a folder name can be anything at all).
_CODE_SHAPE = re.compile(r"[A-Za-z]{2,8}(?:[_-][A-Za-z0-9]{1,8}){0,4}")


def babel_locale(code: str | None) -> Locale | None:
    """Babel's Locale for a folder name like `pt_BR` or `zh_Hans`, or None.

    None for anything Babel does not know (`arabic`, `xx`, `../x`, ""): never raises.
    """
    if not isinstance(code, str) or not _CODE_SHAPE.fullmatch(code):
        return None
    from babel.core import Locale  # loaded on first use: a quicker start

    try:
        return Locale.parse(code.replace("-", "_"))
    except Exception:  # UnknownLocaleError is none of ValueError/LookupError
        return None
