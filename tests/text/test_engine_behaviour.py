"""Reveal (typewriter), caches, scale, rendering to a Surface, and missing fonts."""

from __future__ import annotations

import shutil

import pygame

from sango_game.text import TextEngine, TextStyle

STYLE = TextStyle(size=24, color=(0, 0, 0))
ARABIC = "مرحبا يا Pip، كيف حالك؟"


def visible_box(surface: pygame.Surface) -> pygame.Rect | None:
    """Bounding box of pixels that are not fully transparent."""
    rect = surface.get_bounding_rect(min_alpha=1)
    return rect if rect.width and rect.height else None


def drawn(para, reveal):
    surface = pygame.Surface((para.width, para.height), pygame.SRCALPHA)
    para.draw(surface, (0, 0), reveal=reveal)
    return visible_box(surface)


def test_reveal_draws_nothing_some_or_all(engine):
    para = engine.layout("Hello there, friend", "en", 400, STYLE)
    assert drawn(para, 0) is None
    full = drawn(para, None)
    assert drawn(para, para.length) == full
    part = drawn(para, 5)
    assert part.left == full.left and part.right < full.right * 0.45


def test_reveal_in_arabic_grows_from_the_right(engine):
    para = engine.layout(ARABIC, "ar", 600, STYLE)
    full = drawn(para, None)
    first_word = drawn(para, 5)  # "مرحبا"
    assert abs(first_word.right - full.right) <= 2
    assert first_word.left > full.left + full.width // 2
    more = drawn(para, 12)  # up to and including "Pip"
    assert more.left < first_word.left and abs(more.right - full.right) <= 2


def test_reveal_beyond_a_line_shows_earlier_lines_whole(engine):
    para = engine.layout("one two three four five six seven", "en", 90, STYLE)
    assert len(para.lines) > 2
    second_start = para.lines[1].start
    box = drawn(para, second_start)
    assert box.bottom <= para.lines[0].height + 1


def test_redraw_shapes_nothing_and_layout_is_cached(engine):
    para = engine.layout(ARABIC, "ar", 300, STYLE)
    assert engine.layout(ARABIC, "ar", 300, STYLE) is para
    surface = pygame.Surface((400, 200), pygame.SRCALPHA)
    para.draw(surface, (0, 0))
    calls = engine.shaper.shaping_calls
    for _ in range(5):
        para.draw(surface, (0, 0))
    assert engine.shaper.shaping_calls == calls


def test_caches_are_bounded(pygame_ready, fonts_dir):  # entries, and bytes of pixels
    small = TextEngine(fonts_dir, paragraph_limit=3, measure_limit=20, surface_bytes=60_000)
    for number in range(12):
        para = small.layout(f"line number {number} with words", "en", 200, STYLE)
        para.draw(pygame.Surface((200, 100)), (0, 0))
    assert len(small.paragraphs) == 3
    assert len(small.shaper.widths) <= 20
    assert 0 < small.shaper.surfaces.weight <= 60_000
    assert len(small.shaper.surfaces) < 12


def test_lru_cache_keeps_the_most_recent_entries():
    from sango_game.text.cache import LRUCache

    cache = LRUCache(2)
    for key in "abc":
        cache.get_or_make(key, lambda k=key: k.upper())
    assert "a" not in cache and "b" in cache and "c" in cache
    cache.get_or_make("b", lambda: "never called")
    cache.get_or_make("d", lambda: "D")
    assert "c" not in cache and "b" in cache and cache.hits == 1
    weighed = LRUCache(10, weigh=len)
    for text in ("aaaa", "bbbb", "cccc"):
        weighed.get_or_make(text, lambda t=text: t)
    assert weighed.weight == 8 and "aaaa" not in weighed


def test_scale_changes_size_and_is_part_of_the_cache_key(engine):
    one = engine.layout("Size", "en", None, STYLE)
    engine.scale = 1.5
    bigger = engine.layout("Size", "en", None, STYLE)
    assert bigger is not one and bigger.runs[0].px == 36
    engine.scale = 9
    assert engine.scale == 3.0


def test_render_returns_a_surface_of_the_paragraph_size(engine):
    para = engine.layout(ARABIC, "ar", 250, STYLE)
    image = engine.render(ARABIC, "ar", 250, STYLE)
    assert image.get_size() == (para.width, para.height)
    assert image.get_flags() & pygame.SRCALPHA
    assert visible_box(image) is not None


def test_missing_arabic_font_falls_back_and_reports(pygame_ready, fonts_dir, tmp_path):
    for path in fonts_dir.iterdir():
        if not path.name.startswith("NotoSansArabic"):
            shutil.copy(path, tmp_path / path.name)
    engine = TextEngine(tmp_path)
    para = engine.layout(ARABIC, "ar", 400, STYLE)
    assert "noto-sans-arabic" not in {run.font for run in para.runs}
    assert visible_box(engine.render(ARABIC, "ar", 400, STYLE)) is not None
    codes = {(p.code, p.severity) for p in engine.problems}
    assert ("text.font-missing", "warning") in codes
    assert any("NotoSansArabic-Regular.ttf" in p.path for p in engine.problems)


def test_missing_bold_face_is_made_from_regular(pygame_ready, fonts_dir, tmp_path):
    for path in fonts_dir.iterdir():
        if path.name != "NotoSans-Bold.ttf":
            shutil.copy(path, tmp_path / path.name)
    engine = TextEngine(tmp_path)
    run = engine.layout("<b>bold</b>", "en", None, STYLE).runs[0]
    assert (run.font, run.face, run.bold) == ("noto-sans", "regular", True)
    assert any(p.path.endswith("NotoSans-Bold.ttf") for p in engine.problems)


def test_empty_fonts_folder_uses_pygame_default_font(pygame_ready, tmp_path):
    engine = TextEngine(tmp_path / "nowhere")
    para = engine.layout("Hello <b>Pip</b>", "en", 300, STYLE)
    assert {run.font for run in para.runs} == {"pygame-default"}
    assert visible_box(engine.render("Hello", "en", 300, STYLE)) is not None
    assert [p.code for p in engine.problems] == ["text.fonts-manifest"]


def test_caret_positions_follow_the_reading_direction(engine):
    latin = engine.layout("abc", "en", 300, STYLE)
    xs = [latin.caret(i)[0] for i in range(4)]
    assert xs[0] == 0 and xs == sorted(xs) and xs[3] == latin.lines[0].width
    arabic = engine.layout("مرحبا", "ar", 300, STYLE)
    xs = [arabic.caret(i)[0] for i in range(6)]
    assert xs[0] == 300 and xs == sorted(xs, reverse=True)
    assert xs[5] == arabic.lines[0].x
    empty = engine.layout("", "ar", 300, STYLE)
    assert empty.caret(0)[0] == 300
    mixed = engine.layout("مرحبا Pip", "ar", 300, STYLE)
    pip = next(run for run in mixed.runs if run.text == "Pip")
    assert mixed.caret(6)[0] == pip.x  # before "P": the left edge of the LTR name
