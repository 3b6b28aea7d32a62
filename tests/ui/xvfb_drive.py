"""Manual check (not collected by pytest): play one level of a track in the REAL game
under a virtual X display, by real X mouse events alone or real X key events alone.

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python tests/ui/xvfb_drive.py 9-11 mouse
    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python tests/ui/xvfb_drive.py 9-11 keyboard

Needs `xdotool` and `xwininfo` (Debian: xdotool, x11-utils). A shadow pilot (dummy
driver, same window size, same inputs) says where each widget is and which one has
the focus; xdotool moves the real pointer and clicks (the wheel scrolls), or presses
Tab/Enter/Space and types. At the end the real game's progress.db must hold a finished
attempt of the level. Prints one line and exits 0 when it does.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"  # for the shadow; the real game gets the X display
os.environ["SDL_AUDIODRIVER"] = "dummy"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pygame  # noqa: E402

from sango_game.ui.pilot import Pilot  # noqa: E402
from sango_game.ui.screens.base import READ_S  # noqa: E402

XKEYS = {pygame.K_TAB: "Tab", pygame.K_RETURN: "Return", pygame.K_SPACE: "space"}
PAUSE = 0.3  # seconds for the real game to react


def xdo(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def find_window(timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True)
        for line in tree.stdout.splitlines():
            if '"Sango"' in line:
                return str(int(line.split()[0], 16))
        time.sleep(0.5)
    raise SystemExit("the game's window never appeared")


class Driver:
    def __init__(self, shadow: Pilot, window: str, mode: str):
        self.shadow, self.window, self.mode = shadow, window, mode

    def key(self, code: int) -> None:
        xdo("key", XKEYS.get(code) or pygame.key.name(code))
        self.shadow.press(code)
        time.sleep(PAUSE)

    def wheel(self, down: bool) -> None:
        xdo("click", "--window", self.window, "5" if down else "4")
        pygame.event.post(
            pygame.event.Event(
                pygame.MOUSEWHEEL,
                x=0,
                y=-1 if down else 1,
                flipped=False,
                precise_x=0.0,
                precise_y=0.0,
                touch=False,
            )
        )
        self.shadow.settle()
        time.sleep(PAUSE / 2)

    def activate(self, name: str) -> None:
        deciding = self.shadow.screen_name in ("feedback", "results")
        if deciding or getattr(self.shadow.screen, "phase", "") == "choices":
            time.sleep(READ_S)  # the game takes a choice only once it could be read
        if self.mode == "keyboard":
            name = "next" if name == "dialogue" else name
            for _ in range(60):
                if self.shadow.focused == name:
                    break
                self.key(pygame.K_TAB)
            if self.shadow.focused != name:
                raise SystemExit(f"Tab never reached {name}")
            if name != "nickname":
                self.key(pygame.K_RETURN)
            return
        screen = self.shadow.screen
        widget = self.shadow.widget(name)
        for _ in range(40):  # scroll with the wheel until it is in view, as a person would
            rect = screen.screen_rect(widget)
            if widget.fixed or screen.body.contains(rect):
                break
            self.wheel(rect.bottom > screen.body.bottom)
        x, y = screen.screen_rect(widget).center
        xdo("mousemove", "--window", self.window, str(x), str(y))
        xdo("click", "1")
        self.shadow.click_at((x, y))
        time.sleep(PAUSE)


def main(track: str, mode: str) -> int:
    real_data, shadow_data = tempfile.mkdtemp(), tempfile.mkdtemp()
    env = {k: v for k, v in os.environ.items() if k != "SDL_VIDEODRIVER"}
    env["SANGO_DATA_DIR"] = real_data
    game = subprocess.Popen(
        [sys.executable, "-m", "sango_game", "--quit-after", "300"],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        window = find_window()
        time.sleep(1)
        os.environ["SANGO_DATA_DIR"] = shadow_data
        shadow = Pilot.start(wait_for_animations=False)
        drive = Driver(shadow, window, mode)
        drive.activate("play")
        drive.activate("new-player")
        if mode == "keyboard":
            drive.activate("nickname")
            xdo("type", "--delay", "80", "Kiwi")
            shadow.type("Kiwi")
        else:
            drive.activate("name-1")
        drive.activate(f"track-{track}")
        drive.activate("create")
        level = shadow.app.services.library.levels_in(track)[0]
        drive.activate(f"level-{level.id}")
        steps = 0
        while shadow.screen_name != "results" and steps < 200:
            screen = shadow.screen
            if shadow.screen_name == "scene" and screen.phase == "lines":
                drive.activate("dialogue")
            elif shadow.screen_name == "scene":
                safety = {c.id: c.safety for c in level.scene(screen.view.scene_id).choices}
                order = ("safe", "mixed", "pressured", "unsafe")
                pick = min(screen.view.choices, key=lambda c: order.index(safety[c.id]))
                drive.activate(f"choice-{pick.id}")
            else:
                drive.activate("continue")
            steps += 1
        time.sleep(1)
        shadow.close()
    finally:
        game.terminate()
        game.wait()
    database = sqlite3.connect(os.path.join(real_data, "progress.db"))
    rows = database.execute("SELECT level_id, status, stars FROM attempts").fetchall()
    done = [row for row in rows if row[1] == "done"]
    print(f"{track} by {mode}: {steps} actions; real game's attempts: {rows}")
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "mouse"))
