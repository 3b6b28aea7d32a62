"""Speed and memory of the game a child plays, for `sango-game bench`.

    measure(quick=False) -> {"ui.cold_start_s": ..., ...}

Every figure is taken in a fresh child process with the dummy video driver,
so the measurements neither disturb nor are disturbed by the caller:

- `ui.bare_pygame_start_s`: python start, `pygame.init()`, a window, a first flip
  (the floor), and `ui.cold_start_s`: python start to the game's first interactive frame
  (the title screen); `ui.cold_start_ratio` is the second over the first (goal <= 3).
- `ui.typewriter_frame_median_ms` / `_p95_ms`: one frame of a scene while the typewriter
  runs, at 1280x720 (goal p95 <= 8 ms).
- `ui.idle_cpu_fraction`: CPU time over wall time of the real loop on a still scene
  (getrusage in the child), and `ui.peak_memory_mb`: that child's peak resident memory.
- `ui.idle_cpu_percent`: the same on the still title screen and on a still level map
  (the larger of the two), in percent of one core (goal < 2 %): the loop rests
  when nothing changes.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

READY = "ready"

BARE_START = """
import pygame
pygame.init()
surface = pygame.display.set_mode((1280, 720))
surface.fill((240, 240, 240))
pygame.display.flip()
print("ready", flush=True)
"""

GAME_START = """
from sango_game.ui.app import App, AppOptions
app = App(AppOptions(quit_after=0, on_first_frame=lambda: print("ready", flush=True)))
app.start()
app.run()
"""


def _child_env(data_dir: str) -> dict:
    """The children start as an installed game does: bytecode compiled once and kept.

    Some shells (and this project's CI) set PYTHONDONTWRITEBYTECODE, which would make
    every game start compile ~60 modules while the bare-pygame floor compiles nothing.
    The children write their bytecode to a folder of their own instead (the warm-up
    run fills it), so the checkout is not touched.
    """
    env = dict(os.environ)
    env.update(
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
        SANGO_DATA_DIR=data_dir,
        PYTHONPYCACHEPREFIX=os.path.join(data_dir, "pycache"),
    )
    env.pop("SANGO_QUIT_AFTER", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_to_ready(code: str, env: dict) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None  # stdout=PIPE
    elapsed = float("nan")
    for line in process.stdout:
        if line.strip() == READY:
            elapsed = time.perf_counter() - started
            break
    process.stdout.close()
    process.wait(timeout=60)
    return elapsed


def _run_child(task: str, seconds: float, env: dict) -> dict:
    code = f"from sango_game.ui import bench; bench._child({task!r}, {seconds!r})"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench child {task} failed: {done.stderr[-500:]}")
    return json.loads(lines[-1])


def measure(quick: bool = False) -> dict[str, float]:
    runs = 1 if quick else 3
    with tempfile.TemporaryDirectory(prefix="sango-ui-bench-") as data_dir:
        env = _child_env(data_dir)
        _time_to_ready(BARE_START, env)  # warm the disk cache for both alike
        _time_to_ready(GAME_START, env)
        bare = statistics.median(_time_to_ready(BARE_START, env) for _ in range(runs))
        cold = statistics.median(_time_to_ready(GAME_START, env) for _ in range(runs))
        frames = _run_child("typewriter", 1.0 if quick else 3.0, env)
        idle = _run_child("idle", 1.0 if quick else 5.0, env)
        title = _run_child("idle-title", 1.0 if quick else 3.0, env)
        level_map = _run_child("idle-map", 1.0 if quick else 3.0, env)
    return {
        "ui.bare_pygame_start_s": round(bare, 4),
        "ui.cold_start_s": round(cold, 4),
        "ui.cold_start_ratio": round(cold / bare, 2) if bare else float("nan"),
        "ui.typewriter_frame_median_ms": frames["median_ms"],
        "ui.typewriter_frame_p95_ms": frames["p95_ms"],
        "ui.typewriter_frames": frames["frames"],
        "ui.idle_cpu_fraction": idle["cpu_fraction"],
        "ui.idle_cpu_percent": round(
            100 * max(title["cpu_fraction"], level_map["cpu_fraction"]), 2
        ),
        "ui.peak_memory_mb": max(idle["peak_mb"], frames["peak_mb"]),
    }


# --- inside the child processes ---------------------------------------------------------
def _peak_mb() -> float:
    """This process's peak memory. On Linux ru_maxrss survives fork and exec (it would
    report the bench parent's peak after a big content run); VmHWM does not."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for row in status:
                if row.startswith("VmHWM:"):
                    return round(int(row.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _scene_pilot():
    """A pilot with a 9-11 profile, standing in the first scene of its first level."""
    import pygame

    from sango_game.ui.pilot import Pilot

    pilot = Pilot.start(wait_for_animations=False)
    services = pilot.app.services
    library = services.library
    track = "9-11" if library.levels_in("9-11") else library.levels[0].track
    written = services.store.create_profile("Bench", "owl", track, "en")
    services.profile = written.value
    pilot.app.push_screen("scene", library.levels_in(track)[0])
    pilot.settle()
    return pilot, pygame


def _idle_cpu(app, seconds: float) -> dict:
    """Run the real loop on whatever is shown for `seconds`: its CPU over wall time."""
    import resource

    app.options.quit_after = seconds
    before = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter()
    app.run()
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"cpu_fraction": round(cpu / wall, 4), "peak_mb": _peak_mb()}


def _child(task: str, seconds: float) -> None:
    if task in ("idle-title", "idle-map"):
        from sango_game.ui.pilot import Pilot

        pilot = Pilot.start()
        if task == "idle-map":
            services = pilot.app.services
            library = services.library
            track = "9-11" if library.levels_in("9-11") else library.levels[0].track
            services.profile = services.store.create_profile("Bench", "owl", track, "en").value
            pilot.app.push_screen("map")
            pilot.settle()
        print(json.dumps(_idle_cpu(pilot.app, seconds)))
        return
    pilot, pygame = _scene_pilot()
    app = pilot.app
    if task == "typewriter":
        times: list[float] = []
        scene = app.top
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            scene.reveal = 0.0
            scene.text_label.reveal = 0
            while scene.revealing:
                started = time.perf_counter()
                app.step(1 / 60)
                times.append((time.perf_counter() - started) * 1000)
        times.sort()
        print(
            json.dumps(
                {
                    "median_ms": round(statistics.median(times), 3),
                    "p95_ms": round(times[int(len(times) * 0.95) - 1], 3),
                    "frames": len(times),
                    "peak_mb": _peak_mb(),
                }
            )
        )
    elif task == "idle":
        scene = app.top
        while scene.phase == "lines":  # a still scene: the choices are shown
            scene.advance()
            pilot.settle()
        print(json.dumps(_idle_cpu(app, seconds)))
    else:
        raise SystemExit(f"unknown bench task {task}")
