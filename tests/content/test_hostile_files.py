"""Level files that are not ordinary files never block, and never stop the rest.

Each case sits beside a good level in a levels folder: the good level still
loads, and the bad entry gets its own finding with a stable code.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from sango_game import resources
from sango_game.cli import main
from sango_game.content import load_library
from sango_game.content.discover import MAX_FILES
from sango_game.printable import is_unsafe_char

GOOD = Path(__file__).parent / "fixtures" / "good" / "fixture-good.yaml"
posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX special files")


@pytest.fixture
def levels(tmp_path) -> Path:
    """A levels folder (shipped schema, tracks, topics) holding the good level."""
    folder = tmp_path / "levels"
    (folder / "9-11").mkdir(parents=True)
    for name in ("schema.json", "tracks.yaml", "topics.yaml"):
        shutil.copy(resources.levels_dir() / name, folder / name)
    shutil.copy(GOOD, folder / "9-11" / "fixture-good.yaml")
    return folder


def load(levels: Path):
    library = load_library(levels_dir=levels)
    assert [level.id for level in library.levels] == ["fixture-good"]
    return library


def codes(library) -> list[str]:
    return sorted(finding.code for finding in library.findings)


@posix_only
def test_a_fifo_is_not_waited_for(levels):
    os.mkfifo(levels / "9-11" / "pipe.yaml")
    assert codes(load(levels)) == ["SG041"]


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_links_to_devices(levels, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    (levels / "9-11" / "endless.yaml").symlink_to(device)
    library = load(levels)
    assert codes(library) in (["SG041"], ["SG042"])


@posix_only
def test_explicitly_named_device_link_is_refused_too(tmp_path):
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    library = load_library(paths=[link])
    assert codes(library) == ["SG041"] and library.levels == ()


def test_a_folder_named_like_a_level(levels):
    (levels / "9-11" / "folder.yaml").mkdir()
    (levels / "9-11" / "folder.yaml" / "inner.txt").write_text("x")
    assert codes(load(levels)) == ["SG041"]


def test_an_explicitly_named_folder_named_like_a_level(levels):
    folder = levels / "9-11" / "folder.yaml"
    folder.mkdir()
    library = load_library(paths=[folder])
    assert library.levels == () and library.findings == ()


@posix_only
def test_a_link_to_a_level_outside_the_folder_is_not_read(levels, tmp_path):
    outside = tmp_path / "elsewhere.yaml"
    shutil.copy(GOOD, outside)
    (levels / "9-11" / "linked.yaml").symlink_to(outside)
    library = load(levels)
    assert codes(library) == ["SG042"]
    assert library.findings[0].is_error


@posix_only
def test_a_link_inside_the_folder_is_followed(levels):
    (levels / "12-18").mkdir()
    (levels / "12-18" / "copy.yaml").symlink_to(levels / "9-11" / "fixture-good.yaml")
    library = load_library(levels_dir=levels)
    assert "SG024" in codes(library)  # the same level twice: the copy is skipped


@posix_only
def test_link_loops_do_not_hang(levels):
    (levels / "9-11" / "loop").symlink_to(levels)
    (levels / "9-11" / "self.yaml").symlink_to(levels / "9-11" / "self.yaml")
    (levels / "9-11" / "a.yaml").symlink_to(levels / "9-11" / "b.yaml")
    (levels / "9-11" / "b.yaml").symlink_to(levels / "9-11" / "a.yaml")
    library = load(levels)
    assert set(codes(library)) <= {"SG001", "SG041", "SG042"}
    assert len(library.findings) == 4


@posix_only
def test_a_broken_link(levels):
    (levels / "9-11" / "gone.yaml").symlink_to(levels / "9-11" / "missing.yaml")
    assert codes(load(levels)) == ["SG001"]


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root can read every file")
def test_unreadable_file_and_folder(levels):
    locked = levels / "9-11" / "locked.yaml"
    shutil.copy(GOOD, locked)
    locked.chmod(0)
    folder = levels / "12-18"
    folder.mkdir()
    folder.chmod(0)
    try:
        assert codes(load(levels)) == ["SG001", "SG049"]
    finally:
        folder.chmod(0o755)


def test_deep_folders_stop(levels):
    deep = levels / "9-11"
    for index in range(20):
        deep = deep / f"d{index}"
    deep.mkdir(parents=True)
    assert codes(load(levels)) == ["SG049"]


def test_too_many_files_stop_with_a_finding(levels, monkeypatch):
    monkeypatch.setattr("sango_game.content.discover.MAX_FILES", 50)
    for index in range(60):
        (levels / "9-11" / f"note-{index}.txt").write_text("x")
    library = load_library(levels_dir=levels)
    assert "SG049" in codes(library) and MAX_FILES > 1000


@pytest.mark.parametrize("name", ["a\nb.yaml", "x\x1b[2J.yaml", "\u202eevil.yaml", "tab\t.yaml"])
def test_file_names_with_control_characters(levels, name):
    try:
        (levels / "9-11" / name).write_text("id: x\n")
    except (OSError, ValueError):
        pytest.skip("this file system refuses the name")
    assert codes(load(levels)) == ["SG043"]


@posix_only
def test_file_name_that_is_not_utf8(levels, capsys):
    raw = os.fsencode(levels / "9-11") + b"/caf\xe9.yaml"
    try:
        with open(raw, "w") as handle:
            handle.write("id: x\n")
    except OSError:
        pytest.skip("this file system refuses the name")
    assert codes(load(levels)) == ["SG043"]
    assert main(["validate", str(levels)]) == 1
    assert "SG043" in capsys.readouterr().out


def test_names_that_differ_only_by_case(levels):
    second = levels / "9-11" / "Fixture-Good.yaml"
    if second.exists():
        pytest.skip("case-insensitive file system")
    shutil.copy(GOOD, second)
    library = load_library(levels_dir=levels)
    assert "SG046" in codes(library)


def test_validate_lines_cannot_be_forged(levels, capsys):
    forged = "a\nfake.yaml:1:1: SG000 error: all good\x1b[2J.yaml"
    try:
        (levels / "9-11" / forged).write_text("x")
    except (OSError, ValueError):
        pytest.skip("this file system refuses the name")
    data = GOOD.read_text(encoding="utf-8").replace("id: q1", 'id: "q1\\e[31m\\nfake: SG000"')
    (levels / "9-11" / "esc.yaml").write_text(data, encoding="utf-8")
    assert main(["validate", str(levels)]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert all(not any(is_unsafe_char(char) for char in line) for line in lines)
    assert not any(line.startswith("fake.yaml") for line in lines)
    assert len(lines) == sum(1 for line in lines if " SG0" in line)


def test_validate_json_is_safe_and_round_trips(levels, capsys):
    data = GOOD.read_text(encoding="utf-8").replace(
        "title: The fixture level", 'title: "bad \\e[2J \\x9b1m \\u202e \\u2028 text"')
    (levels / "9-11" / "esc.yaml").write_text(data, encoding="utf-8")
    assert main(["validate", "--json", str(levels / "9-11" / "esc.yaml")]) == 1
    out = capsys.readouterr().out
    assert not any(is_unsafe_char(char) for char in out if char != "\n")
    findings = json.loads(out)
    assert {item["code"] for item in findings} >= {"SG043"}


def test_validate_usage_line_is_safe(capsys):
    assert main(["validate", "no\nsuch\x1b[2J.yaml"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err


def test_tracks_and_topics_with_control_characters_are_skipped(levels):
    tracks = (levels / "tracks.yaml").read_text(encoding="utf-8")
    (levels / "tracks.yaml").write_text(
        tracks.replace("name: Little Explorers", 'name: "\\e[31mLittle Explorers"'),
        encoding="utf-8")
    topics = (levels / "topics.yaml").read_text(encoding="utf-8")
    (levels / "topics.yaml").write_text(topics + '  - id: "x\\u202e"\n    name: Bad\n',
                                        encoding="utf-8")
    library = load_library(levels_dir=levels)
    assert {finding.code for finding in library.findings} >= {"SG043"}
    assert len(library.tracks) == 2
    assert all(topic.id.isascii() for topic in library.topics)
    assert not any(is_unsafe_char(char) for track in library.tracks for char in track.name)


@pytest.mark.parametrize("name", ["nul\x00.yaml", "x" * 5000 + ".yaml"])
def test_validate_names_no_file_can_hold(name, capsys):
    assert main(["validate", name]) == 2
    assert "no such file" in capsys.readouterr().err


def test_an_unexpected_failure_in_one_file_skips_only_that_file(levels, monkeypatch):
    from sango_game.content import library as library_module

    real = library_module.load_level_file

    def failing_for_one(path, *rest):
        if path.name == "boom.yaml":
            raise RuntimeError("a bug in a check")
        return real(path, *rest)

    shutil.copy(GOOD, levels / "9-11" / "boom.yaml")
    monkeypatch.setattr(library_module, "load_level_file", failing_for_one)
    library = load(levels)
    assert codes(library) == ["SG001"] and "boom.yaml" in library.findings[0].path


def test_unreadable_file_and_folder_even_as_root(levels, monkeypatch):
    """Permission errors simulated, so the test runs for every user (root reads anything)."""
    import sango_game.content.discover as discover
    import sango_game.safe_files as safe_files

    locked = levels / "9-11" / "locked.yaml"
    shutil.copy(GOOD, locked)
    (levels / "12-18").mkdir()
    real_open, real_scandir = os.open, os.scandir

    def open_refusing(path, *args, **kwargs):
        if str(path).endswith("locked.yaml"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    def scandir_refusing(path):
        if str(path).endswith("12-18"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(safe_files.os, "open", open_refusing)
    monkeypatch.setattr(discover.os, "scandir", scandir_refusing)
    library = load(levels)
    assert codes(library) == ["SG001", "SG049"]


@posix_only
def test_the_game_starts_with_a_hostile_levels_folder(tmp_path, monkeypatch):
    """The real app on a resources folder full of hostile files starts; good levels load."""
    pytest.importorskip("pygame")
    from sango_game.ui.pilot import Pilot

    root = tmp_path / "resources"
    shutil.copytree(resources.levels_dir(), root / "levels")
    (root / "locale").symlink_to(resources.locale_dir())
    shutil.copytree(resources.assets_dir(), root / "assets")
    (root / "assets" / "images" / "huge.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"/>')
    hostile = root / "levels" / "9-11"
    os.mkfifo(hostile / "pipe.yaml")
    (hostile / "zero.yaml").symlink_to("/dev/zero")
    (hostile / "loop").symlink_to(root / "levels")
    (hostile / "folder.yaml").mkdir()
    (hostile / "deep.yaml").write_bytes(b"[" * 100_000)
    (hostile / "a\x1b[2J.yaml").write_text("id: x\n")
    data = GOOD.read_text(encoding="utf-8").replace("images/characters/amara.svg",
                                                      "images/huge.svg")
    (hostile / "huge-picture.yaml").write_text(data, encoding="utf-8")
    monkeypatch.setenv("SANGO_RESOURCES", str(root))
    pilot = Pilot.start()
    try:
        library = pilot.app.services.library
        assert pilot.screen_name == "title"
        assert len(library.levels) >= 3  # the shipped levels still load
        assert {"SG003", "SG041", "SG042", "SG043", "SG047"} <= {f.code for f in library.findings}
    finally:
        pilot.close()


@posix_only
@pytest.mark.parametrize("name", ["tracks.yaml", "topics.yaml"])
def test_tracks_or_topics_file_that_is_a_fifo(levels, name):
    (levels / name).unlink()
    os.mkfifo(levels / name)
    library = load_library(levels_dir=levels)
    assert "SG041" in codes(library)


def test_printable_escapes_undecodable_file_name_bytes():
    from sango_game.printable import printable

    assert printable(os.fsdecode(b"caf\xe9.yaml")) == "caf\\udce9.yaml"
