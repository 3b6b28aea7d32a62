"""The studio driven headlessly: open, select, findings, reload, file dialog, play."""

from __future__ import annotations

import pygame
import pygame_gui


def test_open_a_level_shows_its_map(studio_factory, shipped_levels):
    studio = studio_factory(shipped_levels["9-11"])
    level_map = studio.level_map
    assert level_map.level is not None
    assert set(studio.layout.cells) == set(level_map.nodes)
    assert studio.selected == level_map.start
    assert "6 scenes, 4 endings, 0 errors" in studio.chrome.status.text


def test_broken_fixture_marks_and_findings_panel(studio_factory, broken_fixture):
    studio = studio_factory(broken_fixture)
    nodes = studio.level_map.nodes
    assert nodes["island"].marks == ["unreachable"]
    assert nodes["lonely"].marks == ["never reached"]
    assert nodes["nowhere"].kind == "missing"
    items = [item["text"] for item in studio.chrome.findings.item_list]
    assert len(items) == len(studio.level_map.findings)
    assert any("SG021" in item and "line 54" in item for item in items)


def test_clicking_a_finding_selects_its_scene(studio_factory, broken_fixture):
    studio = studio_factory(broken_fixture)
    index = next(i for i, f in enumerate(studio.level_map.findings) if f.code == "SG021")
    row = studio.chrome.findings.item_list[index]
    assert row["button_element"] is not None, "the row is scrolled out of view"
    studio.click(row["button_element"].rect.center)
    assert studio.selected == "island"
    assert studio.finding_index == index
    said = []
    studio.say = said.append
    studio.post_key(pygame.K_e)
    assert said == [f"{broken_fixture}:54"]
    assert f"{broken_fixture}:54" in studio.chrome.status.text


def test_pointing_at_a_marked_box_says_what_is_wrong(studio_factory, broken_fixture):
    studio = studio_factory(broken_fixture)
    centre = studio.map_view.node_rect(studio.layout, "island").center
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=centre, rel=(0, 0),
                                         buttons=(0, 0, 0)))
    studio.step()
    assert "SG021" in studio.chrome.status.text and "island" in studio.chrome.status.text


def test_keyboard_alone_walks_findings_and_scenes(studio_factory, broken_fixture):
    studio = studio_factory(broken_fixture)
    studio.post_key(pygame.K_RIGHTBRACKET)
    assert studio.finding_index == 0
    for _ in range(len(studio.level_map.findings)):
        studio.post_key(pygame.K_RIGHTBRACKET)
        finding = studio.level_map.findings[studio.finding_index]
        node = studio.level_map.node_at_line(finding.line)
        if node is not None:
            assert studio.selected == node.id
    seen = set()
    for _ in range(len(studio.layout.cells)):
        studio.post_key(pygame.K_TAB)
        seen.add(studio.selected)
    assert seen == set(studio.layout.cells)


def test_clicking_a_node_selects_it_and_pan_zoom_move_the_map(studio_factory, shipped_levels):
    studio = studio_factory(shipped_levels["12-18"])
    view = studio.map_view
    target = next(node_id for node_id in studio.layout.cells if node_id != studio.selected)
    studio.map_view.show(studio.layout, target)
    studio.click(view.node_rect(studio.layout, target).center)
    assert studio.selected == target
    before = view.node_rect(studio.layout, target)
    studio.post_key(pygame.K_LEFT)
    assert view.node_rect(studio.layout, target).x > before.x
    zoom = view.zoom
    studio.post_key(pygame.K_EQUALS)
    assert view.zoom > zoom
    studio.post_key(pygame.K_MINUS)
    studio.post_key(pygame.K_MINUS)
    assert view.zoom < zoom


def test_a_file_change_reloads_and_a_broken_file_shows_findings(studio_factory, level_copy):
    studio = studio_factory(level_copy)
    reloads = studio.reloads
    cells = dict(studio.layout.cells)
    text = level_copy.read_text(encoding="utf-8")
    level_copy.write_text(text.replace("next: it-spread", "next: it-spreads", 1),
                          encoding="utf-8")
    assert studio.watch.poll()
    studio.step()
    assert studio.reloads == reloads + 1
    assert "it-spreads" in studio.level_map.nodes
    assert any(f.code == "SG020" for f in studio.level_map.findings)
    assert all(studio.layout.cells[node_id] == cell for node_id, cell in cells.items())
    level_copy.write_text("scenes: [oops\n", encoding="utf-8")
    studio.watch.poll()
    studio.step()
    assert studio.level_map.nodes == {}
    assert [f.code for f in studio.level_map.findings] == ["SG002"]
    level_copy.write_text(text, encoding="utf-8")
    studio.watch.poll()
    studio.step()
    assert studio.level_map.level is not None


