"""A PDF page that writes every script Sango ships: fpdf2 with HarfBuzz shaping.

``new_document(language)`` gives an A4 landscape ``FPDF`` with the Noto fonts
from ``assets/fonts`` (Latin/Cyrillic, Arabic, Chinese), text shaping on (so
Arabic is joined and right-to-left, with Latin nicknames and digits in the
right order) and font fallback between them, so a Chinese nickname on a
French certificate still shows. fpdf2 embeds only the glyphs used.

fpdf2 and uharfbuzz are imported inside ``new_document``: the rest of the
classroom layer (and ``--help``) never pays for them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sango_game.classroom.sango_pdf import SangoPdf

FAMILIES = {
    "latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "chinese": ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"),
}
# Bidi isolates, embeddings and marks: i18n and Babel add them; fpdf2 runs the
# bidi algorithm itself, and a run made only of a mark would have no font.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
INK = (29, 29, 43)
SOFT = (236, 234, 246)
LINE = (154, 154, 176)
GOOD = (47, 125, 79)


class PdfMissing(RuntimeError):
    """fpdf2 (or uharfbuzz) is not installed."""


def main_family(language_code: str) -> str:
    if language_code.startswith("ar"):
        return "arabic"
    if language_code.startswith("zh"):
        return "chinese"
    return "latin"


def clean(text: str) -> str:
    """Text for fpdf2: no bidi controls (fpdf2 runs the bidi algorithm itself) and
    no control characters."""
    text = _BIDI_CONTROLS.sub("", str(text))
    return "".join(ch for ch in text if ch >= " " or ch == "\n")


def new_document(language, title: str) -> SangoPdf:
    """An A4 landscape document for ``language`` (an ``i18n.Language``)."""
    try:
        from sango_game.classroom.sango_pdf import SangoPdf
    except ImportError as error:  # pragma: no cover - a declared dependency
        raise PdfMissing(str(error)) from error
    from sango_game.resources import assets_dir

    fonts = assets_dir() / "fonts"
    pdf = SangoPdf(orientation="L", unit="mm", format="A4")
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, margin=12)
    for family, (regular, bold) in FAMILIES.items():
        pdf.add_font(family, "", str(fonts / regular))
        pdf.add_font(family, "B", str(fonts / bold))
    pdf.set_text_shaping(True)
    main = main_family(language.code)
    pdf.set_fallback_fonts([f for f in FAMILIES if f != main], exact_match=False)
    pdf.set_lang(language.code.replace("_", "-"))
    pdf.set_title(clean(title))
    pdf.set_creator("Sango")
    pdf.set_text_color(*INK)
    pdf.sango_family = main
    pdf.sango_rtl = language.direction == "rtl"
    return pdf


def use_font(pdf, style: str, size: float) -> None:
    """Select the document's main font. Selected twice on purpose: after a line
    drawn with a fallback font, fpdf2 2.8 may skip re-selecting a font it thinks
    is current, and the next line would have no font in the PDF (readers then
    drop it). Changing the size in between makes it select the font again."""
    pdf.set_font(pdf.sango_family, style, size + 1)
    pdf.set_font(pdf.sango_family, style, size)


def write(pdf, text: str, size: float, bold: bool = False, align: str = "start",
          height: float | None = None, width: float = 0) -> None:
    """A paragraph at the cursor, wrapped; ``align`` is start, center or end."""
    use_font(pdf, "B" if bold else "", size)
    if align == "center":
        where = "C"
    else:
        at_start = align == "start"
        where = "R" if at_start == pdf.sango_rtl else "L"
    pdf.multi_cell(width, height or size * 0.5, clean(text), align=where,
                   new_x="LMARGIN", new_y="NEXT")


def save(pdf, path: str | Path) -> Path:
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    pdf.output(str(temporary))
    temporary.replace(path)
    return path
