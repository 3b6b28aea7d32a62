"""The level studio's window and loop: map, findings, preview, paths, live reload.

    Studio(path, size=(1280, 800)).run()      # `sango-game studio LEVEL.yaml`

Tests drive it headlessly (SDL_VIDEODRIVER=dummy): `studio.step()` runs one
frame (events, reload check, drawing); `studio.post_key(...)` and
`studio.click(pos)` post real events. The studio only ever reads the level
file. A file that cannot be read or checked shows its findings; it never crashes.
"""

from __future__ import annotations

import locale
import time
from pathlib import Path

import pygame
import pygame_gui
from pygame_gui.windows import UIFileDialog

from sango_game import i18n, resources
from sango_game.content.findings import Finding
from sango_game.printable import printable
from sango_game.studio import actions
from sango_game.studio.chrome import SIZES, TRACK_LOOKS, Chrome, menu_options
from sango_game.studio.graph import LevelMap, read_level_map
from sango_game.studio.layout import Layout, lay_out
from sango_game.studio.map_view import MapView
from sango_game.studio.watch import POLL_S, FileWatch
from sango_game.text import TextEngine

FRAME_S = 1 / 30


class NoDisplayError(RuntimeError):
    """No screen to open the studio's window on (a server, CI without Xvfb)."""


