"""Which languages exist, what they are called, which way they are written.

A language exists when `locale/<code>/LC_MESSAGES/sango.po` does (English, the
source, always exists). Names come from Babel's CLDR data in the language's
own script ("العربية", "Русский", "中文 (简体)") and so does the direction.
Folder names are locale codes Babel understands: `fr`, `pt_BR`, `zh_Hans`;
any other folder is reported by `discover` and skipped, never raised. `choose`
turns a code as a person types it (`zh`, `ar-EG`, `tlh`) into a `Choice`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sango_game.i18n import diagnostics
from sango_game.i18n.diagnostics import WARNING, shown_path
from sango_game.i18n.po_reader import babel_locale
from sango_game.i18n.pseudo import PSEUDO, PSEUDO_RTL
from sango_game.vocab.direction import direction_of

if TYPE_CHECKING:
    from sango_game.i18n.diagnostics import Problem

SOURCE = "en"
DOMAIN = "sango"
PSEUDO_ENV = "SANGO_PSEUDO"


@dataclass(frozen=True)
class Language:
    """A language the game can be shown in."""

    code: str  # the locale folder name, e.g. "pt_BR"; "qps"/"qps-rtl" for pseudo
    native_name: str  # in its own script, for the language picker
    english_name: str
    direction: str  # "ltr" or "rtl"
    pseudo: bool = False

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"


PSEUDO_LANGUAGES = {
    PSEUDO: Language(PSEUDO, "[Ƥşḗŭḓǿ]", "Pseudo (accented, longer)", "ltr", pseudo=True),
    PSEUDO_RTL: Language(
        PSEUDO_RTL, "[Ƥşḗŭḓǿ ŘŦĿ]", "Pseudo (right-to-left)", "rtl", pseudo=True
    ),
}


def catalog_path(locale_dir: Path, code: str) -> Path:
    return Path(locale_dir) / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def describe(code: str) -> Language:
    """The Language for a locale code, named with CLDR data."""
    if code in PSEUDO_LANGUAGES:
        return PSEUDO_LANGUAGES[code]
    locale = babel_locale(code)
    if locale is None:
        return Language(code, code, code, "ltr")
    native = locale.get_display_name(locale) or code
    english = locale.get_display_name("en") or code
    return Language(code, _capitalise(native), english, direction_of(code))


def _capitalise(name: str) -> str:
    """"français" -> "Français"; scripts without case are left alone."""
    return name[:1].upper() + name[1:]


def discover(locale_dir: Path | None) -> tuple[dict[str, Path], list[Problem]]:
    """{code: path} of every catalog file in `locale_dir`, and notes on the rest.

    Never raises and never opens a file. A folder with no `LC_MESSAGES/sango.po`
    (empty, or laid out differently) is noted (I18N014), so is a folder whose
    name Babel does not know (I18N010: `arabic`, `xx`); neither stops the others.
    A `sango.po` that is not an ordinary file is listed all the same: reading it
    is refused with a Problem (I18N018) and the language shows English. Files
    beside the folders (`sango.pot`) and hidden folders are not languages.
    """
    found: dict[str, Path] = {}
    notes: list[Problem] = []
    try:
        if locale_dir is None or not Path(locale_dir).is_dir():
            return found, notes
        folders = sorted(Path(locale_dir).iterdir())
    except (OSError, ValueError):
        return found, notes
    for folder in folders:
        try:
            if folder.name.startswith(".") or not folder.is_dir():
                continue
            path = catalog_path(locale_dir, folder.name)
            present = os.path.lexists(path)
        except (OSError, ValueError):
            continue
        if not present:
            notes.append(_note(diagnostics.NO_CATALOG, folder, (
                f"the folder {folder.name!r} holds no LC_MESSAGES/{DOMAIN}.po, so it adds no "
                f"language (a catalog goes in <code>/LC_MESSAGES/{DOMAIN}.po)")))
            continue
        if folder.name in PSEUDO_LANGUAGES or babel_locale(folder.name) is None:
            notes.append(_note(diagnostics.UNKNOWN_LANGUAGE, path, (
                f"the folder name {folder.name!r} is not a language code Babel knows "
                "(use codes like fr, pt_BR, zh_Hans); this file is not used")))
            continue
        found[folder.name] = path
    return found, notes


def _note(code: str, path: Path, message: str) -> Problem:
    return diagnostics.Problem(code, WARNING, shown_path(path), 1, 1, message)


def pseudo_listed(include_pseudo: bool | None) -> bool:
    """Whether the pseudo-locales appear in language lists."""
    if include_pseudo is not None:
        return include_pseudo
    return os.environ.get(PSEUDO_ENV, "").strip() == "1"


def fallback_chain(code: str, available: Iterable[str]) -> list[str]:
    """Available catalog codes to try for `code`, most specific first.

    `pt_BR` -> `pt_BR`, `pt`; `zh_CN` -> `zh_CN`, `zh_Hans`, `zh`. English (the
    source text itself) always comes after these, so it is not listed.
    """
    if code in PSEUDO_LANGUAGES:
        return []
    wanted = normalise(code)
    locale = babel_locale(wanted)
    candidates = [wanted]
    if locale is not None:
        language, script, territory = locale.language, locale.script, locale.territory
        candidates.append(str(locale))
        if territory:
            candidates.append(f"{language}_{territory}")
        script = script or _likely_script(language, territory)
        if script:
            candidates.append(f"{language}_{script}")
        candidates.append(language)
    by_name = {name.lower(): name for name in available}
    chain: list[str] = []
    for candidate in candidates:
        name = by_name.get(candidate.lower())
        if name and name not in chain and name != SOURCE:
            chain.append(name)
    return chain


def _likely_script(language: str, territory: str | None) -> str | None:
    """CLDR's likely script: `zh` -> Hans (zh_Hans_CN), `zh_TW` -> Hant, `sr` -> Cyrl."""
    from babel.core import get_global  # loaded on first use: a quicker start

    try:
        likely = get_global("likely_subtags")
        found = likely.get(f"{language}_{territory}" if territory else language)
        locale = babel_locale(found) if found else None
        return locale.script if locale else None
    except Exception:  # an odd Babel install: no likely script, the chain is shorter
        return None


