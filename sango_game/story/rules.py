"""The rules of the game in one place: stars, unlocking, badges.

Pure functions over plain values, shared by the runner (stars), the store's
level map (unlocking), the game session (which badge to award) and the
results screen (which badge to show). They live in `story`, the lowest layer
that knows what a level and an ending are, so every layer above reads the same
rule and none keeps a copy.

**Stars** reward what the child did to get safe, not what was done to them
(docs/LEVELS.md, "Stars"; docs/BACKGROUND.md, "Scoring"):

1. An ending reached by asking for help (`asked_for_help: true`) earns full
   stars, whatever came before: telling someone is always the best ending.
2. Otherwise the ending sets the most stars (`CAP`): good 3, okay 2, bad 1.
   A coping-alone ending is `okay` at worst (the validator checks it).
3. Only `unsafe` choices cost stars, one each (`COST`): choices that harm
   others or ignore a clear risk with no pressure. `mixed` choices cost
   nothing, and a pressured choice is never scored.
4. Never fewer than one star.

**Unlocking**: within a track, the first level of each topic is open; each
next level of the topic opens when the one before it was finished once;
`unlock_all` (a teacher setting) opens everything. A class's lesson, locks and
unlocks are laid on top by `classroom.lesson.open_for_class`.

**Badges**: a level finished with a good ending earns its topic's badge (the
badge's id is the topic id), once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sango_game.content.model import Ending

FULL = 3
LEAST = 1
CAP = {"good": 3, "okay": 2, "bad": 1}
COST = {"safe": 0, "mixed": 0, "unsafe": 1, "pressured": 0}
BADGE_OUTCOME = "good"


def stars_for(ending: Ending | None, safeties: Iterable[str]) -> int:
    """Stars for reaching `ending` after choices of these safeties (in any order)."""
    if ending is not None and ending.asked_for_help:
        return FULL
    cap = CAP.get(ending.outcome, LEAST) if ending is not None else FULL
    cost = sum(COST.get(safety, 0) for safety in safeties)
    return max(LEAST, cap - cost)


def open_levels(
    levels: Sequence[tuple[str, str]], completed: set[str], unlock_all: bool = False
) -> set[str]:
    """Ids of the levels a child may start; `levels` are `(level_id, topic)` in map order."""
    if unlock_all:
        return {level_id for level_id, _ in levels}
    opened: set[str] = set()
    previous_in_topic: dict[str, str] = {}
    for level_id, topic in levels:
        before = previous_in_topic.get(topic)
        if before is None or before in completed:
            opened.add(level_id)
        previous_in_topic[topic] = level_id
    return opened


def badge_for(topic: str, outcome: str) -> str | None:
    """The badge id a level of `topic` earns at an ending of `outcome`, or None."""
    return topic if outcome == BADGE_OUTCOME and topic else None
