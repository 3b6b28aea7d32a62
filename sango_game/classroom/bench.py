"""Classroom figures for ``sango-game bench``: the class report for 30 pupils x 44 levels.

The class has a term of play: every pupil played every one of 44 levels twice
(one finished attempt, one abandoned or finished again) with 5 choices each,
so 2,640 attempts and 13,200 choices. The rows are written straight with SQL;
the 44 levels are copies of a shipped level with their own ids and topics.

- ``classroom.report_30x44_ms``: ``build_report`` (the two queries and the
  model) - what the teacher screen waits for; the issue asks for under 1 s;
- ``classroom.report_csv_ms`` / ``report_html_ms`` / ``report_pdf_ms``: each writer;
- ``classroom.certificates_30_ms``: 30 certificate pages.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

PUPILS = 30
LEVELS = 44
CHOICES_PER_ATTEMPT = 5
TOPICS = ("cyberbullying", "privacy", "stranger-contact", "misinformation",
          "scams-and-passwords", "wellbeing")


def _levels():
    from sango_game.content import load_library

    library = load_library()
    # a level whose first scene has safe and unsafe answers, so every part of the
    # report (topic shares, tricky moments) has work to do
    model = next((level for level in library.levels
                  if {"safe", "unsafe"} <= {c.safety for c in level.scenes[0].choices}),
                 next(level for level in library.levels if level.scenes[0].choices))
    levels = [replace(model, id=f"bench-{n:02}", topic=TOPICS[n % len(TOPICS)], track="9-11")
              for n in range(LEVELS)]
    return levels, library.topics


def _seed(folder: Path):
    from sango_game.classroom import classes
    from sango_game.progress import open_store
    from sango_game.progress.ids import new_id, now

    levels, topics = _levels()
    store = open_store(folder)
    info = classes.create_class(store, "Bench 4B", track="9-11").value
    pupils = [classes.add_pupil(store, info, f"Pupil {n:02}").value for n in range(PUPILS)]
    path = store.path
    store.close()
    rng = random.Random(7)
    attempts, choices = [], []
    stamp = now()
    for pupil in pupils:
        for level in levels:
            for status in ("done", rng.choice(("done", "abandoned"))):
                attempt_id = new_id()
                attempts.append((attempt_id, pupil.id, level.id, level.content_hash, status,
                                 stamp, stamp, stamp, level.endings[0].id,
                                 rng.randint(1, 3) if status == "done" else None))
                scene = level.scenes[0]
                for seq in range(1, CHOICES_PER_ATTEMPT + 1):
                    choice = rng.choice(scene.choices)
                    choices.append((attempt_id, seq, scene.id, choice.id, choice.safety, stamp))
    with sqlite3.connect(path) as db:
        db.executemany("INSERT INTO attempts (id, profile_id, level_id, content_hash, status, "
                       "started_at, updated_at, finished_at, ending_id, stars) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", attempts)
        db.executemany("INSERT INTO choices (attempt_id, seq, scene_id, choice_id, safety, "
                       "made_at) VALUES (?, ?, ?, ?, ?, ?)", choices)
    db.close()
    return levels, topics


def _median_ms(action, runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def measure(quick: bool = False) -> dict[str, float]:
    from sango_game.classroom import (
        certificates,
        classes,
        report,
        report_csv,
        report_html,
        report_pdf,
    )
    from sango_game.progress import open_store

    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="sango-bench-class-") as folder:
        levels, topics = _seed(Path(folder))
        with open_store(folder) as store:
            info = classes.find_class(store, "Bench 4B")
            figures = {"classroom.report_30x44_ms": _median_ms(
                lambda: report.build_report(store, info, levels, topics), runs)}
            data = report.build_report(store, info, levels, topics)
            out = Path(folder)
            figures["classroom.report_csv_ms"] = _median_ms(
                lambda: report_csv.write_report_csv(data, out / "r.csv"), runs)
            figures["classroom.report_html_ms"] = _median_ms(
                lambda: report_html.write_report_html(data, out / "r.html"), runs)
            figures["classroom.report_pdf_ms"] = _median_ms(
                lambda: report_pdf.write_report_pdf(data, out / "r.pdf"), 1 if quick else 3)
            figures["classroom.certificates_30_ms"] = _median_ms(
                lambda: certificates.write_certificates(store, info, levels, out / "c.pdf"), 1)
    return figures
