"""The report as CSV (parsed back), HTML (checked) and PDF (text extracted), and certificates."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest
from class_helpers import LEVEL
from pypdf import PdfReader

from sango_game.classroom import (
    certificates,
    classes,
    report,
    report_csv,
    report_html,
    report_pdf,
)


def class_report(store, library, seeded, language="en"):
    info, _pupils = seeded
    return report.build_report(store, replace(info, language=language), library.levels,
                               library.topics)


def test_csv_has_a_bom_and_parses_back(store, library, seeded, tmp_path):
    data = class_report(store, library, seeded)
    path = report_csv.write_report_csv(data, tmp_path / "4B.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    column = rows[0].index(library.level(LEVEL).title)
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"Happy Fox", "Brave Owl", "سارة"}
    assert by_name["Happy Fox"][column] == "2"
    assert by_name["Brave Owl"][column] == "started"
    assert by_name["سارة"][-2:] == ["1", "3"]


def test_csv_never_starts_a_cell_with_a_formula():
    assert report_csv.safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert report_csv.safe_cell("Happy Fox") == "Happy Fox"


def test_csv_headings_are_in_the_class_language(store, library, seeded):
    text = report_csv.report_csv(class_report(store, library, seeded, "fr"))
    assert text.splitlines()[0].startswith("Élève,")


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_html_is_one_printable_page_in_the_class_direction(
        store, library, seeded, language, direction):
    page = Collect()
    page.feed(report_html.report_html(class_report(store, library, seeded, language)))
    html = dict(page.tags)["html"]
    assert (html["lang"], html["dir"]) == (language, direction)
    assert not [tag for tag, _attrs in page.tags if tag in ("script", "img", "iframe")]
    text = "".join(page.text)
    assert "@media print" in text and "Noto Sans Arabic" in text
    assert {"Happy Fox", "Brave Owl", "سارة"} <= set(page.text)
    bars = [attrs for tag, attrs in page.tags if attrs.get("class") == "bar"]
    assert [bar["style"] for bar in bars] == ["width: 33%"]


def test_html_escapes_nicknames(store, library):
    info = classes.create_class(store, "4B").value
    assert classes.add_pupil(store, info, 'Tom & "Jo"').ok
    html = report_html.report_html(report.build_report(store, info, library.levels))
    assert "Tom &amp; &quot;Jo&quot;" in html and 'Tom & "Jo"' not in html


def page_text(page) -> str:
    # Some pypdf versions read the Chinese font's two-byte codes with a NUL each.
    return page.extract_text().replace("\x00", "")


def pdf_text(path) -> str:
    return "\n".join(page_text(page) for page in PdfReader(path).pages)


def test_pdf_report_text_can_be_extracted(store, library, seeded, tmp_path):
    data = class_report(store, library, seeded)
    path = report_pdf.write_report_pdf(data, tmp_path / "4B.pdf")
    text = pdf_text(path)
    for expected in ("Class report: 4B", "Happy Fox", "Brave Owl", "Tricky moments",
                     "Kindness online", "33%", library.level(LEVEL).title):
        assert expected in text


def test_certificates_one_page_per_pupil_in_the_class_language(store, library, seeded,
                                                                tmp_path):
    info, _pupils = seeded
    path = certificates.write_certificates(store, replace(info, language="zh_Hans"),
                                           library.levels, tmp_path / "c.pdf",
                                           day=date(2026, 11, 30))
    reader = PdfReader(path)
    assert len(reader.pages) == 3
    first = page_text(reader.pages[0])
    assert "证书" in first and "2026年11月30日" in first
    assert {"Brave Owl", "Happy Fox"} <= {line.strip() for line in pdf_text(path).splitlines()}


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar", "ru", "zh_Hans"])
def test_certificates_and_report_in_every_language(store, library, seeded, tmp_path,
                                                   language):
    data = class_report(store, library, seeded, language)
    report_pdf.write_report_pdf(data, tmp_path / "r.pdf")
    pdf = certificates.certificates_pdf(data, date(2026, 11, 30))
    assert pdf.pages_count == 3
    assert len(PdfReader(tmp_path / "r.pdf").pages) >= 1


def test_arabic_report_keeps_every_script_readable(store, library, seeded, tmp_path):
    """Arabic page, Latin and Arabic nicknames, digits: each run keeps its own font
    (a fallback font must not leak into the next cell)."""
    data = class_report(store, library, seeded, "ar")
    text = pdf_text(report_pdf.write_report_pdf(data, tmp_path / "ar.pdf"))
    for expected in ("تقرير الصف", "التلميذ", "سارة", "Happy Fox", "Brave Owl", "★★☆"):
        assert expected in text


def test_nickname_cards_eight_to_a_page(store, tmp_path):
    from sango_game.classroom import cards, names

    info = classes.create_class(store, "4B", language="ar").value
    pupils = [classes.add_pupil(store, info, nickname, picture).value
              for nickname, picture in names.class_names(10, seed=3)]
    path = cards.write_cards(info, pupils, tmp_path / "cards.pdf")
    assert len(PdfReader(path).pages) == 2
    text = pdf_text(path)
    assert "Sango" in text and all(p.nickname in text for p in pupils[:1])
