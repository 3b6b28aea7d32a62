"""Very long but valid levels load, with no check recursing once per scene.

The levels are generated here (nothing huge is committed). Each load runs with
Python's recursion limit only a little above the current stack depth, so any
walk that recursed once per scene, line or choice would fail. Speed is
measured in `sango_game/content/bench.py`, not here.
"""

from __future__ import annotations

import inspect
import sys

import pytest
import yaml

from sango_game.content import load_library

SCENES = 5000


def level(scenes: list[dict], endings: list[dict] | None = None, start: str = "s0") -> dict:
    return {
        "id": "long-level", "track": "9-11", "topic": "privacy", "order": 1,
        "title": "Long", "objective": "Test.", "key_lesson": "Test.",
        "teacher_notes": {"duration_minutes": 5, "cop_theme": "Test",
                          "questions": [{"id": "q1", "text": "Why?"}]},
        "cast": [{"id": "sango", "name": "Sango", "picture": "images/characters/sango.svg"}],
        "start": start, "scenes": scenes,
        "endings": endings or [{"id": "end", "outcome": "good", "title": "End",
                                "summary": "Done."}],
    }


def scene(scene_id: str, targets: list[str], lines: int = 1) -> dict:
    return {
        "id": scene_id,
        "lines": [{"id": f"l{index}", "speaker": "narrator", "text": "Go."}
                  for index in range(lines)],
        "choices": [{"id": f"c{index}", "text": "On", "safety": "safe", "feedback": "Ok.",
                     "next": target} for index, target in enumerate(targets)],
    }


def chain(count: int) -> list[dict]:
    return [scene(f"s{index}", [f"s{index + 1}" if index + 1 < count else "end"])
            for index in range(count)]


def write(tmp_path, data: dict):
    path = tmp_path / "9-11" / "long-level.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump(data, default_flow_style=None, width=1000), encoding="utf-8")
    assert path.stat().st_size < 1_000_000
    return path


@pytest.fixture
def shallow_stack():
    """Python's recursion limit set 300 frames above where the test stands."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 300)
    yield
    sys.setrecursionlimit(previous)


def load(path):
    library = load_library(paths=[path])
    assert not library.errors, [finding.format() for finding in library.errors[:3]]
    return library.levels[0]


def test_a_chain_of_thousands_of_scenes_loads(tmp_path, shallow_stack):
    loaded = load(write(tmp_path, level(chain(SCENES))))
    assert len(loaded.scenes) == SCENES
    assert loaded.scene(f"s{SCENES - 1}").choices[0].next == "end"


def test_a_chain_written_backwards_loads(tmp_path, shallow_stack):
    loaded = load(write(tmp_path, level(list(reversed(chain(SCENES))))))
    assert loaded.scenes[0].id == f"s{SCENES - 1}"


def test_a_long_loop_is_found_without_recursion(tmp_path, shallow_stack):
    scenes = chain(SCENES)
    scenes[-1]["choices"].append({"id": "again", "text": "Again", "safety": "mixed",
                                  "feedback": "Ok.", "next": "s0"})
    library = load_library(paths=[write(tmp_path, level(scenes))])
    assert [finding.code for finding in library.findings] == ["SG039"]
    assert library.levels


def test_a_long_dead_end_is_found_without_recursion(tmp_path, shallow_stack):
    scenes = chain(SCENES)
    scenes[-1]["choices"][0]["next"] = "s0"
    library = load_library(paths=[write(tmp_path, level(scenes))])
    codes = {finding.code for finding in library.findings}
    assert "SG022" in codes and "SG023" in codes and not library.levels


def test_thousands_of_lines_in_one_scene(tmp_path, shallow_stack):
    loaded = load(write(tmp_path, level([scene("s0", ["end"], lines=3000)])))
    assert len(loaded.scenes[0].lines) == 3000


def test_thousands_of_choices_give_one_clear_finding(tmp_path, shallow_stack):
    data = level([scene("s0", ["end"] * 3000)])
    library = load_library(paths=[write(tmp_path, data)])
    codes = [finding.code for finding in library.findings]
    assert "SG010" in codes and not library.levels
    assert len(library.findings) < 10


def test_very_long_texts_are_refused_without_quoting_them_whole(tmp_path):
    data = level([scene("s0", ["end"])])
    data["title"] = "word " * 100_000
    data["scenes"][0]["id"] = "s" * 50_000
    library = load_library(paths=[write(tmp_path, data)])
    assert library.errors and not library.levels
    assert all(len(finding.message) < 600 for finding in library.findings)


def test_a_text_full_of_markup_gives_a_few_findings_not_hundreds(tmp_path):
    data = level([scene("s0", ["end"])])
    data["scenes"][0]["lines"][0]["text"] = "<b>" * 600
    data["scenes"][0]["lines"].append({"id": "l9", "speaker": "narrator", "text": "<zz>" * 400})
    library = load_library(paths=[write(tmp_path, data)])
    markup = [finding for finding in library.findings if finding.code == "SG037"]
    assert 2 <= len(markup) <= 8 and not library.levels
