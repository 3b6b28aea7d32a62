"""The running game's translations: catalogs in memory, the current language,
and the lookups behind `_`, `ngettext`, `pgettext` and `npgettext`.

Each lookup walks the current language's fallback chain (`pt_BR` -> `pt`)
and ends at the English source. Catalogs are read straight from `.po` files
the first time a language is used and kept in memory; a file that changed on
disk (a translator saving in Poedit) is read again at the next
`set_language`. Nothing here raises for a bad file: see `problems()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel.core import Locale

from sango_game.i18n import placeholders, plurals
from sango_game.i18n.compiled import CompiledCatalog, compile_file
from sango_game.i18n.languages import (
    PSEUDO_LANGUAGES,
    SOURCE,
    Language,
    describe,
    discover,
    fallback_chain,
    normalise,
    pseudo_listed,
)
from sango_game.i18n.po_reader import babel_locale, looks_like_po
from sango_game.i18n.pseudo import PSEUDO_RTL, pseudo

if TYPE_CHECKING:
    from sango_game.i18n.diagnostics import Problem

_ENGLISH_LOCALE = Locale.parse(SOURCE)


@dataclass(frozen=True)
class Active:
    """What the current language needs for a lookup."""

    language: Language
    chain: tuple[CompiledCatalog, ...]
    locale: Locale
    pseudo_rtl: bool | None = None  # None: not a pseudo-locale

    def number(self, value: float) -> str:
        from babel.numbers import format_decimal  # loaded on first use: a quicker start

        return format_decimal(value, locale=self.locale, numbering_system="default")


ENGLISH_ACTIVE = Active(describe(SOURCE), (), _ENGLISH_LOCALE)


@dataclass
class Translator:
    """All catalogs of one locale folder and the language now in use.

    `locale_dir=None` means the game's own `locale/` folder (sango_game.resources).
    """

    locale_dir: Path | None = None
    active: Active = ENGLISH_ACTIVE
    _cache: dict[Path, CompiledCatalog] = field(default_factory=dict)

    # --- languages -------------------------------------------------------

    def folder(self) -> Path:
        """The locale folder in use (the game's own when none was given)."""
        if self.locale_dir is not None:
            return self.locale_dir
        from sango_game import resources

        return resources.locale_dir()

    def catalog_paths(self) -> dict[str, Path]:
        return discover(self.folder())[0]

    def available_languages(self, include_pseudo: bool | None = None) -> tuple[Language, ...]:
        """English first, then every readable catalog's language, then pseudo ones if asked."""
        languages = [describe(SOURCE)]
        for code, path in sorted(self.catalog_paths().items()):
            if code != SOURCE and looks_like_po(path):
                languages.append(describe(code))
        if pseudo_listed(include_pseudo):
            languages.extend(PSEUDO_LANGUAGES.values())
        return tuple(languages)

    def set_language(self, code: str) -> Language:
        """Switch every later lookup to `code` (or its nearest available language)."""
        wanted = normalise(code)
        if wanted in PSEUDO_LANGUAGES:
            self.active = Active(
                PSEUDO_LANGUAGES[wanted], (), _ENGLISH_LOCALE, pseudo_rtl=wanted == PSEUDO_RTL
            )
            return self.active.language
        paths = self.catalog_paths()
        chain = [self.catalog(name, paths[name]) for name in fallback_chain(wanted, paths)]
        chain = [catalog for catalog in chain if catalog.readable]
        if not chain:
            self.active = ENGLISH_ACTIVE
            return self.active.language
        best = chain[0].path.parent.parent.name
        locale = babel_locale(best) or _ENGLISH_LOCALE
        self.active = Active(describe(best), tuple(chain), locale)
        return self.active.language

    def catalog(self, code: str, path: Path) -> CompiledCatalog:
        """The compiled catalog for `path`, read again only when the file changed."""
        cached = self._cache.get(path)
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        if cached is not None and stamp == (cached.mtime_ns, cached.size):
            return cached
        compiled = compile_file(path, code)
        self._cache[path] = compiled
        return compiled

    def problems(self) -> tuple[Problem, ...]:
        """Every problem in every catalog file of the locale folder."""
        paths, found = discover(self.folder())
        collected = list(found)
        for code, path in sorted(paths.items()):
            collected.extend(self.catalog(code, path).problems)
        return tuple(sorted(collected, key=lambda p: (p.path, p.line, p.code)))

    # --- lookups ---------------------------------------------------------

    def translate(self, context: str | None, message: str) -> str:
        """The current language's text for `message` (unformatted)."""
        active = self.active
        key = (context, message)
        for catalog in active.chain:
            found = catalog.singular.get(key)
            if found:
                return found
        if active.pseudo_rtl is not None:
            return _pseudo(message, active.pseudo_rtl)
        return message

    def translate_plural(self, context: str | None, singular: str, plural: str, n: object) -> str:
        active = self.active
        key = (context, singular)
        for catalog in active.chain:
            forms = catalog.plural.get(key)
            if forms:
                return forms[catalog.rule.index(n)]
        english = singular if plurals.ENGLISH.index(n) == 0 else plural
        if active.pseudo_rtl is not None:
            return _pseudo(english, active.pseudo_rtl)
        return english

    def format(self, text: str, values: Mapping[str, object]) -> str:
        """Fill `{name}` placeholders safely; numbers in the language's style.

        In a right-to-left language each value is a Unicode isolate (FSI ... PDI),
        so a phone number "116 111" or a nickname "Pip!" keeps its own order
        inside Arabic text instead of being reordered with it.
        """
        isolate = self.active.language.direction == "rtl"
        return placeholders.fill(text, values, self.active.number, isolate=isolate)


@lru_cache(maxsize=4096)
def _pseudo(text: str, rtl: bool) -> str:
    return pseudo(text, rtl=rtl)
