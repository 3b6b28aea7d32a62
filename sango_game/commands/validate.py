"""`sango-game validate [PATH ...]`: check level files (and, with no path, translations).

One finding a line on stdout: `path:line:col: SG### error|warning: message`;
a summary on stderr. Exit 0 when there is no error (warnings allowed), 1 when
there is any error, 2 on a usage error. `--json` prints the findings as a list.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


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
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        print(f"sango-game validate: no such file or folder: {', '.join(missing)}",
              file=sys.stderr)
        return 2
    findings, count = collect(paths)
    errors = sum(1 for finding in findings if finding.severity == "error")
    warnings = len(findings) - errors
    if args.json:
        print(json.dumps([_as_dict(finding) for finding in findings], indent=2,
                         ensure_ascii=False))
    else:
        for finding in findings:
            print(finding.format())
    print(f"{count} level file(s) checked: {errors} error(s), {warnings} warning(s)",
          file=sys.stderr)
    return 1 if errors else 0


def _as_dict(finding) -> dict:
    keys = ("path", "line", "col", "code", "severity", "message")
    return {key: getattr(finding, key) for key in keys}
