"""The real game on a real X display shows, after every step, the finished frame.

Starts Xvfb and openbox, runs the real game (`python -m sango_game play`) with the
test probe on (`SANGO_TEST_PROBE`, see `sango_game/ui/probe.py`), and plays the first
level of each track (12-18 in Arabic, right to left) with xdotool, alternating real
key presses and real mouse clicks: title, who's playing, new player, map, every line,
Help and back, every choice and feedback, results, Continue to the map, and (in 9-11)
Settings with a text-size change and What we save. A shadow pilot (dummy driver,
same size, same inputs) says where each widget is, which one has the focus and which
screen should be showing.

After each step, once the game says it is idle, the root window is grabbed, the game
is asked for a forced full repaint (SIGUSR1) and the root window is grabbed again.
Pass: zero differing pixels, and the game shows the screen the shadow expects.

Set `SANGO_DISPLAY_SHOTS=DIR` to keep a PNG of the display after every step
(`DIR/<track>-<nn>-<step>-<screen>.png`), to look at what a child saw.

Skips, saying why, where Xvfb, openbox, xdotool, xwininfo, xprop or ImageMagick's
`import` is missing
(Debian: xvfb openbox xdotool x11-utils imagemagick).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pygame
import pytest

from sango_game.ui.pilot import Pilot
from sango_game.ui.screens.base import READ_S

TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop", "import")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs an X server (Linux)"),
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"the display test needs {', '.join(MISSING)} (Debian: xvfb openbox xdotool "
        "x11-utils imagemagick)",
    ),
]

SCREEN = (1296, 768)  # the window and openbox's title bar, no more: quicker grabs
WINDOW = (1280, 720)
XKEYS = {
    pygame.K_TAB: "Tab",
    pygame.K_RETURN: "Return",
    pygame.K_SPACE: "space",
    pygame.K_F1: "F1",
    pygame.K_ESCAPE: "Escape",
    pygame.K_LEFT: "Left",
    pygame.K_RIGHT: "Right",
}
IDLE_TIMEOUT = 20.0
DECIDING = ("feedback", "results")  # screens whose buttons wait for READ_S


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=True, capture_output=True, timeout=30, **kwargs)


@pytest.fixture(scope="module")
def xdisplay(tmp_path_factory):
    """A virtual X display with a window manager: {"DISPLAY": ":n"}."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as chosen:
        number = chosen.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    env = dict(os.environ, DISPLAY=f":{number}")
    manager = start_window_manager(env)
    yield env
    manager.terminate()
    manager.wait(timeout=10)
    server.terminate()
    server.wait(timeout=10)


