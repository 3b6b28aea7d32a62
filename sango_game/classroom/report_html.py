"""The class report as one printable HTML page.

Standalone (no script, no network): ``lang`` and ``dir="rtl"`` for Arabic, the
Noto fonts Sango ships (installed ones first, then the game's own files), a
print style that keeps tables and sections whole on a page, and a bar chart of
safe choices per topic drawn in HTML and CSS, each bar with its percentage in
words too (colour is never the only signal). Every nickname and text is
escaped.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from sango_game import i18n
from sango_game.classroom import texts
from sango_game.classroom.language import (
    in_language,
    level_text,
    number,
    percent,
    plain_text,
)
from sango_game.classroom.report import ClassReport
from sango_game.i18n import _

FONTS = (("Sango Latin", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
         ("Sango Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
         ("Sango Chinese", "NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"))
LOCAL_NAMES = {"Sango Latin": "Noto Sans", "Sango Arabic": "Noto Sans Arabic",
               "Sango Chinese": "Noto Sans SC"}

STYLE = """
body { font-family: %(families)s; color: #1d1d2b; margin: 1.5rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
table { border-collapse: collapse; width: 100%%; font-size: .9rem; }
th, td { border: 1px solid #9a9ab0; padding: .25rem .4rem; text-align: start; vertical-align: top; }
thead th { background: #eceaf6; }
td.num, th.num { text-align: center; }
.stars { letter-spacing: .05em; color: #8a5a00; }
.started { color: #55556a; font-style: italic; }
.chart { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr 4rem; gap: .35rem .6rem;
         align-items: center; }
.track { background: #eceaf6; height: 1.1rem; border: 1px solid #9a9ab0; }
.bar { background: #2f7d4f; height: 100%%; }
.tricky { border: 1px solid #9a9ab0; padding: .5rem .8rem; margin: .5rem 0; break-inside: avoid; }
.tricky p { margin: .25rem 0; }
.label { font-weight: bold; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; }
  section, tr, .chart { break-inside: avoid; }
  thead { display: table-header-group; }
  .bar, thead th, .track { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def _font_faces() -> str:
    from sango_game.resources import assets_dir

    folder = assets_dir() / "fonts"
    faces = []
    for family, regular, bold in FONTS:
        for weight, name in (("normal", regular), ("bold", bold)):
            url = (folder / name).resolve().as_uri()
            local = LOCAL_NAMES[family] + (" Bold" if weight == "bold" else "")
            faces.append(f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
                         f'src: local("{local}"), '
                         f'url("{url}"); }}')
    return "\n".join(faces)


def _stars(count: int) -> str:
    return "★" * count + "☆" * (3 - count)


def report_html(report: ClassReport) -> str:
    with in_language(report.language) as language:
        families = ", ".join(f'"{family}"' for family, _r, _b in FONTS) + ", sans-serif"
        if language.code.startswith("zh"):
            families = '"Sango Chinese", ' + families
        title = _(texts.REPORT_TITLE, name=report.class_name)
        parts = [
            "<!DOCTYPE html>",
            f'<html lang="{escape(language.code.replace("_", "-"))}" '
            f'dir="{"rtl" if language.direction == "rtl" else "ltr"}">',
            '<head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>\n{_font_faces()}\n{STYLE % {'families': families}}</style>",
            "</head><body>", f"<h1>{escape(title)}</h1>",
            _progress_table(report), _topic_chart(report), _tricky(report),
            "</body></html>"]
    return "\n".join(parts) + "\n"


def _progress_table(report: ClassReport) -> str:
    out = [f'<section id="progress"><h2>{escape(_(texts.REPORT_PROGRESS))}</h2>']
    if not report.rows:
        out.append(f"<p>{escape(_(texts.REPORT_NO_PUPILS))}</p></section>")
        return "\n".join(out)
    out.append("<table><thead><tr>")
    out.append(f'<th scope="col">{escape(_(texts.REPORT_PUPIL))}</th>')
    for level in report.levels:
        out.append(f'<th scope="col" class="num">'
                   f'{escape(level_text(level.title_msgctxt, level.title))}</th>')
    out.append(f'<th scope="col" class="num">{escape(_(texts.REPORT_LEVELS_DONE))}</th>'
               f'<th scope="col" class="num">{escape(_(texts.REPORT_STARS))}</th>')
    out.append("</tr></thead><tbody>")
    started = escape(_(texts.REPORT_STARTED))
    for row in report.rows:
        cells = []
        for cell in row.cells:
            if cell.done:
                cells.append(f'<td class="num"><span class="stars" aria-hidden="true">'
                             f'{_stars(cell.stars)}</span> {number(cell.stars)}</td>')
            elif cell.started:
                cells.append(f'<td class="num"><span class="started">{started}</span></td>')
            else:
                cells.append('<td class="num"></td>')
        out.append(f'<tr><th scope="row"><bdi>{escape(row.nickname)}</bdi></th>'
                   + "".join(cells)
                   + f'<td class="num">{number(row.levels_done)}</td>'
                     f'<td class="num">{number(row.stars)}</td></tr>')
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _topic_chart(report: ClassReport) -> str:
    out = [f'<section id="topics"><h2>{escape(_(texts.REPORT_TOPICS))}</h2>']
    if not report.topics:
        out.append(f"<p>{escape(_(texts.REPORT_NO_CHOICES))}</p></section>")
        return "\n".join(out)
    out.append(f'<div class="chart" role="table" aria-label="{escape(_(texts.REPORT_TOPICS))}">')
    for topic in report.topics:
        share = topic.share or 0.0
        words = percent(share)
        out.append(
            f'<div role="cell">{escape(i18n.pgettext(topic.name_msgctxt, topic.name))}</div>'
            f'<div class="track" role="cell"><div class="bar" style="width: {share * 100:.0f}%">'
            f"</div></div><div role=\"cell\">{escape(words)}</div>")
    out.append("</div></section>")
    return "\n".join(out)


def _tricky(report: ClassReport) -> str:
    out = [f'<section id="tricky"><h2>{escape(_(texts.REPORT_TRICKY))}</h2>',
           f"<p>{escape(_(texts.REPORT_TRICKY_INTRO))}</p>"]
    if not report.tricky:
        out.append(f"<p>{escape(_(texts.REPORT_NO_CHOICES))}</p>")
    for moment in report.tricky:
        title = level_text(moment.level_title_msgctxt, moment.level_title)
        choice = plain_text(level_text(moment.choice_msgctxt, moment.choice_text))
        lines = [
            (texts.REPORT_LEVEL, title), (texts.REPORT_CHOICE, choice),
            (texts.REPORT_TIMES, number(moment.times)),
            (texts.REPORT_PUPILS, number(moment.pupils)),
            (texts.REPORT_FEEDBACK,
             plain_text(level_text(moment.feedback_msgctxt, moment.feedback))),
            (texts.REPORT_NOTE, plain_text(level_text(moment.note_msgctxt, moment.note)))]
        out.append('<div class="tricky">' + "".join(
            f"<p>{escape(_(texts.LABELLED, label=_(label), value=value))}</p>"
            for label, value in lines) + "</div>")
    out.append("</section>")
    return "\n".join(out)


def write_report_html(report: ClassReport, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(report_html(report), encoding="utf-8")
    return path
