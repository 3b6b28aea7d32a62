"""Benchmark figures for the text engine (see `sango-game bench`).

For each language: lay out and draw a 300-word dialogue page (bench_pages.py)
at 24 pt in a 900-pixel-wide box, as the dialogue screen would.
- `text.<lang>.page_cold_s`: a new engine with empty caches (fonts opened,
  coverage read, every run shaped): the first page a child sees.
- `text.<lang>.page_warm_s`: the same page again (cached layout, cached run
  images): what every frame of that screen costs.
"""

from __future__ import annotations

import os
import statistics
import time

import pygame

from sango_game.resources import assets_dir

from . import linebreak
from .bench_pages import PAGES
from .engine import TextEngine
from .style import TextStyle

WIDTH = 900
STYLE = TextStyle(size=24)
GAP = 12


def draw_page(engine: TextEngine, lang: str, surface: pygame.Surface) -> None:
    y = 0
    for line in PAGES[lang]:
        para = engine.layout(line, lang, WIDTH, STYLE)
        para.draw(surface, (0, y))
        y += para.height + GAP


def _cold(lang: str) -> float:
    linebreak.clear_cache()
    surface = pygame.Surface((WIDTH, 1400), pygame.SRCALPHA)
    started = time.perf_counter()
    engine = TextEngine(assets_dir() / "fonts")
    draw_page(engine, lang, surface)
    return time.perf_counter() - started


def _warm(lang: str, repeats: int) -> float:
    engine = TextEngine(assets_dir() / "fonts")
    surface = pygame.Surface((WIDTH, 1400), pygame.SRCALPHA)
    draw_page(engine, lang, surface)
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        draw_page(engine, lang, surface)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def measure(quick: bool = False) -> dict[str, float]:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    pygame.font.init()
    cold_repeats, warm_repeats = (1, 5) if quick else (3, 50)
    figures: dict[str, float] = {}
    for lang in PAGES:
        figures[f"text.{lang}.page_cold_s"] = round(
            statistics.median(_cold(lang) for _ in range(cold_repeats)), 4)
        figures[f"text.{lang}.page_warm_s"] = round(_warm(lang, warm_repeats), 5)
    fonts = assets_dir() / "fonts"
    figures["text.font_files_mb"] = round(
        sum(p.stat().st_size for p in fonts.iterdir() if p.suffix in (".ttf", ".otf")) / 1e6, 2)
    return figures
