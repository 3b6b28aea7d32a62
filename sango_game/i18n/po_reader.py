"""Read one translator's `.po` file into a Babel `Catalog`, never raising.

Whatever is in the file (a syntax error, a wrong charset, a bad Plural-Forms
header, binary junk, nothing at all), `read_po_file` returns what could be
read plus `Problem`s saying what was wrong and on which line. Entries the
parser could not read are simply absent, so those texts stay in English.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sango_game.i18n import diagnostics
from sango_game.i18n.diagnostics import ERROR, WARNING, shown_path
from sango_game.i18n.plurals import PluralRule, cldr_rule

if TYPE_CHECKING:
    from babel.core import Locale
    from babel.messages.catalog import Catalog

    from sango_game.i18n.diagnostics import Problem

_MO_MAGIC = (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")
_CHARSET = re.compile(rb"charset\s*=\s*([A-Za-z0-9_.:-]+)", re.I)


@dataclass(frozen=True)
class PoFile:
    """What was read from one .po file."""

    path: Path
    catalog: Catalog | None  # None when nothing could be read
    rule: PluralRule  # the rule its plural entries follow
    problems: tuple[Problem, ...]
    broken: frozenset[tuple[object, str | None]] = frozenset()  # (msgid, msgctxt) not to trust
    mtime_ns: int = 0
    size: int = 0


def babel_locale(code: str | None) -> Locale | None:
    """Babel's Locale for a folder name like `pt_BR` or `zh_Hans`, or None."""
    if not code:
        return None
    from babel.core import Locale  # loaded on first use: a quicker start

    try:
        return Locale.parse(code.replace("-", "_"))
    except (ValueError, TypeError, LookupError):
        return None


