"""`sango-game i18n`: the translators' tools.

    status [--json] [LANG ...]   how complete each translation is (UI and each level)
    check [--json] [--msgfmt] [LANG ...]   problems in the .po files; exit 1 on errors
    preview --lang L -o F.png TEXT   draw a text the way the game does
    extract [--check]            make locale/sango.pot from the code and levels
    update                       merge the template into every .po (fuzzy, obsolete)
    new LANG                     start locale/LANG/LC_MESSAGES/sango.po

See docs/TRANSLATING.md. Heavy imports happen inside each command. A locale
folder Babel does not know, an empty folder or an unreadable catalog is reported
(`_print_notes`, or as a Problem) and every command goes on with the rest. Any
text taken from a file or the command line is passed through `printable` before
it is printed in a line built here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "i18n",
        help="translators' tools: status, check, preview, extract, update, new",
        description="Tools for translators. See docs/TRANSLATING.md.",
    )
    parser.add_argument(
        "--locale-dir",
        type=Path,
        default=None,
        help="the folder holding sango.pot and <lang>/LC_MESSAGES/sango.po "
        "(default: the game's locale folder)",
    )
    parser.set_defaults(run=lambda args: (parser.print_help(), 2)[1])
    commands = parser.add_subparsers(dest="i18n_command", metavar="COMMAND")

    status = commands.add_parser("status", help="how complete each translation is")
    status.add_argument("langs", nargs="*", metavar="LANG", help="only these languages")
    status.add_argument("--json", action="store_true", help="one JSON object keyed by language")
    status.add_argument("--levels", action="store_true", help="show every level's counts")
    status.set_defaults(run=run_status)

    check = commands.add_parser("check", help="find problems in the translations")
    check.add_argument("langs", nargs="*", metavar="LANG", help="only these languages")
    check.add_argument("--json", action="store_true", help="print problems as a JSON list")
    check.add_argument("--msgfmt", action="store_true",
                       help="also run GNU gettext's `msgfmt --check` on each file")
    check.set_defaults(run=run_check)

    preview = commands.add_parser("preview", help="draw a text as the game would, to a PNG")
    preview.add_argument("text", nargs="?", help="the text to draw")
    preview.add_argument("--lang", required=True, help="language code, e.g. ar, zh_Hans, qps")
    preview.add_argument("--id", dest="msgctxt", help="draw this msgctxt's translation instead")
    preview.add_argument("--width", type=int, default=600, help="width in pixels (600)")
    preview.add_argument("--size", type=int, default=24, help="text size in points (24)")
    preview.add_argument("--nickname", default="Pip",
                         help="the nickname that fills {nickname} (Pip)")
    preview.add_argument("-o", "--output", type=Path, required=True, help="PNG file to write")
    preview.set_defaults(run=run_preview)

    extract = commands.add_parser("extract", help="make locale/sango.pot (the template)")
    extract.add_argument(
        "--check", action="store_true", help="only say whether the template is out of date"
    )
    extract.add_argument(
        "--print-pybabel", action="store_true", help="print the equivalent pybabel command"
    )
    extract.set_defaults(run=run_extract)

    update = commands.add_parser("update", help="bring every .po up to date with the template")
    update.set_defaults(run=run_update)

    new = commands.add_parser("new", help="start a translation from the template")
    new.add_argument("lang", metavar="LANG", help="language code, e.g. de, pt_BR, zh_Hant")
    new.add_argument("--translator", default=None,
                     help="your name and e-mail for the Last-Translator header (optional)")
    new.set_defaults(run=run_new)


def _locale_dir(args: argparse.Namespace) -> Path:
    if args.locale_dir is not None:
        return args.locale_dir
    from sango_game.i18n.template import TEMPLATE, source_root

    root = source_root()
    if root is not None:
        return root / TEMPLATE.parent
    from sango_game import resources

    return resources.locale_dir()


def _template(args: argparse.Namespace) -> Path:
    return _locale_dir(args) / "sango.pot"


def _shown(path: object) -> str:
    """A path from the file system, safe to print."""
    from sango_game.i18n.diagnostics import shown_path
    from sango_game.printable import printable

    return printable(shown_path(path))


def _print_notes(locale_dir: Path) -> None:
    """Folders that add no language (unknown name, no catalog), on stderr."""
    from sango_game.i18n.languages import discover

    for problem in discover(locale_dir)[1]:
        print(problem.format(), file=sys.stderr)


def run_status(args: argparse.Namespace) -> int:
    from sango_game.i18n.languages import fallback_chain
    from sango_game.i18n.status import all_status
    from sango_game.printable import printable

    template = _template(args)
    if not template.is_file():
        print(f"{_shown(template)}: no template; run `sango-game i18n extract`", file=sys.stderr)
        return 2
    _print_notes(_locale_dir(args))
    results = all_status(_locale_dir(args), template)
    if args.langs:
        wanted = {name for code in args.langs for name in fallback_chain(code, results)[:1]}
        results = {code: s for code, s in results.items() if code in wanted}
    if args.json:
        print(json.dumps({code: s.as_dict() for code, s in results.items()}, indent=2,
                         ensure_ascii=False))
        return 0
    if not results:
        print("No translations yet. Start one with `sango-game i18n new LANG`.")
        return 0
    print(f"{'code':<9} {'done':>6} {'transl.':>8} {'fuzzy':>6} {'missing':>8} "
          f"{'obsolete':>9} {'ui':>6}  {'levels done':<12} language")
    for code, status in results.items():
        counts = status.counts
        ui = status.groups.get("ui")
        levels = [c for name, c in status.groups.items() if name not in ("ui", "tracks-topics")]
        complete = f"{sum(1 for c in levels if c.percent == 100.0)}/{len(levels)}"
        notes = "" if status.readable else "  (file unreadable: see `i18n check`)"
        notes += "  (awaits review)" if status.awaiting_review else ""
        print(f"{printable(code):<9} {counts.percent:>5.1f}% {counts.translated:>8} "
              f"{counts.fuzzy:>6} {counts.missing:>8} {status.obsolete:>9} "
              f"{(ui.percent if ui else 100.0):>5.1f}%  {complete:<12} "
              f"{printable(status.name)}{notes}")
        if args.levels:
            for name, group in sorted(status.groups.items()):
                print(f"    {printable(name):<36} {group.percent:>5.1f}% "
                      f"({group.translated}/{group.total}, {group.fuzzy} fuzzy)")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from sango_game.i18n.check import check_catalogs

    found = check_catalogs(_locale_dir(args), args.langs or None)
    errors = sum(1 for problem in found if problem.is_error)
    if args.json:
        keys = ("path", "line", "col", "code", "severity", "message")
        print(json.dumps([{k: getattr(p, k) for k in keys} for p in found], indent=2,
                         ensure_ascii=False))
    else:
        for problem in found:
            print(problem.format())
    print(f"{errors} error(s), {len(found) - errors} warning(s)", file=sys.stderr)
    if args.msgfmt and not _msgfmt_passes(_locale_dir(args), args.langs):
        return 1
    return 1 if errors else 0


def _msgfmt_passes(locale_dir: Path, langs: list[str]) -> bool:
    """Run `msgfmt --check` on each catalog; print what it says."""
    import shutil
    import subprocess

    from sango_game.i18n.languages import discover, normalise
    from sango_game.i18n.po_reader import looks_like_po
    from sango_game.printable import printable

    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        print("msgfmt is not installed (Debian/Ubuntu: sudo apt install gettext)",
              file=sys.stderr)
        return False
    wanted = {normalise(code).lower() for code in langs}
    passed = True
    for code, path in sorted(discover(locale_dir)[0].items()):
        if wanted and code.lower() not in wanted:
            continue
        if not looks_like_po(path):  # a FIFO, device or huge file: msgfmt could hang
            print(f"msgfmt --check {_shown(path)}: not run (see the problems above)",
                  file=sys.stderr)
            passed = False
            continue
        result = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(path)],
                                capture_output=True, text=True)
        print(f"msgfmt --check {_shown(path)}: {'ok' if result.returncode == 0 else 'FAILED'}",
              file=sys.stderr)
        if result.stderr.strip():
            for line in result.stderr.rstrip().splitlines():
                print(printable(line), file=sys.stderr)
        passed = passed and result.returncode == 0
    return passed


def run_preview(args: argparse.Namespace) -> int:
    import os

    from sango_game import i18n
    from sango_game.printable import printable

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    _print_notes(_locale_dir(args))
    i18n.setup(_locale_dir(args))
    choice = i18n.choose_language(args.lang)
    if choice.problem is not None:
        print(f"--lang: {printable(choice.problem.message)}", file=sys.stderr)
    language = i18n.set_language(choice.code)
    text = args.text
    if args.msgctxt:
        text = _translation_of(args.msgctxt, args.lang, _template(args))
        if text is None:
            print(f"no text with msgctxt {printable(args.msgctxt)!r} in the template",
                  file=sys.stderr)
            return 2
    if not text:
        print("give the text to draw, or --id MSGCTXT", file=sys.stderr)
        return 2
    try:
        from sango_game.text.preview import render_preview
    except ImportError as error:
        print(f"previews are not available here ({error})", file=sys.stderr)
        return 2
    text = i18n.translator().format(text, {"nickname": args.nickname})
    found = render_preview(text, language.code, args.width, args.size, args.output,
                           direction=language.direction) or ()
    for problem in found:
        print(problem.format() if hasattr(problem, "format") else problem, file=sys.stderr)
    print(f"{_shown(args.output)}: {printable(language.native_name)} ({language.direction}), "
          f"{args.width} px wide")
    return 0


def _translation_of(msgctxt: str, lang: str, template: Path) -> str | None:
    """The current language's text for a msgctxt, looked up through the template."""
    from sango_game import i18n
    from sango_game.i18n.po_reader import read_po_file

    catalog = read_po_file(template).catalog
    for message in catalog or ():
        if message.context == msgctxt and message.id:
            if isinstance(message.id, str):
                return i18n.pgettext(msgctxt, message.id)
            return i18n.npgettext(msgctxt, message.id[0], message.id[1], 1)
    return None


