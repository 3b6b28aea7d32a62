"""Every translatable text of a level, with the context a translator needs.

The Babel extractor (`sango_game.i18n.extract`) and `sango-game i18n status`
read levels through this module, so the game and the template agree.
"""

from __future__ import annotations

from sango_game.content.model import NARRATOR, PLAYER, Level, Message


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
