"""Read one translator's `.po` file into a Babel `Catalog`, never raising.

Whatever is in the file (a syntax error, a wrong charset, a bad Plural-Forms
header, binary junk, nothing at all), `read_po_file` returns what could be
read plus `Problem`s saying what was wrong and on which line. Entries the
parser could not read are simply absent, so those texts stay in English.

The file is read with `safe_files.read_limited`: a FIFO, a device, a link to
`/dev/zero`, a folder or a file above `MAX_PO_BYTES` is refused with a Problem
(I18N018) without blocking. A `Language:` header naming another language than
the folder is reported (I18N015); the folder name decides.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sango_game.i18n import diagnostics
from sango_game.i18n.diagnostics import ERROR, WARNING, shown_path
from sango_game.i18n.locale_code import babel_locale
from sango_game.i18n.plurals import PluralRule, cldr_rule
from sango_game.safe_files import NOT_A_FILE, TOO_BIG, is_regular_file, read_limited

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from sango_game.i18n.diagnostics import Problem

_MO_MAGIC = (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")
MAX_PO_BYTES = 4 * 1024 * 1024  # 4 MiB; a complete catalog of the game is about 150 kB
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
    plurals_trusted: bool = True  # False: no valid Plural-Forms, plural texts stay English
    lines: tuple[str, ...] = ()  # the file's text, line by line


def looks_like_po(path: Path) -> bool:
    """A quick look (no parsing): an ordinary file, not too big, not empty, not binary.

    Never blocks: a FIFO or a device is refused before it is opened.
    """
    head = _head(path, 65536)
    return (head is not None and bool(head.strip()) and head[:4] not in _MO_MAGIC
            and b"\x00" not in head)


def _head(path: Path, size: int) -> bytes | None:
    """The first `size` bytes of an ordinary file no bigger than MAX_PO_BYTES, else None.

    Opened as `safe_files.read_limited` opens (non-blocking, checked with fstat),
    but only the start is read: the language list looks at every catalog.
    """
    if not is_regular_file(path):
        return None
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_PO_BYTES:
            return None
        return os.read(fd, size)
    except OSError:
        return None
    finally:
        os.close(fd)


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
    result = read_limited(path, MAX_PO_BYTES)
    if result.data is None:
        unsafe = result.reason in (TOO_BIG, NOT_A_FILE)
        code = diagnostics.UNSAFE_FILE if unsafe else diagnostics.READ_ERROR
        report(code, ERROR, 1, f"not used: {result.explain(MAX_PO_BYTES)}; the game shows English")
        return PoFile(path, None, fallback_rule, tuple(found), plurals_trusted=False)
    data = result.data
    try:
        info = path.stat()
        mtime_ns, size = info.st_mtime_ns, info.st_size
    except OSError:
        mtime_ns, size = 0, len(data)

    if not data.strip():
        report(diagnostics.EMPTY_OR_BINARY, ERROR, 1, "the file is empty; the game shows English")
        return PoFile(path, None, fallback_rule, tuple(found), mtime_ns=mtime_ns, size=size)
    if data[:4] in _MO_MAGIC or b"\x00" in data:
        report(
            diagnostics.EMPTY_OR_BINARY,
            ERROR,
            1,
            "this is not a text .po file (a compiled .mo file or binary data?); "
            "the game shows English",
        )
        return PoFile(path, None, fallback_rule, tuple(found), mtime_ns=mtime_ns, size=size)

    from sango_game.i18n.po_parser import CollectingParser, TolerantCatalog  # Babel's, lazily

    text = _decode(data, report)
    locale = babel_locale(locale_code)
    catalog = TolerantCatalog(fallback_rule, locale=locale, charset="utf-8")
    parser = CollectingParser(catalog)
    # Lines end at "\n" only, as msgfmt reads them: str.splitlines would also cut
    # at U+0085, U+2028 and other characters a translation may hold.
    lines = [line.removesuffix("\r") for line in text.split("\n")]
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
        line = header_line(lines, field)
        if field == "plural-forms":
            report(
                diagnostics.PLURAL_FORMS,
                ERROR,
                line,
                f"Plural-Forms {value!r} is not valid: {reason}; texts with plural "
                f"forms show in English until it is fixed (CLDR's rule for this "
                f"language: {fallback_rule.header!r})",
            )
        else:
            report(diagnostics.BAD_HEADER, WARNING, line, f"header {field} {value!r}: {reason}")
    rule = catalog.rule or fallback_rule
    if not catalog.has_plural_forms and any(isinstance(m.id, tuple) for m in catalog if m.id):
        report(
            diagnostics.PLURAL_FORMS,
            ERROR,
            1,
            f"the header has no Plural-Forms although the file has plural entries, so "
            f"they show in English; add 'Plural-Forms: {fallback_rule.header}\\n'",
        )
    language_note = _language_mismatch(catalog, locale_code, lines)
    if language_note is not None:
        report(diagnostics.LANGUAGE_MISMATCH, WARNING, *language_note)
    found.sort(key=lambda p: p.line)
    return PoFile(path, catalog, rule, tuple(found), broken, mtime_ns=mtime_ns, size=size,
                  plurals_trusted=catalog.rule is not None, lines=tuple(lines))


def _language_mismatch(catalog, folder_code: str | None, lines: list[str]):
    """(line, message) when the `Language:` header names another language than the folder."""
    from sango_game.printable import printable

    written = _header_value(lines, "language")
    if not written or not folder_code:
        return None
    folder = babel_locale(folder_code)
    header = babel_locale(written.strip())
    if folder is None:
        return None
    if header is not None and header.language == folder.language:
        return None
    return (
        header_line(lines, "language"),
        f"the header says Language: {printable(written.strip())!r} but the file is in the "
        f"folder {folder_code!r}; the folder decides (fix the header to say {folder_code})",
    )


def _header_value(lines: list[str], field: str) -> str | None:
    needle = f'"{field.lower()}:'
    for line in lines[:60]:
        stripped = line.strip()
        if stripped.lower().startswith(needle):
            value = stripped[len(needle):].strip().strip('"')
            return value.removesuffix("\\n").strip()
    return None


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
            decoded: str | None
            try:
                decoded = data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                decoded = None
            if decoded is not None:
                report(
                    diagnostics.CHARSET,
                    WARNING,
                    line_of_declaration,
                    f"the file is saved as {declared}; please save it as UTF-8 "
                    f"and say 'charset=UTF-8'",
                )
                return decoded
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


def header_line(lines: list[str], field: str) -> int:
    needle = f'"{field.lower()}:'
    for number, line in enumerate(lines, start=1):
        if line.strip().lower().startswith(needle):
            return number
    return 1
