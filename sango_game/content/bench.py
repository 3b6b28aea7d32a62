"""Benchmark figures for loading and validating levels (see `sango-game bench`).

Besides libraries of many ordinary levels, one very long level (a chain of
`LONG_SCENES` scenes, 1,000 lines in its first scene): the checks are linear,
so it should take about as long as 5,000 small scenes spread over many files.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import yaml

from sango_game import resources
from sango_game.content.generate import generate_level_data
from sango_game.content.library import load_library


def _write_generated(folder: Path, count: int) -> None:
    rng = random.Random(2026)
    tracks = ("under-9", "9-11", "12-18")
    for index in range(count):
        track = tracks[index % 3]
        level_id = f"gen-{index:05d}"
        data = generate_level_data(rng, level_id, track, scenes=rng.randint(4, 8))
        target = folder / track / f"{level_id}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                          encoding="utf-8")


def _time_load(levels_dir: Path) -> tuple[float, int]:
    started = time.perf_counter()
    library = load_library(levels_dir=levels_dir)
    elapsed = time.perf_counter() - started
    assert not library.errors, library.errors[:3]
    return elapsed, len(library.levels)


LONG_SCENES = 5000


def long_level_data(scenes: int = LONG_SCENES, lines_in_first: int = 1000) -> dict:
    """One valid level: a chain of `scenes` scenes, the first with many lines."""
    chain = []
    for index in range(scenes):
        target = f"s{index + 1}" if index + 1 < scenes else "end"
        count = lines_in_first if index == 0 else 1
        chain.append({
            "id": f"s{index}",
            "lines": [{"id": f"l{line}", "speaker": "narrator", "text": "Go on."}
                      for line in range(count)],
            "choices": [{"id": "c", "text": "On", "safety": "safe", "feedback": "Ok.",
                         "next": target}],
        })
    return {
        "id": "long-level", "track": "9-11", "topic": "privacy", "order": 1,
        "title": "Long", "objective": "Test.", "key_lesson": "Test.",
        "teacher_notes": {"duration_minutes": 5, "cop_theme": "Test",
                          "questions": [{"id": "q1", "text": "Why?"}]},
        "cast": [{"id": "sango", "name": "Sango", "picture": "images/characters/sango.svg"}],
        "start": "s0", "scenes": chain,
        "endings": [{"id": "end", "outcome": "good", "title": "End", "summary": "Done."}],
    }


def _time_long_level(folder: Path) -> float:
    target = folder / "9-11" / "long-level.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(long_level_data(), default_flow_style=None, width=1000),
                      encoding="utf-8")
    started = time.perf_counter()
    library = load_library(levels_dir=folder, paths=[target])
    elapsed = time.perf_counter() - started
    assert not library.errors and len(library.levels[0].scenes) == LONG_SCENES
    return elapsed


def measure(quick: bool = False) -> dict[str, float]:
    figures: dict[str, float] = {}
    load_library()  # warm imports and the schema cache, as the game would have them
    elapsed, count = _time_load(resources.levels_dir())
    figures["content.load_shipped_levels_s"] = round(elapsed, 4)
    figures["content.shipped_levels"] = count
    sizes = (100, 1000) if quick else (100, 1000, 5000)
    for size in sizes:
        with tempfile.TemporaryDirectory() as temp:
            folder = Path(temp)
            for name in ("schema.json", "tracks.yaml", "topics.yaml"):
                (folder / name).write_bytes((resources.levels_dir() / name).read_bytes())
            _write_generated(folder, size)
            elapsed, count = _time_load(folder)
            assert count == size
            figures[f"content.load_validate_{size}_levels_s"] = round(elapsed, 3)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for name in ("schema.json", "tracks.yaml", "topics.yaml"):
            (folder / name).write_bytes((resources.levels_dir() / name).read_bytes())
        figures[f"content.load_one_level_{LONG_SCENES}_scenes_s"] = round(
            _time_long_level(folder), 3)
    return figures
