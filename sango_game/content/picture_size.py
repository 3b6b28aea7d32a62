"""A picture's declared size, read from its first bytes without decoding it.

A 300-byte SVG can say `width="100000" height="100000"`, and a tiny PNG can
claim 60000 x 60000 pixels in its header: decoding either would ask for
gigabytes. The validator (SG047) and the game's picture loader both ask
`check_picture_bytes` first and refuse such a picture instead of decoding it.

Read here, never decoded: the SVG root element's width, height and viewBox
(with units), the PNG IHDR chunk, the JPEG start-of-frame, GIF and BMP
headers. An SVG that declares entities (`<!ENTITY`) is refused too: they can
expand to any size. Pure functions on bytes; only `check_picture_file` reads,
through `read_limited`.
"""

from __future__ import annotations

import math
import re
import struct
from dataclasses import dataclass
from pathlib import Path

from sango_game.safe_files import NOT_FOUND, read_limited

MAX_PICTURE_BYTES = 5_000_000
MAX_SIDE = 8192
MAX_PIXELS = 4096 * 4096
RASTER = (".png", ".jpg", ".jpeg", ".gif", ".bmp")

Size = tuple[int, int]


@dataclass(frozen=True)
class PictureCheck:
    """The declared size (None when unknown) and why the picture is refused, if it is."""

    size: Size | None
    problem: str | None = None
    missing: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_picture_file(path: Path | str) -> tuple[bytes | None, PictureCheck]:
    """Read a picture safely (bounded, no FIFO or device) and check its declared size."""
    result = read_limited(path, MAX_PICTURE_BYTES)
    if result.data is None:
        return None, PictureCheck(None, result.explain(MAX_PICTURE_BYTES),
                                  missing=result.reason == NOT_FOUND)
    check = check_picture_bytes(result.data, Path(path).suffix)
    return (result.data if check.ok else None), check


def check_picture_bytes(data: bytes, suffix: str) -> PictureCheck:
    """Is this picture safe to decode? `suffix` is its file name's ending (`.svg`)."""
    suffix = suffix.lower()
    if suffix == ".svg":
        return _check_svg(data)
    size = raster_size(data)
    if size is None:
        return PictureCheck(None, "it is not a PNG, JPEG, GIF or BMP picture (or its header "
                                  "is damaged), so its size cannot be known before decoding")
    return _check_size(size)


def raster_size(data: bytes) -> Size | None:
    """Width and height from a PNG, JPEG, GIF or BMP header, or None."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data[:2] == b"BM" and len(data) >= 26:
        width, height = struct.unpack("<ii", data[18:26])
        return abs(width), abs(height)
    if data[:2] == b"\xff\xd8":
        return _jpeg_size(data)
    return None


_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


def _jpeg_size(data: bytes) -> Size | None:
    index = 2
    while index + 9 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[index + 5:index + 9])
            return width, height
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2:index + 4])
        if length < 2:
            return None
        index += 2 + length
    return None


def _check_size(size: Size) -> PictureCheck:
    width, height = size
    if width <= 0 or height <= 0:
        return PictureCheck(None, f"it declares a size of {width} x {height} pixels")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        return PictureCheck(size, f"it declares a size of {width:,} x {height:,} pixels; "
                                  f"a picture may be at most {MAX_SIDE:,} pixels on a side and "
                                  f"{MAX_PIXELS:,} pixels in all. Save it smaller")
    return PictureCheck(size)


# --- SVG ---------------------------------------------------------------------------

_HEAD_CHARS = 65_536
_COMMENT = re.compile(r"<!--.*?(?:-->|$)|<!\[CDATA\[.*?(?:\]\]>|$)", re.S)
_ROOT = re.compile(r"<svg(?=[\s/>])([^>]*)>", re.S)
_ATTRIBUTE = re.compile(r"""(?:^|\s)([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.S)
_LENGTH = re.compile(r"\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z%]*)\s*")
_UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54,
          "in": 96.0, "em": 16.0, "ex": 8.0, "q": 96 / 101.6}


def _check_svg(data: bytes) -> PictureCheck:
    head = _COMMENT.sub("", data[:_HEAD_CHARS * 4].decode("utf-8", "replace"))
    if b"<!ENTITY" in data:
        return PictureCheck(None, "the SVG declares entities (<!ENTITY ...>), which can "
                                  "expand without bound; save it again without them")
    root = _ROOT.search(head)
    if root is None:
        return PictureCheck(None, "it is not an SVG picture (no <svg> element at its start)")
    size = svg_declared_size(root.group(1))
    if isinstance(size, str):
        return PictureCheck(None, size)
    return _check_size(size) if size else PictureCheck(None)


def svg_declared_size(attributes: str) -> Size | str | None:
    """Size from the root element's attributes; a reason when it is nonsense; None if absent."""
    values = {match.group(1): match.group(2) if match.group(2) is not None else match.group(3)
              for match in _ATTRIBUTE.finditer(attributes)}
    box = _view_box(values.get("viewBox"))
    width, height = _length(values.get("width")), _length(values.get("height"))
    if isinstance(width, str) or isinstance(height, str):
        return width if isinstance(width, str) else str(height)
    if isinstance(box, str):
        return box
    if width is None and height is None:
        return (_whole(box[0]), _whole(box[1])) if box else None
    if width is None or height is None:
        if not box:
            return None
        ratio = box[0] / box[1]
        width = width if width is not None else height * ratio  # type: ignore[operator]
        height = height if height is not None else width / ratio
    return _whole(width), _whole(height)


def _length(text: str | None) -> float | str | None:
    if text is None:
        return None
    match = _LENGTH.fullmatch(text)
    if not match:
        if text.strip().lower() in ("", "auto"):
            return None  # the viewBox decides
        return f"its width or height '{text[:40]}' is not a size"
    if match.group(2) == "%":
        return None  # a percentage of the window: the viewBox decides
    unit = match.group(2).lower()
    if unit not in _UNITS:
        return f"its width or height '{text[:40]}' uses an unknown unit"
    value = float(match.group(1)) * _UNITS[unit]
    if not math.isfinite(value) or value <= 0:
        return f"its width or height '{text[:40]}' is not a usable size"
    return value


def _view_box(text: str | None) -> tuple[float, float] | str | None:
    if text is None:
        return None
    parts = re.split(r"[\s,]+", text.strip())
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        return None
    if len(numbers) != 4:
        return None
    width, height = numbers[2], numbers[3]
    if not all(math.isfinite(number) for number in numbers) or width <= 0 or height <= 0:
        return f"its viewBox '{text[:40]}' is not a usable size"
    return width, height


def _whole(value: float) -> int:
    return max(1, min(round(value), 10 ** 12))
