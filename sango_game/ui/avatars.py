"""A profile's picture: the avatar's file under `assets/images/`, the cat when none is set.

Its own home, because the profiles list, the scene (the player's face) and the
delete-profile screen all draw it, and screens never import each other.
"""

from __future__ import annotations

from sango_game.i18n import _

DEFAULT_AVATAR = "cat"
AVATARS = (
    "cat",
    "dog",
    "fox",
    "owl",
    "turtle",
    "rabbit",
    "panda",
    "lion",
    "fish",
    "parrot",
    "rocket",
    "sunflower",
)


def avatar_picture(avatar: str | None) -> str:
    """The picture path of `avatar` (a name from `assets/images/avatars/`)."""
    return f"avatars/{avatar or DEFAULT_AVATAR}.svg"


def avatar_alt(name: str) -> str:
    """What an avatar picture shows, in words (read aloud when it has the focus)."""
    words = {
        "cat": _("A cat"), "dog": _("A dog"), "fox": _("A fox"), "owl": _("An owl"),
        "turtle": _("A turtle"), "rabbit": _("A rabbit"), "panda": _("A panda"),
        "lion": _("A lion"), "fish": _("A fish"), "parrot": _("A parrot"),
        "rocket": _("A rocket"), "sunflower": _("A sunflower"),
    }
    return words.get(name, "")
