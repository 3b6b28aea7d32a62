"""The teacher PIN gate, with a slow-down after wrong tries that survives restarts.

``check_pin(store, typed)`` says whether the teacher area may open. The PIN
itself is only a salted scrypt hash in the store (``progress.pin``). After
``FREE_TRIES`` wrong PINs in a row, each further try must wait: 5 s, then
10 s, 20 s... up to ``MAX_WAIT_S``. The count and the time of the next allowed
try are kept in the store (teacher setting ``teacher_pin_failures``), so a
script that restarts the program cannot hammer the PIN. A right PIN clears it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sango_game.classroom import texts
from sango_game.progress.records import Problem

FAILURES = "teacher_pin_failures"
FREE_TRIES = 3
FIRST_WAIT_S = 5
MAX_WAIT_S = 300


@dataclass(frozen=True)
class PinCheck:
    """``ok``: the area opens. Otherwise ``problem`` says why; ``wait_s`` is how long
    before the next try is even looked at (0 when it may be tried now)."""

    ok: bool
    problem: Problem | None = None
    wait_s: int = 0


def wait_after(failures: int) -> int:
    """Seconds to wait after this many wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES))


def _failures(store) -> tuple[int, float]:
    stored = store.get_setting(FAILURES, {})
    if not isinstance(stored, dict):
        return 0, 0.0
    count, until = stored.get("count", 0), stored.get("until", 0)
    count = count if isinstance(count, int) and count >= 0 else 0
    until = until if isinstance(until, int | float) else 0.0
    return count, float(until)


def seconds_to_wait(store, clock: Callable[[], float] = time.time) -> int:
    _, until = _failures(store)
    return max(0, int(until - clock() + 0.999))


def check_pin(store, typed: str | None, clock: Callable[[], float] = time.time) -> PinCheck:
    """Check ``typed`` against the stored PIN (no PIN set: the area is open)."""
    if not store.has_teacher_pin():
        return PinCheck(True)
    wait = seconds_to_wait(store, clock)
    if wait:
        return PinCheck(False, Problem("pin-wait", "pin", texts.PIN_WAIT, {"seconds": wait}),
                        wait)
    if typed is not None and store.check_teacher_pin(typed):
        if _failures(store)[0]:
            store.set_setting(FAILURES, {"count": 0, "until": 0})
        return PinCheck(True)
    count = _failures(store)[0] + 1
    wait = wait_after(count)
    store.set_setting(FAILURES, {"count": count, "until": clock() + wait})
    return PinCheck(False, Problem("pin-wrong", "pin", texts.PIN_WRONG), wait)


def change_pin(store, new_pin: str, old_pin: str | None,
               clock: Callable[[], float] = time.time):
    """Set a new PIN; once one is set, the old one must pass ``check_pin`` first.
    Returns a WriteResult, or the failed PinCheck."""
    if store.has_teacher_pin():
        checked = check_pin(store, old_pin, clock)
        if not checked.ok:
            return checked
    return store.set_teacher_pin(new_pin)
