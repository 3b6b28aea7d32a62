"""`sango-game validate [PATH ...]`: check level files (and, with no path, translations).

One finding a line on stdout: `path:line:col: SG### error|warning: message`;
a summary on stderr. Exit 0 when there is no error (warnings allowed), 1 when
there is any error, 2 on a usage error. `--json` prints the findings as a list.

Everything printed quotes untrusted text (file names, IDs, values), so every
line goes through `printable` and the JSON escapes the same characters as
`\\uXXXX`: no file can forge a finding line or drive the terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sango_game.printable import is_unsafe_char, printable


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check level files and translations",
        description="Check level files. With no PATH, checks every shipped level, "
        "levels/tracks.yaml, levels/topics.yaml and the translations.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="level files or folders")
    parser.add_argument("--json", action="store_true", help="print findings as JSON")
    parser.set_defaults(run=run)


def _translation_findings() -> list:
    """Findings from the translation checker, when the i18n layer offers one."""
    try:
        from sango_game.i18n.check import check_catalogs
    except ImportError:
        return []
    from sango_game import resources

    return list(check_catalogs(resources.locale_dir()))


def collect(paths: list[Path]) -> tuple[list, int]:
    """All findings for these paths (all shipped content when empty) and the level count."""
    from sango_game.content import level_files, load_library

    library = load_library(paths=paths or None)
    findings = list(library.findings)
    if not paths:
        findings.extend(_translation_findings())
        from sango_game.content.help_directory import load_help_directory
        findings.extend(load_help_directory()[1])
    files = level_files(paths) if paths else level_files([_levels_dir()])
    return findings, len(files)


def _levels_dir() -> Path:
    from sango_game import resources

    return resources.levels_dir()


def run(args: argparse.Namespace) -> int:
    paths = [Path(item) for item in args.paths]
    missing = [str(path) for path in paths if not _exists(path)]
    if missing:
        _print_line("sango-game validate: no such file or folder: "
                    + ", ".join(printable(item) for item in missing), sys.stderr)
        return 2
    findings, count = collect(paths)
    errors = sum(1 for finding in findings if finding.severity == "error")
    warnings = len(findings) - errors
    if args.json:
        _print_line(safe_json([_as_dict(finding) for finding in findings]), sys.stdout)
    else:
        for finding in findings:
            # Level findings escape themselves; translation problems may not. Escaping
            # an already safe line changes nothing.
            _print_line(printable(finding.format()), sys.stdout)
    _print_line(f"{count} level file(s) checked: {errors} error(s), {warnings} warning(s)",
                sys.stderr)
    return 1 if errors else 0


def _exists(path: Path) -> bool:
    """Like `Path.exists`, but a name too long or holding a NUL is simply not there."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def safe_json(data: object) -> str:
    """JSON whose strings show every unsafe character as a `\\uXXXX` escape.

    `json.dumps` escapes C0 controls itself; this also escapes DEL, the C1
    controls (U+009B is a terminal's CSI), line separators, bidi controls and
    lone surrogates. The result is still valid JSON with the same values.
    """
    text = json.dumps(data, indent=2, ensure_ascii=False)
    if text.isprintable() or not any(is_unsafe_char(char) for char in text):
        return text
    return "".join(_json_escape(char) if is_unsafe_char(char) and char != "\n" else char
                   for char in text)


def _json_escape(char: str) -> str:
    return f"\\u{ord(char):04x}"


def _print_line(text: str, stream) -> None:
    """Print one line; characters the terminal's encoding lacks are shown escaped."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        text = text.encode(encoding, "backslashreplace").decode(encoding, "replace")
    print(text, file=stream)


def _as_dict(finding) -> dict:
    keys = ("path", "line", "col", "code", "severity", "message")
    return {key: getattr(finding, key) for key in keys}
