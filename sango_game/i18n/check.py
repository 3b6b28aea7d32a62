"""`check_catalogs`: everything wrong in the translation files, as Problems.

Used by `sango-game i18n check` and `sango-game validate`. It reports what the
game would refuse at run time (placeholders, markup, plural forms, broken
files) and what a translator should look at: texts past the length limit in
their comment, and Plural-Forms that differ from the CLDR rules.
"""

from __future__ import annotations

import re
from pathlib import Path

from sango_game.i18n import diagnostics, markup
from sango_game.i18n.compiled import compile_po
from sango_game.i18n.diagnostics import ERROR, WARNING, Problem, shown_path
from sango_game.i18n.languages import catalog_path, discover, fallback_chain, normalise
from sango_game.i18n.plurals import cldr_differences, cldr_rule
from sango_game.i18n.po_reader import PoFile, babel_locale, header_line, read_po_file

_LIMIT = re.compile(r"(?:keep under|length limit:?|at most)\s+(\d+)\s+characters", re.I)
MUCH_LONGER = 1.5  # past the limit *and* this much longer than the English: an error


def check_catalogs(locale_dir: Path, langs: list[str] | None = None) -> list[Problem]:
    """Problems in the catalogs of `locale_dir` (all languages, or only `langs`)."""
    paths, found = discover(locale_dir)
    found = list(found)
    selected = sorted(paths)
    if langs:
        selected = []
        for wanted in langs:
            chain = fallback_chain(wanted, paths)
            name = chain[0] if chain else None
            if name is None:
                found.append(
                    Problem(
                        diagnostics.UNKNOWN_LANGUAGE,
                        ERROR,
                        shown_path(catalog_path(locale_dir, normalise(wanted))),
                        1,
                        1,
                        f"there is no catalog for {wanted!r}; "
                        + (f"start one with `sango-game i18n new {wanted}`"
                           if babel_locale(wanted) is not None
                           else "it is not a language code Babel knows (try fr, pt_BR, zh_Hans)"),
                    )
                )
            elif name not in selected:
                selected.append(name)
    for code in selected:
        found.extend(check_file(paths[code], code))
    return sorted(found, key=lambda p: (p.path, p.line, p.code))


def check_file(path: Path, code: str | None) -> list[Problem]:
    """Every problem in one .po file."""
    po = read_po_file(path, code)
    found = list(compile_po(po).problems)
    found.extend(_plural_rule_notes(po, code))
    found.extend(_length_problems(po))
    found.extend(_template_defaults(po))
    return found


TEMPLATE_DEFAULTS = {
    "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
    "Language-Team": "LANGUAGE <LL@li.org>",
}


def _template_defaults(po: PoFile) -> list[Problem]:
    """Header fields still holding the template's placeholder (msgfmt warns too)."""
    if po.catalog is None:
        return []
    lines = po.lines
    found = []
    for field, default in TEMPLATE_DEFAULTS.items():
        for number, line in enumerate(lines, start=1):
            if line.strip() == f'"{field}: {default}\\n"':
                found.append(
                    Problem(
                        diagnostics.BAD_HEADER,
                        WARNING,
                        shown_path(po.path),
                        number,
                        1,
                        f"{field} still says {default!r}; put a name there "
                        f"(e.g. 'Sango translators')",
                    )
                )
    return found


def _plural_rule_notes(po: PoFile, code: str | None) -> list[Problem]:
    """A warning when the header groups numbers differently from CLDR (the game follows
    the header either way: it is what the translator wrote and msgfmt checks)."""
    catalog = po.catalog
    if catalog is None or getattr(catalog, "rule", None) is None:
        return []
    difference = cldr_differences(po.rule, code)
    if difference is None:
        return []
    return [
        Problem(
            diagnostics.PLURAL_NOT_CLDR,
            WARNING,
            shown_path(po.path),
            header_line(list(po.lines), "plural-forms"),
            1,
            f"{difference.describe(po.rule)}. The game follows this header; "
            f"CLDR's rule is 'Plural-Forms: {cldr_rule(code).header}'",
        )
    ]


def limit_of(comments: list[str]) -> int | None:
    """The length limit a `#.` comment gives, if any (a comment may wrap over lines)."""
    match = _LIMIT.search(" ".join(comment.strip() for comment in comments))
    return int(match.group(1)) if match else None


def _length_problems(po: PoFile) -> list[Problem]:
    if po.catalog is None:
        return []
    found = []
    for message in po.catalog:
        if (not isinstance(message.id, str) or not message.id or message.fuzzy
                or not isinstance(message.string, str)):
            continue
        limit = limit_of(message.auto_comments)
        if limit is None or not message.string:
            continue
        length = len(markup.strip(message.string))
        if length <= limit:
            continue
        source_length = max(len(markup.strip(message.id)), 1)
        much_longer = length > MUCH_LONGER * source_length
        found.append(
            Problem(
                diagnostics.TOO_LONG,
                ERROR if much_longer else WARNING,
                shown_path(po.path),
                message.lineno or 1,
                1,
                f"{message.context or message.id!r}: {length} characters, past the limit of "
                f"{limit} (the English has {source_length}); it may not fit on screen",
            )
        )
    return found
