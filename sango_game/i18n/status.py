"""How complete each translation is: translated, fuzzy, missing and obsolete
counts against the template, for the interface and for each level.

Messages are grouped by where they come from: `ui` (the game's Python code),
`tracks-topics` (levels/tracks.yaml and levels/topics.yaml) and one group per
level (the first part of the msgctxt). Help-line texts (assets/helplines.yaml)
count as interface text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog

from sango_game.i18n.diagnostics import shown_path
from sango_game.i18n.languages import describe, discover
from sango_game.i18n.po_reader import read_po_file

REVIEW_NOTE = "awaits review by a native speaker"
UI_GROUP = "ui"
TABLES_GROUP = "tracks-topics"


@dataclass
class Counts:
    translated: int = 0
    fuzzy: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.missing

    @property
    def percent(self) -> float:
        """Translated share, 0-100, rounded down to 0.1 so 100 means every message."""
        if not self.total:
            return 100.0
        return math.floor(1000 * self.translated / self.total) / 10

    def as_dict(self) -> dict[str, float | int]:
        return {
            "percent": self.percent,
            "translated": self.translated,
            "fuzzy": self.fuzzy,
            "missing": self.missing,
            "total": self.total,
        }


@dataclass
class LanguageStatus:
    code: str
    name: str
    path: str
    counts: Counts = field(default_factory=Counts)
    obsolete: int = 0
    unused: int = 0  # entries the template no longer has (run `i18n update`)
    awaiting_review: bool = False
    readable: bool = True
    groups: dict[str, Counts] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "path": self.path,
            **self.counts.as_dict(),
            "obsolete": self.obsolete,
            "unused": self.unused,
            "awaiting_review": self.awaiting_review,
            "readable": self.readable,
            "groups": {name: counts.as_dict() for name, counts in sorted(self.groups.items())},
        }


def group_of(message) -> str:
    """`ui`, `tracks-topics` or the level ID a template message belongs to."""
    files = [location[0] for location in message.locations]
    if any(name.endswith((".yaml", ".yml")) for name in files) and message.context:
        head = message.context.split("/", 1)[0]
        if head in ("track", "topic"):
            return TABLES_GROUP
        if head == "helpline":
            return UI_GROUP  # assets/helplines.yaml: shown on the Help screen
        return head
    return UI_GROUP


def is_translated(message) -> bool:
    if message is None or message.fuzzy:
        return False
    strings = message.string if isinstance(message.string, (tuple, list)) else [message.string]
    return bool(strings) and all(strings)


def language_status(template: Catalog, path: Path, code: str) -> LanguageStatus:
    po = read_po_file(path, code)
    status = LanguageStatus(code, describe(code).native_name, shown_path(path))
    catalog = po.catalog
    status.readable = catalog is not None
    if catalog is not None:
        status.obsolete = len(catalog.obsolete)
        status.awaiting_review = REVIEW_NOTE in (catalog.header_comment or "")
        wanted = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in template if m.id}
        status.unused = sum(
            1
            for m in catalog
            if m.id and (m.id if isinstance(m.id, str) else m.id[0], m.context) not in wanted
        )
    for message in template:
        if not message.id:
            continue
        entry = catalog.get(message.id, message.context) if catalog is not None else None
        if entry is not None and (message.id, message.context) in po.broken:
            entry = None
        group = status.groups.setdefault(group_of(message), Counts())
        for counts in (group, status.counts):
            if is_translated(entry):
                counts.translated += 1
            elif entry is not None and entry.fuzzy and any(_strings(entry)):
                counts.fuzzy += 1
            else:
                counts.missing += 1
    return status


def _strings(message) -> list[str]:
    string = message.string
    return list(string) if isinstance(string, (tuple, list)) else [string]


def all_status(locale_dir: Path, template_path: Path) -> dict[str, LanguageStatus]:
    """{code: LanguageStatus} for every catalog in `locale_dir`."""
    template = read_po_file(template_path).catalog or Catalog()
    paths, _notes = discover(locale_dir)
    return {code: language_status(template, path, code) for code, path in sorted(paths.items())}
