"""Runs one level: scenes, lines, choices, outcomes. Pure Python (no pygame)."""

from sango_game.story.runner import LevelRunner, RunnerError
from sango_game.story.views import ChoiceView, EndingView, LineView, Outcome, Result, View

__all__ = ["LevelRunner", "RunnerError", "ChoiceView", "EndingView", "LineView", "Outcome",
           "Result", "View"]
