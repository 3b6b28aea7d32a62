"""`sango-game records`: learning records (xAPI statements) for a school's
Learning Record Store.

    status [--json]                         what waits, what was sent, the last send
    enable --home-page URL                  start keeping records (teacher PIN)
    disable                                 stop keeping records (teacher PIN)
    export -o FILE.jsonl [--mark-sent]      waiting statements, for a USB stick
    import FILE.jsonl                       statements from another PC (gathering PC)
    send --lrs URL [--key K --secret S]     POST waiting statements (teacher PIN)

Each takes `--data-dir DIR`. The teacher PIN: `--pin`, else SANGO_TEACHER_PIN,
else a prompt, checked through ``classroom.pin_gate`` (repeated wrong PINs make
further tries wait); without a PIN set, enable and send refuse. The LRS secret may
come from SANGO_LRS_SECRET instead of the command line. Exit 0 on success,
1 when something was refused, not sent or not saved.

The game never runs this and never opens a network connection; only `send`
imports ``sango_game.records.send``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from sango_game.printable import printable

PIN_ENV = "SANGO_TEACHER_PIN"
SECRET_ENV = "SANGO_LRS_SECRET"
LOCAL = ("http://127.0.0.1", "http://localhost", "http://[::1]")
WHAT_IS_SENT = (
    "Sango will keep a learning record each time a child finishes a level (its stars), "
    "makes a choice in a story (safe, unsafe or mixed; never a choice made under pressure) "
    "or earns a badge. A record names the child only by the profile's random ID under "
    "{home_page}: never a nickname, a picture or anything typed. Records wait in "
    "progress.db until a teacher exports them or sends them with "
    "`sango-game records send --lrs URL`; the game itself never uses the network."
)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "records", help="learning records (xAPI) for a school's record store",
        description="Keep, export, import and send learning records (xAPI statements).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str, pin: bool = False) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--data-dir", help="folder holding progress.db (default: "
                         "SANGO_DATA_DIR, else the user data folder)")
        if pin:
            sub.add_argument("--pin", help=f"the teacher PIN (else {PIN_ENV}, else a prompt)")
        sub.set_defaults(run=run, action=name)
        return sub

    action("status", "how many records wait and when the last send was").add_argument(
        "--json", action="store_true", help="print the status as JSON")
    enable = action("enable", "start keeping learning records", pin=True)
    enable.add_argument(
        "--home-page", required=True, help="the school's address (https://...): "
        "records name a child as a random ID under it")
    enable.add_argument("--lrs", help="the LRS's xAPI address records will be sent to "
                        "(shown to teachers in the game; `send` remembers it too)")
    action("disable", "stop keeping learning records", pin=True)
    export = action("export", "write waiting statements to a JSON-lines file")
    export.add_argument("-o", "--output", required=True, help="the file to write")
    export.add_argument("--mark-sent", action="store_true",
                        help="count the exported statements as sent (they travel on the file)")
    action("import", "bring in statements from a JSON-lines file").add_argument("file")
    send = action("send", "send waiting statements to a Learning Record Store", pin=True)
    send.add_argument("--lrs", required=True, help="the LRS's xAPI address, e.g. "
                      "https://lrs.school.example/xAPI")
    send.add_argument("--key", help="the LRS key (user name)")
    send.add_argument("--secret", help=f"the LRS secret (else {SECRET_ENV})")
    send.add_argument("--batch", type=int, default=50, help="statements per request")


def run(args: argparse.Namespace) -> int:
    from sango_game.progress import open_store

    store = open_store(args.data_dir)
    try:
        if getattr(args, "pin", "no pin asked") != "no pin asked" and not _pin_ok(store, args):
            return 1
        code = ACTIONS[args.action](store, args)
        for notice in store.take_notices():
            print(f"note: {printable(notice.message)}", file=sys.stderr)
        return code
    finally:
        store.close()


def _pin_ok(store, args) -> bool:
    """The teacher PIN, checked by ``classroom.pin_gate``: after repeated wrong PINs
    further tries must wait (kept in the data folder, so a script cannot hammer it)."""
    from sango_game.classroom import pin_gate

    if not store.has_teacher_pin():
        print("error: set a teacher PIN first (the classroom tools ask for one)", file=sys.stderr)
        return False
    typed = args.pin if args.pin is not None else os.environ.get(PIN_ENV)
    if typed is None and sys.stdin.isatty():
        typed = getpass.getpass("Teacher PIN: ")
    if typed is None:
        print(f"error: a teacher PIN is set: give it with --pin, {PIN_ENV} or the prompt",
              file=sys.stderr)
        return False
    checked = pin_gate.check_pin(store, typed)
    if checked.problem is not None:  # not checked.ok
        problem = checked.problem
        words = problem.message.format(**{k: printable(str(v)) for k, v in problem.params.items()})
        print(f"error: {words}", file=sys.stderr)
        return False
    return True


def _status(store, args) -> int:
    settings, counts = store.records_settings(), store.outbox_counts()
    status = {"enabled": settings["enabled"], "home_page": settings["home_page"],
              **counts, "last_send": store.last_send(),
              "set_aside_reasons": [reason for _, reason in store.outbox_set_aside()][:20]}
    if args.json:
        print(json.dumps(status, indent=2, ensure_ascii=False))
        return 0
    state = (f"on, under {printable(settings['home_page'])}" if settings["enabled"] else "off")
    print(f"Learning records: {state}")
    print(f"Waiting to be sent: {counts['waiting']}")
    print(f"Sent: {counts['sent']}")
    print(f"Set aside (rejected by the LRS): {counts['set_aside']}")
    print(f"Last send: {status['last_send'] or 'never'}")
    for reason in status["set_aside_reasons"]:
        print(f"  set aside: {printable(reason)}")
    return 0


def _enable(store, args) -> int:
    from sango_game.progress.outbox import check_lrs

    lrs_problem = check_lrs(args.lrs) if args.lrs is not None else None
    if lrs_problem:
        print(f"error: {printable(lrs_problem)}", file=sys.stderr)
        return 1
    result = store.enable_records(args.home_page)
    if result.problem:
        print(f"error: {printable(str(result.problem.params.get('detail', '')))}",
              file=sys.stderr)
        return 1
    if args.lrs is not None:
        store.remember_lrs(args.lrs)
    print(WHAT_IS_SENT.format(home_page=printable(args.home_page.strip())))
    return 0 if result.saved else 1


def _disable(store, args) -> int:
    result = store.disable_records()
    print("Learning records are off. What already waits stays until exported or sent.")
    return 0 if result.saved else 1


def _export(store, args) -> int:
    from sango_game.records import jsonl

    statements, unsendable = jsonl.waiting_statements(store)
    for sid, reason in unsendable:
        store.set_aside(sid, reason)
    try:
        count = jsonl.export_lines(statements, args.output)
    except OSError as error:
        print(f"error: cannot write {printable(args.output)}: "
              f"{printable(error.strerror or str(error))}", file=sys.stderr)
        return 1
    if args.mark_sent and statements:
        store.mark_sent([sid for sid, _ in statements])
    print(f"Exported {count} statements to {printable(args.output)}")
    return 0


def _import(store, args) -> int:
    from sango_game.records import jsonl

    found, problems = jsonl.read_lines(args.file)
    for problem in problems:
        print(f"{printable(args.file)}:{problem.line}: {problem.code} {problem.message}",
              file=sys.stderr)
    result = store.add_statements(found)
    if result.problem:
        return 1
    print(f"Imported {result.value} new statements ({len(found) - result.value} already here, "
          f"{len(problems)} refused)")
    return 0 if result.saved and not problems else 1


def _send(store, args) -> int:
    from sango_game.records import jsonl
    from sango_game.records.send import Sender, statements_url

    try:
        statements_url(args.lrs)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.lrs.startswith("http://") and not args.lrs.startswith(LOCAL):
        print("warning: an http:// address sends records unencrypted; use https://",
              file=sys.stderr)
    statements, unsendable = jsonl.waiting_statements(store)
    for sid, reason in unsendable:
        store.set_aside(sid, reason)
    secret = args.secret if args.secret is not None else os.environ.get(SECRET_ENV)
    sender = Sender(args.lrs, args.key, secret, batch_size=args.batch)
    store.remember_lrs(args.lrs)  # the teacher area names where records go
    report = sender.send_batches(statements, store.mark_sent, store.set_aside)
    print(f"Sent {report.sent} statements; {report.rejected} set aside; "
          f"{store.outbox_counts()['waiting']} still waiting")
    if report.stopped:
        print(f"error: sending stopped: {printable(report.stopped)}. "
              "Nothing was lost: what was not sent is still waiting.", file=sys.stderr)
    return 0 if report.ok and not report.rejected else 1


ACTIONS = {"status": _status, "enable": _enable, "disable": _disable, "export": _export,
           "import": _import, "send": _send}