def run_extract(args: argparse.Namespace) -> int:
    import shlex

    from sango_game.i18n.template import (
        TEMPLATE,
        comparable,
        difference,
        extract_template,
        fresh_template,
        pybabel_command,
        source_root,
    )

    if args.print_pybabel:
        print(" ".join(shlex.quote(part) for part in pybabel_command()))
        return 0
    root = source_root()
    if root is None:
        print("`i18n extract` needs a source checkout (babel.cfg, levels/, sango_game/)",
              file=sys.stderr)
        return 2
    output = root / TEMPLATE
    if args.check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        fresh = fresh_template(root)
        if comparable(current) == comparable(fresh):
            print(f"{TEMPLATE} is up to date")
            return 0
        print(difference(current, fresh))
        print(f"{TEMPLATE} is out of date: run `sango-game i18n extract`", file=sys.stderr)
        return 1
    changed = extract_template(root, output)
    print(f"{TEMPLATE} {'written' if changed else 'already up to date'}")
    return 0


def run_update(args: argparse.Namespace) -> int:
    from sango_game.i18n.update import update_catalogs

    template = _template(args)
    if not template.is_file():
        print(f"{_shown(template)}: no template; run `sango-game i18n extract`", file=sys.stderr)
        return 2
    _print_notes(_locale_dir(args))
    failed = 0
    for result in update_catalogs(_locale_dir(args), template):
        if result.problem:
            failed += 1
            print(f"{_shown(result.path)}: left alone, fix it first: {result.problem.format()}")
        else:
            print(f"{_shown(result.path)}: updated")
    return 1 if failed else 0


def run_new(args: argparse.Namespace) -> int:
    from sango_game.i18n.update import DEFAULT_TRANSLATOR, new_catalog
    from sango_game.printable import printable

    try:
        path = new_catalog(_locale_dir(args), _template(args), args.lang,
                           args.translator or DEFAULT_TRANSLATOR)
    except FileExistsError as error:
        print(f"{_shown(error)}: already exists; use `sango-game i18n update`", file=sys.stderr)
        return 1
    except (ValueError, FileNotFoundError, OSError) as error:
        print(f"cannot start {printable(args.lang)!r}: {printable(str(error))}", file=sys.stderr)
        return 2
    print(f"{_shown(path)}: started. Open it in Poedit, or see docs/TRANSLATING.md.")
    return 0