def test_the_thread_notices_a_change_by_itself(studio_factory, level_copy):
    studio = studio_factory(level_copy, poll_s=0.05)
    level_copy.write_text(level_copy.read_text(encoding="utf-8") + "\n# more\n",
                          encoding="utf-8")
    assert studio.watch._changed.wait(10)  # set by the polling thread, not by this test
    reloads = studio.reloads
    studio.step()
    assert studio.reloads == reloads + 1


def test_file_dialog_opens_a_level(studio_factory, shipped_levels):
    studio = studio_factory(None)
    assert studio.level_map is None
    studio.post_key(pygame.K_o, mod=pygame.KMOD_CTRL)
    dialog = studio.dialog
    assert dialog is not None and dialog.alive()
    wanted = shipped_levels["under-9"]
    dialog.file_path_text_line.set_text(str(wanted))
    pygame.event.post(pygame.event.Event(pygame_gui.UI_TEXT_ENTRY_FINISHED,
                                         text=str(wanted), ui_element=dialog.file_path_text_line,
                                         ui_object_id="#file_path_text_line"))
    studio.step()
    assert dialog.ok_button.is_enabled
    studio.click(dialog.ok_button.rect.center)
    assert studio.path == wanted
    assert studio.level_map.level is not None and studio.level_map.level.track == "under-9"
    assert not dialog.alive()


def test_file_dialog_by_keyboard_alone(studio_factory, shipped_levels):
    studio = studio_factory(shipped_levels["9-11"])
    studio.post_key(pygame.K_o, mod=pygame.KMOD_CTRL)
    dialog = studio.dialog
    assert dialog.file_path_text_line.is_focused
    wanted = shipped_levels["12-18"]
    dialog.file_path_text_line.set_text(str(wanted))
    studio.post_key(pygame.K_RETURN)
    assert not dialog.alive()
    assert studio.path == wanted
    studio.post_key(pygame.K_o, mod=pygame.KMOD_CTRL)
    assert studio.dialog.alive()
    studio.post_key(pygame.K_ESCAPE)
    assert not studio.dialog.alive() and studio.path == wanted


def test_preview_in_each_language_and_size(studio_factory, shipped_levels):
    studio = studio_factory(shipped_levels["9-11"])
    languages = studio.languages
    assert "en" in languages
    for _ in languages:
        studio.post_key(pygame.K_l)
    assert studio.lang == "en"
    studio.post_key(pygame.K_s)
    assert studio.window_size == "1024x600"
    studio.post_key(pygame.K_t)
    assert studio.look == "under-9"


def test_the_preview_can_start_in_another_language(studio_factory, shipped_levels):
    studio = studio_factory(shipped_levels["9-11"], lang="ar")
    assert studio.lang == "ar" and studio.languages[0] == "ar"
    assert set(studio.languages) >= {"en", "ar"}


def test_ending_shows_its_shortest_path_and_stars(studio_factory, shipped_levels):
    studio = studio_factory(shipped_levels["9-11"])
    from sango_game.studio import actions

    actions.select(studio, "stood-up")
    rows = [item["text"] for item in studio.chrome.paths.item_list]
    assert rows[0].startswith("Shortest (4 choices, 3 stars)")
    assert len(rows) > 1
    assert studio.path_choices[0] == ("group-chat", "screenshot")
    row = studio.chrome.paths.item_list[2]
    studio.click(row["button_element"].rect.center)
    assert studio.path_choices == studio.path_rows[row["text"]]
    assert studio.path_choices != studio.path_rows[rows[0]]


def test_play_from_here_with_flags_to_an_ending(studio_factory, shipped_levels):
    studio = studio_factory(shipped_levels["9-11"])
    from sango_game.studio import actions

    actions.select(studio, "next-morning")
    studio.chrome.flags_entry.set_text("has_evidence")
    studio.post_key(pygame.K_p)
    player = studio.player
    assert player is not None and player.alive
    assert player.runner.flags == frozenset({"has_evidence"})
    choices = [choice.id for choice in player.runner.view().choices]
    assert choices
    studio.post_key(pygame.K_1)
    assert player.feedback
    studio.post_key(pygame.K_RETURN)
    assert player.runner.finished and player.finished
    studio.post_key(pygame.K_ESCAPE)
    assert not player.alive


def test_play_from_here_refuses_a_broken_file(studio_factory, broken_fixture):
    studio = studio_factory(broken_fixture)
    studio.post_key(pygame.K_p)
    assert studio.player is None
    assert "without errors" in studio.chrome.status.text


def test_the_studio_never_writes_the_level(studio_factory, level_copy):
    before = (level_copy.read_bytes(), level_copy.stat().st_mtime_ns)
    studio = studio_factory(level_copy)
    for key in (pygame.K_TAB, pygame.K_p, pygame.K_1, pygame.K_RETURN, pygame.K_F5, pygame.K_e):
        studio.post_key(key)
    studio.post_key(pygame.K_q, mod=pygame.KMOD_CTRL)
    assert not studio.running
    assert (level_copy.read_bytes(), level_copy.stat().st_mtime_ns) == before
