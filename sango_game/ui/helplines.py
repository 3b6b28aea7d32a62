"""Help lines per country, read from `assets/helplines.yaml` (data, not code).

The country comes from the settings, else from the system locale
(`LC_ALL`, `LC_MESSAGES`, `LANG`: `en_GB.UTF-8` -> `GB`); when nothing
matches, the default entry says "Tell an adult you trust" with no number.
EU countries without their own entry get the EU-wide 116 111.
`helpline_text` is the one wording of the list (Help and results screens): each
number said once, and with no known country a prompt to choose one, never nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import yaml

from sango_game.i18n import _, isolate, pgettext
from sango_game.resources import assets_dir
from sango_game.ui import log


@dataclass(frozen=True)
class HelpLine:
    country: str  # ISO 3166 code, "EU" or "default"
    name: str  # the service's own name (not translated)
    number: str | None
    about: str  # English source, translated at display time
    hours: str | None = None

    @property
    def label(self) -> str:
        """Name and number, each once: "Childline 0800 1111", "3018" (not "3018 3018")."""
        name, number = self.name.strip(), (self.number or "").strip()
        if not number:
            return name
        if not name or _digits(name) == _digits(number):
            return isolate(number)
        return f"{isolate(name)} {isolate(number)}"


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


@dataclass(frozen=True)
class HelpLines:
    lines: dict[str, tuple[HelpLine, ...]]
    eu_countries: frozenset[str]
    directory: str

    def for_country(self, country: str | None) -> tuple[HelpLine, ...]:
        code = (country or "").upper()
        if code in self.lines:
            return self.lines[code]
        if code in self.eu_countries and "EU" in self.lines:
            return self.lines["EU"]
        return self.lines.get("DEFAULT", ())

    def knows(self, country: str | None) -> bool:
        """True when `country` has its own (or the EU) entry, not the default one."""
        code = (country or "").upper()
        return code in self.lines and code != "DEFAULT" or (
            code in self.eu_countries and "EU" in self.lines)


def helpline_text(helplines: HelpLines, country: str | None) -> str:
    """The help line(s) for `country` as marked-up text; with no known country, the
    trusted-adult advice and a prompt to choose the country, so the list is never empty."""
    lines = helplines.for_country(country)
    parts: list[str] = []
    seen: set[str] = set()
    for index, line in enumerate(lines):
        about = pgettext(f"helpline/{line.country}/{index}", line.about) if line.about else ""
        key = _digits(line.number or "") or line.name
        if line.number and key in seen:
            continue
        seen.add(key)
        if line.number:
            parts.append(_("<b>{number}</b>. {about}", number=line.label, about=about).strip())
        elif about:
            parts.append(about)
    if not helplines.knows(country):
        parts.append(_("To see a help line number for your country, ask an adult to choose "
                       "it in Settings, Help line country."))
    return "\n".join(parts)


def system_country(environ=None) -> str | None:
    """`en_GB.UTF-8` -> "GB"; None when the locale names no country."""
    env = os.environ if environ is None else environ
    for name in ("SANGO_COUNTRY", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if name == "SANGO_COUNTRY" and value:
            return value.upper()
        head = value.split(".")[0].split("@")[0]
        if "_" in head:
            return head.split("_", 1)[1].upper()
    return None


def load_helplines(path=None) -> HelpLines:
    path = path or assets_dir() / "helplines.yaml"
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
    except (OSError, yaml.YAMLError) as error:
        log.warning("help lines could not be read from %s: %s", path, error)
        data = {}
    lines: dict[str, tuple[HelpLine, ...]] = {}
    for code, entries in (data.get("countries") or {}).items():
        parsed = []
        for entry in entries or ():
            if not isinstance(entry, dict):
                continue
            parsed.append(
                HelpLine(
                    country=str(code).upper(),
                    name=str(entry.get("name", "")),
                    number=str(entry["number"]) if entry.get("number") else None,
                    about=str(entry.get("about", "")),
                    hours=str(entry["hours"]) if entry.get("hours") else None,
                )
            )
        lines[str(code).upper()] = tuple(parsed)
    if "DEFAULT" not in lines:
        lines["DEFAULT"] = (HelpLine("DEFAULT", "", None, "Tell an adult you trust."),)
    eu = frozenset(str(code).upper() for code in data.get("eu_countries") or ())
    return HelpLines(lines, eu, str(data.get("directory", "")))
