"""Nickname cards to cut out and hand to pupils: eight to an A4 landscape page.

Each card shows the pupil's picture, their nickname in large letters and the
class name, in the class's language (``pdf_base``: shaped Arabic, Chinese).
"""

from __future__ import annotations

from pathlib import Path

from sango_game.classroom import pdf_base, texts
from sango_game.classroom.language import in_language
from sango_game.i18n import _

COLUMNS, ROWS = 4, 2


def cards_pdf(info, pupils):
    from sango_game.resources import assets_dir

    with in_language(info.language) as language:
        pdf = pdf_base.new_document(language, _(texts.CARD_TITLE))
        pdf.set_auto_page_break(False)
        width = (pdf.w - pdf.l_margin - pdf.r_margin) / COLUMNS
        height = (pdf.h - pdf.t_margin - 12) / ROWS
        for index, pupil in enumerate(pupils):
            slot = index % (COLUMNS * ROWS)
            if slot == 0:
                pdf.add_page()
            column, row = slot % COLUMNS, slot // COLUMNS
            if pdf.sango_rtl:
                column = COLUMNS - 1 - column
            x, y = pdf.l_margin + column * width, pdf.t_margin + row * height
            pdf.set_draw_color(*pdf_base.LINE)
            pdf.set_dash_pattern(dash=2, gap=1.5)
            pdf.rect(x, y, width, height)
            pdf.set_dash_pattern()
            picture = assets_dir() / "images" / "avatars" / f"{pupil.avatar or 'cat'}.svg"
            if picture.is_file():
                pdf.image(str(picture), x=x + width / 2 - 15, y=y + 10, w=30, h=30)
            for text, size, bold, top in (
                    (_(texts.CARD_TITLE), 10, False, 46),
                    (pupil.nickname, 18, True, 54),
                    (_(texts.CERTIFICATE_CLASS, name=info.name), 10, False, height - 16)):
                pdf.set_xy(x + 3, y + top)
                pdf_base.use_font(pdf, "B" if bold else "", size)
                pdf.multi_cell(width - 6, size * 0.5, pdf_base.clean(text), align="C",
                               new_x="LMARGIN", new_y="NEXT")
    return pdf


def write_cards(info, pupils, path: str | Path) -> Path:
    return pdf_base.save(cards_pdf(info, pupils), path)
