"""Star rules: stars reward what the child did to get safe, not what was done to them.

The rules, as data (docs/LEVELS.md, "Stars"; docs/BACKGROUND.md, "Scoring"):

1. An ending reached by asking for help (`asked_for_help: true`) earns full
   stars, whatever came before: telling someone is always the best ending.
2. Otherwise the ending sets the most stars (`CAP`): good 3, okay 2, bad 1.
   A coping-alone ending is `okay` at worst (the validator checks it).
3. Only `unsafe` choices cost stars, one each (`COST`): choices that harm
   others or ignore a clear risk with no pressure. `mixed` choices cost
   nothing, and a pressured choice is never scored.
4. Never fewer than one star.
"""

from __future__ import annotations

from collections.abc import Iterable

from sango_game.content.model import Ending

FULL = 3
LEAST = 1
CAP = {"good": 3, "okay": 2, "bad": 1}
COST = {"safe": 0, "mixed": 0, "unsafe": 1, "pressured": 0}


def stars_for(ending: Ending | None, safeties: Iterable[str]) -> int:
    """Stars for reaching `ending` after choices of these safeties (in any order)."""
    if ending is not None and ending.asked_for_help:
        return FULL
    cap = CAP.get(ending.outcome, LEAST) if ending is not None else FULL
    cost = sum(COST.get(safety, 0) for safety in safeties)
    return max(LEAST, cap - cost)
