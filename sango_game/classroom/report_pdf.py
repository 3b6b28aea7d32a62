"""The class report as a PDF (A4 landscape), in the class's language.

Pages: the pupils x levels table (levels numbered, their titles in a key
below; at most ``LEVELS_PER_TABLE`` level columns per table, so 44 levels fit),
a bar chart of safe choices per topic (each bar with its percentage written
beside it), and the tricky moments with the level's note for the teacher.
Right-to-left languages mirror the table and the chart.
"""

from __future__ import annotations

from pathlib import Path

from sango_game import i18n
from sango_game.classroom import pdf_base, texts
from sango_game.classroom.language import in_language, level_text, number, percent, plain_text
from sango_game.classroom.report import ClassReport
from sango_game.i18n import _

LEVELS_PER_TABLE = 15
PUPIL_COLUMN_MM = 46
TOTAL_COLUMN_MM = 24
STARTED_MARK = "…"


def _stars(count: int) -> str:
    return "★" * count + "☆" * (3 - count)


def report_pdf(report: ClassReport):
    """The report as an ``FPDF`` document (``bytes(pdf.output())`` or ``pdf_base.save``)."""
    with in_language(report.language) as language:
        title = _(texts.REPORT_TITLE, name=report.class_name)
        pdf = pdf_base.new_document(language, title)
        pdf.add_page()
        pdf_base.write(pdf, title, 20, bold=True, height=11)
        pdf.ln(2)
        _table(pdf, report)
        _chart(pdf, report)
        _tricky(pdf, report)
    return pdf


def write_report_pdf(report: ClassReport, path: str | Path) -> Path:
    return pdf_base.save(report_pdf(report), path)


ROW_MM = 6.0


def _row(pdf, widths, cells, heading: bool = False, repeat=None) -> None:
    """One table row of single-line cells; right-to-left pages run from the right.
    On a new page the ``repeat`` row (the headings) comes first again."""
    if pdf.get_y() + ROW_MM > pdf.h - pdf.b_margin:
        pdf.add_page()
        if repeat:
            _row(pdf, widths, repeat, heading=True)
    y = pdf.get_y()
    x = pdf.w - pdf.r_margin if pdf.sango_rtl else pdf.l_margin
    pdf.set_draw_color(*pdf_base.LINE)
    pdf.set_fill_color(*pdf_base.SOFT)
    for index, (width, text) in enumerate(zip(widths, cells, strict=True)):
        if pdf.sango_rtl:
            x -= width
        pdf.set_xy(x, y)
        size = 8.0 if heading else 9.0
        pdf_base.use_font(pdf, "B" if heading else "", size)
        while size > 5 and pdf.get_string_width(pdf_base.clean(text)) > width - 2:
            size -= 0.5  # a long heading shrinks to fit its column
            pdf_base.use_font(pdf, "B" if heading else "", size)
        pdf.cell(width, ROW_MM, pdf_base.clean(text), border=1, fill=heading,
                 align="C" if index else ("R" if pdf.sango_rtl else "L"))
        if not pdf.sango_rtl:
            x += width
    pdf.set_xy(pdf.l_margin, y + ROW_MM)


def _table(pdf, report: ClassReport) -> None:
    pdf_base.write(pdf, _(texts.REPORT_PROGRESS), 14, bold=True, height=8)
    if not report.rows:
        pdf_base.write(pdf, _(texts.REPORT_NO_PUPILS), 11)
        return
    levels = list(enumerate(report.levels, start=1))
    chunks = [levels[i:i + LEVELS_PER_TABLE] for i in range(0, len(levels), LEVELS_PER_TABLE)]
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        widths = [PUPIL_COLUMN_MM] + [12] * len(chunk) + ([TOTAL_COLUMN_MM] * 2 if last else [])
        head = [_(texts.REPORT_PUPIL), *(number(n) for n, _level in chunk)]
        if last:
            head += [_(texts.REPORT_LEVELS_DONE), _(texts.REPORT_STARS)]
        _row(pdf, widths, head, heading=True)
        for row in report.rows:
            cells = [row.nickname]
            for n, _level in chunk:
                cell = row.cells[n - 1]
                cells.append(_stars(cell.stars) if cell.done
                             else STARTED_MARK if cell.started else "")
            if last:
                cells += [number(row.levels_done), number(row.stars)]
            _row(pdf, widths, cells, repeat=head)
        pdf.ln(2)
    pdf.set_text_color(85, 85, 106)
    key = [_(texts.LABELLED, label=number(n), value=level_text(level.title_msgctxt, level.title))
           for n, level in levels]
    key.append(_(texts.LABELLED, label=STARTED_MARK, value=_(texts.REPORT_STARTED)))
    pdf_base.write(pdf, "  ·  ".join(key), 8, height=4.5)
    pdf.set_text_color(*pdf_base.INK)


