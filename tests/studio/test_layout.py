"""The map's layout: layered from the start, and stable when the file changes."""

from __future__ import annotations

from sango_game.studio.graph import read_level_map
from sango_game.studio.layout import lay_out


def test_start_is_first_and_every_choice_goes_right_unless_it_loops(shipped_levels):
    for path in shipped_levels.values():
        level_map = read_level_map(path)
        layout = lay_out(level_map)
        assert set(layout.cells) == set(level_map.nodes)
        assert layout.cells[level_map.start][0] == 0
        assert len(set(layout.cells.values())) == len(layout.cells)  # no two share a cell
        for arrow in level_map.arrows:
            if arrow.target is not None:
                assert layout.cells[arrow.target][0] > layout.cells[arrow.source][0]


def test_same_file_same_layout(shipped_levels):
    path = shipped_levels["12-18"]
    assert lay_out(read_level_map(path)).cells == lay_out(read_level_map(path)).cells


def test_loops_are_laid_out(broken_fixture):
    layout = lay_out(read_level_map(broken_fixture))
    assert layout.cells["loop-a"][0] < layout.cells["loop-b"][0]


def test_ids_keep_their_places_when_the_file_changes(level_copy):
    before_map = read_level_map(level_copy)
    before = lay_out(before_map)
    text = level_copy.read_text(encoding="utf-8")
    # Add a scene the start leads to, and drop an ending's reference by rewording text.
    text = text.replace("scenes:\n", "scenes:\n  - id: brand-new\n    lines:\n"
                        "      - id: n1\n        speaker: narrator\n        text: New.\n"
                        "    choices:\n      - id: on\n        text: On\n        safety: safe\n"
                        "        feedback: Ok.\n        next: pile-on\n", 1)
    level_copy.write_text(text, encoding="utf-8")
    after_map = read_level_map(level_copy)
    after = lay_out(after_map, before)
    assert "brand-new" in after.cells
    for node_id, cell in before.cells.items():
        assert after.cells[node_id] == cell
    assert after.cells["brand-new"] not in before.cells.values()


def test_removed_scene_leaves_the_others_in_place(broken_fixture):
    level_map = read_level_map(broken_fixture)
    before = lay_out(level_map)
    del level_map.nodes["island"]
    level_map.arrows = [a for a in level_map.arrows if a.source != "island"]
    after = lay_out(level_map, before)
    assert "island" not in after.cells
    assert all(after.cells[node_id] == before.cells[node_id] for node_id in after.cells)
