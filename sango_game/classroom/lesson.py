"""Today's lesson: pick levels from the catalogue, and what each one is for.

``catalogue(library, track=, topic=, max_minutes=)`` lists the levels a teacher
can choose from, each with its minutes, objective and discussion questions
(English source plus msgctxt, translated where shown). ``map_order`` puts
today's levels first on a pupil's map; ``open_for_class`` applies the class's
own locks and unlocks on top of the map's usual unlocking. Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LessonLevel:
    """One level as a teacher sees it in the catalogue."""

    id: str
    track: str
    topic: str
    title: str
    title_msgctxt: str
    minutes: int
    objective: str
    objective_msgctxt: str
    questions: tuple[tuple[str, str], ...]  # (msgctxt, English text)
    theme: str
    sensitive: bool


def is_sensitive(level) -> bool:
    """A level with a content note (a sensitive subject) or a safeguarding note."""
    notes = getattr(level, "teacher_notes", None)
    return bool(getattr(level, "content_note", None)
                or getattr(notes, "safeguarding", None))


def lesson_level(level) -> LessonLevel:
    notes = level.teacher_notes
    return LessonLevel(
        id=level.id, track=level.track, topic=level.topic, title=level.title,
        title_msgctxt=f"{level.id}/meta/title", minutes=notes.duration_minutes,
        objective=level.objective, objective_msgctxt=f"{level.id}/meta/objective",
        questions=tuple((q.msgctxt, q.text) for q in notes.questions),
        theme=notes.cop_theme, sensitive=is_sensitive(level))


def catalogue(levels: Iterable, track: str | None = None, topic: str | None = None,
              max_minutes: int | None = None) -> list[LessonLevel]:
    """The levels that match every filter given, in catalogue order."""
    found = []
    for level in levels:
        if track and level.track != track:
            continue
        if topic and level.topic != topic:
            continue
        if max_minutes is not None and level.teacher_notes.duration_minutes > max_minutes:
            continue
        found.append(lesson_level(level))
    return found


def lesson_minutes(chosen: Sequence[LessonLevel]) -> int:
    return sum(level.minutes for level in chosen)


def map_order(level_ids: Sequence[str], lesson: Sequence[str]) -> list[str]:
    """A pupil's map order: today's levels first (in the lesson's order), then the rest."""
    today = [level_id for level_id in lesson if level_id in set(level_ids)]
    return today + [level_id for level_id in level_ids if level_id not in set(today)]


def open_for_class(unlocked: Mapping[str, bool], class_info) -> dict[str, bool]:
    """The map's ``{level_id: unlocked}`` after the class's settings: the teacher's
    unlocks open a level (today's lesson too), the teacher's locks close it."""
    result = dict(unlocked)
    if class_info is None:
        return result
    for level_id in (*class_info.lesson, *class_info.unlocked):
        if level_id in result:
            result[level_id] = True
    for level_id in class_info.locked:
        if level_id in result:
            result[level_id] = False
    return result


def pupil_levels(store, profile, levels: Iterable) -> list:
    """A pupil's levels in map order: their track, today's lesson of their class first,
    without the levels the class has locked."""
    from sango_game.classroom.classes import find_class

    info = find_class(store, profile.class_id) if profile.class_id else None
    own = [level for level in levels if level.track == profile.track]
    if info is None:
        return own
    by_id = {level.id: level for level in own}
    order = map_order(list(by_id), info.lesson)
    return [by_id[i] for i in order if i not in info.locked]