@dataclass(frozen=True)
class Choice:
    """The language to start in for a code someone typed, and what was wrong with it."""

    code: str  # a catalog's code, a pseudo code, or "en"
    problem: Problem | None = None


def choose(wanted: object, available: set[str] | dict[str, Path]) -> Choice:
    """What `--lang wanted` means among the `available` catalog codes. Pure: never prints.

    `zh` -> `zh_Hans` (CLDR likely subtags), `ar-EG`/`ar_EG` -> `ar`, `fr_CA` -> `fr`,
    `ZH-hans` -> `zh_Hans`; pseudo codes stay. Anything else (`tlh`, `../../x`, "",
    a language with no catalog here) is English with a Problem saying why.
    """
    from sango_game.printable import printable

    text = wanted.strip() if isinstance(wanted, str) else ""
    shown = repr(printable(text[:40]) + ("..." if len(text) > 40 else ""))
    names = ", ".join([SOURCE, *sorted(available)])
    if text.lower() in PSEUDO_LANGUAGES:
        return Choice(text.lower())
    locale = babel_locale(text.replace("-", "_"))
    if locale is None:
        reason = "no language code was given" if not text else (
            f"{shown} is not a language code Sango knows")
        return Choice(SOURCE, _choice_problem(
            diagnostics.UNKNOWN_CODE, f"{reason}; English is shown instead (codes: {names})"))
    if locale.language == SOURCE:
        return Choice(SOURCE)
    chain = fallback_chain(text, available)
    if chain:
        return Choice(chain[0])
    english = locale.get_display_name("en") or text
    return Choice(SOURCE, _choice_problem(
        diagnostics.NO_TRANSLATION,
        f"there is no {english} translation ({shown}) yet; English is shown instead "
        f"(codes: {names})"))


def _choice_problem(code: str, message: str) -> Problem:
    return diagnostics.Problem(code, WARNING, "--lang", 1, 1, message)


def normalise(code: str) -> str:
    """`pt-br` -> `pt_BR`, `zh-hans` -> `zh_Hans`; pseudo codes stay as they are."""
    code = code.strip() if isinstance(code, str) else ""
    if code.lower() in PSEUDO_LANGUAGES:
        return code.lower()
    code = code.replace("-", "_")
    locale = babel_locale(code)
    if locale is None:
        return code
    parts = [locale.language]
    # keep the parts the person wrote, in Babel's spelling
    pieces = [p.lower() for p in code.split("_")[1:]]
    if locale.script and locale.script.lower() in pieces:
        parts.append(locale.script)
    if locale.territory and locale.territory.lower() in pieces:
        parts.append(locale.territory)
    return "_".join(parts)
