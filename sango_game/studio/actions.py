"""What the studio does for each key, click, button and list choice.

Every action has a key (listed in docs/LEVELS.md), so the studio works from
the keyboard alone: Ctrl+O open, F5 reload, arrows pan, + and - zoom, 0 fit,
Tab and Shift+Tab go from scene to scene, ] and [ go through the findings,
E shows path:line for an editor, P plays from the selected scene, L, T and S
change the preview's language, look and window size, Ctrl+F types flags,
Ctrl+Q quits.
"""

from __future__ import annotations

import pygame
import pygame_gui

from sango_game import i18n
from sango_game.printable import printable
from sango_game.story.saved_state import RunnerError
from sango_game.story.start_at import start_at
from sango_game.studio.chrome import SIZES, TRACK_LOOKS
from sango_game.studio.ending_paths import paths_to
from sango_game.studio.look import load_look
from sango_game.studio.player import PlayWindow
from sango_game.studio.preview import draw_scene

PAN_STEP = 60


# --- selection -------------------------------------------------------------------
def select(studio, node_id: str | None) -> None:
    studio.selected = node_id
    if node_id is not None and studio.layout is not None and node_id in studio.layout.cells:
        studio.map_view.show(studio.layout, node_id)
        node = studio.level_map.nodes[node_id]
        where = f"{printable(str(studio.path))}:{node.line}" if node.line else "(not in the file)"
        studio.set_status(f"{node.kind} '{printable(node_id)}' at {where}; "
                          f"{len(node.findings)} finding(s) here")
    refresh_selection(studio)


def select_finding(studio, index: int) -> None:
    findings = studio.level_map.findings if studio.level_map else []
    if not findings:
        return
    studio.finding_index = index % len(findings)
    finding = findings[studio.finding_index]
    studio.chrome.mark_finding(studio.finding_index)
    node = studio.level_map.node_at_line(finding.line)
    if node is not None:
        select(studio, node.id)
    studio.set_status(f"{studio.finding_index + 1}/{len(findings)} {finding.format()}")


def current_size(studio) -> tuple[int, int]:
    width, height = (int(part) for part in studio.window_size.split("x"))
    return width, height


def current_look(studio):
    track = studio.level_map.track if studio.level_map else None
    return load_look(track if studio.look == TRACK_LOOKS[0] else studio.look)


def refresh_selection(studio) -> None:
    """Redraw the preview and the paths for the selected scene or ending."""
    studio.dirty = True
    level_map = studio.level_map
    chrome = studio.chrome
    paths: list[str] = []
    level = level_map.level if level_map else None
    node = level_map.nodes.get(studio.selected) if level_map and studio.selected else None
    image = pygame.Surface(current_size(studio))
    image.fill((60, 64, 72))
    studio.path_choices = ()
    studio.path_rows = {}
    if level is None:
        words = ("The preview and the paths show when the file has no errors."
                 if level_map else "No level open.")
        para = studio.engine.layout(words, "en", image.get_width() - 80,
                                    _style(image, (255, 255, 255)))
        para.draw(image, (40, 40))
    elif node is not None and node.kind in ("scene", "ending"):
        i18n.set_language(studio.lang)
        try:
            runner = start_at(level, node.id, flags(studio))
            image, _rects = draw_scene(studio.engine, runner.view(), current_look(studio),
                                       studio.lang, current_size(studio))
        except RunnerError as problem:
            para = studio.engine.layout(str(problem), "en", image.get_width() - 80,
                                        _style(image, (255, 255, 255)))
            para.draw(image, (40, 40))
        if node.kind == "ending":
            shortest, every = paths_to(level, node.id)
            if shortest is None:
                paths.append("No play reaches this ending.")
            else:
                studio.path_choices = shortest.steps
                paths.append(f"Shortest ({len(shortest.choices)} choices, "
                             f"{_stars(shortest.stars)}): {' > '.join(shortest.choices)}")
                studio.path_rows[paths[-1]] = shortest.steps
                for number, path in enumerate(every, 1):
                    paths.append(f"{number}. {_stars(path.stars)}, {len(path.choices)} "
                                 f"choices: {' > '.join(path.choices)}")
                    studio.path_rows[paths[-1]] = path.steps
        else:
            paths.append("Select an ending to see the paths that reach it.")
    chrome.set_preview(image)
    chrome.paths.set_item_list(paths)


