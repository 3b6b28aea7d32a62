"""Codes of problems the text engine, the ui, the progress store, read-aloud and
learning records report. Their spellings are older than the registry and stay
as they are (logs and tests name them); docs/PROBLEMS.md lists them all.
"""

from __future__ import annotations

from sango_game.vocab.problems import ERROR, WARNING, Code

TEXT_CODES = (
    Code("text.font-missing", WARNING, "text", "a font file is missing or cannot be read",
         "a font file listed in assets/fonts is missing or cannot be read; text in its "
         "scripts falls back to another font", hint="run tools/subset_fonts.py or put the "
         "file back"),
    Code("text.fonts-manifest", WARNING, "text", "the font list cannot be read",
         "assets/fonts/fonts.json cannot be read; the built-in font order is used"),
    Code("text.missing-glyph", WARNING, "text", "no font has a glyph for a character",
         "no font has a glyph for a character; a box is drawn", template="no font has "
         "{char}"),
    Code("text.markup-unknown-tag", WARNING, "text", "an unknown tag is shown as written",
         "a tag-shaped word that is not a Sango tag (`<br>`, `<b/>`) is drawn as written",
         hint="use only the tags of docs/TRANSLATING.md"),
    Code("text.markup-unbalanced", WARNING, "text", "tags that do not pair up: the text is "
         "shown as written", "tags that are not closed, close the wrong tag, or open a tag "
         "inside itself: the whole text is drawn as written, tags and all"),
)

UI_CODES = (
    Code("UI-IMG-MISSING", WARNING, "ui", "picture not found; a placeholder is drawn"),
    Code("UI-IMG-REFUSED", WARNING, "ui", "picture not shown: it cannot be drawn safely",
         "a picture that declares a huge size, is not a picture, or cannot be followed"),
    Code("UI-IMG-BROKEN", WARNING, "ui", "picture could not be read"),
)

PROGRESS_CODES = (
    Code("nickname-too-long", ERROR, "progress", "the nickname is too long",
         template="the nickname is longer than {limit} characters"),
    Code("nickname-bad-characters", ERROR, "progress",
         "the nickname holds characters that cannot be shown (controls, markup)"),
    Code("nickname-empty", ERROR, "progress", "the nickname is empty"),
    Code("nickname-taken", ERROR, "progress", "another player has this nickname"),
    Code("class-name-taken", ERROR, "progress", "another class has this name"),
    Code("unknown-track", ERROR, "progress", "a class for a track Sango does not have",
         template="there is no track {track}"),
    Code("pin-wrong", ERROR, "progress", "the teacher PIN typed is not the right one"),
    Code("pin-wait", ERROR, "progress", "too many wrong PINs: wait before the next try",
         template="wait {seconds} seconds before the next try"),
    Code("bad-value", ERROR, "progress", "a value the store cannot keep",
         template="a value the store cannot keep: {detail}"),
    Code("not-found", ERROR, "progress", "no such profile or class"),
    Code("import-unreadable", ERROR, "progress", "the file to import cannot be read"),
    Code("import-too-new", ERROR, "progress", "the file to import was made by a newer Sango"),
    Code("export-failed", ERROR, "progress", "the export file cannot be written"),
    Code("cannot-save", WARNING, "progress", "progress cannot be saved in this folder"),
    Code("cannot-read", WARNING, "progress", "the progress file cannot be read"),
    Code("damaged-file-moved", WARNING, "progress",
         "a damaged progress file was set aside and a new one started"),
    Code("newer-version", WARNING, "progress",
         "the progress file comes from a newer Sango: play, but nothing is saved"),
    Code("saving-again", WARNING, "progress", "progress is being saved again; nothing was lost"),
    Code("bad-machine-config", WARNING, "progress",
         "the school's sango.toml cannot be used: Sango keeps progress in this account's folder"),
    Code("disk-full", ERROR, "progress", "a teacher's export cannot be saved: the disk is full"),
    Code("folder-not-writable", ERROR, "progress",
         "a teacher's export cannot be saved: Sango cannot write in that folder"),
    Code("not-saved", ERROR, "progress", "a teacher's export could not be saved"),
    Code("import-renamed", WARNING, "progress",
         "an imported player was renamed: the nickname was taken",
         template="{old} was imported as {new}"),
    Code("stored-value-replaced", WARNING, "progress",
         "a stored value could not be used and was replaced by its default"),
)

SPEECH_CODES = (
    Code("SP001", ERROR, "speech", "the voice list file cannot be read"),
    Code("SP002", ERROR, "speech", "an entry of the voice list is not usable"),
)

RECORDS_CODES = (
    Code("SR001", ERROR, "records", "an outbox line is not JSON"),
    Code("SR002", ERROR, "records", "an outbox line is not a statement Sango sends "
         "(or is too long)"),
    Code("SR003", ERROR, "records", "a choice made under pressure is never sent"),
    Code("SR004", ERROR, "records", "the outbox file cannot be read"),
)
