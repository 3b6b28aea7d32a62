"""Make `locale/sango.pot`, the template every translation starts from.

The template is made by Babel's own `pybabel extract` with the options below
and `babel.cfg`, so `pybabel_command()` reproduces it exactly (apart from the
POT-Creation-Date and Generated-By header lines, which name the moment and the
Babel version). `extract_template` leaves the file untouched when nothing but
those two lines would change, so the template never churns.
"""

from __future__ import annotations

import contextlib
import difflib
import logging
import tempfile
from pathlib import Path

from sango_game import __version__

TEMPLATE = Path("locale") / "sango.pot"
MAPPING = "babel.cfg"
VOLATILE_HEADERS = ('"POT-Creation-Date:', '"Generated-By:')
HEADER_COMMENT = (
    "# Sango: every text of the game and its levels, for translators.\n"
    "# Copyright (C) the Sango contributors; distributed under the MIT licence.\n"
    "# Made by `sango-game i18n extract`; never edit this file by hand.\n"
    "# How to translate: docs/TRANSLATING.md"
)

EXTRACT_OPTIONS = (
    f"--mapping-file={MAPPING}",
    "--no-default-keywords",
    "--keyword=_",
    "--keyword=gettext",
    "--keyword=N_",
    "--keyword=ngettext:1,2",
    "--keyword=pgettext:1c,2",
    "--keyword=npgettext:1c,2,3",
    "--keyword=NP_:1c,2",
    "--add-comments=Translators:",
    "--add-location=file",
    "--project=Sango",
    f"--version={__version__}",
    "--copyright-holder=the Sango contributors",
    "--msgid-bugs-address=the Sango maintainers (see README.md)",
    "--width=76",
)


def source_root() -> Path | None:
    """The checkout that holds babel.cfg, sango_game/ and levels/ (None when installed)."""
    root = Path(__file__).resolve().parents[2]
    if (root / MAPPING).is_file() and (root / "levels").is_dir():
        return root
    return None


def pybabel_command(output: str = str(TEMPLATE)) -> list[str]:
    """The pybabel command line that makes the template (run it from the root)."""
    return [
        "pybabel",
        "extract",
        *EXTRACT_OPTIONS,
        f"--header-comment={HEADER_COMMENT}",
        f"--output-file={output}",
        ".",
    ]


def run_extraction(root: Path, output: Path) -> None:
    """Run Babel's extract command in `root`, writing the template to `output`."""
    from babel.messages.frontend import CommandLineInterface

    babel_logger = logging.getLogger("babel")
    handlers = list(babel_logger.handlers)
    level = babel_logger.level
    argv = pybabel_command(str(Path(output).resolve()))
    try:
        with contextlib.chdir(root):
            CommandLineInterface().run([argv[0], "--quiet", *argv[1:]])
    finally:  # the CLI adds a log handler on every run; leave logging as it was
        babel_logger.handlers[:] = handlers
        babel_logger.setLevel(level)


def comparable(text: str) -> str:
    """The template without the lines that only say when and with what it was made."""
    return "\n".join(
        line for line in text.splitlines() if not line.startswith(VOLATILE_HEADERS)
    )


def fresh_template(root: Path) -> str:
    """The template as extraction makes it now."""
    with tempfile.TemporaryDirectory(prefix="sango-pot-") as folder:
        output = Path(folder) / "sango.pot"
        run_extraction(root, output)
        return output.read_text(encoding="utf-8")


def extract_template(root: Path, output: Path | None = None) -> bool:
    """Write the template; True when it changed, False when it was already current."""
    output = output or root / TEMPLATE
    fresh = fresh_template(root)
    try:
        current = output.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    if current is not None and comparable(current) == comparable(fresh):
        return False
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(fresh, encoding="utf-8")
    return True


def difference(old: str, new: str, limit: int = 40) -> str:
    """A short unified diff between two templates, for error messages."""
    lines = list(
        difflib.unified_diff(
            comparable(old).splitlines(),
            comparable(new).splitlines(),
            "committed",
            "fresh",
            lineterm="",
        )
    )
    if len(lines) > limit:
        lines = lines[:limit] + [f"... and {len(lines) - limit} more lines"]
    return "\n".join(lines)