def _stars(count: int) -> str:
    return "1 star" if count == 1 else f"{count} stars"


def _style(image, color):
    from sango_game.text import TextStyle

    return TextStyle(size=max(14, image.get_height() // 24), color=color)


def highlighted_choices(studio) -> tuple[tuple[str, str], ...]:
    """(scene, choice) steps of the path drawn thicker on the map."""
    return studio.path_choices


def flags(studio) -> list[str]:
    text = studio.chrome.flags_entry.get_text()
    return [part.strip() for part in text.replace(";", ",").replace(" ", ",").split(",")
            if part.strip()]


# --- commands --------------------------------------------------------------------
def open_in_editor(studio) -> str | None:
    """`path:line` of the selected finding, else the selected scene; shown and printed."""
    level_map = studio.level_map
    if level_map is None:
        return None
    line = None
    if 0 <= studio.finding_index < len(level_map.findings):
        line = level_map.findings[studio.finding_index].line
    elif studio.selected in level_map.nodes:
        line = level_map.nodes[studio.selected].line or None
    where = f"{printable(str(studio.path))}:{line or 1}"
    studio.set_status(f"Open in your editor: {where}")
    studio.say(where)
    return where


def play_from_here(studio) -> None:
    level_map = studio.level_map
    if level_map is None or level_map.level is None:
        studio.set_status("Play from here needs a file without errors; fix the findings first.")
        return
    node = level_map.nodes.get(studio.selected or "")
    if node is None or node.kind != "scene":
        studio.set_status("Select a scene first (Tab), then press P.")
        return
    if studio.player is not None and studio.player.alive:
        studio.player.window.kill()
    i18n.set_language(studio.lang)
    try:
        studio.player = PlayWindow(studio.chrome.manager, studio.engine, level_map.level,
                                   node.id, flags(studio), current_look(studio), studio.lang,
                                   current_size(studio))
    except RunnerError as problem:
        studio.set_status(f"Cannot play from here: {printable(str(problem))}")


def cycle(studio, what: str) -> None:
    options = {"lang": studio.languages, "look": list(TRACK_LOOKS), "window_size": list(SIZES)}
    menus = {"lang": "language_menu", "look": "look_menu", "window_size": "size_menu"}
    values = options[what]
    now = getattr(studio, what)
    chosen = values[(values.index(now) + 1) % len(values)] if now in values else values[0]
    setattr(studio, what, chosen)
    studio.chrome.reset_menu(menus[what], values, chosen)
    refresh_selection(studio)


def step_node(studio, direction: int) -> None:
    if studio.layout is None or not studio.layout.cells:
        return
    order = sorted(studio.layout.cells, key=lambda node_id: studio.layout.cells[node_id])
    if studio.selected in order:
        index = (order.index(studio.selected) + direction) % len(order)
    else:
        index = 0
    select(studio, order[index])


# --- events ------------------------------------------------------------------------
def gui_event(studio, event) -> bool:
    chrome = studio.chrome
    if event.type == pygame_gui.UI_BUTTON_PRESSED:
        buttons = {
            chrome.open_button: studio.ask_for_file,
            chrome.reload_button: lambda: studio.path and studio.reload(),
            chrome.fit_button: lambda: studio.layout and studio.map_view.fit(studio.layout),
            chrome.zoom_in: lambda: studio.map_view.zoom_by(1.2),
            chrome.zoom_out: lambda: studio.map_view.zoom_by(1 / 1.2),
            chrome.editor_button: lambda: open_in_editor(studio),
            chrome.play_button: lambda: play_from_here(studio),
        }
        action = buttons.get(event.ui_element)
        if action is not None:
            action()
            studio.dirty = True
            return True
    if event.type == pygame_gui.UI_SELECTION_LIST_NEW_SELECTION:
        if event.ui_element == chrome.findings and event.text in studio.finding_items:
            select_finding(studio, studio.finding_items[event.text])
            return True
        if event.ui_element == chrome.paths and event.text in studio.path_rows:
            studio.path_choices = studio.path_rows[event.text]  # drawn thicker on the map
            studio.dirty = True
            return True
    if event.type == pygame_gui.UI_DROP_DOWN_MENU_CHANGED:
        text = event.text
        if event.ui_element == chrome.language_menu:
            studio.lang = text
        elif event.ui_element == chrome.look_menu:
            studio.look = text
        elif event.ui_element == chrome.size_menu:
            studio.window_size = text
        else:
            return False
        refresh_selection(studio)
        return True
    if event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED and event.ui_element == chrome.flags_entry:
        chrome.flags_entry.unfocus()
        refresh_selection(studio)
        return True
    return False


def key(studio, event) -> None:
    ctrl = event.mod & pygame.KMOD_CTRL
    shift = event.mod & pygame.KMOD_SHIFT
    view = studio.map_view
    keys = {
        pygame.K_LEFT: lambda: view.pan(PAN_STEP, 0),
        pygame.K_RIGHT: lambda: view.pan(-PAN_STEP, 0),
        pygame.K_UP: lambda: view.pan(0, PAN_STEP),
        pygame.K_DOWN: lambda: view.pan(0, -PAN_STEP),
        pygame.K_PLUS: lambda: view.zoom_by(1.2),
        pygame.K_EQUALS: lambda: view.zoom_by(1.2),
        pygame.K_KP_PLUS: lambda: view.zoom_by(1.2),
        pygame.K_MINUS: lambda: view.zoom_by(1 / 1.2),
        pygame.K_KP_MINUS: lambda: view.zoom_by(1 / 1.2),
        pygame.K_0: lambda: studio.layout and view.fit(studio.layout),
        pygame.K_HOME: lambda: studio.layout and view.fit(studio.layout),
        pygame.K_TAB: lambda: step_node(studio, -1 if shift else 1),
        pygame.K_RIGHTBRACKET: lambda: select_finding(studio, studio.finding_index + 1),
        pygame.K_LEFTBRACKET: lambda: select_finding(studio, studio.finding_index - 1),
        pygame.K_F5: lambda: studio.path and studio.reload(),
        pygame.K_e: lambda: open_in_editor(studio),
        pygame.K_p: lambda: play_from_here(studio),
        pygame.K_l: lambda: cycle(studio, "lang"),
        pygame.K_t: lambda: cycle(studio, "look"),
        pygame.K_s: lambda: cycle(studio, "window_size"),
    }
    if ctrl and event.key == pygame.K_o:
        studio.ask_for_file()
    elif ctrl and event.key == pygame.K_q:
        studio.running = False
    elif ctrl and event.key == pygame.K_f:
        studio.chrome.flags_entry.focus()
    elif not ctrl and event.key in keys:
        keys[event.key]()
    studio.dirty = True


def hover(studio, node_id: str | None) -> None:
    """The pointer on a box: the status bar says what is wrong there, in full."""
    if node_id == studio.hovered:
        return
    studio.hovered = node_id
    node = studio.level_map.nodes.get(node_id) if node_id and studio.level_map else None
    if node is not None and node.findings:
        first = node.findings[0]
        more = f" (+{len(node.findings) - 1} more: ] and [ go through them)" if len(
            node.findings) > 1 else ""
        studio.set_status(f"{printable(node.id)}: line {first.line} {first.code} "
                          f"{printable(first.message)}{more}")


def mouse(studio, event) -> None:
    view = studio.map_view
    if event.type == pygame.MOUSEWHEEL:
        view.zoom_by(1.1 if event.y > 0 else 1 / 1.1, pygame.mouse.get_pos())
    elif event.type == pygame.MOUSEBUTTONDOWN and view.rect.collidepoint(event.pos):
        hit = view.node_at(studio.layout, event.pos) if studio.layout else None
        if event.button == 1 and hit is not None:
            select(studio, hit)
        elif event.button in (1, 2, 3):
            studio.dragging = event.pos
    elif event.type == pygame.MOUSEBUTTONUP:
        studio.dragging = None
    elif event.type == pygame.MOUSEMOTION and studio.dragging is not None:
        view.pan(event.pos[0] - studio.dragging[0], event.pos[1] - studio.dragging[1])
        studio.dragging = event.pos
    elif event.type == pygame.MOUSEMOTION and studio.layout is not None:
        hover(studio, view.node_at(studio.layout, event.pos))
        return
    else:
        return  # nothing on the map changed: no redraw
    studio.dirty = True
