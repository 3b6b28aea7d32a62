"""`sango-game levels`: the level catalogue a teacher reads to plan a lesson.

    sango-game levels                          every level, in English
    sango-game levels --track 9-11 --lang fr   one age group, in French
    sango-game levels --topic privacy --json   as JSON, for a script or a school website

Each level shows its track, topic, title, minutes, learning objective and the
discussion questions of its teacher notes, translated into `--lang` where the
translation exists (English otherwise). `--json` prints a list of objects with
`id`, `track`, `topic`, `topic_name`, `title`, `objective`, `minutes`,
`sensitive` and `questions`. A level file that does not load is named on
stderr; the others are listed. Exit 0, or 2 for an unknown track or topic.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

TRACKS = ("under-9", "9-11", "12-18")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "levels", help="list the levels with their objective and minutes (plan a lesson)",
        description="List Sango's levels: track, topic, title, minutes, learning objective "
                    "and discussion questions, in the chosen language.")
    parser.add_argument("--track", choices=TRACKS, help="only this age group")
    parser.add_argument("--topic", help="only this topic (e.g. privacy)")
    parser.add_argument("--lang", default="en", help="language of the texts, e.g. fr, ar, "
                        "zh_Hans (default en)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sango_game import i18n
    from sango_game.classroom import lesson
    from sango_game.classroom.language import in_language, plain_text
    from sango_game.content import load_library
    from sango_game.printable import printable

    library = load_library()
    for finding in library.findings:
        print(finding.format(), file=sys.stderr)
    topics = {topic.id: topic for topic in library.topics}
    if args.topic and args.topic not in topics:
        print(f"error: no topic called {printable(args.topic)!r}; topics: "
              f"{', '.join(topics)}", file=sys.stderr)
        return 2
    choice = i18n.choose_language(args.lang)
    if choice.problem is not None:
        print(f"--lang: {printable(choice.problem.message)}", file=sys.stderr)
    with in_language(choice.code):
        rows: list[dict[str, Any]] = []
        for item in lesson.catalogue(library.levels, args.track, args.topic):
            topic = topics.get(item.topic)
            rows.append({
                "id": item.id, "track": item.track, "topic": item.topic,
                "topic_name": i18n.pgettext(f"topic/{item.topic}/name", topic.name)
                if topic else item.topic,
                "title": plain_text(i18n.pgettext(item.title_msgctxt, item.title)),
                "objective": " ".join(plain_text(
                    i18n.pgettext(item.objective_msgctxt, item.objective)).split()),
                "minutes": item.minutes, "sensitive": item.sensitive,
                "questions": [" ".join(plain_text(i18n.pgettext(ctx, text)).split())
                              for ctx, text in item.questions],
            })
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no levels match", file=sys.stderr)
    for row in rows:
        mark = "  (sensitive: read the teacher notes first)" if row["sensitive"] else ""
        print(f"{row['id']}  [{row['track']}, {printable(row['topic_name'])}, "
              f"{row['minutes']} min]{mark}")
        print(f"    {printable(row['title'])}")
        print(f"    objective: {printable(row['objective'])}")
        for question in row["questions"]:
            print(f"    - {printable(question)}")
    return 0
