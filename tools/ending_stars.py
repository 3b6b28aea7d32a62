"""Print every ending of every shipped level, the paths to it, and their stars.

Usage: python tools/ending_stars.py [--all] [levels-dir-or-files...]

For each ending: its outcome and marks (asked for help, coping alone), how
many paths reach it, the stars they earn under the rules in
sango_game/story/stars.py, and the shortest path for each number of stars
(--all: every path). Paths come from sango_game.story.paths.all_paths, the
same enumeration the property tests use. Output is a Markdown table.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sango_game.content import load_library
from sango_game.printable import printable
from sango_game.story.paths import all_paths, replay


def ending_rows(level, every: bool) -> list[str]:
    by_ending: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for path in all_paths(level):
        result = replay(level, path).result()
        by_ending.setdefault(result.ending_id, []).append((result.stars, path))
    rows = []
    for ending in level.endings:
        found = sorted(by_ending.get(ending.id, []), key=lambda item: (len(item[1]), item[1]))
        marks = ", ".join(mark for mark, on in (("asked for help", ending.asked_for_help),
                                                ("coping alone", ending.coping_alone)) if on)
        stars = sorted({stars for stars, _ in found})
        if every:
            shown = found
        else:  # the shortest path for each number of stars
            shown = [next(item for item in found if item[0] == count) for count in stars]
        paths = "<br>".join(f"{count}★: {' → '.join(path)}" for count, path in shown)
        rows.append(f"| {level.id} | {ending.id} | {ending.outcome}"
                    f"{' (' + marks + ')' if marks else ''} | {len(found)} | "
                    f"{', '.join(map(str, stars)) or '-'} | {paths or 'never reached'} |")
    return rows


def main(argv: list[str]) -> int:
    every = "--all" in argv
    paths = [Path(arg) for arg in argv if arg != "--all"]
    library = load_library(paths=paths) if paths else load_library()
    for finding in library.findings:
        print(finding.format(), file=sys.stderr)
    print("| level | ending | outcome | paths | stars | path(s) (shortest for each star count) |")
    print("|---|---|---|---|---|---|")
    for level in library.levels:
        for row in ending_rows(level, every):
            print(printable(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
