"""`sango-game speak`: hear a text as the game reads it aloud, or write it to a WAV.

    sango-game speak --lang fr "Bonjour !"            speak now
    sango-game speak --lang zh_Hans -o hello.wav "你好"  write a WAV file
    sango-game speak --lang ar --id u9-.../meet/l1    a level or UI text by msgctxt
    sango-game speak --list                           which languages can be read aloud here

A translator uses it to hear their text. The text is cleaned as the game
cleans it (markup tags and bidi controls out); `{nickname}` becomes `--nickname`.
Exit codes: 0 done, 1 the language cannot be read aloud here or the engine
failed, 2 a usage mistake (no text, unknown msgctxt). See docs/SPEECH.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "speak",
        help="read a text aloud as the game does, or write it to a WAV file",
        description="Read a text aloud in a language, as the game does. See docs/SPEECH.md.",
    )
    parser.add_argument("text", nargs="?", help="the text to read")
    parser.add_argument("--lang", default="en", help="language code, e.g. fr, ar, zh_Hans (en)")
    parser.add_argument("--id", dest="msgctxt", help="read this msgctxt's translation instead")
    parser.add_argument("-o", "--output", type=Path, help="write a WAV file instead of speaking")
    parser.add_argument("--engine", default=None, choices=("auto", "espeak", "pyttsx3", "off"),
                        help="which speech engine to use (default: $SANGO_SPEECH, else auto)")
    parser.add_argument("--nickname", default="Pip", help="the nickname that fills {nickname}")
    parser.add_argument("--list", action="store_true",
                        help="list which languages can be read aloud on this computer")
    parser.add_argument("--locale-dir", type=Path, default=None,
                        help="the folder holding sango.pot and the .po files")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sango_game.printable import printable
    from sango_game.speech import choose_engine, spoken_text, support_for
    from sango_game.speech.voices import load_voices

    voices, problems = load_voices()
    for problem in problems:
        print(problem.format(), file=sys.stderr)
    engine = choose_engine(args.engine, voices)
    if args.list:
        return _print_languages(engine)
    lang, text = _text_to_read(args)
    if text is None:
        return 2
    words = spoken_text(text)
    if not words:
        print("there is nothing to read in that text", file=sys.stderr)
        return 2
    support = support_for(engine.languages(), lang)
    if args.output is None and (support is None or not support.readable):
        why = support.note if support else "there is no voice for it in the voices file"
        print(f"{printable(lang)} cannot be read aloud here: {printable(why)}", file=sys.stderr)
        return 1
    if args.output is not None:
        return _write(engine, words, lang, args.msgctxt, args.output)
    import threading

    failed = engine.speak(words, lang, args.msgctxt, threading.Event())
    if failed:
        print(f"{printable(failed)}; `-o FILE.wav` writes the sound to a file instead",
              file=sys.stderr)
        return 1
    assert support is not None  # reading aloud: a language without a voice returned above
    print(f"read aloud in {printable(lang)} with {support.engine} "
          f"({printable(support.voice)}): {printable(words)}")
    return 0


def _text_to_read(args: argparse.Namespace) -> tuple[str, str | None]:
    """(language code, text) from --lang and the text or --id; None text after a message."""
    from sango_game import i18n
    from sango_game.commands.i18n import _locale_dir, _template, _translation_of
    from sango_game.printable import printable

    i18n.setup(_locale_dir(args))
    choice = i18n.choose_language(args.lang)
    if choice.problem is not None:
        print(f"--lang: {printable(choice.problem.message)}", file=sys.stderr)
    language = i18n.set_language(choice.code)
    lang = language.code if choice.problem is None else args.lang
    if args.msgctxt:
        text = _translation_of(args.msgctxt, language.code, _template(args))
        if text is None:
            print(f"no text with msgctxt {printable(args.msgctxt)!r} in the template",
                  file=sys.stderr)
            return lang, None
    else:
        text = args.text
    if not text:
        print("give the text to read, or --id MSGCTXT", file=sys.stderr)
        return lang, None
    return lang, i18n.translator().format(text, {"nickname": args.nickname})


def _write(engine, words: str, lang: str, key: str | None, output: Path) -> int:
    """Write the WAV through a temporary file, check it, then copy it into place."""
    import shutil
    import tempfile
    import wave

    from sango_game.i18n.diagnostics import shown_path
    from sango_game.printable import printable
    from sango_game.speech.wav import wav_stats

    with tempfile.TemporaryDirectory(prefix="sango-speak-") as folder:
        temporary = Path(folder) / "speech.wav"
        why = engine.write_wav(words, lang, key, temporary)
        if why is not None:
            print(f"{printable(lang)} cannot be read aloud here: {printable(why)}",
                  file=sys.stderr)
            return 1
        try:
            stats = wav_stats(temporary)
        except (OSError, ValueError, EOFError, wave.Error) as error:
            print(f"the speech engine wrote no usable WAV file ({error})", file=sys.stderr)
            return 1
        try:
            shutil.copyfile(temporary, output)
        except OSError as error:
            print(f"{printable(shown_path(output))} cannot be written: {error.strerror}",
                  file=sys.stderr)
            return 1
    print(f"{printable(shown_path(output))}: {stats.seconds:.2f} s, "
          f"loudness (RMS) {stats.rms:.3f}, {printable(lang)}")
    return 0


def _print_languages(engine) -> int:
    from sango_game.printable import printable

    supports = engine.languages()
    if not supports:
        print("no language can be read aloud: the voices file lists none")
        return 1
    for item in supports:
        state = "yes" if item.readable else "no "
        voice = f" ({printable(item.voice)})" if item.voice else ""
        note = f": {printable(item.note)}" if item.note and not item.readable else ""
        print(f"{state} {printable(item.code):8} {item.engine}{voice}{note}")
    return 0 if any(item.readable for item in supports) else 1
