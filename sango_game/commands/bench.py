"""`sango-game bench`: speed and memory figures from every layer that has them.

Each layer offers `sango_game/<layer>/bench.py` with `measure(quick) -> dict`.
This is a benchmark to read and quote, never a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable

SECTIONS = ("content", "text", "i18n", "progress", "classroom", "records", "ui")


def measure_of(section: str) -> Callable[..., dict]:
    """The `measure` function of one section's bench module (imported now, not before)."""
    if section == "content":
        from sango_game.content.bench import measure
    elif section == "text":
        from sango_game.text.bench import measure
    elif section == "i18n":
        from sango_game.i18n.bench import measure
    elif section == "progress":
        from sango_game.progress.bench import measure
    elif section == "classroom":
        from sango_game.classroom.bench import measure
    elif section == "records":
        from sango_game.records.bench import measure
    elif section == "ui":
        from sango_game.ui.bench import measure
    else:
        raise ValueError(f"no bench section {section!r}")
    return measure


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "bench", help="measure speed and memory",
        description="Measure speed and memory of each part of the game.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object of figures")
    parser.add_argument("--quick", action="store_true", help="smaller runs, for a quick look")
    parser.add_argument("--only", choices=SECTIONS, action="append",
                        help="measure only this part (repeatable)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    figures: dict[str, float | str] = {}
    failed = False
    for section in args.only or SECTIONS:
        measure = measure_of(section)
        started = time.perf_counter()
        try:
            figures.update(measure(quick=args.quick))
        except Exception as problem:  # a broken benchmark must not hide the others
            figures[f"{section}.error"] = f"{type(problem).__name__}: {problem}"
            failed = True
        if not args.json:
            print(f"# {section}: measured in {time.perf_counter() - started:.1f} s",
                  file=sys.stderr)
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        width = max((len(name) for name in figures), default=0)
        for name, value in figures.items():
            print(f"{name:<{width}}  {value}")
    return 1 if failed else 0
