"""Findings: problems in content files, as values with a stable code and a place.

Every check in `content` returns findings instead of raising. The CLI prints
them as `path:line:col: SG### severity: message`; the game shows them kindly.
The codes are listed, with what each means, in docs/LEVELS.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sango_game.printable import printable

ERROR = "error"
WARNING = "warning"

# Stable codes. Never renumber; add new ones at the end of their group.
CODES: dict[str, str] = {
    "SG001": "file cannot be read (missing, too big, empty, binary or not UTF-8)",
    "SG002": "YAML syntax error",
    "SG003": "YAML too complex (aliases expand too much or nest too deep)",
    "SG004": "the same key twice in one mapping",
    "SG010": "does not match the level schema",
    "SG020": "`next` names no scene or ending",
    "SG021": "scene never reached",
    "SG022": "scene with no way out (dead end)",
    "SG023": "ending never reached",
    "SG024": "duplicate ID",
    "SG025": "flag read but never set",
    "SG026": "flag set but never read",
    "SG027": "picture file missing",
    "SG028": "picture reference escapes assets/",
    "SG029": "level ID does not match the file name",
    "SG030": "start scene missing",
    "SG031": "speaker not in the cast",
    "SG032": "unknown track or topic",
    "SG033": "under-9 levels never end in failure",
    "SG034": "choice goes nowhere",
    "SG035": "level is in another track's folder",
    "SG036": "text longer than the track's limit",
    "SG037": "text placeholder or markup problem",
    "SG038": "scene may show no choices",
    "SG039": "scenes form a loop",
    "SG040": "tracks or topics file problem",
    "SG041": "not an ordinary file (a folder, pipe, device or a link to one)",
    "SG042": "link that leads outside the levels folder, or to a folder",
    "SG043": "control character, NUL or line separator in a text, ID or file name",
    "SG044": "invisible direction control (bidi) in a text",
    "SG045": "ID that only looks valid (lookalike letter, invisible or fullwidth "
             "character, space, slash, too long)",
    "SG046": "names that differ only by upper/lower case or Unicode form",
    "SG047": "picture that cannot be used safely (declares a huge size, not a "
             "picture, not an ordinary file)",
    "SG048": "levels/schema.json missing, damaged, or refers outside itself",
    "SG049": "levels folder cannot be listed fully",
    "SG050": "scene can show no choice during play (flags or retries)",
    "SG051": "play can get stuck in a loop that never reaches an ending",
    "SG052": "too many play states: the check that play always ends was cut short",
    "SG060": "help directory file has the wrong shape",
    "SG061": "help entry without a source or a checked date",
    "SG062": "not an ISO 3166-1 alpha-2 country code",
    "SG063": "phone number with characters other than digits, spaces, + and -",
    "SG064": "region fallback claimed for a country not in the region's list",
    "SG065": "unknown field in the help directory",
    "SG066": "the same country twice in the help directory",
    "SG067": "help entry due for re-checking (checked over a year ago)",
    "SG068": "level text says what the advice canon says never to say",
    "SG069": "advice rules file problem",
    "SG070": "pressured choice is scored (has a `safety`)",
    "SG071": "pressured choice's feedback does not say it is not the child's fault",
    "SG072": "sensitive level without a content note",
    "SG073": "coping-alone ending is bad (at worst okay)",
    "SG074": "ending without help: coping alone, or in a sensitive level",
    "SG075": "ending reached by asking for help is not good",
    "SG076": "topic used outside the tracks it is kept for",
}


@dataclass(frozen=True)
class Finding:
    """One problem found in a file, with where it is and how bad it is."""

    code: str
    severity: str
    path: str
    line: int
    col: int
    message: str

    def format(self) -> str:
        """One line, safe to print: untrusted text in the path or message is escaped."""
        return (f"{printable(self.path)}:{self.line}:{self.col}: {self.code} "
                f"{self.severity}: {printable(self.message)}")

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def short(value: object, limit: int = 60) -> str:
    """`value` as text, cut to `limit` characters: a finding quotes, it never copies a file."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def error(code: str, path: str, where: tuple[int, int], message: str) -> Finding:
    return Finding(code, ERROR, path, where[0], where[1], message)


def warning(code: str, path: str, where: tuple[int, int], message: str) -> Finding:
    return Finding(code, WARNING, path, where[0], where[1], message)
