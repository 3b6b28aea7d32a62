"""Build the immutable `Level` model from level data that passed the schema."""

from __future__ import annotations

import hashlib
import json

from sango_game.content.model import (
    PRESSURED,
    Character,
    Choice,
    Condition,
    Ending,
    Level,
    Line,
    Question,
    Scene,
    TeacherNotes,
)
from sango_game.content.safe_yaml import Document


def content_hash(data: object) -> str:
    """A short hash of a level's content: changes when any text or link changes."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _conditions(raw: list[str] | None) -> tuple[Condition, ...]:
    return tuple(Condition.parse(text) for text in raw or ())


_POSITION_ROOTS = ("id", "title", "objective", "key_lesson", "content_note", "teacher_notes",
                   "cast")


def choice_safety(raw: dict) -> str:
    """A choice's safety as the model keeps it: PRESSURED for a pressured choice."""
    if raw.get("pressured"):
        return PRESSURED
    return raw["safety"]


def _kept_positions(document: Document) -> dict:
    """Where level-wide texts were written (lines and choices carry their own line_no).

    Only these are kept, so a level stays small to hold and to pass between processes.
    """
    return {path: where for path, where in document.positions.items()
            if path and path[0] in _POSITION_ROOTS and len(path) <= 3}


def build_level(document: Document, path: str) -> Level:
    data = document.data
    assert isinstance(data, dict)
    level_id = data["id"]

    def at(*keys: object) -> int:
        return document.where(keys)[0]

    scenes = []
    for s_index, raw_scene in enumerate(data["scenes"]):
        scene_id = raw_scene["id"]
        prefix = f"{level_id}/{scene_id}"
        lines = tuple(
            Line(
                id=raw["id"],
                speaker=raw["speaker"],
                text=raw["text"],
                msgctxt=f"{prefix}/{raw['id']}",
                mood=raw.get("mood"),
                picture=raw.get("picture"),
                when=_conditions(raw.get("when")),
                line_no=at("scenes", s_index, "lines", l_index),
            )
            for l_index, raw in enumerate(raw_scene["lines"])
        )
        choices = tuple(
            Choice(
                id=raw["id"],
                text=raw["text"],
                safety=choice_safety(raw),
                feedback=raw["feedback"],
                msgctxt=f"{prefix}/{raw['id']}",
                feedback_msgctxt=f"{prefix}/{raw['id']}/feedback",
                next=raw.get("next"),
                set_flags=tuple(raw.get("set", ())),
                unset_flags=tuple(raw.get("unset", ())),
                when=_conditions(raw.get("when")),
                line_no=at("scenes", s_index, "choices", c_index),
                picture=raw.get("picture"),
            )
            for c_index, raw in enumerate(raw_scene["choices"])
        )
        scenes.append(
            Scene(
                id=scene_id,
                lines=lines,
                choices=choices,
                background=raw_scene.get("background"),
                line_no=at("scenes", s_index),
            )
        )
    endings = tuple(
        Ending(
            id=raw["id"],
            outcome=raw["outcome"],
            title=raw["title"],
            summary=raw["summary"],
            msgctxt=f"{level_id}/ending/{raw['id']}",
            help=raw.get("help"),
            background=raw.get("background"),
            line_no=at("endings", index),
            asked_for_help=bool(raw.get("asked_for_help", False)),
            coping_alone=bool(raw.get("coping_alone", False)),
        )
        for index, raw in enumerate(data["endings"])
    )
    notes = data["teacher_notes"]
    teacher_notes = TeacherNotes(
        duration_minutes=notes["duration_minutes"],
        cop_theme=notes["cop_theme"],
        questions=tuple(
            Question(q["id"], q["text"], f"{level_id}/teacher/{q['id']}")
            for q in notes["questions"]
        ),
        cop_theme_msgctxt=f"{level_id}/teacher/cop_theme",
    )
    cast = tuple(
        Character(c["id"], c["name"], c["picture"], f"{level_id}/cast/{c['id']}")
        for c in data["cast"]
    )
    return Level(
        id=level_id,
        track=data["track"],
        topic=data["topic"],
        order=data.get("order", 1),
        title=data["title"],
        objective=data["objective"],
        key_lesson=data["key_lesson"],
        teacher_notes=teacher_notes,
        cast=cast,
        start=data["start"],
        scenes=tuple(scenes),
        endings=endings,
        content_hash=content_hash(data),
        path=path,
        sensitive=bool(data.get("sensitive", False)),
        content_note=data.get("content_note"),
        positions=_kept_positions(document),
    )
