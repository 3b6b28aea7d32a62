""""Play from here": the level played in a studio window from a chosen scene and flags.

A pygame-gui window holds one image, drawn by `preview.draw_scene` with
Sango's text engine. Keys 1-9 (or a click on a choice) choose; after a choice
its feedback shows, and Space or Enter goes on; at the ending the stars show.
The rules are the story runner's own (`story.start_at`); nothing is saved.
"""

from __future__ import annotations

import pygame
import pygame_gui
from pygame_gui.elements import UIImage, UIWindow

from sango_game.i18n import pgettext
from sango_game.story.start_at import start_at
from sango_game.studio.preview import draw_scene

WINDOW = (660, 420)
NUMBER_KEYS = {getattr(pygame, f"K_{n}"): n for n in range(1, 10)}


class PlayWindow:
    def __init__(self, manager, engine, level, scene_id: str, flags, look, lang: str,
                 size: tuple[int, int]) -> None:
        self.engine, self.look, self.lang, self.size = engine, look, lang, size
        self.runner = start_at(level, scene_id, flags)
        self.feedback: str | None = None
        self.rects: list[tuple[str, pygame.Rect]] = []
        rect = pygame.Rect(120, 90, *WINDOW)
        self.window = UIWindow(rect, manager, f"Play from {scene_id} (1-9 choose, Enter go on, "
                               "Esc close)", resizable=False)
        inner = self.window.get_container().get_size()
        self.image_rect = pygame.Rect(0, 0, *inner)
        self.image = UIImage(self.image_rect, pygame.Surface(inner), manager=manager,
                             container=self.window)
        self.log: list[str] = []
        self.redraw()

    @property
    def alive(self) -> bool:
        return self.window.alive()

    @property
    def finished(self) -> bool:
        return self.runner.finished and self.feedback is None

    def redraw(self) -> None:
        view = self.runner.view()
        surface, self.rects = draw_scene(self.engine, view, self.look, self.lang, self.size,
                                         self.feedback)
        if self.finished:
            stars = self.runner.stars()
            words = self.engine.layout(f"<b>{'★' * stars}{'☆' * (3 - stars)}  {stars}/3</b>",
                                       self.lang, None, _star_style(self.look))
            words.draw(surface, (24, self.size[1] - words.height - 24))
        target = self.image_rect.size
        ratio = min(target[0] / self.size[0], target[1] / self.size[1])
        self.scale = ratio
        scaled = pygame.transform.smoothscale(
            surface, (int(self.size[0] * ratio), int(self.size[1] * ratio)))
        canvas = pygame.Surface(target)
        canvas.fill((40, 44, 52))
        canvas.blit(scaled, (0, 0))
        self.image.set_image(canvas)

    def choose(self, choice_id: str) -> None:
        outcome = self.runner.choose(choice_id)
        self.log.append(choice_id)
        self.feedback = pgettext(outcome.feedback_msgctxt, outcome.feedback, nickname="Sam")
        self.redraw()

    def go_on(self) -> None:
        if self.feedback is not None:
            self.feedback = None
            self.redraw()

    def handle(self, event) -> bool:
        """A key or click meant for the player; True when used."""
        if not self.alive:
            return False
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.window.kill()
                return True
            if event.key in (pygame.K_RETURN, pygame.K_SPACE, pygame.K_KP_ENTER):
                self.go_on()
                return True
            if event.key in NUMBER_KEYS and self.feedback is None:
                for choice in self.runner.view().choices:
                    if choice.key == NUMBER_KEYS[event.key]:
                        self.choose(choice.id)
                        return True
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            origin = self.image.get_abs_rect().topleft
            local = ((event.pos[0] - origin[0]) / self.scale,
                     (event.pos[1] - origin[1]) / self.scale)
            if self.feedback is not None and self.image.get_abs_rect().collidepoint(event.pos):
                self.go_on()
                return True
            for choice_id, rect in self.rects:
                if rect.collidepoint(local):
                    self.choose(choice_id)
                    return True
        if event.type == pygame_gui.UI_WINDOW_CLOSE and event.ui_element == self.window:
            return True
        return False


def _star_style(look):
    from sango_game.text import TextStyle

    return TextStyle(size=40, color=look.color("star"), bold=True)
