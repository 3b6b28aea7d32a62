"""Rebuild assets/fonts/ from Debian's Noto packages (a developer tool, not shipped).

    apt-get install -y fonts-noto-core fonts-noto-cjk
    .venv/bin/pip install fonttools          # dev only
    .venv/bin/python tools/subset_fonts.py   # [--src-core DIR] [--src-cjk DIR] [--out DIR]

What it does, so the result is reproducible:
- Noto Sans (Regular, Bold, Italic, BoldItalic) and Noto Sans Arabic (Regular,
  Bold) are copied unchanged from fonts-noto-core.
- Noto Sans CJK SC (Regular, Bold) is cut out of the .ttc collections of
  fonts-noto-cjk and subset with fontTools to: every character of GB 2312
  (levels 1 and 2: 6763 hanzi, plus its punctuation, kana, Greek, Cyrillic
  and symbol rows), CJK punctuation (U+3000-303F), full-width forms
  (U+FF00-FFEF), Basic Latin, Latin-1, general punctuation, and every CJK
  character that appears in `locale/` or `levels/`. All OpenType layout
  features are kept.
- OFL.txt is written from the licence text in Debian's copyright file, with
  each font's own copyright line at the top.
- SymbolaEmoji-Regular.ttf (monochrome emoji, so nicknames with emoji are not
  boxes; colour bitmap emoji fonts do not draw through pygame.font) is cut out
  of Debian's fonts-symbola (`apt-get download fonts-symbola`, then
  `dpkg-deb -x`; pass the folder with --src-symbola) to EMOJI_RANGES, without
  hinting. `--emoji-only` rebuilds just that file.
- Run it again after adding Chinese content with rare characters.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COPIED = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)
CJK = {  # output file -> source collection
    "NotoSansSC-Regular.otf": "NotoSansCJK-Regular.ttc",
    "NotoSansSC-Bold.otf": "NotoSansCJK-Bold.ttc",
}
CJK_FAMILY = "Noto Sans CJK SC"
EXTRA_RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half- and full-width forms
)


EMOJI_RANGES = (
    (0x1F100, 0x1F1FF),  # enclosed alphanumerics (supplement), regional indicators
    (0x1F300, 0x1F5FF),  # pictographs
    (0x1F600, 0x1F64F),  # emoticons
    (0x1F680, 0x1F6FF),  # transport and map
    (0x1F900, 0x1F9FF),  # supplemental pictographs
    (0x2190, 0x21FF),  # arrows
    (0x2300, 0x23FF),  # technical (watch, hourglass)
    (0x25A0, 0x25FF),  # geometric shapes
    (0x2600, 0x27BF),  # miscellaneous symbols, dingbats
    (0x2B00, 0x2BFF),  # arrows and stars
    (0x200D, 0x200D), (0x20E3, 0x20E3), (0xFE0E, 0xFE0F),  # joiner, keycap, selectors
)
EMOJI_OUT = "SymbolaEmoji-Regular.ttf"


def subset_emoji(source: Path, out: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source))
    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={c for a, b in EMOJI_RANGES for c in range(a, b + 1)})
    subsetter.subset(font)
    font.recalcTimestamp = False
    font.save(str(out))


def gb2312_characters() -> set[str]:
    """Every character GB 2312 encodes (rows 1-9 symbols, rows 16-87 hanzi)."""
    chars: set[str] = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def content_characters() -> set[str]:
    """CJK characters used by translations and level files."""
    found: set[str] = set()
    for folder, pattern in ((REPO / "locale", "*.po"), (REPO / "levels", "*.yaml")):
        for path in sorted(folder.rglob(pattern)):
            found.update(ch for ch in path.read_text(encoding="utf-8") if is_cjk(ch))
    return found


def wanted_codepoints() -> set[int]:
    codes = {ord(ch) for ch in gb2312_characters() | content_characters()}
    for first, last in EXTRA_RANGES:
        codes.update(range(first, last + 1))
    return codes


def subset_cjk(collection: Path, out: Path, codepoints: set[int]) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    fonts = TTCollection(str(collection)).fonts
    font = next(f for f in fonts if f["name"].getDebugName(1) == CJK_FAMILY)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    font.recalcTimestamp = False  # same input, same bytes
    font.save(str(out))


def licence_text(debian_copyright: Path) -> str:
    """The OFL 1.1 text from a Debian copyright file, de-indented."""
    text = debian_copyright.read_text(encoding="utf-8")
    match = re.search(r"^License: (?:SIL-1\.1|OFL-1\.1)\n((?: .*\n?)+)", text, re.M)
    if not match:
        raise SystemExit(f"no OFL text found in {debian_copyright}")
    lines = [line[1:] for line in match.group(1).splitlines()]
    return "\n".join("" if line == "." else line for line in lines).strip() + "\n"


def copyright_lines(out_dir: Path, files: list[str]) -> list[str]:
    from fontTools.ttLib import TTFont

    seen: dict[str, list[str]] = {}
    for name in files:
        notice = TTFont(str(out_dir / name), lazy=True)["name"].getDebugName(0) or "?"
        seen.setdefault(notice, []).append(name)
    return [f"{notice} ({', '.join(names)})" for notice, names in seen.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src-core", type=Path, default=Path("/usr/share/fonts/truetype/noto"))
    parser.add_argument("--src-cjk", type=Path, default=Path("/usr/share/fonts/opentype/noto"))
    parser.add_argument("--out", type=Path, default=REPO / "assets" / "fonts")
    parser.add_argument("--src-symbola", type=Path,
                        default=Path("/usr/share/fonts/truetype/ancient-scripts"))
    parser.add_argument("--emoji-only", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    subset_emoji(args.src_symbola / "Symbola_hint.ttf", args.out / EMOJI_OUT)
    if args.emoji_only:
        return 0

    for name in COPIED:
        shutil.copyfile(args.src_core / name, args.out / name)
    codepoints = wanted_codepoints()
    for out_name, collection in CJK.items():
        subset_cjk(args.src_cjk / collection, args.out / out_name, codepoints)

    notices = copyright_lines(args.out, [*COPIED, *CJK])
    licence = licence_text(Path("/usr/share/doc/fonts-noto-cjk/copyright"))
    header = "\n".join(["Copyright notices of the fonts in this folder:", *notices, "", ""])
    (args.out / "OFL.txt").write_text(header + licence, encoding="utf-8")

    total = 0
    for name in [*COPIED, *CJK]:
        size = (args.out / name).stat().st_size
        total += size
        print(f"{name:32} {size / 1e6:6.2f} MB")
    print(f"{'total':32} {total / 1e6:6.2f} MB  ({len(codepoints)} code points in the CJK subset)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
