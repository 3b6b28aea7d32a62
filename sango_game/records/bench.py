"""Learning-records figures for ``sango-game bench``.

- ``records.outbox_choices_per_s``: ``record_choice`` calls per second with
  records on (each one durable commit holding the choice and its outbox row),
  and ``records.plain_choices_per_s`` with records off, for comparison.
- ``records.map_statements_per_s``: outbox rows turned into xAPI statements.
- ``records.send_statements_per_s``: statements per second out through
  ``Sender`` (batches of 50) to a local fake LRS on 127.0.0.1, the outbox
  marked sent after each batch.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sango_game.progress import open_store
from sango_game.records.fake_lrs import FakeLrs
from sango_game.records.jsonl import waiting_statements
from sango_game.records.send import Sender


def measure(quick: bool = False) -> dict[str, float]:
    count = 200 if quick else 2000
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="sango-records-bench-") as folder:
        with open_store(Path(folder) / "warm-up") as store:  # the first store pays start-up
            _choices(store, count // 10)
        for label, enabled in (("outbox", True), ("plain", False)):
            with open_store(Path(folder) / label) as store:
                if enabled:
                    store.enable_records("https://school.example")
                figures[f"records.{label}_choices_per_s"] = _choices(store, count)
                if not enabled:
                    continue
                started = time.perf_counter()
                statements, _ = waiting_statements(store)
                figures["records.map_statements_per_s"] = round(
                    len(statements) / (time.perf_counter() - started))
                with FakeLrs() as lrs:
                    started = time.perf_counter()
                    report = Sender(lrs.url, batch_size=50).send_batches(
                        statements, store.mark_sent, store.set_aside)
                    figures["records.send_statements_per_s"] = round(
                        report.sent / (time.perf_counter() - started))
    return figures


def _choices(store, count: int) -> float:
    profile = store.create_profile("Bench").value
    attempt = store.start_attempt(profile.id, "level-01", "hash").value
    started = time.perf_counter()
    for n in range(count):
        store.record_choice(attempt, f"scene-{n % 9}", "choice-a", "safe", {"scene": n})
    return round(count / (time.perf_counter() - started))
