"""Measured accessibility checks for one screen, shared by UI tests: text that
needs more room than it has, targets under 44 px, and Tab reaching every
control with the focus in view. Imported as `from access_checks import ...`
(pytest puts this folder on the path), never as `tests.ui...`."""

from __future__ import annotations

import pygame

MIN_TARGET = 44  # px: WCAG 2.5.5 and the Xbox guidelines


def measured_problems(pilot, where: str) -> list[str]:
    """Widgets whose text needs more room than they were given, or that leave the window."""
    screen = pilot.screen
    ctx = pilot.app.context_for(screen)
    width, height = pilot.app.size
    found = []
    for widget in screen.widgets:
        rect = widget.rect
        if not widget.text():
            continue
        if rect.left < 0 or rect.right > width:
            found.append(f"{where}: {widget.name} leaves the window {tuple(rect)}")
        need = widget.measure(ctx, rect.width)
        if need > rect.height + 1:
            found.append(f"{where}: {widget.name} needs {need} px, has {rect.height}")
    content = max((w.rect.bottom for w in screen.widgets if not w.fixed), default=0)
    if content - screen.max_scroll() > height:
        found.append(f"{where}: content out of scroll reach")
    return found


def small_targets(pilot, where: str) -> list[str]:
    return [f"{where}: {w.name} is {w.rect.width}x{w.rect.height}"
            for w in pilot.screen.widgets
            if (w.focusable or w.on_activate) and min(w.rect.size) < MIN_TARGET]


def tab_reaches_all(pilot, where: str) -> list[str]:
    """Tab goes round every control, each shown whole when focused."""
    screen = pilot.screen
    names = [w.name for w in screen.focusables()]
    reached, problems = set(), []
    for _ in range(len(names) + 1):
        pilot.press(pygame.K_TAB)
        widget = screen.focused()
        if widget is None:
            return [f"{where}: Tab left nothing focused"]
        reached.add(widget.name)
        shown = screen.screen_rect(widget)
        if not widget.fixed and widget.rect.height <= screen.body.height and not (
            screen.body.top <= shown.top and shown.bottom <= screen.body.bottom
        ):
            problems.append(f"{where}: focused {widget.name} is out of view {tuple(shown)}")
    missing = set(names) - reached
    if missing:
        problems.append(f"{where}: Tab never reaches {sorted(missing)}")
    if not pilot.app.show_focus:
        problems.append(f"{where}: the focus ring is hidden after Tab")
    return problems