def start_window_manager(env: dict, timeout: float = 20.0) -> subprocess.Popen:
    """openbox, once it has taken the screen (it names itself on the root window);
    started again if it gave up (the display may not take clients at once)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        manager = subprocess.Popen(
            ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        while manager.poll() is None and time.monotonic() < deadline:
            found = subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                capture_output=True, text=True, env=env,
            )
            if "window id" in found.stdout:
                return manager
            time.sleep(0.1)
        manager.kill()
        manager.wait()
    raise AssertionError("openbox never took the screen")


class RealGame:
    """The game process, its probe and the X display it is on."""

    def __init__(self, env: dict, folder: Path, lang: str = "en"):
        self.probe = folder / "probe"
        self.env = dict(env)
        self.env.pop("SDL_VIDEODRIVER", None)
        self.env.update(
            SANGO_DATA_DIR=str(folder / "data"),
            SANGO_TEST_PROBE=str(self.probe),
            SDL_AUDIODRIVER="dummy",
        )
        self.log = open(folder / "game.log", "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sango_game", "play", "--quit-after", "600",
             "--size", f"{WINDOW[0]}x{WINDOW[1]}", "--lang", lang],
            env=self.env,
            stdout=self.log,
            stderr=self.log,
        )
        self.window = self._find_window()
        self.xdo("windowactivate", "--sync", self.window)

    def xdo(self, *args: str) -> None:
        run("xdotool", *args, env=self.env)

    def _find_window(self) -> str:
        deadline = time.monotonic() + IDLE_TIMEOUT
        while time.monotonic() < deadline:
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=self.env
            )
            for line in tree.stdout.splitlines():
                if '"Sango"' in line:
                    return str(int(line.split()[0], 16))
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        raise AssertionError(f"the game's window never appeared; see {self.log.name}")

    def state(self) -> dict:
        try:
            words = (self.probe / "state").read_text(encoding="utf-8").split()
        except OSError:
            return {}
        return dict(word.split("=", 1) for word in words if "=" in word)

    def wait_idle(self, inputs: int, screen: str | None = None, read: float = 0.0) -> dict:
        """Wait until the game handled `inputs` inputs and rests (on `screen`, read)."""
        deadline = time.monotonic() + IDLE_TIMEOUT
        state: dict = {}
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"the game ended; see {self.log.name}"
            state = self.state()
            if (
                state.get("idle") == "1"
                and int(state.get("inputs", -1)) >= inputs
                and float(state.get("read", 0)) >= read
                and (screen is None or state.get("screen") == screen)
            ):
                time.sleep(0.05)  # the display server has the last flip too
                return state
            time.sleep(0.03)
        raise AssertionError(f"the game never rested on {screen} after {inputs} inputs: {state}")

    def grab(self, path: Path) -> bytes:
        run("import", "-window", "root", "-depth", "8", f"rgb:{path}", env=self.env)
        return path.read_bytes()

    def repaint(self) -> None:
        before = int(self.state()["repaints"])
        self.process.send_signal(signal.SIGUSR1)
        deadline = time.monotonic() + IDLE_TIMEOUT
        while time.monotonic() < deadline:
            state = self.state()
            if int(state.get("repaints", -1)) > before and state.get("idle") == "1":
                time.sleep(0.05)
                return
            time.sleep(0.03)
        raise AssertionError("the game never repainted")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def differing_pixels(first: bytes, second: bytes) -> int:
    if first == second:
        return 0
    a, b = memoryview(first), memoryview(second)
    return sum(1 for i in range(0, min(len(a), len(b)), 3) if a[i : i + 3] != b[i : i + 3])


class Driver:
    """Plays in the real game and in the shadow pilot alike, checking every step."""

    def __init__(self, game: RealGame, shadow: Pilot, folder: Path, first_mode: str):
        self.game, self.shadow, self.folder = game, shadow, folder
        self.label = "play"  # the track, for kept PNGs
        self.mode = first_mode
        self.extra_inputs = 0  # real key releases the shadow does not count (typing)
        self.steps: list[str] = []
        self.faults: list[str] = []

    def next_mode(self) -> str:
        mode = self.mode
        self.mode = "mouse" if mode == "keyboard" else "keyboard"
        return mode

    def check(self, what: str) -> None:
        """The game rests on the shadow's screen, and the display is its finished frame."""
        expected = self.shadow.screen_name
        state = self.game.wait_idle(self.inputs(), expected)
        shown = self.game.grab(self.folder / "shown.rgb")
        self.game.repaint()
        fresh = self.game.grab(self.folder / "fresh.rgb")
        differ = differing_pixels(shown, fresh)
        self.steps.append(f"{what} -> {state['screen']}: {differ}")
        self.keep_png(what, state["screen"])
        if differ:
            number = len(self.faults)
            shutil.copy(self.folder / "shown.rgb", self.folder / f"fault-{number}-shown.rgb")
            shutil.copy(self.folder / "fresh.rgb", self.folder / f"fault-{number}-fresh.rgb")
            self.faults.append(f"{what} on {expected}: {differ} pixels differ from a repaint")

    def keep_png(self, what: str, screen: str) -> None:
        """With SANGO_DISPLAY_SHOTS set, a PNG of the display as the child saw it."""
        folder = os.environ.get("SANGO_DISPLAY_SHOTS")
        if not folder:
            return
        Path(folder).mkdir(parents=True, exist_ok=True)
        label = "".join(c if c.isalnum() or c in "-_" else "_" for c in f"{what}-{screen}")
        name = f"{self.label}-{len(self.steps):02d}-{label}.png"
        run("import", "-window", "root", str(Path(folder) / name), env=self.game.env)

    def inputs(self) -> int:
        return self.shadow.app.inputs_seen + self.extra_inputs

    def key(self, code: int) -> None:
        self.game.xdo("key", XKEYS.get(code) or pygame.key.name(code))
        self.shadow.press(code)
        self.finish_typing()

    def finish_typing(self) -> None:
        """The shadow shows each line whole at once (the real game is waited for)."""
        screen = self.shadow.screen
        if getattr(screen, "revealing", False):
            screen.reveal = screen.line_length
            screen.text_label.reveal = None

    def wheel(self, down: bool) -> None:
        x, y = self.shadow.screen.body.center
        self.game.xdo("mousemove", "--window", self.game.window, str(x), str(y))
        self.game.xdo("click", "5" if down else "4")
        pygame.event.post(
            pygame.event.Event(
                pygame.MOUSEWHEEL, x=0, y=-1 if down else 1, flipped=False,
                precise_x=0.0, precise_y=-1.0 if down else 1.0, touch=False,
            )
        )
        pygame.event.post(
            pygame.event.Event(
                pygame.MOUSEMOTION, pos=(x, y), rel=(0, 0), buttons=(0, 0, 0), touch=False
            )
        )
        self.shadow.settle()
        self.game.wait_idle(self.inputs())

    def wait_until_read(self) -> None:
        """The game ignores choices the child had no time to read: wait like a reader."""
        screen = self.shadow.screen
        if self.shadow.screen_name in DECIDING or getattr(screen, "phase", "") == "choices":
            self.game.wait_idle(self.inputs(), self.shadow.screen_name, READ_S + 0.1)

    def activate(self, name: str) -> None:
        mode = self.next_mode()
        self.wait_until_read()
        if mode == "keyboard":
            name = "next" if name == "dialogue" else name
            for _ in range(60):
                if self.shadow.focused == name:
                    break
                self.key(pygame.K_TAB)
            assert self.shadow.focused == name, f"Tab never reached {name}"
            if name == "nickname":
                self.game.xdo("type", "--delay", "40", "kiwi")
                self.shadow.type("kiwi")
                self.extra_inputs += len("kiwi")  # four key releases the shadow never sees
            else:
                self.key(pygame.K_RETURN)
        else:
            if name == "nickname":
                name = "name-1"  # a suggested nickname, by mouse
            screen = self.shadow.screen
            widget = self.shadow.widget(name)
            for _ in range(40):  # scroll it into view with the wheel, as a person would
                rect = screen.screen_rect(widget)
                if widget.fixed or screen.body.contains(rect):
                    break
                self.wheel(down=rect.bottom > screen.body.bottom)
            x, y = screen.screen_rect(widget).center
            self.game.xdo("mousemove", "--window", self.game.window, str(x), str(y))
            self.game.xdo("click", "1")
            self.shadow.click_at((x, y))
            self.finish_typing()
        self.check(f"{mode} {name}")


