"""Babel's catalog and .po parser, made tolerant: problems are collected, never raised.

Used by `po_reader.read_po_file` and imported only when a `.po` file is read,
so Babel's message modules stay out of the game's start-up.
"""

from __future__ import annotations

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileParser

from sango_game.i18n.plurals import PluralRule, parse_plural_forms


class TolerantCatalog(Catalog):
    """A Catalog that records a bad header field instead of raising."""

    def __init__(self, fallback_rule: PluralRule, **kwargs) -> None:
        self.fallback_rule = fallback_rule
        self.rule: PluralRule | None = None
        self.has_plural_forms = False
        self.header_problems: list[tuple[str, str, str]] = []
        super().__init__(**kwargs)

    def _set_mime_headers(self, headers) -> None:
        for name, value in headers:
            key = str(name).lower()
            if key == "plural-forms":
                self.has_plural_forms = True
                rule, reason = parse_plural_forms(str(value))
                if rule is None:
                    self.header_problems.append((key, str(value), reason or ""))
                    rule = self.fallback_rule
                else:
                    self.rule = rule
                value = rule.header
            try:
                super()._set_mime_headers([(name, value)])
            except Exception as error:
                self.header_problems.append((key, str(value), str(error) or type(error).__name__))

    mime_headers = property(Catalog._get_mime_headers, _set_mime_headers)


class CollectingParser(PoFileParser):
    """Babel's parser, collecting what it cannot read instead of printing it."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__(catalog, ignore_obsolete=False, abort_invalid=False)
        self.invalid: list[tuple[int, str]] = []
        self.first_line: dict[tuple[str, str | None], int] = {}
        self.duplicates: list[tuple[int, int]] = []  # (line, line of the first copy)

    def _add_message(self) -> None:
        if self.messages and not self.obsolete:
            msgid = self.messages[0].denormalize()
            context = self.context.denormalize() if self.context else None
            line = self.offset + 1
            first = self.first_line.setdefault((msgid, context), line)
            if msgid and first != line:
                self.duplicates.append((line, first))
        super()._add_message()

    def _invalid_pofile(self, line, lineno, msg) -> None:
        self.invalid.append((lineno + 1, f"{msg}: {line!r}" if line else str(msg)))
