"""Classes and their pupils, on top of the progress store.

A class is a name ("4B"), a track, a language (for its reports and
certificates), today's lesson (level ids in the teacher's order) and the
levels the teacher locked or unlocked for it. Pupils are ordinary profiles
with the class's id: a nickname and a picture, never a real name.

The class's own settings live in one teacher-settings row, ``class/<id>``.
Every function returns values (``WriteResult``/``Problem``) and never raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from sango_game.classroom import texts
from sango_game.classroom.names import PICTURES
from sango_game.progress.class_rows import CLASS_SETTINGS_PREFIX
from sango_game.progress.records import Problem, Profile, SchoolClass, WriteResult

TRACKS = ("under-9", "9-11", "12-18")
DEFAULT_TRACK = "9-11"
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class ClassInfo:
    """One class with its settings; ``lesson`` keeps the teacher's order."""

    id: str
    name: str
    created_at: str
    track: str = DEFAULT_TRACK
    language: str = DEFAULT_LANGUAGE
    lesson: tuple[str, ...] = ()
    locked: frozenset[str] = field(default_factory=frozenset)
    unlocked: frozenset[str] = field(default_factory=frozenset)

    def settings(self) -> dict:
        return {"track": self.track, "language": self.language, "lesson": list(self.lesson),
                "locked": sorted(self.locked), "unlocked": sorted(self.unlocked)}


def _info(school_class: SchoolClass, stored: object) -> ClassInfo:
    data = stored if isinstance(stored, dict) else {}

    def texts_of(key: str) -> tuple[str, ...]:
        value = data.get(key)
        return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

    stored_track = data.get("track")
    track = stored_track if isinstance(stored_track, str) and stored_track in TRACKS \
        else DEFAULT_TRACK
    language = data.get("language") if isinstance(data.get("language"), str) else None
    return ClassInfo(school_class.id, school_class.name, school_class.created_at, track,
                     language or DEFAULT_LANGUAGE, texts_of("lesson"),
                     frozenset(texts_of("locked")), frozenset(texts_of("unlocked")))


def list_classes(store) -> list[ClassInfo]:
    return [_info(c, store.get_setting(CLASS_SETTINGS_PREFIX + c.id)) for c in store.list_classes()]


def find_class(store, name_or_id: str) -> ClassInfo | None:
    """The class with this name (any case) or id."""
    wanted = " ".join(str(name_or_id).split()).casefold()
    for info in list_classes(store):
        if info.id == name_or_id or info.name.casefold() == wanted:
            return info
    return None


def save_class(store, info: ClassInfo) -> WriteResult:
    """Store a class's settings (track, language, lesson, locks)."""
    result = store.set_setting(CLASS_SETTINGS_PREFIX + info.id, info.settings())
    return WriteResult(result.saved, info, result.problem)


def create_class(store, name: str, track: str = DEFAULT_TRACK,
                 language: str = DEFAULT_LANGUAGE) -> WriteResult:
    """A new class; ``value`` is its ClassInfo."""
    if track not in TRACKS:
        return WriteResult(False, problem=Problem("unknown-track", "track", texts.UNKNOWN_TRACK,
                                                  {"track": track}))
    made = store.create_class(name)
    if made.problem:
        return made
    return save_class(store, _info(made.value, {"track": track, "language": language}))


def set_lesson(info: ClassInfo, level_ids: Sequence[str]) -> ClassInfo:
    """Today's lesson: these levels in this order (duplicates dropped)."""
    return replace(info, lesson=tuple(dict.fromkeys(level_ids)))


def lock_levels(info: ClassInfo, level_ids: Iterable[str]) -> ClassInfo:
    ids = set(level_ids)
    return replace(info, locked=info.locked | ids, unlocked=info.unlocked - ids)


def unlock_levels(info: ClassInfo, level_ids: Iterable[str]) -> ClassInfo:
    ids = set(level_ids)
    return replace(info, unlocked=info.unlocked | ids, locked=info.locked - ids)


def pupils(store, info: ClassInfo) -> list[Profile]:
    return store.list_profiles(info.id)


def add_pupil(store, info: ClassInfo, nickname: str, picture: str = "") -> WriteResult:
    """A pupil in the class (the class's track and language); ``value`` is the Profile."""
    if not picture:
        picture = PICTURES[len(store.list_profiles(info.id)) % len(PICTURES)]
    return store.create_profile(nickname, avatar=picture, track=info.track,
                                language=info.language, class_id=info.id)


def delete_class(store, info: ClassInfo) -> WriteResult:
    """The class and every pupil's data; ``value`` is how many pupils went."""
    return store.delete_class_with_pupils(info.id)


def group_by_class(store) -> list[tuple[ClassInfo | None, list[Profile]]]:
    """"Who's playing?" grouped: each class (by name) with its pupils, then the
    profiles in no class (``None``). Classes with no pupils are left out."""
    profiles = store.list_profiles()
    groups: list[tuple[ClassInfo | None, list[Profile]]] = []
    for info in list_classes(store):
        members = [p for p in profiles if p.class_id == info.id]
        if members:
            groups.append((info, members))
    known = {info.id for info, _members in groups if info is not None}
    rest = [p for p in profiles if p.class_id not in known]
    if rest:
        groups.append((None, rest))
    return groups
