"""Load every level, track and topic; skip and report bad files, keep the rest.

The game and `sango-game validate` both load levels through this module, so a
file the validator passes is exactly a file the game plays.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sango_game import resources
from sango_game.content.advice_check import check_advice
from sango_game.content.build import build_level
from sango_game.content.checks import CheckContext, check_level, forget_file_cache
from sango_game.content.discover import find_level_files
from sango_game.content.findings import Finding, error
from sango_game.content.model import Level, Topic, Track
from sango_game.content.safe_yaml import Document, read_yaml
from sango_game.content.schema_check import check_schema
from sango_game.content.text_safety import check_text_safety
from sango_game.resources import shown_path

TRACK_ORDER = ("under-9", "9-11", "12-18")


@dataclass(frozen=True)
class Library:
    """All levels that loaded cleanly, the tracks and topics, and what was wrong."""

    levels: tuple[Level, ...]
    tracks: tuple[Track, ...]
    topics: tuple[Topic, ...]
    findings: tuple[Finding, ...]

    def level(self, level_id: str) -> Level | None:
        return next((level for level in self.levels if level.id == level_id), None)

    def track(self, track_id: str) -> Track | None:
        return next((track for track in self.tracks if track.id == track_id), None)

    def topic(self, topic_id: str) -> Topic | None:
        return next((topic for topic in self.topics if topic.id == topic_id), None)

    def levels_in(self, track_id: str) -> tuple[Level, ...]:
        return tuple(level for level in self.levels if level.track == track_id)

    def next_level(self, level_id: str) -> Level | None:
        """The level after this one in its track, in map order."""
        current = self.level(level_id)
        if current is None:
            return None
        same_track = self.levels_in(current.track)
        index = same_track.index(current)
        return same_track[index + 1] if index + 1 < len(same_track) else None

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.is_error)


def load_tracks(levels_dir: Path) -> tuple[tuple[Track, ...], list[Finding]]:
    path = levels_dir / "tracks.yaml"
    document, findings = read_yaml(path, shown_path(path))
    tracks: list[Track] = []
    if document is None:
        return (), findings
    rows = document.data.get("tracks") if isinstance(document.data, dict) else None
    if not isinstance(rows, list):
        findings.append(error("SG040", shown_path(path), (1, 1), "expected a `tracks:` list"))
    for index, row in enumerate(rows or ()):
        unsafe = check_text_safety(document, shown_path(path), ("tracks", index))
        if unsafe:
            findings.extend(unsafe)
            continue
        try:
            tracks.append(Track(
                id=str(row["id"]), name=str(row["name"]), ages=str(row.get("ages", "")),
                description=str(row.get("description", "")),
                can_fail=bool(row.get("can_fail", True)),
                limits={str(k): int(v) for k, v in dict(row.get("limits") or {}).items()},
            ))
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
            findings.append(error("SG040", shown_path(path), document.where(("tracks", index)),
                                  "each track needs an id and a name"))
    order = {track_id: index for index, track_id in enumerate(TRACK_ORDER)}
    tracks.sort(key=lambda track: order.get(track.id, len(order)))
    return tuple(tracks), findings


def load_topics(levels_dir: Path) -> tuple[tuple[Topic, ...], list[Finding]]:
    path = levels_dir / "topics.yaml"
    document, findings = read_yaml(path, shown_path(path))
    topics: list[Topic] = []
    if document is None:
        return (), findings
    rows = document.data.get("topics") if isinstance(document.data, dict) else None
    if not isinstance(rows, list):
        findings.append(error("SG040", shown_path(path), (1, 1), "expected a `topics:` list"))
    for index, row in enumerate(rows or ()):
        unsafe = check_text_safety(document, shown_path(path), ("topics", index))
        if unsafe:
            findings.extend(unsafe)
            continue
        try:
            topics.append(Topic(id=str(row["id"]), name=str(row["name"]),
                                description=str(row.get("description", "")),
                                badge=str(row.get("badge", row["name"])),
                                tracks=tuple(str(t) for t in row.get("tracks") or ())))
        except (KeyError, TypeError, AttributeError):
            findings.append(error("SG040", shown_path(path), document.where(("topics", index)),
                                  "each topic needs an id and a name"))
    return tuple(topics), findings


def check_context(tracks, topics, assets_dir: Path, path: Path | None = None) -> CheckContext:
    return CheckContext(
        tracks={track.id: track for track in tracks},
        topics=frozenset(topic.id for topic in topics),
        topic_tracks={topic.id: topic.tracks for topic in topics if topic.tracks},
        assets_dir=assets_dir,
        file_stem=path.stem if path else None,
        folder=path.parent.name if path else None,
    )


def load_level_file(path: Path, context: CheckContext,
                    schema_path: Path | None = None) -> tuple[Level | None, list[Finding]]:
    """Read, check and build one level. The level is None when there is any error."""
    shown = shown_path(path)
    document, findings = read_yaml(path, shown)
    if document is None:
        return None, findings
    level, more = level_from_document(document, shown, context, schema_path)
    findings.extend(more)
    return (level if not any(f.is_error for f in findings) else None), findings


def level_from_document(document: Document, shown: str, context: CheckContext,
                        schema_path: Path | None = None) -> tuple[Level | None, list[Finding]]:
    """Check and build a level from parsed data (a file, or generated data)."""
    findings: list[Finding] = []
    if not isinstance(document.data, dict):
        kind = "a list" if isinstance(document.data, list) else "a single value"
        findings.append(error("SG010", shown, document.where(()),
                              f"a level file must be a mapping (id:, title:, scenes: ...), "
                              f"but this file holds {kind}"))
        return None, findings
    findings.extend(check_text_safety(document, shown))
    schema = schema_path or (resources.levels_dir() / "schema.json")
    schema_findings = check_schema(document, shown, schema)
    # An ID already explained (SG043/SG045) needs no second, vaguer schema finding.
    explained = {(finding.line, finding.col) for finding in findings}
    findings.extend(finding for finding in schema_findings
                    if finding.code != "SG010" or (finding.line, finding.col) not in explained)
    if schema_findings:
        return None, findings
    findings.extend(check_level(document, shown, context))
    if any(finding.is_error for finding in findings):
        return None, findings
    return build_level(document, shown), findings


def level_files(paths: list[Path]) -> list[Path]:
    """Level files under the given files and folders (tracks/topics files excluded).

    See `discover.find_level_files` for what is skipped, and why.
    """
    return find_level_files(paths)[0]


PARALLEL_FROM = 200  # files; below this, starting worker processes costs more than it saves


def _load_job(job: tuple[Path, CheckContext, Path]) -> tuple[Level | None, list[Finding]]:
    """One file's result. A check that fails unexpectedly costs that file only."""
    try:
        return load_level_file(*job)
    except Exception as problem:  # noqa: BLE001 - the last guard: one file never stops the rest
        return None, [error("SG001", shown_path(job[0]), (1, 1),
                            f"this file could not be checked ({type(problem).__name__}); "
                            "it is skipped. Please report this to the Sango developers")]


