"""The help directory's model: who a child (or their adult) can contact, per country.

Immutable values built by `help_directory.load_help_directory`. The one rule
that matters lives here, in `HelpDirectory.help_for`: a region-wide number (such
as the EU's 116 111) is shown only for a country the data says it works in, and
a value nobody could confirm ("unknown") is never shown. Where nothing is known
the child still gets the advice that always holds: tell an adult you trust.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

UNKNOWN = "unknown"
KINDS = ("helplines", "emergency", "report", "takedown")

# English source text; the game translates it like any other text.
ALWAYS_TRUE_ADVICE = ("Tell an adult you trust, like a parent, a carer or a teacher. "
                      "Keep telling until someone helps.")


@dataclass(frozen=True)
class HelpEntry:
    """One service: a help line, an emergency number, a place to report or to take down.

    `number` and `hours` are "unknown" when nobody could confirm them; `url` is
    None for a service without a web page. `source` holds the pages the values
    were checked against, on the date `checked`.
    """

    name: str
    source: tuple[str, ...]
    checked: date
    number: str = UNKNOWN
    url: str | None = None
    hours: str = UNKNOWN
    languages: tuple[str, ...] = ()
    note: str = ""
    line: int = 0

    @property
    def has_number(self) -> bool:
        return bool(self.number) and self.number != UNKNOWN

    @property
    def usable(self) -> bool:
        """Something a child or adult can act on: a confirmed number or a web address."""
        return self.has_number or bool(self.url)

    @property
    def open_all_hours(self) -> bool:
        """Only a line the data says is open day and night may be called "open any time"."""
        return self.hours == "24/7"


@dataclass(frozen=True)
class Region:
    """A number shared by several countries, and the list of countries it works in."""

    id: str
    helpline: HelpEntry
    works_in: frozenset[str]


@dataclass(frozen=True)
class CountryEntry:
    """What the directory file says about one country (unknown values included)."""

    code: str
    name: str
    helplines: tuple[HelpEntry, ...] = ()
    emergency: tuple[HelpEntry, ...] = ()
    report: tuple[HelpEntry, ...] = ()
    takedown: tuple[HelpEntry, ...] = ()
    fallback: str | None = None
    line: int = 0


@dataclass(frozen=True)
class CountryHelp:
    """What to show for one country: only usable entries, and the advice that always holds.

    `known` is False when the directory has no entry for the country; `fallback`
    names the region whose number was added (None when none was).
    """

    code: str
    name: str
    helplines: tuple[HelpEntry, ...]
    emergency: tuple[HelpEntry, ...]
    report: tuple[HelpEntry, ...]
    takedown: tuple[HelpEntry, ...]
    advice: str = ALWAYS_TRUE_ADVICE
    known: bool = False
    fallback: str | None = None


@dataclass(frozen=True)
class HelpDirectory:
    """Every country's help, the shared regions, and what holds everywhere."""

    countries: dict[str, CountryEntry] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    everywhere: tuple[HelpEntry, ...] = ()  # take-down services open to anyone, anywhere
    path: str = ""

    def country(self, code: str) -> CountryEntry | None:
        return self.countries.get(code.upper()) if isinstance(code, str) else None

    def help_for(self, country_code: str) -> CountryHelp:
        """The help to show for a country; never raises, never shows an unknown value."""
        entry = self.country(country_code)
        code = country_code.upper() if isinstance(country_code, str) else ""
        everywhere = tuple(item for item in self.everywhere if item.usable)
        if entry is None:
            return CountryHelp(code, "", (), (), (), everywhere)
        helplines = tuple(item for item in entry.helplines if item.usable)
        fallback = None
        region = self.regions.get(entry.fallback or "")
        if not helplines and region is not None and entry.code in region.works_in:
            helplines = (region.helpline,)
            fallback = region.id
        takedown = tuple(item for item in entry.takedown if item.usable)
        return CountryHelp(
            code=entry.code, name=entry.name, helplines=helplines,
            emergency=tuple(item for item in entry.emergency if item.usable),
            report=tuple(item for item in entry.report if item.usable),
            takedown=takedown + tuple(item for item in everywhere if item not in takedown),
            known=True, fallback=fallback,
        )