class Studio:
    def __init__(self, path: Path | str | None = None, size: tuple[int, int] = (1280, 800),
                 poll_s: float = POLL_S, say=print, lang: str | None = None) -> None:
        try:
            pygame.display.init()  # no mixer: the studio makes no sound
            pygame.display.set_caption("Sango level studio")
            self.screen = pygame.display.set_mode(size)
        except pygame.error as problem:
            raise NoDisplayError(str(problem)) from problem
        pygame.font.init()
        self.size = size
        self.say = say
        i18n.setup()
        self.languages = [language.code for language in i18n.available_languages()]
        if lang in self.languages:  # the preview's first language
            self.languages.remove(lang)
            self.languages.insert(0, lang)
        self.engine = TextEngine(resources.assets_dir() / "fonts")
        self.chrome = Chrome(size, self.languages)
        self.map_view = MapView(self.engine, self.chrome.map_rect)
        self.poll_s = poll_s
        self.path: Path | None = None
        self.level_map: LevelMap | None = None
        self.layout: Layout | None = None
        self.watch: FileWatch | None = None
        self.selected: str | None = None
        self.finding_index = -1
        self.finding_items: dict[str, int] = {}
        self.path_rows: dict[str, tuple[tuple[str, str], ...]] = {}
        self.path_choices: tuple[tuple[str, str], ...] = ()  # (scene, choice) drawn thicker
        self.lang, self.look, self.window_size = self.languages[0], TRACK_LOOKS[0], SIZES[0]
        self.player = None
        self.dialog: UIFileDialog | None = None
        self.reloads = 0
        self.running = True
        self.dirty = True
        self.dragging: tuple[int, int] | None = None
        self.map_image: pygame.Surface | None = None
        self.hovered: str | None = None
        self.clock = pygame.time.Clock()
        if path is not None:
            self.open(Path(path))
        else:
            self.set_status("No level open: press Ctrl+O (or the Open… button) to choose one.")

    # --- files -------------------------------------------------------------------
    def open(self, path: Path) -> None:
        if self.watch is not None:
            self.watch.stop()
        self.path, self.layout, self.selected, self.finding_index = Path(path), None, None, -1
        self.reload()
        if self.layout is not None:  # reload() always lays the map out
            self.map_view.fit(self.layout, readable=True)
        self.watch = FileWatch(self.path, self.poll_s).start()

    def reload(self) -> None:
        """Read the file again; same IDs keep their places on the map."""
        path = self.path
        assert path is not None, "the studio reloads only a file it opened"
        try:
            level_map = read_level_map(path)
        except Exception as problem:  # the studio must show a bad file, never crash on it
            level_map = LevelMap(path, {}, [], [Finding(
                "SG001", "error", str(path), 1, 1,
                f"the studio could not read this file ({type(problem).__name__}: {problem})")])
        self.level_map = level_map
        self.layout = lay_out(level_map, self.layout)
        self.reloads += 1
        if self.selected not in level_map.nodes:
            self.selected = level_map.start if level_map.start in level_map.nodes else None
        self.fill_findings()
        actions.refresh_selection(self)
        errors = sum(1 for finding in level_map.findings if finding.is_error)
        warnings = len(level_map.findings) - errors
        scenes = sum(1 for node in level_map.nodes.values() if node.kind == "scene")
        endings = sum(1 for node in level_map.nodes.values() if node.kind == "ending")
        self.set_status(f"{printable(str(self.path))}: {scenes} scenes, {endings} endings, "
                        f"{errors} errors, {warnings} warnings; read at "
                        f"{time.strftime('%H:%M:%S')}")
        self.dirty = True

    def fill_findings(self) -> None:
        self.finding_items = {}
        items: list[str] = []
        findings = self.level_map.findings if self.level_map is not None else []
        for index, finding in enumerate(findings):
            text = (f"{index + 1}. line {finding.line}  {finding.code} {finding.severity}: "
                    f"{printable(finding.message)}")
            self.finding_items[text] = index
            items.append(text)
        self.chrome.findings.set_item_list(menu_options(items))

    def ask_for_file(self) -> None:
        if self.dialog is not None and self.dialog.alive():
            return
        start = str(self.path) if self.path else str(resources.levels_dir())
        before = locale.setlocale(locale.LC_ALL)  # UIFileDialog sets the process locale
        try:
            self.dialog = UIFileDialog(pygame.Rect(160, 60, 640, 560), self.chrome.manager,
                                       "Open a level (.yaml)",
                                       allowed_suffixes={".yaml", ".yml"},
                                       initial_file_path=start, allow_existing_files_only=True)
        finally:
            locale.setlocale(locale.LC_ALL, before)
        # Keyboard: the path field has the keys at once; Enter on a level file opens it,
        # Esc closes the dialog.
        self.dialog.file_path_text_line.focus()
        self.dialog.file_path_text_line.edit_position = len(
            self.dialog.file_path_text_line.get_text())

    def set_status(self, text: str) -> None:
        self.chrome.status.set_text(text)

    # --- the loop ----------------------------------------------------------------
    def step(self, dt: float = FRAME_S) -> None:
        for event in pygame.event.get():
            self.handle(event)
        if self.watch is not None and self.watch.take_change():
            self.reload()
        self.chrome.manager.update(dt)
        self.draw()

    def draw(self) -> None:
        """The map is drawn again only after a change; pygame-gui draws its chrome each frame."""
        if self.dirty or self.map_image is None:
            self.map_image = pygame.Surface(self.size)
            self.map_image.fill((236, 238, 242))
            if self.level_map is not None and self.layout is not None:
                highlight = set(actions.highlighted_choices(self))
                self.map_view.draw(self.map_image, self.level_map, self.layout, self.selected,
                                   highlight)
            else:
                self.map_view.text(self.map_image, "Open a level file to see its map (Ctrl+O).",
                                   (self.map_view.rect.x + 30, self.map_view.rect.y + 30), 20)
        self.screen.blit(self.map_image, (0, 0))
        self.chrome.manager.draw_ui(self.screen)
        pygame.display.flip()
        self.dirty = False

    def run(self) -> int:
        try:
            while self.running:
                dt = self.clock.tick(30) / 1000
                self.step(dt)
        finally:
            self.close()
        return 0

    def close(self) -> None:
        if self.watch is not None:
            self.watch.stop()
        self.running = False

    # --- input ---------------------------------------------------------------------
    def handle(self, event) -> None:
        if event.type == pygame.QUIT:
            self.running = False
            return
        if self.player is not None and self.player.alive and self.player.handle(event):
            return
        consumed = self.chrome.manager.process_events(event)
        if event.type == pygame_gui.UI_FILE_DIALOG_PATH_PICKED:
            self.open(Path(event.text))
            return
        if self._dialog_open() and self._dialog_key(event):
            return
        if actions.gui_event(self, event):
            return
        if event.type == pygame.KEYDOWN and not self.chrome.typing() and not self._dialog_open():
            actions.key(self, event)
            return
        if consumed or self._dialog_open():
            return
        actions.mouse(self, event)

    def _dialog_key(self, event) -> bool:
        """Enter in the dialog's path field opens a level file; Esc closes the dialog."""
        dialog = self.dialog
        if dialog is None:
            return False
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            dialog.kill()
            return True
        if (event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED
                and event.ui_element == dialog.file_path_text_line):
            chosen = Path(dialog.file_path_text_line.get_text()).expanduser()
            if chosen.is_file() and chosen.suffix.lower() in (".yaml", ".yml"):
                dialog.kill()
                self.open(chosen)
                return True
        return False

    def _dialog_open(self) -> bool:
        return self.dialog is not None and self.dialog.alive()

    # --- test helpers (real events through pygame's queue) ---------------------
    def post_key(self, key: int, mod: int = 0, unicode: str = "") -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode,
                                             scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=unicode,
                                             scancode=0))
        self.settle()

    def click(self, pos: tuple[int, int], button: int = 1) -> None:
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                             buttons=(0, 0, 0)))
        self.step()
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button))
        self.settle()

    def settle(self, frames: int = 10) -> None:
        """Step until pygame-gui's own follow-up events (button -> list -> studio) are done."""
        for _ in range(frames):
            self.step()
            if not pygame.event.peek():
                break
