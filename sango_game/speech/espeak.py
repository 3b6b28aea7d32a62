"""espeak-ng, run directly as a child process: offline, and on every Linux.

The words go to espeak-ng on its standard input (never on the command line, so
a line that starts with `-` is not an option). `speak` polls the child and
ends it when `cancelled` is set; `write_wav` asks for a WAV file. The voice
list is read once from `espeak-ng --voices`.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

from sango_game.speech import pinyin
from sango_game.speech.api import LanguageSupport
from sango_game.speech.clean import spoken_text
from sango_game.speech.voices import Voice, Voices

POLL_SECONDS = 0.02
WAV_TIMEOUT_SECONDS = 120
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash on Windows


def find_espeak() -> str | None:
    """The espeak-ng program on PATH, or None."""
    return shutil.which("espeak-ng")


def installed_voices(executable: str) -> frozenset[str]:
    """Every name `-v` accepts here (voice names, language codes, file names), lower case."""
    try:
        done = subprocess.run([executable, "--voices"], capture_output=True, timeout=10,
                              creationflags=_NO_WINDOW, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    names: set[str] = set()
    for row in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        columns = row.split()
        if len(columns) >= 5:
            names.update((columns[1].lower(), columns[3].lower(),
                          columns[4].lower(), columns[4].rsplit("/", 1)[-1].lower()))
    return frozenset(names)


class EspeakEngine:
    """Reads aloud with espeak-ng; voices and rates come from the voices file."""

    name = "espeak-ng"

    def __init__(self, voices: Voices, executable: str | None = None):
        self.voices = voices
        self.executable = executable or find_espeak()
        self._lock = threading.Lock()
        self._supports: tuple[LanguageSupport, ...] | None = None
        self._plan: dict[str, tuple[str, int, bool]] = {}  # lang -> (voice, rate, pinyin)

    def languages(self) -> tuple[LanguageSupport, ...]:
        with self._lock:
            if self._supports is None:
                self._supports = self._discover()
            return self._supports

    def _discover(self) -> tuple[LanguageSupport, ...]:
        installed = installed_voices(self.executable) if self.executable else frozenset()
        found = []
        for voice in self.voices.by_lang.values():
            support, plan = _plan_voice(voice, installed, self.executable is not None)
            found.append(support)
            if plan is not None:
                self._plan[voice.lang] = plan
        return tuple(found)

    def plan_for(self, lang: str) -> tuple[str, int, bool] | None:
        """(voice, rate, use pinyin) for `lang`, or None when it cannot be read."""
        self.languages()
        voice = self.voices.for_language(lang)
        return self._plan.get(voice.lang) if voice else None

    def command(self, lang: str, *extra: str) -> list[str] | None:
        plan = self.plan_for(lang)
        if plan is None or not self.executable:
            return None
        voice, rate, _ = plan
        return [self.executable, "-v", voice, "-s", str(rate), "-b", "1", "--stdin", *extra]

    def words(self, text: str, lang: str) -> bytes:
        """The bytes for espeak-ng's standard input: clean words, pinyin for Mandarin."""
        text = spoken_text(text)
        plan = self.plan_for(lang)
        if plan is not None and plan[2]:
            text = pinyin.to_pinyin(text)
        return text.encode("utf-8")

    def speak(self, text: str, lang: str, key: str | None,
              cancelled: threading.Event) -> str | None:
        command = self.command(lang)
        if command is None or not text or cancelled.is_set():
            return None
        child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, creationflags=_NO_WINDOW)
        assert child.stdin is not None and child.stderr is not None  # both are PIPEs
        try:
            try:
                child.stdin.write(self.words(text, lang))
                child.stdin.close()
            except OSError:
                pass  # the child ended early (no sound device): said below
            while child.poll() is None:
                if cancelled.wait(POLL_SECONDS):
                    return None
            said = child.stderr.read(4096).decode("utf-8", "replace").strip()
            if said or child.returncode:
                last = said.splitlines()[-1] if said else f"exit code {child.returncode}"
                return f"espeak-ng could not play the sound ({last})"
            return None
        finally:
            _end(child)

    def write_wav(self, text: str, lang: str, key: str | None, path: Path) -> str | None:
        command = self.command(lang, "-w", str(path))
        if command is None:
            return _why_not(self.languages(), lang, self.executable)
        try:
            done = subprocess.run(command, input=self.words(text, lang), capture_output=True,
                                  timeout=WAV_TIMEOUT_SECONDS, creationflags=_NO_WINDOW,
                                  check=False)
        except (OSError, subprocess.SubprocessError) as error:
            return f"espeak-ng could not be run: {error}"
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", "replace").strip()
            return f"espeak-ng stopped with code {done.returncode}: {said}"
        return None


def _plan_voice(voice: Voice, installed: frozenset[str], have_program: bool):
    """(LanguageSupport, plan or None) for one voices-file entry."""
    if not have_program:
        return LanguageSupport(voice.lang, False, "espeak-ng", "",
                               "espeak-ng is not installed"), None
    wanted = voice.espeak
    note = ""
    use_pinyin = voice.pinyin
    if use_pinyin and not pinyin.available():
        use_pinyin = False
        wanted = voice.fallback or voice.espeak
        note = (f"pypinyin is not installed, so the {wanted} voice is used: it reads poorly, "
                f"saying tone numbers as English words")
    if wanted.lower() not in installed and voice.fallback.lower() in installed:
        note = note or f"voice {voice.espeak} is missing; using {voice.fallback}"
        wanted, use_pinyin = voice.fallback, False
    if wanted.lower() not in installed:
        return LanguageSupport(voice.lang, False, "espeak-ng", wanted,
                               f"espeak-ng has no {wanted} voice here"), None
    return (LanguageSupport(voice.lang, True, "espeak-ng", wanted, note or voice.notes),
            (wanted, voice.rate, use_pinyin))


def _why_not(supports: tuple[LanguageSupport, ...], lang: str, executable: str | None) -> str:
    if not executable:
        return "espeak-ng is not installed"
    for item in supports:
        if item.code == lang and item.note:
            return item.note
    return f"there is no voice for {lang} in the voices file"


def _end(child: subprocess.Popen) -> None:
    """Stop the child if it still runs, and reap it."""
    if child.poll() is None:
        child.terminate()
        try:
            child.wait(timeout=2)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    for stream in (child.stdin, child.stderr):
        if stream is not None:
            stream.close()
