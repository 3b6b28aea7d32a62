"""Pictures of the hard cases, to look at: `python tools/text_gallery.py OUTDIR [--reference]`.

A developer tool (not in the wheel): the game never runs it.

Writes one PNG per case (the cases of the text issue: Arabic with a Latin
nickname and digits, Arabic in bold, Chinese with punctuation and a Latin
word, Russian, French with a 40-character word, mixed scripts at 200 %, and
the markup), and the six benchmark dialogue pages (`page-<lang>.png`).
With --reference and Debian's `pango-view` installed, each Arabic case is also
drawn by Pango (bidi + HarfBuzz + fontconfig fallback) and put under ours in
`<case>.compare.png`; a pure-Arabic case is also shaped by `hb-view` (one
HarfBuzz run with the shipped font file).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sango_game.vocab.direction import direction_of
from sango_game.vocab.markup import tokenize


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    lang: str
    width: int
    size: int = 24
    scale: float = 1.0
    direction: str | None = None
    align: str = "start"
    reveal: int | None = None


CASES = (
    Case("arabic-nickname-digits", "مرحبا يا <name>Pip</name>! لديك 12 نجمة و3 شارات (رائع) في"
         " مستوى «كلمة السر» رقم 2024.", "ar", 420),
    Case("arabic-bold", "<b>لا تشارك كلمة السر</b> مع أي شخص، حتى مع <b>أصدقائك</b>. كل<b>م</b>ة"
         " <safe>أخبر شخصًا بالغًا</safe> و<unsafe>لا ترسل صورتك</unsafe>.", "ar", 420),
    Case("chinese-punctuation-latin", "今天我们学习上网安全，Pip说：“不要把密码告诉陌生人！”"
         "大家都同意（真的）。好的、走吧？<safe>告诉大人</safe>。", "zh", 300),
    Case("arabic-plain-run", "لا تشارك كلمة السر مع أي شخص غريب", "ar", 480),
    Case("russian", "Привет, <name>Пип</name>! Никогда не сообщай свой пароль незнакомым людям в"
         " интернете, даже если они обещают 4000 золотых монет.", "ru", 360),
    Case("french-40-char-word", "Attention\u00a0: anticonstitutionnellementrecommandations"
         " en ligne, <em>vraiment</em>\u202f!", "fr", 260),
    Case("mixed-200-percent", "Pip, Пип, 小明 and سانغو say hello 2024!", "en", 560, scale=2.0),
    Case("markup-all-tags", "<name>Sango</name>: <em>emphasis</em>, <b>bold</b>, <safe>safe</safe>,"
         " <unsafe>unsafe</unsafe>, <mixed>mixed</mixed>, <bad>unknown</bad>.", "en", 420),
    Case("rtl-override", "hello in a right-to-left pseudo-locale", "qps-rtl", 300,
         direction="rtl"),
    Case("arabic-centred", "سانغو يقول: <safe>أحسنت</safe> يا Pip!", "ar", 420, align="center"),
    Case("arabic-typewriter-12-of-30", "مرحبا يا Pip، كيف حالك اليوم؟", "ar", 420, reveal=12),
)


def render_case(case: Case, out_dir: Path) -> Path:
    from sango_game.text.preview import render_preview

    out = out_dir / f"{case.name}.png"
    render_preview(case.text, case.lang, case.width, case.size, out, case.direction, case.scale,
                   align=case.align, reveal=case.reveal)
    return out


def render_page(lang: str, out_dir: Path, width: int = 720, size: int = 22) -> Path:
    """A whole 300-word dialogue page (the benchmark's) as the dialogue screen would stack it."""
    import pygame

    from sango_game.resources import assets_dir
    from sango_game.text.bench_pages import PAGES
    from sango_game.text.engine import TextEngine
    from sango_game.text.style import TextStyle

    engine = TextEngine(assets_dir() / "fonts")
    paragraphs = [engine.layout(line, lang, width, TextStyle(size=size)) for line in PAGES[lang]]
    gap, margin = 10, 16
    height = sum(para.height + gap for para in paragraphs) + 2 * margin
    page = pygame.Surface((width + 2 * margin, height))
    page.fill((255, 255, 255))
    y = margin
    for para in paragraphs:
        para.draw(page, (margin, y))
        y += para.height + gap
    out = out_dir / f"page-{lang}.png"
    pygame.image.save(page, str(out))
    return out


def pango_markup(text: str) -> str:
    """Our markup as Pango markup (bold/italic/colour), for the reference picture."""
    table = {"b": ("<b>", "</b>"), "em": ("<i>", "</i>"),
             "name": ('<span foreground="#2846a0">', "</span>"),
             "safe": ('<span foreground="#10783c" weight="bold">', "</span>"),
             "unsafe": ('<span foreground="#b41e1e" weight="bold">', "</span>"),
             "mixed": ('<span foreground="#965f00" weight="bold">', "</span>")}
    return "".join(table[token.name][token.closing] if token.is_tag else token.raw
                   for token in tokenize(text))


PANGO_FAMILIES = {"ar": "Noto Sans Arabic,Noto Sans", "zh": "Noto Sans CJK SC,Noto Sans"}


def render_pango(case: Case, out_dir: Path) -> Path | None:
    """The case drawn by pango-view with the same Noto families (system copies)."""
    if not shutil.which("pango-view"):
        return None
    out = out_dir / f"{case.name}.pango.png"
    families = PANGO_FAMILIES.get(case.lang, "Noto Sans")
    command = ["pango-view", "-q", "--pixels", f"--font={families} {round(case.size * case.scale)}",
               f"--width={case.width}", "--wrap=word-char", f"--language={case.lang}",
               "--margin=16", "--markup", f"--text={pango_markup(case.text)}", "-o", str(out)]
    if direction_of(case.lang, case.direction) == "rtl":
        command[2:2] = ["--rtl", "--align=right"]
    subprocess.run(command, check=True, capture_output=True)
    return out


def render_hb_view(case: Case, out_dir: Path) -> Path | None:
    """The plain text shaped as ONE run by hb-view with our shipped Arabic font (no bidi)."""
    if not shutil.which("hb-view"):
        return None
    from sango_game.resources import assets_dir
    from sango_game.text.markup import parse

    out = out_dir / f"{case.name}.hb-view.png"
    font = assets_dir() / "fonts" / "NotoSansArabic-Regular.ttf"
    subprocess.run(["hb-view", f"--font-size={round(case.size * case.scale)}", "--margin=16",
                    "--direction=rtl", "--script=Arab", "--language=ar", "-o", str(out),
                    str(font), parse(case.text).text], check=True, capture_output=True)
    return out


def stack(pictures: list[tuple[str, Path]], out: Path) -> None:
    """Pictures one above the other, each under its label."""
    import pygame

    images = [(label, pygame.image.load(str(path))) for label, path in pictures]
    label_height = 24
    width = max(image.get_width() for _, image in images)
    height = sum(image.get_height() + label_height for _, image in images)
    sheet = pygame.Surface((width, height))
    sheet.fill((255, 255, 255))
    font = pygame.font.Font(None, 22)
    y = 0
    for label, image in images:
        pygame.draw.line(sheet, (180, 180, 180), (0, y), (width, y))
        sheet.blit(font.render(label, True, (90, 90, 90)), (4, y + 5))
        sheet.blit(image, (0, y + label_height))
        y += label_height + image.get_height()
    pygame.image.save(sheet, str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--reference", action="store_true",
                        help="also draw Arabic cases with pango-view and compare")
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    import pygame

    pygame.font.init()
    from sango_game.text.bench_pages import PAGES

    for lang in PAGES:
        print(render_page(lang, args.out_dir))
    for case in CASES:
        ours = render_case(case, args.out_dir)
        print(ours)
        if args.reference and case.lang == "ar" and case.reveal is None:
            pictures = [("Sango text engine", ours)]
            pango = render_pango(case, args.out_dir)
            if pango:
                pictures.append(("pango-view, same Noto families (reference)", pango))
            if "Pip" not in case.text and (hb := render_hb_view(case, args.out_dir)):
                pictures.append(("hb-view, NotoSansArabic-Regular.ttf, one RTL run", hb))
            if len(pictures) == 1:
                print("pango-view/hb-view not found; no reference", file=sys.stderr)
                continue
            compare = args.out_dir / f"{case.name}.compare.png"
            stack(pictures, compare)
            print(compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