def _load_all(jobs: list) -> list[tuple[Level | None, list[Finding]]]:
    """`_load_jobs` with the cyclic garbage collector paused: loading makes many small
    objects and no cycles, and the collector's passes over them cost a third of the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_jobs(jobs)
    finally:
        if collecting:
            gc.enable()


def _load_jobs(jobs: list) -> list[tuple[Level | None, list[Finding]]]:
    """Load every file; a big library (an author's folder of hundreds) uses every core.

    The game's own few dozen levels load in this process. Results keep file order.
    """
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2 or multiprocessing.parent_process():
        return [_load_job(job) for job in jobs]
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform: one process is fine
        return [_load_job(job) for job in jobs]
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return list(pool.map(_load_job, jobs, chunksize=max(8, len(jobs) // (workers * 4))))


def load_library(levels_dir: Path | None = None, assets_dir: Path | None = None,
                 paths: list[Path] | None = None) -> Library:
    """Load tracks, topics and levels. Bad files are reported in `findings` and skipped."""
    levels_dir = levels_dir or resources.levels_dir()
    assets_dir = assets_dir or resources.assets_dir()
    forget_file_cache()
    tracks, findings = load_tracks(levels_dir)
    topics, topic_findings = load_topics(levels_dir)
    findings.extend(topic_findings)
    schema_path = levels_dir / "schema.json"
    levels: list[Level] = []
    seen: dict[str, str] = {}
    files, listing_findings = find_level_files(paths or [levels_dir])
    findings.extend(listing_findings)
    jobs = [(path, check_context(tracks, topics, assets_dir, path), schema_path)
            for path in files]
    schema_findings: set[Finding] = set()
    for level, level_findings in _load_all(jobs):
        for finding in level_findings:
            if finding.code == "SG048":  # the schema's problem: told once, not per level
                if finding in schema_findings:
                    continue
                schema_findings.add(finding)
            findings.append(finding)
        if level is None:
            continue
        if level.id in seen:
            findings.append(error("SG024", level.path, level.positions.get(("id",), (1, 1)),
                                  f"level ID '{level.id}' is also used by {seen[level.id]}; "
                                  "this copy is skipped"))
            continue
        seen[level.id] = level.path
        levels.append(level)
    track_rank = {track.id: index for index, track in enumerate(tracks)}
    topic_rank = {topic.id: index for index, topic in enumerate(topics)}
    levels.sort(key=lambda level: (track_rank.get(level.track, 99),
                                   topic_rank.get(level.topic, 99), level.order, level.id))
    findings.extend(check_advice(levels, assets_dir / "advice" / "never-say.yaml"))
    return Library(tuple(levels), tracks, topics, tuple(findings))
