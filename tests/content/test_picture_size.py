"""Pictures that are small files but declare huge sizes are refused, never decoded.

The validator reports them (SG047) and the game's picture loader shows a
placeholder instead, both through the same pure function.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from sango_game import resources
from sango_game.content import load_library
from sango_game.content.picture_size import (
    MAX_SIDE,
    check_picture_bytes,
    check_picture_file,
    raster_size,
)


def png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + header
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)))


def jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x00" * 9
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def svg(attributes: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<!-- a comment -->\n<svg xmlns="http://www.w3.org/2000/svg" '
            f'{attributes}><rect width="10" height="10"/></svg>').encode()


HUGE = {
    "svg width/height": svg('width="100000" height="100000"'),
    "svg in inches": svg('width="2000in" height="2000in"'),
    "svg exponent": svg('width="1e9" height="10"'),
    "svg viewBox only": svg('viewBox="0 0 100000 100000"'),
    "svg one side and viewBox": svg('width="90000" viewBox="0 0 1 1"'),
    "svg root after a decoy in a comment": (b'<!-- <svg width="1" height="1"> -->'
                                            + svg('width="100000" height="100000"')),
    "svg entities": b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]><svg width="10" height="10"/>',
    "png header": png(60000, 60000),
    "png too many pixels": png(MAX_SIDE, MAX_SIDE),
    "jpeg": jpeg(60000, 60000),
    "gif": b"GIF89a" + struct.pack("<HH", 65535, 65535) + b"\x00" * 10,
    "bmp": b"BM" + b"\x00" * 16 + struct.pack("<ii", 50000, -50000) + b"\x00" * 30,
}
SUFFIX = {"png": ".png", "jpeg": ".jpg", "gif": ".gif", "bmp": ".bmp"}


@pytest.mark.parametrize("name", HUGE)
def test_huge_declared_sizes_are_refused(name):
    suffix = next((ending for key, ending in SUFFIX.items() if name.startswith(key)), ".svg")
    check = check_picture_bytes(HUGE[name], suffix)
    assert not check.ok and check.problem


def test_ordinary_sizes_pass():
    assert check_picture_bytes(svg('width="512" height="512" viewBox="0 0 512 512"'), ".svg").size \
        == (512, 512)
    assert check_picture_bytes(svg('viewBox="0 0 1600 900"'), ".svg").size == (1600, 900)
    assert check_picture_bytes(svg('width="10cm" height="5cm"'), ".svg").ok
    assert check_picture_bytes(svg('width="100%" height="100%"'), ".svg").ok
    assert check_picture_bytes(png(640, 480), ".png").size == (640, 480)
    assert raster_size(jpeg(800, 600)) == (800, 600)


@pytest.mark.parametrize("data", [b"", b"not a picture", png(0, 10), b"\x89PNG\r\n\x1a\n",
                                  b"\xff\xd8\xff", svg('width="-5" height="5"'),
                                  svg('width="nan" height="5"'), svg('viewBox="0 0 inf 5"')])
def test_damaged_or_nonsense_headers_are_refused_without_a_crash(data):
    suffix = ".svg" if b"svg" in data else ".png"
    assert not check_picture_bytes(data, suffix).ok


def test_every_shipped_picture_passes():
    pictures = sorted((resources.assets_dir() / "images").rglob("*.svg"))
    assert pictures
    for path in pictures:
        data, check = check_picture_file(path)
        assert check.ok and data, (path, check)


@pytest.fixture
def assets(tmp_path) -> Path:
    folder = tmp_path / "assets"
    shutil.copytree(resources.assets_dir() / "images", folder / "images")
    shutil.copytree(resources.assets_dir() / "advice", folder / "advice")
    return folder


@pytest.mark.parametrize("name", ["svg width/height", "png header"])
def test_validator_reports_a_huge_picture(good_level, write_level, assets, name):
    suffix = ".png" if name.startswith("png") else ".svg"
    (assets / "images" / f"huge{suffix}").write_bytes(HUGE[name])
    good_level["cast"][0]["picture"] = f"images/huge{suffix}"
    library = load_library(paths=[write_level(good_level)], assets_dir=assets)
    assert [finding.code for finding in library.findings] == ["SG047"]
    assert library.levels == ()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_validator_does_not_wait_on_a_picture_that_is_a_fifo(good_level, write_level, assets):
    os.mkfifo(assets / "images" / "pipe.svg")
    (assets / "images" / "zero.svg").symlink_to("/dev/zero")
    good_level["cast"][0]["picture"] = "images/pipe.svg"
    good_level["cast"][1]["picture"] = "images/zero.svg"
    library = load_library(paths=[write_level(good_level)], assets_dir=assets)
    assert sorted(finding.code for finding in library.findings) == ["SG028", "SG047"]


def test_the_game_shows_a_placeholder_instead_of_decoding(assets):
    pygame = pytest.importorskip("pygame")
    from sango_game.ui.images import ImageCache, placeholder

    (assets / "images" / "huge.svg").write_bytes(HUGE["svg width/height"])
    (assets / "images" / "huge.png").write_bytes(HUGE["png header"])
    pygame.init()
    cache = ImageCache(assets)
    for name in ("huge.svg", "huge.png"):
        surface = cache.get(name, (64, 48))
        assert surface.get_size() == (64, 48)
        assert cache.fit_size(name, (64, 48))[0] <= 64
    assert {problem.code for problem in cache.problems} == {"UI-IMG-REFUSED"}
    expected = placeholder((64, 48))
    assert pygame.image.tobytes(cache.get("huge.svg", (64, 48)), "RGBA") == \
        pygame.image.tobytes(expected, "RGBA")
