"""The level model: immutable dataclasses built from a checked level file.

Every translatable text carries its stable `msgctxt`, built from IDs only, so
rewording the English never breaks a translation. See docs/ARCHITECTURE.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

SAFETIES = ("safe", "unsafe", "mixed")
# A choice made under pressure is marked, not scored: `Choice.safety` is PRESSURED.
PRESSURED = "pressured"
OUTCOMES = ("good", "okay", "bad")
NARRATOR = "narrator"
PLAYER = "player"
BUILT_IN_SPEAKERS = (NARRATOR, PLAYER)


@dataclass(frozen=True)
class Condition:
    """A flag that must be set (or, when negated, must not be)."""

    flag: str
    negated: bool = False

    @classmethod
    def parse(cls, text: str) -> Condition:
        if text.startswith("not "):
            return cls(text[4:].strip(), True)
        return cls(text.strip(), False)

    def holds(self, flags: frozenset[str] | set[str]) -> bool:
        return (self.flag in flags) != self.negated

    def __str__(self) -> str:
        return f"not {self.flag}" if self.negated else self.flag


def all_hold(conditions: tuple[Condition, ...], flags: frozenset[str] | set[str]) -> bool:
    return all(condition.holds(flags) for condition in conditions)


@dataclass(frozen=True)
class Message:
    """One translatable text: what the extractor and translators see."""

    msgctxt: str
    text: str
    comment: str
    line: int
    limit: int | None = None


@dataclass(frozen=True)
class Character:
    id: str
    name: str
    picture: str
    msgctxt: str


@dataclass(frozen=True)
class Line:
    id: str
    speaker: str
    text: str
    msgctxt: str
    mood: str | None = None
    picture: str | None = None
    when: tuple[Condition, ...] = ()
    line_no: int = 0


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    safety: str
    feedback: str
    msgctxt: str
    feedback_msgctxt: str
    next: str | None = None
    set_flags: tuple[str, ...] = ()
    unset_flags: tuple[str, ...] = ()
    when: tuple[Condition, ...] = ()
    line_no: int = 0
    picture: str | None = None  # a picture on the button, for a child who cannot read yet

    @property
    def pressured(self) -> bool:
        """Made under pressure: never scored, never stored against a profile."""
        return self.safety == PRESSURED

    @property
    def retry(self) -> bool:
        """A choice with no `next` lets the child choose again in the same scene."""
        return self.next is None


@dataclass(frozen=True)
class Scene:
    id: str
    lines: tuple[Line, ...]
    choices: tuple[Choice, ...]
    background: str | None = None
    line_no: int = 0


@dataclass(frozen=True)
class Ending:
    id: str
    outcome: str
    title: str
    summary: str
    msgctxt: str
    help: str | None = None
    background: str | None = None
    line_no: int = 0
    asked_for_help: bool = False  # reached by asking for help: full stars
    coping_alone: bool = False  # got through it alone: at worst okay, help shown

    @property
    def title_msgctxt(self) -> str:
        return f"{self.msgctxt}/title"

    @property
    def summary_msgctxt(self) -> str:
        return f"{self.msgctxt}/summary"

    @property
    def help_msgctxt(self) -> str:
        return f"{self.msgctxt}/help"


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    msgctxt: str


@dataclass(frozen=True)
class TeacherNotes:
    duration_minutes: int
    cop_theme: str
    questions: tuple[Question, ...]
    cop_theme_msgctxt: str


@dataclass(frozen=True)
class Level:
    id: str
    track: str
    topic: str
    order: int
    title: str
    objective: str
    key_lesson: str
    teacher_notes: TeacherNotes
    cast: tuple[Character, ...]
    start: str
    scenes: tuple[Scene, ...]
    endings: tuple[Ending, ...]
    content_hash: str
    path: str = ""
    sensitive: bool = False
    content_note: str | None = None
    positions: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    @cached_property
    def _scene_index(self) -> dict[str, Scene]:
        """Scenes by ID (the first of a duplicate), so a step in a 5,000-scene level is quick."""
        index: dict[str, Scene] = {}
        for scene in self.scenes:
            index.setdefault(scene.id, scene)
        return index

    @cached_property
    def _ending_index(self) -> dict[str, Ending]:
        index: dict[str, Ending] = {}
        for ending in self.endings:
            index.setdefault(ending.id, ending)
        return index

    def scene(self, scene_id: str) -> Scene | None:
        return self._scene_index.get(scene_id)

    def ending(self, ending_id: str) -> Ending | None:
        return self._ending_index.get(ending_id)

    def character(self, character_id: str) -> Character | None:
        return next((person for person in self.cast if person.id == character_id), None)

    def meta_msgctxt(self, name: str) -> str:
        """msgctxt of a level-wide text: title, objective or key_lesson."""
        return f"{self.id}/meta/{name}"

    @property
    def about_images(self) -> bool:
        """A story about images of a child (sent, asked for, shared, faked): its sensitive
        endings show the take-down services too. A sensitive story about something else
        (a violent video) shows help and report routes only."""
        if self.topic == "relationships-and-images":
            return True
        return self.sensitive and self.topic == "privacy"

    @property
    def content_note_msgctxt(self) -> str:
        """msgctxt of the content note shown before a sensitive level."""
        return self.meta_msgctxt("content_note")

    def messages(self, limits: dict[str, int] | None = None) -> tuple[Message, ...]:
        """Every translatable text of the level, in file order, with context for translators.

        The Babel extractor (`sango_game.i18n.extract`) and `sango-game i18n status`
        read levels through this, so the game and the template agree."""
        return level_messages(self, limits or {})


@dataclass(frozen=True)
class Track:
    id: str
    name: str
    ages: str
    description: str
    can_fail: bool
    limits: dict[str, int]


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    description: str
    badge: str
    tracks: tuple[str, ...] = ()  # the tracks it may be used in; empty: every track

def _speaker_label(level: Level, speaker: str) -> str:
    if speaker == NARRATOR:
        return "the narrator"
    if speaker == PLAYER:
        return "the player (the child playing)"
    person = level.character(speaker)
    return person.name if person else speaker


def level_messages(level: Level, limits: dict[str, int]) -> tuple[Message, ...]:
    """Messages in file order. `limits` are the track's text limits (line, choice, feedback)."""
    where = f"Level '{level.id}', track {level.track}, topic {level.topic}"
    out: list[Message] = []

    def add(msgctxt: str, text: str, note: str, line: int, limit: int | None = None) -> None:
        comment = f"{where}. {note}"
        if limit:
            comment += f" Keep under {limit} characters."
        out.append(Message(msgctxt, text, comment, line, limit))

    pos = level.positions
    add(level.meta_msgctxt("title"), level.title, "Level title.", pos.get(("title",), (1, 1))[0])
    add(level.meta_msgctxt("objective"), level.objective,
        "Learning objective, shown to teachers.", pos.get(("objective",), (1, 1))[0])
    add(level.meta_msgctxt("key_lesson"), level.key_lesson,
        "The one sentence the child should remember; shown as 'Remember: ...'.",
        pos.get(("key_lesson",), (1, 1))[0])
    if level.content_note:
        add(level.content_note_msgctxt, level.content_note,
            "Content note, shown before this sensitive level starts: what it is about, that the "
            "child can stop any time, and where help is. Keep its calm, plain tone.",
            pos.get(("content_note",), (1, 1))[0])
    notes = level.teacher_notes
    add(notes.cop_theme_msgctxt, notes.cop_theme, "Teacher notes: Child Online Protection theme.",
        pos.get(("teacher_notes", "cop_theme"), (1, 1))[0])
    for index, question in enumerate(notes.questions):
        add(question.msgctxt, question.text, "Teacher notes: a discussion question for the class.",
            pos.get(("teacher_notes", "questions", index), (1, 1))[0])
    for index, person in enumerate(level.cast):
        add(person.msgctxt, person.name,
            "A character's name; adapt it to a name common in your language if you like.",
            pos.get(("cast", index), (1, 1))[0])
    for scene in level.scenes:
        for line in scene.lines:
            add(line.msgctxt, line.text,
                f"Scene '{scene.id}'. Said by {_speaker_label(level, line.speaker)}"
                + (f", mood {line.mood}." if line.mood else "."),
                line.line_no, limits.get("line"))
        for choice in scene.choices:
            kind = ("made under pressure, never scored" if choice.pressured
                    else choice.safety)
            add(choice.msgctxt, choice.text,
                f"Scene '{scene.id}'. A choice the child can pick ({kind}).",
                choice.line_no, limits.get("choice"))
            add(choice.feedback_msgctxt, choice.feedback,
                f"Scene '{scene.id}'. Feedback after the child picks '{choice.id}' "
                f"({kind}): explain kindly, in the child's words."
                + (" It must say clearly that this is not the child's fault."
                   if choice.pressured else ""),
                choice.line_no, limits.get("feedback"))
    for ending in level.endings:
        add(ending.title_msgctxt, ending.title, f"Ending '{ending.id}' ({ending.outcome}): title.",
            ending.line_no)
        add(ending.summary_msgctxt, ending.summary,
            f"Ending '{ending.id}' ({ending.outcome}): what happened.", ending.line_no)
        if ending.help:
            add(ending.help_msgctxt, ending.help,
                f"Ending '{ending.id}' ({ending.outcome}): how to put things right and "
                "where to get help.", ending.line_no)
    return tuple(out)
