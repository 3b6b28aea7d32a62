"""The class report as CSV: UTF-8 with a byte-order mark, so spreadsheet software
opens Arabic and Chinese nicknames correctly.

One row per pupil: nickname, then one column per level (best stars when the
level was finished, "started" when it was begun, empty when not), then levels
done and stars in all. Headings are in the class's language. A cell that
starts like a formula (``=``, ``+``, ``-``, ``@``) gets a leading apostrophe, so
a nickname can never run as a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sango_game.classroom import texts
from sango_game.classroom.language import in_language, level_text
from sango_game.classroom.report import ClassReport
from sango_game.i18n import _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def report_csv(report: ClassReport) -> str:
    """The CSV text (without the BOM; ``write_report_csv`` adds it)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    with in_language(report.language):
        writer.writerow([safe_cell(v) for v in (
            _(texts.REPORT_PUPIL),
            *(level_text(level.title_msgctxt, level.title) for level in report.levels),
            _(texts.REPORT_LEVELS_DONE), _(texts.REPORT_STARS))])
        started = _(texts.REPORT_STARTED)
        for row in report.rows:
            cells = [str(c.stars) if c.done else (started if c.started else "")
                     for c in row.cells]
            writer.writerow([safe_cell(row.nickname), *cells, row.levels_done, row.stars])
    return out.getvalue()


def write_report_csv(report: ClassReport, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(report_csv(report), encoding="utf-8-sig", newline="")
    return path
