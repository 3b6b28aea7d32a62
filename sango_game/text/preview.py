"""Render one string to a PNG exactly as the game lays it out, for translators.

Used by `sango-game i18n preview --lang LANG [--width PX] [--size PT] -o FILE.png "text"`.
The picture shows the text on white with a thin grey frame marking the
wrapping width, so a translator sees where lines break and which side they
start from.
"""

from __future__ import annotations

import os
from pathlib import Path

from sango_game.resources import assets_dir

from .problems import Problem
from .style import TextStyle

MARGIN = 16
FRAME = (200, 200, 210)
BACKGROUND = (255, 255, 255)


def render_preview(text: str, lang: str, width: int | None, size: int, out_path: Path | str,
                   direction: str | None = None, scale: float = 1.0,
                   fonts_dir: Path | None = None, align: str = "start",
                   reveal: int | None = None) -> tuple[Problem, ...]:
    """Write the PNG; return the problems found (broken markup, missing fonts)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from .engine import TextEngine

    pygame.font.init()
    engine = TextEngine(fonts_dir or assets_dir() / "fonts")
    engine.scale = scale
    para = engine.layout(text, lang, width, TextStyle(size=size, align=align), direction)
    box_width = max(1, para.width)
    image = pygame.Surface((box_width + 2 * MARGIN, para.height + 2 * MARGIN))
    image.fill(BACKGROUND)
    pygame.draw.rect(image, FRAME, (MARGIN - 1, MARGIN - 1, box_width + 2, para.height + 2), 1)
    para.draw(image, (MARGIN, MARGIN), reveal)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(image, str(out))
    return para.problems
