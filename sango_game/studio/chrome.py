"""The studio's pygame-gui chrome: toolbar, findings list, preview, paths, status bar.

Only short Latin-script tool labels, IDs and validator messages live in
pygame-gui elements; level text is drawn by Sango's text engine into the
preview image. The theme is `assets/themes/studio.json` (font paths in it are
relative to assets/ and made absolute here, so the studio runs from any folder).
"""

from __future__ import annotations

import json

import pygame
import pygame_gui
from pygame_gui.elements import (
    UIButton,
    UIDropDownMenu,
    UIImage,
    UILabel,
    UIPanel,
    UISelectionList,
    UITextEntryLine,
)

from sango_game.resources import assets_dir
from sango_game.safe_files import read_limited

SIDE_W = 430
TOOLBAR_H = 44
STATUS_H = 28
SIZES = ("1280x720", "1024x600", "1920x1080", "800x600")
TRACK_LOOKS = ("level's track", "under-9", "9-11", "12-18")
THEME_LIMIT = 256_000


def studio_theme() -> dict:
    """assets/themes/studio.json with its font paths made absolute."""
    path = assets_dir() / "themes" / "studio.json"
    result = read_limited(path, THEME_LIMIT)
    try:
        theme = json.loads(result.data.decode("utf-8")) if result.data else {}
    except ValueError:
        theme = {}
    for block in theme.values():
        font = block.get("font") if isinstance(block, dict) else None
        if isinstance(font, dict):
            for key in ("regular_path", "bold_path", "italic_path", "bold_italic_path"):
                if key in font:
                    font[key] = str(assets_dir() / font[key])
    return theme


class Chrome:
    """Every pygame-gui element of the studio window, placed for `size`."""

    def __init__(self, size: tuple[int, int], languages: list[str]) -> None:
        width, height = size
        self.manager = pygame_gui.UIManager(size, studio_theme(), enable_live_theme_updates=False)
        m = self.manager
        bar = UIPanel(pygame.Rect(0, 0, width, TOOLBAR_H), manager=m, object_id="#toolbar")
        self.toolbar = bar
        x = 6

        def button(label: str, tip: str, w: int) -> UIButton:
            nonlocal x
            made = UIButton(pygame.Rect(x, 6, w, 30), label, manager=m, container=bar,
                            tool_tip_text=tip)
            x += w + 4
            return made

        self.open_button = button("Open…", "Open a level file (Ctrl+O)", 70)
        self.reload_button = button("Reload", "Read the file again (F5); changes on disk "
                                    "reload by themselves", 66)
        self.fit_button = button("Fit", "Show the whole map (0 or Home)", 44)
        self.zoom_out = button("−", "Zoom out (- or mouse wheel)", 30)
        self.zoom_in = button("+", "Zoom in (+ or mouse wheel)", 30)
        self.editor_button = button("Open in editor", "Show path:line of the selection for "
                                    "your editor (E)", 116)
        self.play_button = button("Play from here", "Play the level from the selected scene "
                                  "with the flags typed on the right (P)", 120)
        UILabel(pygame.Rect(x + 4, 8, 46, 26), "Flags:", manager=m, container=bar)
        self.flags_entry = UITextEntryLine(pygame.Rect(x + 50, 6, 200, 30), manager=m,
                                           container=bar)
        self.flags_entry.set_tooltip("Flags set when playing from here, e.g. asked_sango, "
                                     "has_evidence (Ctrl+F to type)")
        # Right side: findings, preview, paths.
        side_x = width - SIDE_W
        top = TOOLBAR_H + 4
        self.side = UIPanel(pygame.Rect(side_x, TOOLBAR_H, SIDE_W, height - TOOLBAR_H - STATUS_H),
                            manager=m)
        inner = SIDE_W - 16
        UILabel(pygame.Rect(6, 2, inner, 22), "Findings (] next, [ previous)", manager=m,
                container=self.side, object_id="#panel_title")
        findings_h = max(120, (height - top - STATUS_H) * 30 // 100)
        self.findings = UISelectionList(pygame.Rect(6, 24, inner, findings_h), [], manager=m,
                                        container=self.side)
        y = 28 + findings_h
        UILabel(pygame.Rect(6, y, inner, 22), "Preview (L language, T look, S size)",
                manager=m, container=self.side, object_id="#panel_title")
        y += 24
        third = (inner - 8) // 3
        self.language_menu = UIDropDownMenu(menu_options(languages), languages[0],
                                            pygame.Rect(6, y, third, 28), manager=m,
                                            container=self.side)
        self.look_menu = UIDropDownMenu(list(TRACK_LOOKS), TRACK_LOOKS[0],
                                        pygame.Rect(10 + third, y, third, 28), manager=m,
                                        container=self.side)
        self.size_menu = UIDropDownMenu(list(SIZES), SIZES[0],
                                        pygame.Rect(14 + 2 * third, y, third, 28), manager=m,
                                        container=self.side)
        y += 32
        self.preview_rect = pygame.Rect(6, y, inner, inner * 9 // 16)
        self.preview = UIImage(self.preview_rect, pygame.Surface(self.preview_rect.size),
                               manager=m, container=self.side)
        y += self.preview_rect.height + 4
        UILabel(pygame.Rect(6, y, inner, 22), "Paths to the selected ending", manager=m,
                container=self.side, object_id="#panel_title")
        y += 24
        paths_h = height - TOOLBAR_H - STATUS_H - y - 8
        self.paths = UISelectionList(pygame.Rect(6, y, inner, max(60, paths_h)), [], manager=m,
                                     container=self.side)
        self.status = UILabel(pygame.Rect(0, height - STATUS_H, width, STATUS_H), "",
                              manager=m, object_id="#status_bar")
        self.map_rect = pygame.Rect(0, TOOLBAR_H, side_x, height - TOOLBAR_H - STATUS_H)

    def reset_menu(self, name: str, options: list[str], chosen: str) -> None:
        """Show `chosen` in a drop-down after a keyboard shortcut changed it."""
        old = getattr(self, name)
        rect = old.relative_rect.copy()
        old.kill()
        setattr(self, name, UIDropDownMenu(menu_options(options), chosen, rect,
                                           manager=self.manager, container=self.side))

    def mark_finding(self, index: int) -> None:
        """Show row `index` of the findings list as selected (keyboard or click alike)."""
        for number, item in enumerate(self.findings.item_list):
            item["selected"] = number == index
            button = item.get("button_element")
            if button is not None:
                button.select() if number == index else button.unselect()

    def typing(self) -> bool:
        """True while a text field has the keyboard (shortcuts then stay out of its way)."""
        return self.flags_entry.is_focused

    def set_preview(self, image: pygame.Surface) -> None:
        target = self.preview_rect.size
        ratio = min(target[0] / image.get_width(), target[1] / image.get_height())
        fitted = (max(1, int(image.get_width() * ratio)), max(1, int(image.get_height() * ratio)))
        scaled = pygame.transform.smoothscale(image, fitted)
        canvas = pygame.Surface(target)
        canvas.fill((40, 44, 52))
        canvas.blit(scaled, scaled.get_rect(center=canvas.get_rect().center))
        self.preview.set_image(canvas)


def menu_options(words: list[str]) -> list[str | tuple[str, str]]:
    """A menu's words as the list type pygame-gui's menus and lists take."""
    return list(words)
