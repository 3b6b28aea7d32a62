"""A picture that covers the whole window behind a screen (scenes, endings)."""

from __future__ import annotations

import pygame

VEIL_ALPHA = 225  # how much of the theme's background lies over the picture


def draw_backdrop(surface: pygame.Surface, ctx, picture: str | None, veiled: bool = False) -> None:
    """Fill with the theme's background, then `picture` scaled to cover the window.

    `veiled` lays the background colour almost opaque over it, so words on top
    stay easy to read while the place of the story stays faintly visible.
    """
    surface.fill(ctx.theme.color("background"))
    natural = ctx.images.natural_size(picture) if picture else None
    if natural is None:
        return
    factor = max(ctx.size[0] / natural[0], ctx.size[1] / natural[1])
    size = (round(natural[0] * factor), round(natural[1] * factor))
    image = ctx.images.get(picture, size)
    surface.blit(image, image.get_rect(center=(ctx.size[0] // 2, ctx.size[1] // 2)))
    if veiled:
        veil = pygame.Surface(ctx.size, pygame.SRCALPHA)
        veil.fill((*ctx.theme.color("background")[:3], VEIL_ALPHA))
        surface.blit(veil, (0, 0))
