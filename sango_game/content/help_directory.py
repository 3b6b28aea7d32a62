"""Load and check the help directory (`assets/help/directory.yaml`). Pure Python.

`load_help_directory()` returns `(HelpDirectory, findings)` and never raises: a
broken file gives findings and an empty directory, whose `help_for` still gives
the advice that always holds. Codes SG060-SG067 (see docs/HELP.md):
wrong shape, entry without source or date, bad country code, bad number, a
region fallback the region does not cover, unknown field, duplicate country,
entry due for re-checking. The format is described in assets/help/README.md.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TypeGuard

from sango_game import resources
from sango_game.content.findings import Finding, error, warning
from sango_game.content.help_model import (
    KINDS,
    UNKNOWN,
    CountryEntry,
    CountryHelp,
    HelpDirectory,
    HelpEntry,
    Region,
)
from sango_game.content.iso_countries import is_country_code
from sango_game.content.safe_yaml import Document, parse_yaml_bytes
from sango_game.resources import shown_path
from sango_game.safe_files import read_limited

MAX_BYTES = 1_000_000
RECHECK_DAYS = 365
_NUMBER = re.compile(r"[0-9+\- ]+")
_ENTRY_KEYS = frozenset({"name", "number", "url", "hours", "languages", "note",
                         "source", "checked"})
_COUNTRY_KEYS = frozenset({"country", "name", "fallback", *KINDS})
_REGION_KEYS = frozenset({"id", "works_in", *_ENTRY_KEYS})
_TOP_KEYS = frozenset({"format", "regions", "everywhere", "countries"})


def default_path():
    return resources.assets_dir() / "help" / "directory.yaml"


def load_help_directory(path=None, today: date | None = None
                        ) -> tuple[HelpDirectory, tuple[Finding, ...]]:
    """Read, check and build the directory. Bad entries are reported and left out."""
    path = path or default_path()
    shown = shown_path(path)
    result = read_limited(path, MAX_BYTES)
    if result.data is None:
        return HelpDirectory(path=shown), (
            error("SG060", shown, (1, 1),
                  f"the help directory cannot be read: {result.explain(MAX_BYTES)}"),)
    document, findings = parse_yaml_bytes(result.data, shown)
    if document is None:
        return HelpDirectory(path=shown), tuple(findings)
    builder = _Builder(document, shown, today or date.today())
    directory = builder.build()
    return directory, (*findings, *builder.findings)


def help_for(country_code: str, directory: HelpDirectory | None = None) -> CountryHelp:
    """The help to show for a country, from the shipped directory unless one is given."""
    if directory is None:
        directory, _ = load_help_directory()
    return directory.help_for(country_code)


class _Builder:
    """Walks the parsed file once, building the model and collecting findings."""

    def __init__(self, document: Document, shown: str, today: date) -> None:
        self.doc = document
        self.path = shown
        self.today = today
        self.findings: list[Finding] = []

    def err(self, code: str, where: tuple, message: str) -> None:
        self.findings.append(error(code, self.path, self.doc.where(where), message))

    def _unknown_keys(self, data: dict, allowed: frozenset[str], where: tuple) -> None:
        for key in data:
            if key not in allowed:
                self.findings.append(error(
                    "SG065", self.path, self.doc.where_key((*where, key)),
                    f"unknown field '{key}'; the fields here are {', '.join(sorted(allowed))}"))

    def _mapping(self, value: object, where: tuple, what: str) -> dict | None:
        if isinstance(value, dict):
            return value
        self.err("SG060", where, f"{what} must be a mapping (key: value lines)")
        return None

    def _list(self, value: object, where: tuple, what: str) -> list:
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self.err("SG060", where, f"{what} must be a list (lines starting with '-')")
        return []

    def build(self) -> HelpDirectory:
        data = self._mapping(self.doc.data, (), "the help directory")
        if data is None:
            return HelpDirectory(path=self.path)
        self._unknown_keys(data, _TOP_KEYS, ())
        if "countries" not in data:
            self.err("SG060", (), "the help directory needs a `countries:` list")
        regions = self._regions(data.get("regions"))
        everywhere = self._entries(data.get("everywhere"), ("everywhere",), "everywhere")
        countries = self._countries(data.get("countries"), regions)
        return HelpDirectory(countries, regions, everywhere, self.path)

    def _regions(self, value: object) -> dict[str, Region]:
        regions: dict[str, Region] = {}
        for index, row in enumerate(self._list(value, ("regions",), "`regions`")):
            where = ("regions", index)
            row = self._mapping(row, where, "a region")
            if row is None:
                continue
            self._unknown_keys(row, _REGION_KEYS, where)
            region_id = row.get("id")
            if not isinstance(region_id, str) or not region_id:
                self.err("SG060", where, "each region needs an `id`")
                continue
            codes = set()
            for c_index, code in enumerate(self._list(row.get("works_in"),
                                                      (*where, "works_in"), "`works_in`")):
                if self._check_code(code, (*where, "works_in", c_index)):
                    codes.add(code)
            entry = self._entry({k: v for k, v in row.items() if k in _ENTRY_KEYS}, where)
            if entry is not None:
                regions[region_id] = Region(region_id, entry, frozenset(codes))
        return regions

    def _countries(self, value: object, regions: dict[str, Region]) -> dict[str, CountryEntry]:
        countries: dict[str, CountryEntry] = {}
        for index, row in enumerate(self._list(value, ("countries",), "`countries`")):
            where = ("countries", index)
            row = self._mapping(row, where, "a country")
            if row is None:
                continue
            self._unknown_keys(row, _COUNTRY_KEYS, where)
            code = row.get("country")
            if not self._check_code(code, (*where, "country")):
                continue
            if code in countries:
                self.err("SG066", (*where, "country"),
                         f"{code} is already in the directory (line {countries[code].line}); "
                         "keep one entry a country")
                continue
            fallback = self._fallback(row.get("fallback"), code, regions, where)
            kinds = {kind: self._entries(row.get(kind), (*where, kind), kind) for kind in KINDS}
            countries[code] = CountryEntry(code=code, name=str(row.get("name") or ""),
                                           fallback=fallback, line=self.doc.where(where)[0],
                                           **kinds)
        return countries

    def _fallback(self, value: object, code: str, regions: dict[str, Region],
                  where: tuple) -> str | None:
        if value is None:
            return None
        region = regions.get(value) if isinstance(value, str) else None
        if region is None or not isinstance(value, str):
            self.err("SG064", (*where, "fallback"),
                     f"no region '{value}' in `regions:`; the fallback is not used")
            return None
        if code not in region.works_in:
            self.err("SG064", (*where, "fallback"),
                     f"{code} claims the fallback '{value}', but {code} is not in that "
                     "region's `works_in` list: add it there only with a source saying the "
                     "number works in this country")
            return None
        return value

    def _check_code(self, code: object, where: tuple) -> TypeGuard[str]:
        if is_country_code(code):
            return True
        self.err("SG062", where, f"'{code}' is not an ISO 3166-1 alpha-2 country code "
                 "(two capital letters, such as GB, FR or SA)")
        return False

    def _entries(self, value: object, where: tuple, what: str) -> tuple[HelpEntry, ...]:
        entries = []
        for index, row in enumerate(self._list(value, where, f"`{what}`")):
            row = self._mapping(row, (*where, index), "a help entry")
            if row is None:
                continue
            self._unknown_keys(row, _ENTRY_KEYS, (*where, index))
            entry = self._entry(row, (*where, index))
            if entry is not None:
                entries.append(entry)
        return tuple(entries)

    def _entry(self, row: dict, where: tuple) -> HelpEntry | None:
        """One entry; None (and a finding) when it has no source or date or a bad number."""
        ok = True
        source = row.get("source")
        sources = source if isinstance(source, list) and source else [source]
        if not all(isinstance(item, str) and item.startswith(("https://", "http://"))
                   for item in sources):
            self.err("SG061", (*where, "source") if "source" in row else where,
                     "every help entry needs a `source:`, the web address (https://...) of the "
                     "page its values were checked against, or a list of them")
            ok = False
        checked = row.get("checked")
        if isinstance(checked, str):
            try:
                checked = date.fromisoformat(checked)
            except ValueError:
                checked = None
        if not isinstance(checked, date):
            self.err("SG061", (*where, "checked") if "checked" in row else where,
                     "every help entry needs `checked:`, the date (YYYY-MM-DD) someone "
                     "checked it against its source")
            ok = False
        elif (self.today - checked).days > RECHECK_DAYS:
            self.findings.append(warning(
                "SG067", self.path, self.doc.where((*where, "checked")),
                f"checked on {checked.isoformat()}, over a year ago: check it again against "
                "its source and update the date"))
        number = row.get("number", UNKNOWN)
        number = UNKNOWN if number is None else str(number).strip()
        if number != UNKNOWN and not _NUMBER.fullmatch(number):
            self.err("SG063", (*where, "number"),
                     f"the number '{number}' may hold only digits, spaces, + and -; "
                     f"write `{UNKNOWN}` if it could not be confirmed")
            ok = False
        name = row.get("name")
        if not isinstance(name, str) or not name.strip():
            self.err("SG060", where, "every help entry needs a `name:`")
            ok = False
        if not ok or not isinstance(name, str) or not isinstance(checked, date):
            return None  # each of these was found above
        languages = row.get("languages") or ()
        return HelpEntry(
            name=name.strip(), source=tuple(str(item) for item in sources), checked=checked,
            number=number,
            url=str(row["url"]) if row.get("url") else None,
            hours=str(row.get("hours") or UNKNOWN),
            languages=tuple(str(item) for item in languages) if isinstance(languages, list)
            else (),
            note=str(row.get("note") or ""), line=self.doc.where(where)[0],
        )
