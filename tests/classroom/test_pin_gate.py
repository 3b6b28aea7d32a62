"""The teacher PIN: only a hash on disk, a wrong PIN refused, and a slow-down that persists."""

from __future__ import annotations

from sango_game.classroom import pin_gate
from sango_game.progress import open_store


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_no_pin_means_open_and_the_pin_is_only_a_hash(store):
    assert pin_gate.check_pin(store, None).ok
    assert pin_gate.change_pin(store, "4821", None).ok
    store.close()
    raw = store.path.read_bytes() + b"".join(
        p.read_bytes() for p in store.path.parent.glob("progress.db-*"))
    assert b"4821" not in raw
    with open_store(store.data_dir) as again:
        assert again.get_setting("teacher_pin_hash").startswith("scrypt$")
        assert pin_gate.check_pin(again, "4821").ok


def test_a_wrong_pin_is_refused_and_the_old_pin_is_needed_to_change_it(store):
    pin_gate.change_pin(store, "4821", None)
    checked = pin_gate.check_pin(store, "1234")
    assert not checked.ok and checked.problem.code == "pin-wrong"
    assert not pin_gate.change_pin(store, "9999", "1111").ok
    assert pin_gate.change_pin(store, "9999", "4821").ok
    assert pin_gate.check_pin(store, "9999").ok


def test_repeated_wrong_pins_slow_further_tries_even_after_a_restart(store):
    clock = Clock()
    pin_gate.change_pin(store, "4821", None)
    for _ in range(pin_gate.FREE_TRIES - 1):
        assert pin_gate.check_pin(store, "0000", clock).wait_s == 0
    assert pin_gate.check_pin(store, "0000", clock).wait_s == pin_gate.FIRST_WAIT_S
    store.close()
    with open_store(store.data_dir) as again:
        waiting = pin_gate.check_pin(again, "4821", clock)  # even the right PIN must wait
        assert not waiting.ok and waiting.problem.code == "pin-wait"
        clock.now += pin_gate.FIRST_WAIT_S
        assert pin_gate.check_pin(again, "0000", clock).wait_s == 2 * pin_gate.FIRST_WAIT_S
        clock.now += 2 * pin_gate.FIRST_WAIT_S
        assert pin_gate.check_pin(again, "4821", clock).ok
        assert pin_gate.check_pin(again, "0000", clock).wait_s == 0  # the count starts over


def test_the_wait_grows_and_has_a_ceiling():
    waits = [pin_gate.wait_after(n) for n in range(1, 20)]
    assert waits == sorted(waits)
    assert waits[-1] == pin_gate.MAX_WAIT_S
