"""The class report as data: pupils x levels, safe choices per topic, tricky moments.

``build_report(store, class_info, levels, topics)`` reads the class's rows in
two queries and returns a ``ClassReport``; the CSV, HTML and PDF writers and
the teacher screens draw it. Texts are English source plus their msgctxt, so
each output translates them into the class's language. Only the teacher sees
this report: a child's screens show their own results, never anyone else's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

TRICKY_MOMENTS = 5


@dataclass(frozen=True)
class ReportLevel:
    id: str
    topic: str
    title: str
    title_msgctxt: str


@dataclass(frozen=True)
class Cell:
    """One pupil at one level: ``done`` when ever finished, best ``stars`` 0..3."""

    done: bool
    stars: int
    started: bool


@dataclass(frozen=True)
class PupilRow:
    nickname: str
    picture: str
    cells: tuple[Cell, ...]

    @property
    def levels_done(self) -> int:
        return sum(cell.done for cell in self.cells)

    @property
    def stars(self) -> int:
        return sum(cell.stars for cell in self.cells)


@dataclass(frozen=True)
class TopicShare:
    topic: str
    name: str
    name_msgctxt: str
    safe: int
    total: int

    @property
    def share(self) -> float | None:
        """Safe choices / all choices in the topic, or None when nobody chose yet."""
        return self.safe / self.total if self.total else None


@dataclass(frozen=True)
class TrickyMoment:
    """A choice often answered unsafely, with what the level says to the teacher."""

    level_id: str
    level_title: str
    level_title_msgctxt: str
    choice_text: str
    choice_msgctxt: str
    feedback: str
    feedback_msgctxt: str
    note: str
    note_msgctxt: str
    times: int
    pupils: int


@dataclass(frozen=True)
class ClassReport:
    class_name: str
    language: str
    track: str
    levels: tuple[ReportLevel, ...]
    rows: tuple[PupilRow, ...]
    topics: tuple[TopicShare, ...]
    tricky: tuple[TrickyMoment, ...]


def report_levels(levels: Iterable, class_info, played: set[str]) -> list:
    """The columns: today's lesson first, then the class's track, then anything else played."""
    by_id = {level.id: level for level in levels}
    order = [i for i in class_info.lesson if i in by_id]
    order += [i for i, level in by_id.items() if level.track == class_info.track]
    order += sorted(i for i in played if i in by_id)
    return [by_id[i] for i in dict.fromkeys(order)]


def build_report(store, class_info, levels: Iterable, topics: Iterable = (),
                 tricky_count: int = TRICKY_MOMENTS) -> ClassReport:
    levels = list(levels)
    attempts, choices = store.class_rows(class_info.id)
    columns = report_levels(levels, class_info, {a.level_id for a in attempts})
    best: dict[tuple[str, str], list[int]] = {}
    for attempt in attempts:
        key = (attempt.profile_id, attempt.level_id)
        done, stars = best.get(key, [0, 0])
        if attempt.status == "done":
            done, stars = 1, max(stars, attempt.stars or 0)
        best[key] = [done, stars]
    rows = []
    for pupil in store.list_profiles(class_info.id):
        cells = []
        for level in columns:
            found = best.get((pupil.id, level.id))
            cells.append(Cell(bool(found and found[0]), found[1] if found else 0,
                              found is not None))
        rows.append(PupilRow(pupil.nickname, pupil.avatar, tuple(cells)))
    by_id = {level.id: level for level in levels}
    return ClassReport(
        class_info.name, class_info.language, class_info.track,
        tuple(ReportLevel(level.id, level.topic, level.title, f"{level.id}/meta/title")
              for level in columns),
        tuple(rows), _topic_shares(choices, by_id, topics),
        _tricky(choices, by_id, tricky_count))


def _topic_shares(choices, by_id, topics) -> tuple[TopicShare, ...]:
    safe: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for choice in choices:
        level = by_id.get(choice.level_id)
        if level is None:
            continue
        total[level.topic] += 1
        safe[level.topic] += choice.safety == "safe"
    known = {topic.id: topic for topic in topics}
    order = [t for t in known if t in total] + sorted(t for t in total if t not in known)
    return tuple(
        TopicShare(t, known[t].name if t in known else t, f"topic/{t}/name", safe[t], total[t])
        for t in order)


def _tricky(choices, by_id, count: int) -> tuple[TrickyMoment, ...]:
    times: Counter[tuple[str, str, str]] = Counter()
    who: defaultdict[tuple[str, str, str], set[str]] = defaultdict(set)
    for choice in choices:
        if choice.safety != "unsafe" or choice.level_id not in by_id:
            continue
        key = (choice.level_id, choice.scene_id, choice.choice_id)
        times[key] += 1
        who[key].add(choice.profile_id)
    moments = []
    for (level_id, scene_id, choice_id), n in sorted(
            times.items(), key=lambda item: (-item[1], item[0])):
        level = by_id[level_id]
        scene = level.scene(scene_id)
        choice = next((c for c in scene.choices if c.id == choice_id), None) if scene else None
        if choice is None:
            continue  # the level changed since: that choice no longer exists
        questions = level.teacher_notes.questions
        note, note_ctx = ((questions[0].text, questions[0].msgctxt) if questions else
                          (level.teacher_notes.cop_theme, level.teacher_notes.cop_theme_msgctxt))
        moments.append(TrickyMoment(
            level_id, level.title, f"{level_id}/meta/title", choice.text, choice.msgctxt,
            choice.feedback, choice.feedback_msgctxt, note, note_ctx, n,
            len(who[(level_id, scene_id, choice_id)])))
        if len(moments) == count:
            break
    return tuple(moments)
