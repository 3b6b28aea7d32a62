"""The way on: what the runner offers when a scene would show no choice at all.

`sango-game validate` rejects levels where play can reach a scene with no
choice (SG050), but a level can still be loaded despite findings, or built in
code. The child must never face a dead screen, so the runner then offers one
synthetic choice, "Continue" (`WAY_ON_ID`, `way_on=True` in its `ChoiceView`),
that goes to an ending:

- the ending nearest the scene by the scene's links (conditions ignored),
  a better outcome first when two are as near, then file order;
- else (no ending is linked, or the position is unknown) the level's best
  ending (good, then okay, then bad; file order among equals);
- else, for a level with no ending at all, `FALLBACK_ENDING` ("The end").

The way on counts as no choice of the child's: it adds nothing to the stars.
Its texts are English source with their msgctxt; the UI translates them.
"""

from __future__ import annotations

from collections import deque

from sango_game.content.model import Ending, Level


def NP_(context: str, text: str) -> str:  # noqa: N802 - named like gettext's markers
    """Mark `text` (with its msgctxt) for the template; the screen translates it."""
    return text


WAY_ON_ID = "sango-way-on"
WAY_ON_MSGCTXT = "story/way-on"
WAY_ON_TEXT = NP_("story/way-on", "Continue")
WAY_ON_FEEDBACK_MSGCTXT = "story/way-on/feedback"
WAY_ON_FEEDBACK = NP_("story/way-on/feedback", "The story goes on.")
WAY_ON_SAFETY = "safe"
FALLBACK_ENDING = Ending(
    id="sango-the-end", outcome="okay",
    title=NP_("story/fallback-ending/title", "The end"),
    summary=NP_("story/fallback-ending/summary", "The story ends here."),
    msgctxt="story/fallback-ending",
)
RANK = {"good": 0, "okay": 1, "bad": 2}


def _rank(ending: Ending) -> int:
    return RANK.get(ending.outcome, len(RANK))


def ending_at(level: Level, position: str) -> Ending | None:
    """The ending at `position`, including the fallback ending of a level without endings."""
    ending = level.ending(position)
    if ending is None and not level.endings and position == FALLBACK_ENDING.id:
        return FALLBACK_ENDING
    return ending


def way_on_target(level: Level, position: str) -> str:
    """The ending ID the way on leads to from `position` (see the module docstring)."""
    if not level.endings:
        return FALLBACK_ENDING.id
    order = {ending.id: index for index, ending in enumerate(level.endings)}
    links = {scene.id: [c.next for c in scene.choices if c.next] for scene in level.scenes}
    distance = {position: 0}
    todo = deque([position])
    found: list[tuple[int, int, int, str]] = []
    while todo:
        here = todo.popleft()
        for target in links.get(here, ()):
            if target in distance:
                continue
            distance[target] = distance[here] + 1
            ending = level.ending(target)
            if ending is not None:
                found.append((distance[target], _rank(ending), order[target], target))
            else:
                todo.append(target)
    if found:
        return min(found)[3]
    return min(level.endings, key=lambda e: (_rank(e), order[e.id])).id
