"""Bring every translation up to date with the template, and start new ones.

`update_catalogs` is Babel's merge with one improvement for level text: when
the English of a text changed but its msgctxt (its stable ID) did not, the old
translation is kept as a *fuzzy* suggestion for that same ID, with the old
English shown as `#| msgid`. Texts gone from the template are kept at the end
as obsolete `#~` entries. A file that cannot be read cleanly is left alone.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Message
from babel.messages.pofile import write_po

from sango_game.i18n import diagnostics
from sango_game.i18n.compiled import BabelText
from sango_game.i18n.diagnostics import Problem
from sango_game.i18n.languages import catalog_path, describe, discover, normalise
from sango_game.i18n.plurals import cldr_rule, examples
from sango_game.i18n.po_reader import babel_locale, read_po_file
from sango_game.i18n.status import REVIEW_NOTE

WIDTH = 76
# Problems that make a rewrite unsafe: text could be lost, or (PLURAL_FORMS) Babel
# would write its own CLDR header over the translator's, silently reordering forms.
_UNSAFE_TO_REWRITE = {
    diagnostics.READ_ERROR,
    diagnostics.CHARSET,
    diagnostics.EMPTY_OR_BINARY,
    diagnostics.PLURAL_FORMS,
    diagnostics.UNSAFE_FILE,
}


@dataclass(frozen=True)
class Updated:
    code: str
    path: Path
    problem: Problem | None = None  # set when the file was left alone


def update_catalogs(locale_dir: Path, template_path: Path) -> list[Updated]:
    """Merge the template into every catalog of `locale_dir`."""
    template = read_po_file(template_path).catalog
    if template is None:
        raise FileNotFoundError(template_path)
    results = []
    for code, path in sorted(discover(locale_dir)[0].items()):
        po = read_po_file(path, code)
        blocking = [p for p in po.problems if p.code in _UNSAFE_TO_REWRITE]
        if po.catalog is None or blocking:
            results.append(Updated(code, path, blocking[0] if blocking else po.problems[0]))
            continue
        catalog = po.catalog
        renamed = _match_by_context(catalog, template)
        catalog.update(template, no_fuzzy_matching=False)
        for (msgid, context), previous in renamed.items():
            message = catalog.get(msgid, context)
            if message is not None:
                message.previous_id = previous
        _write(catalog, path)
        results.append(Updated(code, path))
    return results


def _match_by_context(catalog, template) -> dict[tuple[BabelText, str], list[str]]:
    """Re-key translations whose English changed but whose msgctxt stayed; mark them fuzzy."""
    by_context: dict[str, list[Message]] = {}
    for message in catalog:
        if message.id and message.context:
            by_context.setdefault(message.context, []).append(message)
    renamed: dict[tuple[BabelText, str], list[str]] = {}
    for new in template:
        if not new.id or not new.context or catalog.get(new.id, new.context) is not None:
            continue
        old_entries = by_context.get(new.context, [])
        if len(old_entries) != 1 or not any(_strings(old_entries[0])):
            continue
        old = old_entries[0]
        if isinstance(old.id, tuple) != isinstance(new.id, tuple):
            continue
        catalog.delete(old.id, old.context)
        moved = old.clone()
        moved.id = new.id
        moved.flags = set(old.flags) | {"fuzzy"}
        catalog[new.id] = moved
        renamed[(new.id, new.context)] = [old.id] if isinstance(old.id, str) else list(old.id)
    return renamed


def _strings(message) -> list[str]:
    string = message.string
    return list(string) if isinstance(string, (tuple, list)) else [string]


def _write(catalog, path: Path) -> None:
    temporary = path.with_suffix(".po.tmp")
    with open(temporary, "wb") as handle:
        write_po(handle, catalog, width=WIDTH, include_previous=True, ignore_obsolete=False)
    temporary.replace(path)


DEFAULT_TRANSLATOR = "Sango translators"


def new_catalog(
    locale_dir: Path, template_path: Path, code: str, translator: str = DEFAULT_TRANSLATOR
) -> Path:
    """Start `locale/<code>/LC_MESSAGES/sango.po` from the template (never overwrites)."""
    code = normalise(code)
    locale = babel_locale(code)
    if locale is None:
        raise ValueError(f"{code!r} is not a language code Babel knows (try fr, pt_BR, zh_Hans)")
    path = catalog_path(locale_dir, code)
    if path.exists():
        raise FileExistsError(path)
    template = read_po_file(template_path).catalog
    if template is None:
        raise FileNotFoundError(template_path)
    catalog = template
    catalog.locale = locale
    catalog.mime_headers = [("Plural-Forms", cldr_rule(code).header)]
    catalog.fuzzy = False
    catalog.revision_date = datetime.datetime.now(datetime.UTC)
    language = describe(code)
    catalog.language_team = f"{language.english_name} <none>"
    catalog.last_translator = translator
    catalog.header_comment = header_comment(code)
    path.parent.mkdir(parents=True, exist_ok=True)
    _write(catalog, path)
    return path


def header_comment(code: str) -> str:
    """The comment at the top of a new catalog: the review note and the plural forms."""
    language = describe(code)
    rule = cldr_rule(code)
    lines = [
        f"# {language.english_name} ({language.native_name}) translation of Sango.",
        "# Copyright (C) the Sango contributors; distributed under the MIT licence.",
        f"# NOTE: this translation {REVIEW_NOTE}.",
        "# How to translate: docs/TRANSLATING.md",
        "#",
        f"# Plural forms in this language ({rule.nplurals}):",
    ]
    for index, numbers in enumerate(examples(rule)):
        shown = ", ".join(str(n) for n in numbers)
        lines.append(f"#   msgstr[{index}] is used for {shown}, ...")
    return "\n".join(lines)
