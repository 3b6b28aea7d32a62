"""`sango-game classroom`: classes, lessons, reports and certificates, for teachers and IT.

    set-pin [--new-pin PIN]                      choose the teacher PIN (the old one is needed)
    create-class NAME [--track T] [--language L]
    add-pupils CLASS NICKNAME ... | --generate N [--cards FILE.pdf]
    list [--json]                                classes, pupils, today's lesson
    lesson CLASS [LEVEL_ID ...] [--topic T] [--minutes M]
                                                 set today's lesson, or list what to pick from
    lock CLASS LEVEL_ID ... / unlock CLASS LEVEL_ID ...
    report CLASS --format csv|html|pdf -o FILE
    certificates CLASS -o FILE.pdf
    export CLASS -o FILE / import FILE
    delete-class CLASS [--yes]

Every action takes `--data-dir DIR` (default: SANGO_DATA_DIR, else the user
data folder). Once a PIN is set each asks for it: `--pin`, else the
environment variable SANGO_TEACHER_PIN, else a prompt. A wrong PIN exits 1;
after three wrong PINs in a row the next try must wait, and the wait survives
restarts. Exit 0 on success, 1 when something was refused or not saved.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from sango_game.printable import printable

PIN_ENV = "SANGO_TEACHER_PIN"
FORMATS = ("csv", "html", "pdf")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "classroom", help="classes, lessons, class reports and certificates (for teachers)",
        description="Set up classes, choose today's lesson, and print class reports and "
                    "certificates. Asks for the teacher PIN once one is set.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--data-dir", help="folder holding progress.db (default: "
                         "SANGO_DATA_DIR, else the user data folder)")
        sub.add_argument("--pin", help=f"the teacher PIN (else {PIN_ENV}, else a prompt)")
        sub.set_defaults(run=run, action=name)
        return sub

    action("set-pin", "choose a new teacher PIN (4 to 12 digits)").add_argument(
        "--new-pin", help="the new PIN (else asked twice)")
    create = action("create-class", "make a class")
    create.add_argument("name")
    create.add_argument("--track", default="9-11", help="under-9, 9-11 or 12-18 (default 9-11)")
    create.add_argument("--language", default="en",
                        help="language of its reports and certificates (default en)")
    pupils = action("add-pupils", "add pupils by nickname, or make friendly nicknames")
    pupils.add_argument("class_name", metavar="CLASS")
    pupils.add_argument("nicknames", nargs="*", metavar="NICKNAME")
    pupils.add_argument("--generate", type=int, metavar="N", help="make N friendly nicknames")
    pupils.add_argument("--cards", metavar="FILE.pdf",
                        help="also print the new nicknames as cards to hand out")
    action("list", "list classes, their pupils and today's lesson").add_argument(
        "--json", action="store_true", help="print JSON")
    lesson = action("lesson", "set today's lesson, or list the levels to choose from")
    lesson.add_argument("class_name", metavar="CLASS")
    lesson.add_argument("levels", nargs="*", metavar="LEVEL_ID")
    lesson.add_argument("--topic", help="list only this topic")
    lesson.add_argument("--minutes", type=int, help="list only levels this long or shorter")
    for name, text in (("lock", "lock levels for a class"),
                       ("unlock", "unlock levels for a class (sensitive ones too)")):
        sub = action(name, text)
        sub.add_argument("class_name", metavar="CLASS")
        sub.add_argument("levels", nargs="+", metavar="LEVEL_ID")
    report = action("report", "write the class report")
    report.add_argument("class_name", metavar="CLASS")
    report.add_argument("--format", choices=FORMATS, required=True)
    report.add_argument("-o", "--output", required=True, metavar="FILE")
    certificates = action("certificates", "write a certificate for each pupil (PDF)")
    certificates.add_argument("class_name", metavar="CLASS")
    certificates.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    export = action("export", "write a class and its pupils' progress to one file")
    export.add_argument("class_name", metavar="CLASS")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    action("import", "merge a class file made by export").add_argument("file")
    delete = action("delete-class", "delete a class and all its pupils' data")
    delete.add_argument("class_name", metavar="CLASS")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _say(problem) -> str:
    return problem.message.format(**{k: printable(str(v)) for k, v in problem.params.items()})


def _error(text: str) -> int:
    print(f"error: {text}", file=sys.stderr)
    return 1


def _typed_pin(args, prompt: str = "Teacher PIN: ") -> str | None:
    if args.pin is not None:
        return args.pin
    if os.environ.get(PIN_ENV):
        return os.environ[PIN_ENV]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def run(args: argparse.Namespace) -> int:
    from sango_game.classroom import pin_gate
    from sango_game.progress import open_store

    store = open_store(args.data_dir)
    try:
        if args.action == "set-pin":
            code = _set_pin(store, args)
        else:
            if store.has_teacher_pin():
                typed = _typed_pin(args)
                if typed is None:
                    return _error(f"a teacher PIN is set: give it with --pin or {PIN_ENV}")
                checked = pin_gate.check_pin(store, typed)
                if not checked.ok:
                    return _error(_say(checked.problem))
            code = ACTIONS[args.action](store, args)
        for notice in store.take_notices():
            print(f"note: {_say(notice)}", file=sys.stderr)
        return code
    finally:
        store.close()


def _set_pin(store, args) -> int:
    from sango_game.classroom import pin_gate

    old = _typed_pin(args, "Current PIN: ") if store.has_teacher_pin() else None
    new = args.new_pin
    if new is None:
        if not sys.stdin.isatty():
            return _error("give the new PIN with --new-pin")
        new = getpass.getpass("New PIN (4 to 12 digits): ")
        if getpass.getpass("The new PIN again: ") != new:
            return _error("the two PINs differ; nothing changed")
    result = pin_gate.change_pin(store, new, old)
    if not result.ok:
        return _error(_say(result.problem))
    return _saved(result, "teacher PIN set")


def _saved(result, success: str) -> int:
    if result.problem:
        return _error(_say(result.problem))
    if not result.saved:
        return _error("the progress file could not be written; nothing was changed on disk")
    print(success)
    return 0


def _class(store, name: str):
    from sango_game.classroom import classes
    info = classes.find_class(store, name)
    if info is None:
        _error(f"no class called {printable(name)!r} in {store.data_dir}")
    return info


def _library():
    from sango_game.content import load_library

    return load_library()


def _create(store, args) -> int:
    from sango_game.classroom import classes
    result = classes.create_class(store, args.name, args.track, args.language)
    if result.problem:
        return _error(_say(result.problem))
    return _saved(result, f"class {printable(result.value.name)} created "
                          f"({result.value.track}, {result.value.language})")


def _add_pupils(store, args) -> int:
    from sango_game.classroom import classes, names
    from sango_game.classroom.language import in_language
    info = _class(store, args.class_name)
    if info is None:
        return 1
    wanted = [(nickname, "") for nickname in args.nicknames]
    if args.generate:
        taken = {p.nickname for p in store.list_profiles()} | {n for n, _ in wanted}
        with in_language(info.language):
            wanted += names.class_names(args.generate, seed=len(taken), taken=taken)
    if not wanted:
        return _error("give nicknames, or --generate N")
    added, code = [], 0
    for nickname, picture in wanted:
        result = classes.add_pupil(store, info, nickname, picture)
        if result.problem:
            code = _error(f"{printable(nickname)}: {_say(result.problem)}")
            continue
        added.append(result.value)
        print(printable(result.value.nickname))
    print(f"{len(added)} pupils added to {printable(info.name)}", file=sys.stderr)
    if args.cards and added:
        from sango_game.classroom.cards import write_cards

        write_cards(info, added, args.cards)
        print(f"nickname cards written to {printable(args.cards)}", file=sys.stderr)
    return code


def _list(store, args) -> int:
    from sango_game.classroom import classes
    rows = [{"name": info.name, "track": info.track, "language": info.language,
             "pupils": [p.nickname for p in store.list_profiles(info.id)],
             "lesson": list(info.lesson), "locked": sorted(info.locked),
             "unlocked": sorted(info.unlocked)} for info in classes.list_classes(store)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no classes", file=sys.stderr)
    for row in rows:
        print(f"{printable(row['name'])}\t{row['track']}\t{row['language']}\t"
              f"{len(row['pupils'])} pupils\tlesson: {', '.join(row['lesson']) or '-'}")
        for nickname in row["pupils"]:
            print(f"  {printable(nickname)}")
    return 0


def _lesson(store, args) -> int:
    from sango_game.classroom import classes, lesson

    info = _class(store, args.class_name)
    if info is None:
        return 1
    library = _library()
    if not args.levels:
        for level in lesson.catalogue(library.levels, info.track, args.topic, args.minutes):
            mark = "  (sensitive)" if level.sensitive else ""
            today = "  [today]" if level.id in info.lesson else ""
            print(f"{level.id}\t{level.topic}\t{level.minutes} min\t{level.title}{mark}{today}")
            print(f"    objective: {' '.join(level.objective.split())}")
            for _ctx, question in level.questions:
                print(f"    - {question}")
        return 0
    unknown = [i for i in args.levels if library.level(i) is None]
    if unknown:
        return _error(f"no level called {', '.join(map(repr, unknown))}")
    info = classes.set_lesson(info, args.levels)
    minutes = lesson.lesson_minutes(lesson.catalogue(library.level(i) for i in info.lesson))
    return _saved(classes.save_class(store, info),
                  f"today's lesson for {printable(info.name)}: {len(info.lesson)} levels, "
                  f"{minutes} min")


def _lock(store, args) -> int:
    from sango_game.classroom import classes

    info = _class(store, args.class_name)
    if info is None:
        return 1
    unknown = [i for i in args.levels if _library().level(i) is None]
    if unknown:
        return _error(f"no level called {', '.join(map(repr, unknown))}")
    change = classes.lock_levels if args.action == "lock" else classes.unlock_levels
    return _saved(classes.save_class(store, change(info, args.levels)),
                  f"{args.action}ed for {printable(info.name)}: {', '.join(args.levels)}")


def _report(store, args) -> int:
    from sango_game.classroom import report, report_csv, report_html, report_pdf

    info = _class(store, args.class_name)
    if info is None:
        return 1
    library = _library()
    data = report.build_report(store, info, library.levels, library.topics)
    writer = {"csv": report_csv.write_report_csv, "html": report_html.write_report_html,
              "pdf": report_pdf.write_report_pdf}[args.format]
    try:
        path = writer(data, args.output)
    except OSError as why:
        return _error(f"could not write {args.output}: {why.strerror or why}")
    print(f"report for {printable(info.name)} ({len(data.rows)} pupils) written to {path}")
    return 0


def _certificates(store, args) -> int:
    from sango_game.classroom import certificates

    info = _class(store, args.class_name)
    if info is None:
        return 1
    try:
        path = certificates.write_certificates(store, info, _library().levels, args.output)
    except OSError as why:
        return _error(f"could not write {args.output}: {why.strerror or why}")
    print(f"certificates for {printable(info.name)} written to {path}")
    return 0


def _export(store, args) -> int:
    from sango_game.classroom import exchange

    info = _class(store, args.class_name)
    if info is None:
        return 1
    return _saved(exchange.export_class(store, info, args.output),
                  f"class {printable(info.name)} exported to {args.output}")


def _import(store, args) -> int:
    from sango_game.classroom import exchange
    result = exchange.import_class(store, args.file)
    if result.problem:
        return _error(_say(result.problem))
    done = result.value
    if not done.changed_anything:
        print(f"{printable(done.class_name)}: already up to date, nothing changed")
        return 0
    for old, new in done.renamed:
        print(f"note: {printable(old)} is called {printable(new)} here (the name was taken)",
              file=sys.stderr)
    return _saved(result, f"imported {printable(done.class_name)}: {done.pupils_added} new "
                          f"pupils, {done.pupils_merged} merged, {done.attempts_added} "
                          f"attempts, {done.choices_added} choices")


def _delete(store, args) -> int:
    from sango_game.classroom import classes
    info = _class(store, args.class_name)
    if info is None:
        return 1
    count = len(store.list_profiles(info.id))
    if not args.yes:
        if not sys.stdin.isatty():
            return _error("add --yes to delete without a question")
        answer = input(f"Delete class {printable(info.name)} and all data of its {count} "
                       "pupils? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing deleted")
            return 1
    return _saved(classes.delete_class(store, info),
                  f"deleted class {printable(info.name)} and its {count} pupils")


ACTIONS = {"create-class": _create, "add-pupils": _add_pupils, "list": _list,
           "lesson": _lesson, "lock": _lock, "unlock": _lock, "report": _report,
           "certificates": _certificates, "export": _export, "import": _import,
           "delete-class": _delete}
