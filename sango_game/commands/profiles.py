"""`sango-game profiles`: look after the profiles in a progress folder.

    list [--json]                 every profile: nickname, track, levels done, stars
    export NICKNAME FILE          write one child's progress to a JSON file
    import FILE [--nickname NEW]  merge a child's progress from a JSON file
    delete NICKNAME [--yes]       remove every record of one child

Each takes `--data-dir DIR` (default: SANGO_DATA_DIR, else the user data
folder). Notices (a damaged file set aside, progress that can't be saved) go to
stderr. Exit 0 on success, 1 when something was refused or not saved.

Everything printed that came from a file (nicknames, values quoted in a
problem, paths) goes through ``printable``: a hostile profile file can't forge
an output line or drive the terminal.
"""

from __future__ import annotations

import argparse
import json
import sys

from sango_game.printable import printable


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "profiles", help="list, export, import or delete player profiles",
        description="List, export, import or delete the player profiles in a progress folder.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--data-dir", help="folder holding progress.db (default: "
                         "SANGO_DATA_DIR, else the user data folder)")
        sub.set_defaults(run=run, action=name)
        return sub

    listing = action("list", "list every profile")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    export = action("export", "write one child's progress to a JSON file")
    export.add_argument("nickname")
    export.add_argument("file")
    importing = action("import", "merge a child's progress from a JSON file")
    importing.add_argument("file")
    importing.add_argument("--nickname", help="name for the child here (if theirs is taken)")
    delete = action("delete", "remove every record of one child")
    delete.add_argument("nickname")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _say(notice_or_problem) -> str:
    """The message with its values filled in, each made safe to print."""
    params = {key: printable(str(value)) for key, value in notice_or_problem.params.items()}
    return printable(notice_or_problem.message).format(**params)


def run(args: argparse.Namespace) -> int:
    from sango_game.progress import open_store

    store = open_store(args.data_dir)
    try:
        code = ACTIONS[args.action](store, args)
        for notice in store.take_notices():
            print(f"note: {_say(notice)}", file=sys.stderr)
        return code
    finally:
        store.close()


def _list(store, args) -> int:
    rows = []
    for profile in store.list_profiles():
        progress = store.level_progress(profile.id).values()
        rows.append({
            "nickname": profile.nickname, "track": profile.track, "language": profile.language,
            "levels_done": sum(p.completed for p in progress),
            "stars": sum(p.best_stars for p in progress),
            "badges": len(store.badges(profile.id)), "last_played": profile.last_played_at,
        })
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"# {printable(str(store.path))}", file=sys.stderr)
    if not rows:
        print("no profiles", file=sys.stderr)
    for row in rows:
        print(f"{printable(row['nickname'])}\t{row['track']}\t{row['language']}\t"
              f"{row['levels_done']} levels\t{row['stars']} stars\t{row['badges']} badges\t"
              f"last played {row['last_played'] or 'never'}")
    return 0


def _find(store, nickname: str):
    profile = store.find_profile(nickname)
    if profile is None:
        print(f"error: no profile called {printable(repr(nickname))} in "
              f"{printable(str(store.data_dir))}", file=sys.stderr)
    return profile


def _finish(result, success: str) -> int:
    if result.problem:
        print(f"error: {_say(result.problem)}", file=sys.stderr)
        return 1
    if not result.saved:
        print("error: the progress file could not be written; nothing was changed on disk",
              file=sys.stderr)
        return 1
    print(success)
    return 0


def _export(store, args) -> int:
    profile = _find(store, args.nickname)
    if profile is None:
        return 1
    result = store.export_profile(profile.id, args.file)
    return _finish(result, f"exported {printable(profile.nickname)} to {printable(args.file)}")


def _import(store, args) -> int:
    result = store.import_profile(args.file, nickname=args.nickname)
    report = result.value
    if report is not None and not report.changed_anything:
        print(f"{printable(report.nickname)}: already up to date, nothing changed")
        return 0
    summary = ""
    if report is not None:
        summary = (f"imported {printable(report.nickname)}: {report.attempts_added} new attempts, "
                   f"{report.attempts_updated} updated, {report.choices_added} choices, "
                   f"{report.badges_added} badges")
        if report.notice():
            summary += f"\n{_say(report.notice())}"
    return _finish(result, summary)


def _delete(store, args) -> int:
    profile = _find(store, args.nickname)
    if profile is None:
        return 1
    if not args.yes:
        if not sys.stdin.isatty():
            print("error: add --yes to delete without a question", file=sys.stderr)
            return 1
        answer = input(f"Delete {printable(profile.nickname)} and all their progress? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing deleted")
            return 1
    return _finish(store.delete_profile(profile.id), f"deleted {printable(profile.nickname)}")


ACTIONS = {"list": _list, "export": _export, "import": _import, "delete": _delete}