def _chart(pdf, report: ClassReport) -> None:
    pdf.ln(4)
    pdf_base.write(pdf, _(texts.REPORT_TOPICS), 14, bold=True, height=8)
    if not report.topics:
        pdf_base.write(pdf, _(texts.REPORT_NO_CHOICES), 11)
        return
    label_w, bar_w, value_w, bar_h = 70, 150, 25, 7
    left = pdf.l_margin
    rtl = pdf.sango_rtl
    for topic in report.topics:
        if pdf.get_y() + bar_h + 3 > pdf.h - pdf.b_margin:
            pdf.add_page()
        y = pdf.get_y()
        share = topic.share or 0.0
        label = pdf_base.clean(i18n.pgettext(topic.name_msgctxt, topic.name))
        words = pdf_base.clean(percent(share))
        total_w = label_w + bar_w + value_w
        start = pdf.w - pdf.r_margin - total_w if rtl else left
        label_x = start + bar_w + value_w if rtl else start
        bar_x = start + value_w if rtl else start + label_w
        value_x = start if rtl else start + label_w + bar_w
        pdf.set_xy(label_x, y)
        pdf_base.use_font(pdf, "", 10)
        pdf.cell(label_w - 2, bar_h, label, align="R" if rtl else "L")
        pdf.set_draw_color(*pdf_base.LINE)
        pdf.set_fill_color(*pdf_base.SOFT)
        pdf.rect(bar_x, y + 1, bar_w, bar_h - 2, style="DF")
        if share > 0:
            pdf.set_fill_color(*pdf_base.GOOD)
            filled = bar_w * share
            pdf.rect(bar_x + (bar_w - filled if rtl else 0), y + 1, filled, bar_h - 2, style="F")
        pdf.set_xy(value_x, y)
        pdf_base.use_font(pdf, "", 10)
        pdf.cell(value_w, bar_h, words, align="C")
        pdf.set_xy(left, y + bar_h + 1.5)


def _tricky(pdf, report: ClassReport) -> None:
    pdf.ln(4)
    pdf_base.write(pdf, _(texts.REPORT_TRICKY), 14, bold=True, height=8)
    pdf_base.write(pdf, _(texts.REPORT_TRICKY_INTRO), 10, height=5.5)
    if not report.tricky:
        pdf_base.write(pdf, _(texts.REPORT_NO_CHOICES), 10, height=5.5)
    for moment in report.tricky:
        pdf.ln(2)
        title = level_text(moment.level_title_msgctxt, moment.level_title)
        choice = plain_text(level_text(moment.choice_msgctxt, moment.choice_text))
        pdf_base.write(pdf, _(texts.LABELLED, label=title, value=choice), 11, bold=True,
                       height=6)
        counts = "  ·  ".join((
            _(texts.LABELLED, label=_(texts.REPORT_TIMES), value=number(moment.times)),
            _(texts.LABELLED, label=_(texts.REPORT_PUPILS), value=number(moment.pupils))))
        pdf_base.write(pdf, counts, 9.5, height=5)
        for label, msgctxt, text in (
                (texts.REPORT_FEEDBACK, moment.feedback_msgctxt, moment.feedback),
                (texts.REPORT_NOTE, moment.note_msgctxt, moment.note)):
            said = plain_text(level_text(msgctxt, text))
            pdf_base.write(pdf, _(texts.LABELLED, label=_(label), value=said), 9.5, height=5)