def visit_settings(driver: Driver) -> None:
    """From the map: Settings, a larger text size and back (everything is laid out
    again), What we save, and Esc back to the map."""
    driver.activate("settings")
    for _ in range(30):
        if driver.shadow.focused == "text-size":
            break
        driver.key(pygame.K_TAB)
    driver.key(pygame.K_RIGHT)
    driver.check("key Right on text size")
    driver.key(pygame.K_LEFT)
    driver.check("key Left on text size")
    driver.activate("what-we-save")
    for _ in range(2):
        driver.key(pygame.K_ESCAPE)
        driver.check("key Escape")
    assert driver.shadow.screen_name == "map"


def play_track(driver: Driver, track: str, settings: bool = False) -> None:
    shadow = driver.shadow
    driver.check("start")
    for name in ("play", "new-player", "nickname", f"track-{track}", "create"):
        driver.activate(name)
    level = shadow.app.services.library.levels_in(track)[0]
    driver.activate(f"level-{level.id}")
    assert shadow.screen_name == "scene"
    driver.key(pygame.K_F1)  # Help on the first line, then back to the same line
    driver.check("key F1")
    driver.key(pygame.K_ESCAPE)
    driver.check("key Escape")
    for _ in range(200):
        screen = shadow.screen
        if shadow.screen_name == "results":
            break
        if shadow.screen_name == "scene" and screen.phase == "lines":
            driver.activate("dialogue")
        elif shadow.screen_name == "scene":
            safety = {c.id: c.safety for c in level.scene(screen.view.scene_id).choices}
            order = ("safe", "mixed", "pressured", "unsafe")
            pick = min(screen.view.choices, key=lambda c: order.index(safety[c.id]))
            driver.activate(f"choice-{pick.id}")
        else:
            driver.activate("continue")
    assert shadow.screen_name == "results"
    driver.activate("map")
    assert shadow.screen_name == "map"
    if settings:
        visit_settings(driver)


@pytest.mark.parametrize(
    ("track", "first_mode", "lang"),
    [("under-9", "keyboard", "en"), ("9-11", "mouse", "en"), ("12-18", "keyboard", "ar"),
     ("under-9", "mouse", "ar")],
)
def test_every_frame_on_the_display_is_the_finished_one(
    xdisplay, tmp_path, monkeypatch, track, first_mode, lang
):
    monkeypatch.setenv("SANGO_DATA_DIR", str(tmp_path / "shadow-data"))
    game = RealGame(xdisplay, tmp_path, lang)
    shadow = Pilot.start(wait_for_animations=False, size=WINDOW, lang=lang)
    driver = Driver(game, shadow, tmp_path, first_mode)
    driver.label = f"{lang}-{track}"
    try:
        play_track(driver, track, settings=track == "9-11")
    finally:
        shadow.close()
        game.stop()
    assert not driver.faults, "\n".join(
        [f"{len(driver.faults)} of {len(driver.steps)} steps left a stale frame on the display:"]
        + driver.faults
    )
