"""The translator preview, the gallery and the benchmark run and write what they promise."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pygame

from sango_game.text import bench
from sango_game.text.preview import MARGIN, render_preview

GALLERY = Path(__file__).resolve().parents[2] / "tools" / "text_gallery.py"


def load_gallery():
    """tools/text_gallery.py, a developer tool outside the package (not in the wheel)."""
    spec = importlib.util.spec_from_file_location("text_gallery", GALLERY)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_preview_writes_a_png_framing_the_wrap_width(pygame_ready, tmp_path):
    out = tmp_path / "sub" / "preview.png"
    problems = render_preview("مرحبا يا <name>Pip</name>!", "ar", 300, 24, out)
    assert problems == ()
    image = pygame.image.load(str(out))
    assert image.get_width() == 300 + 2 * MARGIN
    assert image.get_height() > 2 * MARGIN


def test_preview_reports_broken_markup(pygame_ready, tmp_path):
    problems = render_preview("<b>oops", "en", 200, 20, tmp_path / "p.png")
    assert [p.code for p in problems] == ["text.markup-unbalanced"]


def test_gallery_draws_every_case(pygame_ready, tmp_path):
    gallery = load_gallery()
    assert gallery.main([str(tmp_path)]) == 0
    written = sorted(p.stem for p in tmp_path.glob("*.png"))
    pages = [f"page-{lang}" for lang in ("en", "fr", "es", "ar", "ru", "zh")]
    assert written == sorted([case.name for case in gallery.CASES] + pages)


def test_pango_markup_translation_for_the_reference_picture():
    pango = load_gallery().pango_markup("<b>a</b> <em>b</em> <x>c</x>")
    assert pango == "<b>a</b> <i>b</i> <x>c</x>"


def test_bench_reports_cold_and_warm_figures_per_language(pygame_ready):  # no timing asserted
    figures = bench.measure(quick=True)
    for lang in ("en", "fr", "es", "ar", "ru", "zh"):
        assert figures[f"text.{lang}.page_cold_s"] > 0 and figures[f"text.{lang}.page_warm_s"] > 0
    assert 0 < figures["text.font_files_mb"] < 15
