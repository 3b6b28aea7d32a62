"""The docs' tables of problem codes, written from the registry.

docs/PROBLEMS.md is written whole by `python -m sango_game.vocab.docs`; the
tables in docs/LEVELS.md and docs/TRANSLATING.md are these functions' output
too. Tests keep all three the same as the registry.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sango_game.vocab.codes import AREAS
from sango_game.vocab.markup import TAGS

TITLES = {
    "levels": "Level files and the help directory (`sango-game validate`)",
    "translations": "Translations (`sango-game i18n check`, `--lang`)",
    "text": "The text engine",
    "ui": "The game's screens",
    "progress": "The progress store (profiles, classes, import and export)",
    "speech": "Read-aloud",
    "records": "Learning records (the outbox)",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def levels_table() -> str:
    """The table of docs/LEVELS.md."""
    rows = ["| code | meaning |", "|---|---|"]
    rows += [f"| {c.code} | {_cell(c.meaning)} |" for c in AREAS["levels"]]
    return "\n".join(rows) + "\n"


def translations_table() -> str:
    """The table of docs/TRANSLATING.md."""
    rows = ["| code | meaning | what to do |", "|---|---|---|"]
    rows += [f"| {c.code} | {_cell(c.meaning)} | {_cell(c.hint)} |"
             for c in AREAS["translations"]]
    return "\n".join(rows) + "\n"


def tags_table() -> str:
    rows = ["| tag | what it does |", "|---|---|"]
    rows += [f"| `<{name}>` | {_cell(words)} |" for name, words in TAGS.items()]
    return "\n".join(rows) + "\n"


def problems_page() -> str:
    """docs/PROBLEMS.md."""
    parts = [
        "# Problem codes\n",
        "<!-- Written by `python -m sango_game.vocab.docs`; do not edit by hand. -->\n",
        "Every problem Sango reports is one type, `sango_game.vocab.problems.Problem`\n"
        "(code, severity, path, line, col, message, params), and every code is one entry\n"
        "of the registry in `sango_game.vocab.codes`: its default severity, a summary, what\n"
        "it means and what to do. The CLI prints a problem as\n"
        "`path:line:col: CODE severity: message`. This page is written from the registry.\n",
        "Older code spellings stay as they were (logs and tests name them): `SG###` for\n"
        "levels, `I18N###` for translations, `text.*` for the text engine, `UI-IMG-*` for\n"
        "pictures, plain words for the progress store, `SP###` for read-aloud and `SR###`\n"
        "for learning records.\n",
    ]
    for area, codes in AREAS.items():
        parts.append(f"## {TITLES[area]}\n")
        rows = ["| code | severity | meaning | what to do |", "|---|---|---|---|"]
        rows += [f"| `{c.code}` | {c.severity} | {_cell(c.meaning)} | {_cell(c.hint)} |"
                 for c in codes]
        parts.append("\n".join(rows) + "\n")
    parts.append("## Markup tags\n")
    parts.append("Read by the one tokenizer, `sango_game.vocab.markup` (docs/TRANSLATING.md).\n")
    parts.append(tags_table())
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Write docs/PROBLEMS.md into the folder given (default: ./docs)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path("docs")
    (folder / "PROBLEMS.md").write_text(problems_page(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
