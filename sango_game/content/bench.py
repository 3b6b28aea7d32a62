"""Benchmark figures for loading and validating levels (see `sango-game bench`)."""

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
    return figures
