"""A child process for the read-only folder test (not a test itself).

Usage: python readonly_player.py DATA_DIR NICKNAME

Run as a user who may read but not write DATA_DIR. Prints one JSON line after
playing a little, waits for a line on stdin (the parent makes the folder
writable meanwhile), retries saving and prints a second JSON line.
"""

from __future__ import annotations

import json
import sys

from sango_game.progress import open_store


def main() -> int:
    data_dir, nickname = sys.argv[1], sys.argv[2]
    store = open_store(data_dir)
    profile = store.find_profile(nickname)
    attempt = store.start_attempt(profile.id, "l1", "h", {"scene": "s1"})
    choice = store.record_choice(attempt.value, "s1", "c1", "safe", {"scene": "s2"})
    print(json.dumps({
        "found_profile": profile is not None,
        "attempt_ok": attempt.ok, "attempt_saved": attempt.saved,
        "choice_ok": choice.ok, "choice_saved": choice.saved,
        "can_save": store.can_save,
        "resume": store.resume_state(profile.id, "l1"),
        "notices": [n.code for n in store.notices],
    }), flush=True)
    sys.stdin.readline()
    saved_again = store.retry_saving()
    print(json.dumps({
        "saved_again": saved_again, "can_save": store.can_save,
        "notices": [n.code for n in store.notices],
    }), flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
