"""A scene drawn as the child sees it, on any surface, for the studio's preview and player.

`draw_scene(engine, view, look, lang, size, level)` returns a Surface of the
chosen window size and the rectangles of its choices (for clicks). The
layout follows the game's scene screen at choice time: background picture, the
speaker's portrait on the left, a dialogue panel with the speaker's name and the last line,
then the choices as big numbered buttons. Every level text goes through
i18n (the chosen language) and Sango's text engine (bidi, fallback, wrapping).
"""

from __future__ import annotations

from pathlib import Path

import pygame

from sango_game.i18n import pgettext
from sango_game.resources import assets_dir
from sango_game.studio.look import Look
from sango_game.text import TextStyle
from sango_game.text.style import Palette

REFERENCE = (1280, 720)
NICKNAME = "Sam"


def _picture(name: str | None, box: tuple[int, int]) -> pygame.Surface | None:
    """An SVG or PNG from assets/ scaled into `box`; None when missing or unreadable."""
    if not name:
        return None
    path = Path(name)
    root = assets_dir()
    full = root / path if path.parts and path.parts[0] == "images" else root / "images" / path
    if not full.resolve().is_relative_to(root.resolve()) or not full.is_file():
        return None
    try:
        if full.suffix.lower() == ".svg":
            return pygame.image.load_sized_svg(str(full), box)
        image = pygame.image.load(str(full))
        return pygame.transform.smoothscale(image, box)
    except (pygame.error, OSError, ValueError):
        return None


def _fit(image: pygame.Surface, box: pygame.Rect) -> pygame.Rect:
    width, height = image.get_size()
    ratio = min(box.width / max(1, width), box.height / max(1, height))
    rect = pygame.Rect(0, 0, int(width * ratio), int(height * ratio))
    rect.midbottom = box.midbottom
    return rect


def _speaker(line) -> str | None:
    if line.speaker == "narrator":
        return None
    if line.speaker == "player":
        return NICKNAME
    if line.speaker_name and line.speaker_msgctxt:
        return pgettext(line.speaker_msgctxt, line.speaker_name)
    return None


def draw_scene(engine, view, look: Look, lang: str, size: tuple[int, int],
               feedback: str | None = None) -> tuple[pygame.Surface, list[tuple[str, pygame.Rect]]]:
    """The scene `view` (a runner View) at window `size`; returns (surface, choice rects)."""
    width, height = size
    scale = min(width / REFERENCE[0], height / REFERENCE[1])
    surface = pygame.Surface(size)
    surface.fill(look.color("background"))
    background = _picture(view.background, size)
    if background is not None:
        surface.blit(background, _fit(background, surface.get_rect()))
    pad = max(8, round(look.size("padding", 16) * scale))
    palette = Palette(safe=look.color("safe"), unsafe=look.color("unsafe"),
                      mixed=look.color("mixed"), name=look.color("speaker"))

    def style(role: str, color: str, bold: bool = False) -> TextStyle:
        return TextStyle(size=max(8, round(look.size(role) * scale)), color=look.color(color),
                         bold=bold, palette=palette)

    last = view.lines[-1] if view.lines else None
    portrait_name = (last.picture or last.speaker_picture) if last else None
    if last is not None and last.speaker == "narrator":
        portrait_name = look.narrator_picture
    portrait_w = round(width * float(look.sizes.get("portrait_width", 0.3)))
    portrait = _picture(portrait_name, (portrait_w, height - pad * 2))
    x = pad
    if portrait is not None:
        surface.blit(portrait, _fit(portrait, pygame.Rect(pad, pad, portrait_w, height - pad * 2)))
        x = pad * 2 + portrait_w
    column_w = width - x - pad
    y = pad
    blocks = []
    for line in view.lines[-1:]:  # at choice time the child sees the scene's last line
        name = _speaker(line)
        if name:
            blocks.append(engine.layout(f"<b>{name}</b>", lang, column_w - pad * 2,
                                        style("heading", "speaker", True)))
        text = pgettext(line.msgctxt, line.text, nickname=NICKNAME)
        blocks.append(engine.layout(text, lang, column_w - pad * 2, style("text", "dialogue_text")))
    if view.ending is not None:
        ending = view.ending
        blocks.append(engine.layout(f"<b>{pgettext(ending.title_msgctxt, ending.title)}</b>", lang,
                                    column_w - pad * 2, style("heading", "heading", True)))
        blocks.append(engine.layout(pgettext(ending.summary_msgctxt, ending.summary), lang,
                                    column_w - pad * 2, style("text", "dialogue_text")))
    if feedback:
        blocks.append(engine.layout(feedback, lang, column_w - pad * 2,
                                    style("text", "dialogue_text", True)))
    if blocks:
        panel_h = sum(block.height for block in blocks) + pad * (len(blocks) + 1)
        panel = pygame.Rect(x, y, column_w, panel_h)
        pygame.draw.rect(surface, look.color("dialogue"), panel, border_radius=pad)
        pygame.draw.rect(surface, look.color("panel_border"), panel, 2, border_radius=pad)
        inner_y = y + pad
        for block in blocks:
            block.draw(surface, (x + pad, inner_y))
            inner_y += block.height + pad
        y = panel.bottom + pad
    rects: list[tuple[str, pygame.Rect]] = []
    if feedback is None:
        for choice in view.choices:
            words = pgettext(choice.msgctxt, choice.text, nickname=NICKNAME)
            para = engine.layout(f"{choice.key}.  {words}", lang, column_w - pad * 3,
                                 style("choice_text", "button_text"))
            rect = pygame.Rect(x, y, column_w,
                               max(para.height + pad, round(look.size("choice_min_height", 64)
                                                            * scale)))
            pygame.draw.rect(surface, look.color("button"), rect, border_radius=pad)
            para.draw(surface, (rect.x + pad, rect.y + (rect.height - para.height) // 2))
            rects.append((choice.id, rect))
            y = rect.bottom + pad // 2
    return surface, rects
