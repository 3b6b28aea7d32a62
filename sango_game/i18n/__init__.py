"""Sango's translations: gettext `.po` catalogs read directly with Babel.

    from sango_game import i18n
    i18n.setup(locale_dir)              # finds locale/<lang>/LC_MESSAGES/sango.po
    i18n.set_language("ar")             # runtime switch, no restart
    i18n.current_language()             # Language(code, native_name, english_name, direction)
    i18n.available_languages()          # English + every readable catalog (+ pseudo if asked)
    i18n.problems()                     # Problems in the .po files (never raised)
    i18n.choose_language("zh")          # Choice("zh_Hans"); "tlh" -> Choice("en", Problem)

    from sango_game.i18n import _, N_, ngettext, pgettext, npgettext
    _("Hello, {nickname}!", nickname="Pip")
    ngettext("{n} star", "{n} stars", n)      # the catalog's Plural-Forms; {n} formatted
    pgettext("level-id/scene/line", "source text", nickname="Pip")

Every translated string is a format string: keyword arguments fill its plain
`{name}` placeholders, `{{`/`}}` are literal braces, and anything else stays as
written (see `placeholders`). Pseudo-locales `qps` and `qps-rtl` are always
selectable and are listed when `SANGO_PSEUDO=1` or `include_pseudo=True`.
No pygame here; this package is pure Python.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sango_game.i18n.languages import Choice, Language, choose
from sango_game.i18n.runtime import Translator

if TYPE_CHECKING:
    from sango_game.i18n.diagnostics import Problem

__all__ = [
    "Choice",
    "Language",
    "Problem",
    "N_",
    "_",
    "available_languages",
    "choose_language",
    "current_language",
    "gettext",
    "isolate",
    "ngettext",
    "npgettext",
    "pgettext",
    "problems",
    "set_language",
    "setup",
    "translator",
]

_translator = Translator()


def translator() -> Translator:
    """The process-wide Translator behind the functions below."""
    return _translator


def setup(locale_dir: Path | str | None = None) -> None:
    """Use the catalogs in `locale_dir` (default: the game's `locale/` folder)."""
    global _translator
    if locale_dir is None:
        from sango_game.resources import locale_dir as default_locale_dir

        locale_dir = default_locale_dir()
    _translator = Translator(Path(locale_dir))


def set_language(code: str) -> Language:
    """Switch to `code` now; returns the Language actually used (English if none fits)."""
    return _translator.set_language(code)


def isolate(text: str) -> str:
    """`text` as a Unicode bidi isolate, for a value shown inside text of either
    direction (a phone number, a nickname) without a translated sentence around it."""
    return f"\u2068{text}\u2069"


def current_language() -> Language:
    return _translator.active.language


def available_languages(include_pseudo: bool | None = None) -> tuple[Language, ...]:
    return _translator.available_languages(include_pseudo)


def choose_language(wanted: object) -> Choice:
    """What a typed code (`--lang zh`, `ar-EG`, `tlh`) means here; never prints or raises.

    Returns `Choice(code, problem)`: the code to pass to `set_language` ("en" when
    nothing fits) and, when the code was not usable, a Problem for the edge to print.
    """
    from sango_game.i18n.po_reader import looks_like_po

    paths = _translator.catalog_paths()
    return choose(wanted, {code for code, path in paths.items() if looks_like_po(path)})


def problems() -> tuple[Problem, ...]:
    return _translator.problems()


def gettext(message: str, /, **values: object) -> str:
    """Translate `message` and fill its placeholders from `values`."""
    return _translator.format(_translator.translate(None, message), values)


def ngettext(singular: str, plural: str, n: int, /, **values: object) -> str:
    """The plural form for `n` in the current language; `{n}` is formatted for it."""
    text = _translator.translate_plural(None, singular, plural, n)
    return _translator.format(text, {"n": n, **values})


def pgettext(context: str, message: str, /, **values: object) -> str:
    """Translate `message` said in `context` (for level text: its stable ID)."""
    return _translator.format(_translator.translate(context, message), values)


def npgettext(context: str, singular: str, plural: str, n: int, /, **values: object) -> str:
    text = _translator.translate_plural(context, singular, plural, n)
    return _translator.format(text, {"n": n, **values})


def N_(message: str, /) -> str:
    """Mark `message` for translation without translating it now."""
    return message


_ = gettext


def __getattr__(name: str):
    """`Problem` is loaded on first use (see `diagnostics`): the game starts faster."""
    if name == "Problem":
        from sango_game.i18n import diagnostics

        return diagnostics.Problem
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
