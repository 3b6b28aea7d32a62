"""A certificate per pupil, one A4 landscape page each, in the class's language.

Each page: a frame, the pupil's picture, "Certificate", the nickname (in its
own script, whatever the class's language), what they learnt, their levels
done and stars, the class name and the date written for the language. Made
with ``pdf_base`` (fpdf2 + HarfBuzz), so Arabic is shaped and right-to-left
and Chinese shows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sango_game.classroom import pdf_base, report, texts
from sango_game.classroom.language import in_language, number
from sango_game.i18n import _, translator

FRAME = (47, 90, 140)


def _date_text(day: date) -> str:
    from babel.dates import format_date

    return format_date(day, format="long", locale=translator().active.locale)


def certificates_pdf(class_report: report.ClassReport, day: date | None = None):
    """One page per pupil of ``class_report`` (an ``FPDF``; see ``pdf_base.save``)."""
    from sango_game.resources import assets_dir

    day = day or date.today()
    with in_language(class_report.language) as language:
        pdf = pdf_base.new_document(language, _(texts.CERTIFICATE_TITLE))
        pdf.set_auto_page_break(False)
        for row in class_report.rows:
            pdf.add_page()
            _frame(pdf)
            picture = assets_dir() / "images" / "avatars" / f"{row.picture or 'cat'}.svg"
            if picture.is_file():
                pdf.image(str(picture), x=pdf.w / 2 - 17, y=22, w=34, h=34)
            pdf.set_y(60)
            pdf_base.write(pdf, _(texts.CERTIFICATE_TITLE), 34, bold=True, align="center",
                           height=16)
            pdf.ln(3)
            pdf_base.write(pdf, _(texts.CERTIFICATE_FOR), 16, align="center", height=9)
            pdf.ln(2)
            pdf.set_text_color(*FRAME)
            pdf_base.write(pdf, row.nickname, 32, bold=True, align="center", height=16)
            pdf.set_text_color(*pdf_base.INK)
            pdf.ln(3)
            pdf_base.write(pdf, _(texts.CERTIFICATE_TEXT), 16, align="center", height=9)
            pdf.ln(2)
            pdf_base.write(pdf, _(texts.CERTIFICATE_LEVELS, levels=number(row.levels_done),
                                  stars=number(row.stars)), 14, align="center", height=8)
            pdf.set_y(pdf.h - 42)
            pdf_base.write(pdf, _(texts.CERTIFICATE_CLASS, name=class_report.class_name), 12,
                           align="center", height=7)
            pdf_base.write(pdf, _date_text(day), 12, align="center", height=7)
    return pdf


def _frame(pdf) -> None:
    pdf.set_draw_color(*FRAME)
    pdf.set_line_width(1.6)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)
    pdf.set_line_width(0.4)
    pdf.rect(11.5, 11.5, pdf.w - 23, pdf.h - 23)
    pdf.set_line_width(0.2)


def write_certificates(store, info, levels, path: str | Path, day: date | None = None) -> Path:
    """Certificates for every pupil of the class ``info`` into ``path``."""
    class_report = report.build_report(store, info, levels)
    return pdf_base.save(certificates_pdf(class_report, day), path)
