"""The words of the help a child sees, from the help directory (`content.help_directory`).

The country is the one an adult chose in Settings; it is never guessed from the
computer's locale (a school PC set to en_US is not in the US). `help_heading`
names the country shown, in the child's language (Babel's territory names);
`help_text` is the one wording of the list used by the Help and results screens:
each child help line with its number and hours ("open day and night" only for a
line the data says is open 24/7), the emergency number and, when asked for
(12-18, sensitive endings), where to report online abuse and to take an image
down. An unknown value is never shown, and with no country the child gets the
advice that always holds and how to get a number: never nothing, never a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from sango_game.content.help_model import ALWAYS_TRUE_ADVICE, CountryHelp, HelpEntry
from sango_game.i18n import _, current_language, isolate, pgettext

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sango_game.session.services import Services

# The advice's translation lives under the context the i18n extractor gives it.
ADVICE_CONTEXT = "helpline/DEFAULT/0"


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def entry_label(entry: HelpEntry) -> str:
    """Name and number (or web address), each once: "Childline 0800 1111", "3018"."""
    name = entry.name.strip()
    reach = entry.number.strip() if entry.has_number else (entry.url or "")
    if not reach:
        return isolate(name)
    if not name or (entry.has_number and _digits(name) == _digits(reach)):
        return isolate(reach)
    if reach in name:  # "Child Helpline 116 111 (...)" already says its number
        return isolate(name)
    return f"{isolate(name)} {isolate(reach)}"


def country_name(code: str | None, language: str | None, fallback: str = "") -> str:
    """`KE` -> "Kenya" (en), "Кения" (ru); the directory's name or the code if Babel has none."""
    if not code:
        return ""
    names: Mapping[str, str]
    try:
        names = Locale.parse(language or "en").territories
    except (UnknownLocaleError, ValueError, TypeError):
        names = {}
    return names.get(code.upper()) or fallback or code.upper()


def help_heading(country: str | None, language: str | None, fallback: str = "") -> str:
    """"Help in Kenya", or a heading that says no country is chosen."""
    if not country:
        return _("Help: no country chosen yet")
    return _("Help in {country}", country=country_name(country, language, fallback))


def _hours(entry: HelpEntry) -> str:
    if entry.open_all_hours:
        return _("open day and night")
    if entry.hours and entry.hours != "unknown":
        return _("open: {hours}", hours=isolate(entry.hours))
    return ""


def help_text(help_here: CountryHelp | None, *, report: bool = False, advice: bool = True,
              takedown: bool | None = None) -> str:
    """The help for one country as marked-up text; `report` adds report and take-down
    (`takedown=False` leaves take-down out: a sensitive story that is not about images);
    `advice=False` leaves out "tell an adult you trust" for a screen that says it already."""
    takedown = report if takedown is None else takedown
    parts: list[str] = []
    known = help_here is not None and help_here.known
    if help_here is not None:
        seen: set[str] = set()
        for entry in help_here.helplines:
            key = _digits(entry.number) if entry.has_number else entry.name
            if key in seen:
                continue
            seen.add(key)
            hours = _hours(entry)
            line = _("Child help line: <b>{line}</b>", line=entry_label(entry))
            parts.append(f"{line}, {hours}" if hours else line)
        for entry in help_here.emergency:
            if entry.has_number:
                parts.append(_("Emergency: <b>{number}</b>", number=isolate(entry.number)))
                break
        if report:
            for entry in help_here.report:
                parts.append(_("Report online abuse: {where}", where=entry_label(entry)))
            for entry in help_here.takedown if takedown else ():
                parts.append(_("Take an image down: {where}", where=entry_label(entry)))
    if advice:
        parts.append(pgettext(ADVICE_CONTEXT, ALWAYS_TRUE_ADVICE))
    if not known:
        parts.append(_("To see the help lines for your country, ask an adult to choose "
                       "the country in Settings."))
    return "\n".join(parts)


def helpline_words(services: Services, report: bool = False, advice: bool = True,
                   takedown: bool | None = None) -> str:
    """The help for the chosen country, or the trusted-adult advice and how to choose one."""
    return help_text(services.help_here(), report=report, advice=advice, takedown=takedown)


def country_heading(services: Services) -> str:
    """"Help in Kenya" in the child's language, or that no country is chosen yet."""
    here = services.help_here()
    return help_heading(services.country(), current_language().code, here.name)
