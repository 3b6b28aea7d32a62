"""The fpdf2 document class the classroom's PDFs use: FPDF plus the two things
Sango's writers need to know about the page, its main font family and its direction.

Imported only by ``pdf_base.new_document`` when a PDF is made (fpdf2 is slow to import).
"""

from __future__ import annotations

from fpdf import FPDF


class SangoPdf(FPDF):
    """An FPDF document that remembers its main font family and its direction."""

    sango_family: str = "latin"  # a key of pdf_base.FAMILIES
    sango_rtl: bool = False  # the language is written right to left
