"""A profile's picture: the avatar's file under `assets/images/`, the cat when none is set.

Its own home, because the profiles list, the scene (the player's face) and the
delete-profile screen all draw it, and screens never import each other.
"""

from __future__ import annotations

DEFAULT_AVATAR = "cat"


def avatar_picture(avatar: str | None) -> str:
    """The picture path of `avatar` (a name from `assets/images/avatars/`)."""
    return f"avatars/{avatar or DEFAULT_AVATAR}.svg"
