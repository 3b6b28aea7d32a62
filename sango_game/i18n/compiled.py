"""A `.po` file turned into a fast lookup table the game can trust.

Only entries that are translated, not fuzzy and not obsolete are kept, and
only when every form passes the safety checks shared with `i18n check`:
the same placeholders as the English, no attribute or index access, the
same markup tags, the right number of plural forms, no broken characters.
An entry that fails is left out (so the English shows) and reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sango_game.i18n import diagnostics, markup, placeholders, text_safety
from sango_game.i18n.diagnostics import ERROR, shown_path
from sango_game.i18n.plurals import PluralRule
from sango_game.i18n.po_reader import PoFile, read_po_file

if TYPE_CHECKING:
    from sango_game.i18n.diagnostics import Problem

Key = tuple[str | None, str]  # (msgctxt, msgid)
# A message's text as Babel types it: one text, or plural forms (a tuple when read).
BabelText = str | tuple[str, ...] | list[str]


@dataclass(frozen=True)
class CompiledCatalog:
    """Translations of one language, ready for lookups."""

    path: Path
    singular: dict[Key, str]
    plural: dict[Key, tuple[str, ...]]
    rule: PluralRule
    problems: tuple[Problem, ...]
    mtime_ns: int
    size: int
    has_text: bool = True  # False when nothing could be read from the file

    @property
    def readable(self) -> bool:
        """False for an empty, binary, refused or unreadable file, which adds nothing."""
        return self.has_text


def compile_file(path: Path, locale_code: str | None) -> CompiledCatalog:
    """Read and check `path`; never raises."""
    return compile_po(read_po_file(path, locale_code, comments=False))


def compile_po(po: PoFile) -> CompiledCatalog:
    """The trusted lookup table of a file already read."""
    singular: dict[Key, str] = {}
    plural: dict[Key, tuple[str, ...]] = {}
    found = list(po.problems)
    if po.catalog is not None:
        for message in po.catalog:
            if not message.id or message.fuzzy or (message.id, message.context) in po.broken:
                continue
            if isinstance(message.id, tuple) and not po.plurals_trusted:
                continue  # no valid Plural-Forms (reported): these texts show in English
            issues = entry_issues(message.id, message.string, po.rule)
            if issues is None:
                continue  # untranslated
            if issues:
                found.extend(
                    diagnostics.Problem(
                        code, ERROR, shown_path(po.path), message.lineno or 1, 1, text
                    )
                    for code, text in issues
                )
                continue
            if not isinstance(message.id, str):
                plural[(message.context, message.id[0])] = tuple(message.string or ())
            elif isinstance(message.string, str):  # entry_issues passed: translated
                singular[(message.context, message.id)] = message.string
    found.sort(key=lambda p: p.line)
    return CompiledCatalog(
        po.path, singular, plural, po.rule, tuple(found), po.mtime_ns, po.size,
        has_text=po.catalog is not None,
    )


def entry_issues(
    msgid: BabelText, string: BabelText | None, rule: PluralRule
) -> list[tuple[str, str]] | None:
    """None when the entry is not translated, else its (code, reason) list (empty: fine)."""
    if not isinstance(msgid, str):
        forms = tuple(string) if isinstance(string, (tuple, list)) else (string or "",)
        if not any(forms):
            return None
        issues: list[tuple[str, str]] = []
        if len(forms) != rule.nplurals or not all(forms):
            filled = sum(1 for form in forms if form)
            issues.append(
                (
                    diagnostics.PLURAL_COUNT,
                    f"this language has {rule.nplurals} plural forms but "
                    f"{filled} are filled in",
                )
            )
        both = " ".join(msgid)  # the placeholders of either English form
        longest = max(msgid, key=len)
        for index, form in enumerate(forms):
            issues.extend(
                _text_issues(both, msgid[-1], form, plural_form=True, label=f"form {index}: ",
                             length_source=longest)
            )
        return issues
    if not isinstance(string, str) or not string:
        return None
    return _text_issues(msgid, msgid, string)


def _text_issues(
    placeholder_source: str,
    markup_source: str,
    translation: str,
    *,
    plural_form: bool = False,
    label: str = "",
    length_source: str | None = None,
) -> list[tuple[str, str]]:
    if not translation:
        return []
    issues = [
        (code, label + reason)
        for code, reason in text_safety.issues(length_source or markup_source, translation)
    ]
    if "\ufffd" in translation:
        issues.append((diagnostics.CHARSET, label + "contains a broken character (\ufffd)"))
    for found in (
        placeholders.compare(placeholder_source, translation, plural_form=plural_form),
        markup.compare(markup_source, translation),
    ):
        if found:
            issues.append((found[0], label + found[1]))
    return issues
