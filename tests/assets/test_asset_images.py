"""Every picture in assets/images loads in pygame-ce's SVG renderer, is not blank, keeps to the
SVG subset nanosvg draws, and is listed in the images README."""

from __future__ import annotations

import pathlib
import re
import xml.etree.ElementTree as ET

import pygame
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]

IMAGES = REPO / "assets" / "images"
SVG_FILES = sorted(IMAGES.rglob("*.svg"))
SVG_IDS = [p.relative_to(IMAGES).as_posix() for p in SVG_FILES]

# Names other parts of the game (levels, screens) refer to: they may grow, never be renamed.
REQUIRED = {
    "characters": "sango amara leo mei omar sofia kai nadia sam teacher parent grandpa stranger",
    "backgrounds": "home bedroom school classroom park game chat library",
    "avatars": "cat dog fox owl turtle rabbit panda lion fish parrot rocket sunflower",
    "icons": "safe unsafe mixed star-full star-empty badge help speaker settings back lock done "
    "in-progress new play quit",
    "tracks": "under-9 9-11 12-18",
    ".": "title",
}

# Features nanosvg ignores or that would put untranslatable words into a picture.
FORBIDDEN = {
    "text": re.compile(r"<text\b"),
    "style sheet": re.compile(r"<style\b"),
    "class attribute": re.compile(r"\sclass="),
    "embedded or linked image": re.compile(r"<image\b"),
    "reuse of another element": re.compile(r"<use\b"),
    "filter": re.compile(r"<filter\b|\sfilter="),
    "external reference": re.compile(r"href="),
}

SVG_NS = "{http://www.w3.org/2000/svg}"


def _view_box(path: pathlib.Path) -> tuple[float, float, float, float]:
    root = ET.parse(path).getroot()
    return tuple(float(v) for v in root.attrib["viewBox"].split())


@pytest.mark.parametrize("folder, names", sorted(REQUIRED.items()))
def test_every_required_picture_exists(folder, names):
    missing = [n for n in names.split() if not (IMAGES / folder / f"{n}.svg").is_file()]
    assert missing == [], f"missing in assets/images/{folder}: {missing}"


@pytest.mark.parametrize("path", SVG_FILES, ids=SVG_IDS)
def test_svg_is_well_formed_and_sized(path):
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    for attribute in ("width", "height", "viewBox"):
        assert attribute in root.attrib, f"{path.name} has no {attribute}"
    x, y, w, h = _view_box(path)
    assert (x, y) == (0, 0)
    assert (float(root.attrib["width"]), float(root.attrib["height"])) == (w, h)


@pytest.mark.parametrize("path", SVG_FILES, ids=SVG_IDS)
def test_svg_uses_only_what_nanosvg_draws(path):
    text = path.read_text(encoding="utf-8")
    found = [what for what, pattern in FORBIDDEN.items() if pattern.search(text)]
    assert found == [], f"{path.name} uses {found}"


@pytest.mark.parametrize(
    "folder, ratio",
    [
        ("characters", 1.0),
        ("avatars", 1.0),
        ("icons", 1.0),
        ("backgrounds", 16 / 9),
        ("tracks", 4 / 3),
    ],
)
def test_pictures_of_a_kind_share_a_shape(folder, ratio):
    for path in sorted((IMAGES / folder).glob("*.svg")):
        _, _, w, h = _view_box(path)
        assert w / h == pytest.approx(ratio), path.name


@pytest.mark.parametrize("size", [(64, 64), (512, 512)])
@pytest.mark.parametrize("path", SVG_FILES, ids=SVG_IDS)
def test_svg_renders_and_is_not_blank(path, size):
    surface = pygame.image.load_sized_svg(str(path), size)
    w, h = surface.get_size()
    _, _, vw, vh = _view_box(path)
    assert max(w, h) == size[0], "the picture should fill the box along its longer side"
    assert w / h == pytest.approx(vw / vh, rel=0.05)

    covered = pygame.mask.from_surface(surface, 8).count()
    assert covered >= 0.10 * w * h, f"{path.name} is almost empty at {size}"

    step = max(1, w // 32)
    colours = {tuple(surface.get_at((x, y))) for x in range(0, w, step) for y in range(0, h, step)}
    assert len(colours) >= 3, f"{path.name} is a flat block of colour at {size}"


def test_backgrounds_and_cards_are_opaque():
    for folder in ("backgrounds", "tracks"):
        for path in sorted((IMAGES / folder).glob("*.svg")):
            surface = pygame.image.load_sized_svg(str(path), (160, 160))
            w, h = surface.get_size()
            covered = pygame.mask.from_surface(surface, 250).count()
            assert covered == w * h, f"{path.name} has see-through pixels"


def test_characters_have_a_transparent_background():
    for path in sorted((IMAGES / "characters").glob("*.svg")):
        surface = pygame.image.load_sized_svg(str(path), (128, 128))
        assert surface.get_at((0, 0)).a == 0, f"{path.name}: top-left corner is not transparent"


def test_readme_lists_every_picture_and_nothing_else():
    readme = (IMAGES / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([\w./-]+\.svg)`", readme))
    on_disk = set(SVG_IDS)
    assert on_disk - listed == set(), "pictures missing from assets/images/README.md"
    assert listed - on_disk == set(), "README.md lists pictures that do not exist"


def test_pictures_have_a_licence():
    licence = (IMAGES / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in licence or "CC0" in licence