def looks_like_po(path: Path) -> bool:
    """A quick look (no parsing): the file exists, is not empty and is not binary."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError:
        return False
    return bool(head.strip()) and head[:4] not in _MO_MAGIC and b"\x00" not in head


def read_po_file(
    path: Path, locale_code: str | None = None, *, comments: bool = True
) -> PoFile:
    """Read `path`; `locale_code` (its folder name) picks the fallback plural rule.

    `comments=False` (the game at run time) skips comments, locations and
    obsolete entries, keeping only the `#,` flags: faster, same translations.
    """
    path = Path(path)
    shown = shown_path(path)
    found: list[Problem] = []

    def report(code: str, severity: str, line: int, message: str) -> None:
        found.append(diagnostics.Problem(code, severity, shown, line, 1, message))

    fallback_rule = cldr_rule(locale_code)
    try:
        stat = path.stat()
        data = path.read_bytes()
    except OSError as error:
        report(diagnostics.READ_ERROR, ERROR, 1, f"cannot be read: {error.strerror or error}")
        return PoFile(path, None, fallback_rule, tuple(found))
    stamp = {"mtime_ns": stat.st_mtime_ns, "size": stat.st_size}

    if not data.strip():
        report(diagnostics.EMPTY_OR_BINARY, ERROR, 1, "the file is empty; the game shows English")
        return PoFile(path, None, fallback_rule, tuple(found), **stamp)
    if data[:4] in _MO_MAGIC or b"\x00" in data:
        report(
            diagnostics.EMPTY_OR_BINARY,
            ERROR,
            1,
            "this is not a text .po file (a compiled .mo file or binary data?); "
            "the game shows English",
        )
        return PoFile(path, None, fallback_rule, tuple(found), **stamp)

    from sango_game.i18n.po_parser import CollectingParser, TolerantCatalog  # Babel's, lazily

    text = _decode(data, report)
    locale = babel_locale(locale_code)
    catalog = TolerantCatalog(fallback_rule, locale=locale, charset="utf-8")
    parser = CollectingParser(catalog)
    lines = text.splitlines()
    try:
        parser.parse(lines if comments else _without_comments(lines))
    except Exception as error:  # Babel gave up part-way: keep what it read
        line = parser.offset + 1
        report(diagnostics.READ_ERROR, ERROR, line, f"cannot be read past here ({error})")
    for line, message in parser.invalid:
        report(diagnostics.READ_ERROR, ERROR, line, message)
    for line, first in parser.duplicates:
        report(
            diagnostics.DUPLICATE,
            ERROR,
            line,
            f"this text is already in the file at line {first}; keep only one of them",
        )
    bad_lines = _syntax_errors(lines)
    for line, message in bad_lines:
        report(diagnostics.READ_ERROR, ERROR, line, message)
    broken = _entries_on(catalog, [line for line, _message in bad_lines])
    for field, value, reason in catalog.header_problems:
        line = _header_line(lines, field)
        if field == "plural-forms":
            report(
                diagnostics.PLURAL_FORMS,
                ERROR,
                line,
                f"Plural-Forms {value!r} is not valid: {reason}; "
                f"using the CLDR rule {fallback_rule.header!r}",
            )
        else:
            report(diagnostics.BAD_HEADER, WARNING, line, f"header {field} {value!r}: {reason}")
    rule = catalog.rule or fallback_rule
    if not catalog.has_plural_forms and any(isinstance(m.id, tuple) for m in catalog if m.id):
        report(
            diagnostics.PLURAL_FORMS,
            ERROR,
            1,
            f"the header has no Plural-Forms although the file has plural entries; "
            f"add 'Plural-Forms: {fallback_rule.header}\\n'",
        )
    found.sort(key=lambda p: p.line)
    return PoFile(path, catalog, rule, tuple(found), broken, **stamp)


def _without_comments(lines: list[str]) -> list[str]:
    """The lines with every comment but the `#,` flags blanked (line numbers kept)."""
    return ["" if line[:1] == "#" and line[:2] != "#," else line for line in lines]


# A line holding a keyword and/or a quoted string that is not one whole string
# up to the end of the line: an unterminated string, or junk after it.
_BAD_STRING_LINE = re.compile(
    r'^[ \t]*(?:#~[ \t]*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]*)?'
    r'"(?!(?:[^"\\\n]|\\.)*"[ \t]*$).*$',
    re.M,
)


def _syntax_errors(lines: list[str]) -> list[tuple[int, str]]:
    """Lines Babel reads silently but wrongly: an unterminated or junk-tailed string."""
    text = "\n".join(lines)
    return [
        (text.count("\n", 0, match.start()) + 1,
         "a quoted string is not closed, or text follows it")
        for match in _BAD_STRING_LINE.finditer(text)
    ]


def _entries_on(catalog: Catalog, bad_lines: list[int]) -> frozenset:
    """The entries whose text spans one of `bad_lines` (so may be cut short)."""
    if not bad_lines:
        return frozenset()
    starts = sorted((m.lineno or 0, m.id, m.context) for m in catalog if m.id)
    broken = set()
    for bad in bad_lines:
        owner = None
        for start, msgid, context in starts:
            if start > bad:
                break
            owner = (msgid, context)
        if owner is not None:
            broken.add(owner)
    return frozenset(broken)


def _decode(data: bytes, report) -> str:
    """The file's text: UTF-8 if it is, else its declared charset, else repaired."""
    declared_match = _CHARSET.search(data[:4096])
    declared = declared_match.group(1).decode("ascii") if declared_match else None
    line_of_declaration = data[: declared_match.start()].count(b"\n") + 1 if declared_match else 1
    codec = _codec_name(declared)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_line = data[: error.start].count(b"\n") + 1
        if codec and codec != "utf-8":
            try:
                text = data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                text = None
            if text is not None:
                report(
                    diagnostics.CHARSET,
                    WARNING,
                    line_of_declaration,
                    f"the file is saved as {declared}; please save it as UTF-8 "
                    f"and say 'charset=UTF-8'",
                )
                return text
        report(
            diagnostics.CHARSET,
            ERROR,
            bad_line,
            "the file is not valid UTF-8 here; save it as UTF-8 (texts with broken "
            "characters stay in English)",
        )
        return data.decode("utf-8", errors="replace")
    if declared is not None and codec != "utf-8":
        report(
            diagnostics.CHARSET,
            ERROR,
            line_of_declaration,
            f"the header says charset={declared} but the file is UTF-8; "
            "write 'charset=UTF-8'",
        )
    return text


def _codec_name(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return codecs.lookup(declared).name
    except LookupError:
        return "unknown"


def _header_line(lines: list[str], field: str) -> int:
    needle = f'"{field.lower()}:'
    for number, line in enumerate(lines, start=1):
        if line.strip().lower().startswith(needle):
            return number
    return 1
