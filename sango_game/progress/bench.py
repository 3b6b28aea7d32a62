"""Progress figures for ``sango-game bench``.

- ``progress.record_choice_p50_ms`` / ``_p95_ms``: one ``record_choice`` (a choice
  plus the runner state, durably committed: WAL, ``synchronous=FULL``).
- ``progress.open_1000x40_ms``: open a store holding 1,000 profiles x 40 attempts
  (6 choices each) after a clean close, then ``level_progress`` for one child and
  ``list_profiles`` - what the game does before the "Who's playing" screen.
- ``progress.open_1000x40_after_crash_ms``: the same when the last session did
  not close cleanly, so the whole file is checked (``quick_check``) first.
- ``progress.db_size_mb``: that database's size.

The big database is built once, in a temporary folder, straight with SQL.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from sango_game.progress.ids import new_id, now
from sango_game.progress.opening import CHECKED_SUFFIX, connect
from sango_game.progress.paths import DATABASE_NAME
from sango_game.progress.schema import migrate
from sango_game.progress.store import ProgressStore

PROFILES = 1000
ATTEMPTS_PER_PROFILE = 40
CHOICES_PER_ATTEMPT = 6
LEVELS = [(f"level-{n:02}", f"topic-{n // 7}") for n in range(ATTEMPTS_PER_PROFILE)]


def measure(quick: bool = False) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="sango-bench-") as folder:
        figures = _record_choice(Path(folder) / "small", 100 if quick else 1000)
        big = Path(folder) / "big"
        profile_id = build_big_database(big)
        path = big / DATABASE_NAME
        figures["progress.db_size_mb"] = round(path.stat().st_size / 1e6, 1)
        ProgressStore(path).close()  # a clean close records the check
        figures["progress.open_1000x40_ms"] = _median_open(path, profile_id, 3 if quick else 9)
        crashes = []
        for _ in range(1 if quick else 3):
            (big / (DATABASE_NAME + CHECKED_SUFFIX)).unlink()
            crashes.append(_open_once(path, profile_id))
        figures["progress.open_1000x40_after_crash_ms"] = round(statistics.median(crashes), 1)
    return figures


def _record_choice(folder: Path, samples: int) -> dict[str, float]:
    store = ProgressStore(folder / DATABASE_NAME)
    child = store.create_profile("Bench", "owl", "9-11").value
    attempt = store.start_attempt(child.id, "level-00", "hash", {"scene": "start"}).value
    timings = []
    for n in range(samples):
        state = {"scene": f"s{n}", "flags": ["told_adult", "blocked"], "history": ["a", "b"]}
        started = time.perf_counter()
        result = store.record_choice(attempt, f"s{n}", "tell", "safe", state)
        timings.append((time.perf_counter() - started) * 1000)
        if not result.saved:
            raise RuntimeError(f"record_choice was not saved: {result}")
    store.close()
    timings.sort()
    return {
        "progress.record_choice_p50_ms": round(statistics.median(timings), 3),
        "progress.record_choice_p95_ms": round(timings[int(len(timings) * 0.95) - 1], 3),
    }


def build_big_database(folder: Path) -> str:
    """1,000 profiles x 40 attempts x 6 choices; returns one profile id."""
    folder.mkdir(parents=True, exist_ok=True)
    connection = connect(folder / DATABASE_NAME)
    migrate(connection)
    stamp = now()
    state = json.dumps({"scene": None, "flags": ["told_adult"], "history": ["a", "b", "c"]})
    connection.execute("BEGIN")
    first = ""
    for p in range(PROFILES):
        profile_id = new_id()
        first = first or profile_id
        connection.execute(
            "INSERT INTO profiles (id, nickname, nickname_key, avatar, track, language, settings,"
            " created_at, last_played_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (profile_id, f"Child {p}", f"child {p}", "owl", "9-11", "en",
             '{"text_size": 1.25, "volume": 80}', stamp, stamp))
        for a, (level_id, _) in enumerate(LEVELS):
            attempt_id = new_id()
            connection.execute(
                "INSERT INTO attempts (id, profile_id, level_id, content_hash, status, started_at,"
                " updated_at, finished_at, ending_id, stars, state)"
                " VALUES (?, ?, ?, ?, 'done', ?, ?, ?, 'good', ?, ?)",
                (attempt_id, profile_id, level_id, "0123456789abcdef", stamp, stamp, stamp,
                 1 + a % 3, state))
            connection.executemany(
                "INSERT INTO choices (attempt_id, seq, scene_id, choice_id, safety, made_at)"
                " VALUES (?, ?, ?, ?, 'safe', ?)",
                [(attempt_id, s + 1, f"scene-{s}", f"choice-{s}", stamp)
                 for s in range(CHOICES_PER_ATTEMPT)])
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return first


def _open_once(path: Path, profile_id: str) -> float:
    started = time.perf_counter()
    store = ProgressStore(path)
    store.level_progress(profile_id, LEVELS)
    profiles = store.list_profiles()
    elapsed = (time.perf_counter() - started) * 1000
    if len(profiles) != PROFILES or store.notices:
        raise RuntimeError(f"unexpected store state: {len(profiles)} {store.notices}")
    store.close()
    return elapsed


def _median_open(path: Path, profile_id: str, repeats: int) -> float:
    return round(statistics.median(_open_once(path, profile_id) for _ in range(repeats)), 1)


if __name__ == "__main__":  # python -m sango_game.progress.bench
    for name, value in measure().items():
        print(f"{name}  {value}")
