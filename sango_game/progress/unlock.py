"""A child's level map from their attempts: status, best stars, what is open.

Pure functions over plain rows. Which levels are open is the game's rule
``story.rules.open_levels`` (one place for stars, unlocking and badges); it is
imported when a map is built, so opening the store does not load the level
model. The ordered level list comes from the caller (content owns it), as
``(level_id, topic)`` pairs in map order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sango_game.progress.records import LevelProgress, LevelStatus


@dataclass(frozen=True)
class AttemptRow:
    level_id: str
    attempt_id: str
    status: str  # in_progress | done (abandoned rows are left out by the caller)
    stars: int | None
    updated_at: str


def level_map(
    attempts: Iterable[AttemptRow],
    levels: Sequence[tuple[str, str]] = (),
    unlock_all: bool = False,
) -> dict[str, LevelProgress]:
    """Progress for every level in ``levels`` and every level with an attempt."""
    from sango_game.story.rules import open_levels

    finished: dict[str, int] = {}
    best: dict[str, int] = {}
    resumable: dict[str, AttemptRow] = {}
    for row in attempts:
        if row.status == "done":
            finished[row.level_id] = finished.get(row.level_id, 0) + 1
            best[row.level_id] = max(best.get(row.level_id, 0), row.stars or 0)
        elif row.status == "in_progress":
            current = resumable.get(row.level_id)
            if current is None or row.updated_at > current.updated_at:
                resumable[row.level_id] = row

    unlocked = open_levels(levels, set(finished), unlock_all)
    ids = [level_id for level_id, _ in levels]
    ids += sorted((set(finished) | set(resumable)) - set(ids))
    result = {}
    for level_id in ids:
        resume = resumable.get(level_id)
        times = finished.get(level_id, 0)
        status: LevelStatus = "in_progress" if resume else ("done" if times else "new")
        result[level_id] = LevelProgress(
            level_id=level_id,
            status=status,
            completed=times > 0,
            best_stars=best.get(level_id, 0),
            attempt_id=resume.attempt_id if resume else None,
            # a level the child already played stays open even if the list changed
            unlocked=level_id in unlocked or resume is not None or times > 0,
            times_finished=times,
        )
    return result

