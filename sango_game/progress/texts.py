"""Every sentence the progress store shows a person, as English source data.

Strings are wrapped in ``N_()`` (the i18n no-op marker) so the message
extractor finds them; the UI translates them at display time with
``_(text, **params)``.

``WHAT_WE_SAVE`` tells a child, in words for their track, exactly what the game
keeps and where (``{folder}`` is the data folder). Every line must stay true to
``schema.py``: nickname, picture, age group, language and settings, which
levels were played and the choices made in them, stars and badges, and the
class a teacher put the profile in. Nothing else.
"""

from __future__ import annotations

from sango_game.i18n import N_

# --- notices (Notice.code -> message) ---------------------------------------
NOTICE_DAMAGED_MOVED = N_(
    "The progress file was damaged, so Sango set it aside as {moved_to} and started "
    "a new one. Nothing was deleted: a teacher or parent can keep that file."
)
NOTICE_NEWER_VERSION = N_(
    "Sango needs updating to use this progress file (it comes from a newer Sango). "
    "You can play, but progress will not be saved. The file is kept as it is."
)
NOTICE_CANNOT_SAVE = N_(
    "Progress can't be saved right now (the disk may be full or read-only: {folder}). "
    "Keep playing: Sango will try again."
)
NOTICE_SAVING_AGAIN = N_("Progress is being saved again. Nothing was lost.")
NOTICE_VALUE_REPLACED = N_(
    "A saved value ({field}) in the profile of {nickname} was not one Sango knows, "
    "so Sango uses its usual one instead. The file was not changed."
)
NOTICE_CANNOT_READ = N_(
    "Sango could not read the progress file in {folder}. You can play, but progress "
    "will not be saved for now."
)

# --- problems (Problem.code -> message) --------------------------------------
PROBLEM_NICKNAME_EMPTY = N_("Choose a nickname.")
PROBLEM_NICKNAME_TOO_LONG = N_("A nickname can be at most {limit} letters long.")
PROBLEM_NICKNAME_BAD_CHARACTERS = N_("A nickname can't contain control characters.")
PROBLEM_NICKNAME_MARKUP = N_(
    "A nickname can't contain angle brackets or curly brackets."
)
PROBLEM_NICKNAME_TAKEN = N_("Someone here is already called {nickname}. Try another nickname.")
PROBLEM_NOT_FOUND = N_("That was not found in this progress file.")
PROBLEM_BAD_VALUE = N_("This value can't be saved: {detail}.")
PROBLEM_EXPORT_FAILED = N_("The profile could not be written to {path}.")
PROBLEM_IMPORT_UNREADABLE = N_("{path} is not a Sango profile file.")
PROBLEM_IMPORT_REFUSED = N_("{path} can't be imported: {detail}.")
PROBLEM_IMPORT_TOO_NEW = N_("Sango needs updating to read {path}: it comes from a newer Sango.")
PROBLEM_CLASS_NAME_TAKEN = N_("There is already a class called {name}.")
IMPORT_RENAMED = N_(
    "There was already a different player called {old} here, so the imported player "
    "is called {new}. Their stars and badges came with them."
)

# --- what we save, per track -------------------------------------------------
WHAT_WE_SAVE: dict[str, tuple[str, ...]] = {
    "under-9": (
        N_("Sango remembers your nickname and your picture."),
        N_("It remembers which stories you played, what you chose, and your stars and badges."),
        N_("It does not know your real name, your birthday, your school or what you look like."),
        N_("It keeps all this only on this computer. It never sends it anywhere."),
        N_("You can ask a grown-up to delete your profile. Then Sango forgets all of it."),
    ),
    "9-11": (
        N_("Sango saves your nickname, the picture you picked, your age group and language."),
        N_("It saves your settings, like text size and sound."),
        N_("It saves the levels you played, each choice you made, your stars and badges."),
        N_("If your teacher added you to a class, it saves which class."),
        N_("It never asks for your real name, birthday, school or a photo of you."),
        N_("Everything stays in one file on this computer, in {folder}. Nothing goes online."),
        N_("You can delete your profile at any time, and everything about you is removed."),
    ),
    "12-18": (
        N_("Saved: your nickname, the avatar you chose, your age group, language and settings."),
        N_("Saved: each level you played, every choice you made and when, stars and badges."),
        N_("Saved: the class your teacher put you in, if any. Teachers see nicknames only."),
        N_("Not saved: your real name, birthday, age, school, photos or anything that "
           "identifies you."),
        N_("Where: one file, progress.db, in {folder}. No internet, no analytics, no sharing."),
        N_("You can export your profile to a file to take it to another computer, and "
           "delete it here: deleting removes every record of you."),
    ),
}

DEFAULT_TRACK = "9-11"


def what_we_save(track: str) -> tuple[str, ...]:
    """The "What we save" lines for ``track`` (English source, ``{folder}`` placeholder)."""
    return WHAT_WE_SAVE.get(track, WHAT_WE_SAVE[DEFAULT_TRACK])
