"""Friendly made-up nicknames, for a whole class at once or a child who cannot type yet.

Whole names are translatable (word order differs between languages), so each
pair is one message. None of them could be a real person's name. When a class
needs more names than there are, the same names come back with a number
("Happy Fox 2"), worded by the translators.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from sango_game.i18n import N_, _
from sango_game.progress.validate import NICKNAME_MAX

FRIENDLY_NAMES = (
    N_("Happy Fox"),
    N_("Brave Owl"),
    N_("Kind Panda"),
    N_("Clever Cat"),
    N_("Sunny Turtle"),
    N_("Swift Rabbit"),
    N_("Gentle Lion"),
    N_("Bright Parrot"),
    N_("Calm Fish"),
    N_("Jolly Dog"),
    N_("Curious Rocket"),
    N_("Cheerful Sunflower"),
    N_("Quiet Owl"),
    N_("Bold Fox"),
    N_("Friendly Panda"),
    N_("Smart Turtle"),
    N_("Lucky Rabbit"),
    N_("Wise Lion"),
    N_("Busy Parrot"),
    N_("Merry Fish"),
)

# The picture that goes with each name above (assets/images/avatars/<name>.svg).
NAME_PICTURES = (
    "fox", "owl", "panda", "cat", "turtle", "rabbit", "lion", "parrot", "fish", "dog",
    "rocket", "sunflower", "owl", "fox", "panda", "turtle", "rabbit", "lion", "parrot", "fish",
)
PICTURES = ("cat", "dog", "fish", "fox", "lion", "owl", "panda", "parrot", "rabbit", "rocket",
            "sunflower", "turtle")

# Translators: a friendly nickname used twice in one class, e.g. "Happy Fox 2".
# Keep both placeholders; {number} is 2, 3...
NUMBERED_NAME = N_("{name} {number}")
ISOLATES = "\u2066\u2067\u2068\u2069"  # LRI RLI FSI PDI


def suggestions(count: int, seed: int, taken: Iterable[str] = ()) -> list[str]:
    """``count`` translated names (at most one of each), different for each ``seed``,
    skipping taken ones (ignoring case)."""
    taken_keys = {t.casefold() for t in taken}
    names = [_(name) for name in FRIENDLY_NAMES]
    free = [name for name in names if name.casefold() not in taken_keys]
    random.Random(seed).shuffle(free)
    return free[:count]


def class_names(count: int, seed: int, taken: Iterable[str] = ()) -> list[tuple[str, str]]:
    """``count`` different (nickname, picture) pairs for a whole class, none taken.

    The plain names come first in a shuffled order; after them the same names
    with 2, 3... Names longer than a nickname may be are skipped (so a catalogue
    of only over-long names gives fewer). Deterministic for a seed, so a test or
    a re-run gives the same list."""
    taken_keys = {t.casefold() for t in taken}
    order = list(range(len(FRIENDLY_NAMES)))
    random.Random(seed).shuffle(order)
    result: list[tuple[str, str]] = []
    number = 1
    while len(result) < count and number <= count + len(taken_keys) + 1:  # always ends
        for index in order:
            name = _(FRIENDLY_NAMES[index])
            if number > 1:  # without the isolate marks i18n puts round each value:
                name = _(NUMBERED_NAME, name=name, number=number)  # a nickname has none
                name = "".join(ch for ch in name if ch not in ISOLATES).strip()
            if name.casefold() in taken_keys or len(name) > NICKNAME_MAX:
                continue  # taken, or a translation too long for a nickname
            taken_keys.add(name.casefold())
            result.append((name, NAME_PICTURES[index]))
            if len(result) == count:
                break
        number += 1
    return result
