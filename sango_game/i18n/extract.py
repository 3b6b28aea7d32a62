"""Babel extractor for Sango's level files (entry point `sango_levels`).

Every text of a level becomes a message whose `msgctxt` is its stable ID
(`level-id/scene-id/line-id`, see docs/ARCHITECTURE.md) and whose `#.`
comment tells the translator the level, track and topic, the scene, who says
it and any length limit. `levels/tracks.yaml` and `levels/topics.yaml` give
the track names, ages and descriptions and the topic names, descriptions and
badges (`track/<id>/<field>`,
`topic/<id>/<field>`).

A level is extracted when it matches the schema, even if `sango-game
validate` has other complaints (a missing picture does not stop translation).
A file that cannot be read or does not match the schema yields nothing and is
logged; `sango-game validate` explains what is wrong with it.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from sango_game import resources

log = logging.getLogger(__name__)

TRACK_FIELDS = {
    "name": "the track's name, on the track picker",
    "description": "what the track is about, under its name on the track picker",
    "ages": "the ages the track is for; write the numbers and the dash as your language does",
}
TOPIC_FIELDS = {
    "name": "the topic's name, on the level map",
    "description": "what the topic is about, under its name on the level map",
    "badge": "the badge a child earns for finishing the topic",
}

Extracted = tuple[int, str, tuple[str, str], list[str]]


def extract_levels(
    fileobj: IO[bytes],
    keywords: Collection[str],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[Extracted]:
    """Yield (lineno, "pgettext", (msgctxt, text), [comment]) for one YAML file.

    Babel's extractor protocol; `pgettext` makes Babel file each text under its
    msgctxt. `options` may hold `levels_dir` (where tracks.yaml, topics.yaml and
    schema.json are); by default the folder above the file's track folder, else
    the game's levels folder.
    """
    path = Path(getattr(fileobj, "name", "level.yaml"))
    raw = fileobj.read()
    levels_dir = _levels_dir(path, options)
    if path.name == "tracks.yaml":
        yield from _table_messages(raw, path, "tracks", "track", TRACK_FIELDS)
    elif path.name == "topics.yaml":
        yield from _table_messages(raw, path, "topics", "topic", TOPIC_FIELDS)
    elif path.name == "helplines.yaml":
        yield from _helpline_messages(raw, path)
    else:
        yield from _level_messages(raw, path, levels_dir)


def _levels_dir(path: Path, options: Mapping[str, Any]) -> Path:
    if options.get("levels_dir"):
        return Path(options["levels_dir"])
    for candidate in (path.parent, path.parent.parent):
        if (candidate / "tracks.yaml").is_file():
            return candidate
    return resources.levels_dir()


def _level_messages(raw: bytes, path: Path, levels_dir: Path) -> Iterator[Extracted]:
    from sango_game.content.build import build_level
    from sango_game.content.library import load_tracks
    from sango_game.content.safe_yaml import parse_yaml_bytes
    from sango_game.content.schema_check import check_schema

    document, findings = parse_yaml_bytes(raw, str(path))
    if document is None or not isinstance(document.data, dict):
        log.warning("%s: not extracted (%s)", path, _first(findings, "not a level"))
        return
    schema = levels_dir / "schema.json"
    if not schema.is_file():
        schema = resources.levels_dir() / "schema.json"
    findings = check_schema(document, str(path), schema)
    if findings:
        log.warning("%s: not extracted (%s)", path, _first(findings, "schema"))
        return
    level = build_level(document, str(path))
    tracks, _track_findings = load_tracks(levels_dir)
    limits = next((track.limits for track in tracks if track.id == level.track), {})
    for message in level.messages(limits):
        yield message.line, "pgettext", (message.msgctxt, message.text), [message.comment]


def _table_messages(
    raw: bytes, path: Path, key: str, kind: str, fields: Mapping[str, str]
) -> Iterator[Extracted]:
    """Messages of tracks.yaml or topics.yaml: `<kind>/<id>/<field>`."""
    from sango_game.content.safe_yaml import parse_yaml_bytes

    document, findings = parse_yaml_bytes(raw, str(path))
    rows = document.data.get(key) if document and isinstance(document.data, dict) else None
    if not isinstance(rows, list):
        log.warning("%s: not extracted (%s)", path, _first(findings, f"no `{key}:` list"))
        return
    assert document is not None  # the rows came from it
    found = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict) or "id" not in row:
            continue
        for field, role in fields.items():
            text = row.get(field)
            if not isinstance(text, str) or not text.strip():
                continue
            line = document.where((key, index, field))[0]
            comment = f"{kind.capitalize()} '{row['id']}': {role}."
            found.append((line, "pgettext", (f"{kind}/{row['id']}/{field}", text), [comment]))
    yield from sorted(found, key=lambda message: message[0])  # file order


def _helpline_messages(raw: bytes, path: Path) -> Iterator[Extracted]:
    """`assets/helplines.yaml`: what each help line offers, `helpline/<COUNTRY>/<index>`.

    The service's own name and number are shown as they are, never translated.
    """
    from sango_game.content.safe_yaml import parse_yaml_bytes

    document, findings = parse_yaml_bytes(raw, str(path))
    countries = document.data.get("countries") if document and isinstance(
        document.data, dict) else None
    if not isinstance(countries, dict):
        log.warning("%s: not extracted (%s)", path, _first(findings, "no `countries:`"))
        return
    assert document is not None  # the countries came from it
    found = []
    for code, entries in countries.items():
        for index, entry in enumerate(entries or ()):
            about = entry.get("about") if isinstance(entry, dict) else None
            if not isinstance(about, str) or not about.strip():
                continue
            country = str(code).upper()
            name = entry.get("name") or "no number"
            where = "everywhere" if country == "DEFAULT" else f"country {country}"
            comment = (f"Help screen, {where}: what the help line '{name}' offers. "
                       "The service's name and number are shown as they are.")
            line = document.where(("countries", code, index, "about"))[0]
            found.append((line, "pgettext", (f"helpline/{country}/{index}", about), [comment]))
    yield from sorted(found, key=lambda message: message[0])


def _first(findings, fallback: str) -> str:
    return findings[0].message if findings else fallback
