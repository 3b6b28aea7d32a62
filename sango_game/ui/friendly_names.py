"""Friendly made-up nicknames for children who cannot type yet.

Whole names are translatable (word order differs between languages), so each
pair is one message. None of them could be a real person's name.
"""

from __future__ import annotations

import random

from sango_game.i18n import N_, _

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


def suggestions(count: int, seed: int, taken: set[str] = frozenset()) -> list[str]:
    """`count` translated names, different for each `seed`, skipping taken ones."""
    names = [_(name) for name in FRIENDLY_NAMES]
    free = [name for name in names if name.casefold() not in {t.casefold() for t in taken}]
    random.Random(seed).shuffle(free)
    return free[:count]
