"""Helpers for the classroom tests (a module beside them, never imported as tests.x)."""

from __future__ import annotations

LEVEL = "m-cyberbullying-group-chat"


def play(store, profile_id, level, picks, stars=None):
    """One attempt at ``level`` choosing ``picks`` [(scene_id, choice_id)] in order."""
    attempt = store.start_attempt(profile_id, level.id, level.content_hash).value
    for scene_id, choice_id in picks:
        choice = next(c for c in level.scene(scene_id).choices if c.id == choice_id)
        store.record_choice(attempt, scene_id, choice_id, choice.safety, {})
    if stars is not None:
        store.finish_attempt(attempt, level.endings[0].id, stars, {})
    return attempt
