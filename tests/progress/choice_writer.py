"""A child process for the crash and concurrency tests (not a test itself).

Usage: python choice_writer.py DATA_DIR LABEL COUNT

Opens the store in DATA_DIR, makes (or finds) the profile LABEL, starts an
attempt and records COUNT choices with scene id LABEL and choice ids c1, c2...
After each choice is durably committed it prints "ack <n>" and flushes, so the
parent knows exactly which choices were acknowledged. A choice that could not be
saved prints "not-saved <n>" and the process exits with status 3.
"""

from __future__ import annotations

import sys

from sango_game.progress import open_store


def main() -> int:
    data_dir, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = open_store(data_dir)
    profile = store.find_profile(label)
    if profile is None:
        created = store.create_profile(label, "owl", "9-11")
        if not created.saved:
            print(f"not-saved profile {created}", flush=True)
            return 3
        profile = created.value
    started = store.start_attempt(profile.id, f"level-{label}", "hash", {"scene": "s0"})
    if not started.saved:
        print(f"not-saved attempt {started}", flush=True)
        return 3
    print("ready", flush=True)
    for n in range(1, count + 1):
        result = store.record_choice(started.value, label, f"c{n}", "safe", {"scene": f"s{n}"})
        if not result.saved:
            print(f"not-saved {n} {result} {store._db.last_error}", flush=True)
            return 3
        print(f"ack {n}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
