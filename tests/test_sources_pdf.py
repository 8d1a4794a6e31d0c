"""The PDF reader (PDFium): real PDF files written with reportlab, its error paths, and its text read by the
parser as the text pypdf gave (the engine before it) was read."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from graphbuild.errors import SourceError
from graphbuild.extract import extract_facts
from graphbuild.models import DocumentFacts, SourceDocument
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source
from graphbuild.sources.pdf import pdf_pages

Draw = Callable[[canvas.Canvas], None]


def _pdf(*pages: Draw) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for draw in pages:
        draw(pdf)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _lines(lines: list[str], top: float = 780) -> Draw:
    def draw(pdf: canvas.Canvas) -> None:
        for row, line in enumerate(lines):
            pdf.drawString(60, top - 15 * row, line)

    return draw


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_pages_their_starts_and_danish_letters(tmp_path: Path) -> None:
    path = _write(tmp_path, "m.pdf", _pdf(_lines(["Referat Økonomiudvalget", "Punkt 1: Æblegrød"]), _lines(["Side 2"])))
    doc = read_source(path)
    assert doc.format == "pdf" and doc.page_starts == [0, doc.text.index("Side 2")]
    assert doc.text == "Referat Økonomiudvalget\nPunkt 1: Æblegrød\n\nSide 2\n"


def test_word_hyphenated_at_a_lines_end_keeps_its_hyphen_and_line_break() -> None:
    """PDFium writes such a word as one, U+FFFE in place of the hyphen and the line break."""
    lines = ["Til stede: Michael Lund-", "Larsen og Else-", "Marie Sørensen. Godkendel-", "se af dagsorden."]
    (text,) = pdf_pages("h.pdf", _pdf(_lines(lines)))
    assert text == "\n".join(lines)


def test_secrets_in_a_pdf_are_redacted_per_page(tmp_path: Path) -> None:
    data = _pdf(_lines(["Wifi", "Adgangskode: Hemmelig77zz", "CPR 010203-1234"]), _lines(["Punkt 2: Eventuelt"]))
    doc = read_source(_write(tmp_path, "s.pdf", data))
    assert "Hemmelig77zz" not in doc.text and "010203-1234" not in doc.text and doc.redactions == 2
    assert doc.text[doc.page_starts[1] :] == "Punkt 2: Eventuelt\n"


def _image_only(pdf: canvas.Canvas) -> None:
    pdf.rect(72, 72, 200, 200, fill=1)


def test_image_only_page_beside_text_pages_is_an_empty_page(tmp_path: Path) -> None:
    doc = read_source(_write(tmp_path, "mixed.pdf", _pdf(_lines(["Referat"]), _image_only, _lines(["Bilag"]))))
    assert len(doc.page_starts) == 3 and doc.text == "Referat\n\n\n\nBilag\n"


def _encrypted(data: bytes, user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _no_pages() -> bytes:
    from pypdf import PdfWriter

    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "problem"),
    [
        ("locked.pdf", lambda: _encrypted(_pdf(_lines(["Hemmeligt"])), "hemmelig", "ejer"), "encrypted PDF"),
        ("cut.pdf", lambda: _pdf(_lines(["Referat"] * 5))[:600], "truncated PDF"),
        ("garbage.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 8, "unreadable PDF"),
        ("empty.pdf", _no_pages, "unreadable PDF|PDF has no pages"),  # PDFium refuses a PDF of no pages
        ("scan.pdf", lambda: _pdf(_image_only), "no text layer"),
    ],
)
def test_bad_pdf_is_one_clear_error_naming_the_file(
    tmp_path: Path, name: str, make: Callable[[], bytes], problem: str
) -> None:
    path = _write(tmp_path, name, make())
    with pytest.raises(SourceError, match=problem) as caught:
        read_source(path)
    assert str(caught.value).startswith(f"{path}: ") and "\n" not in str(caught.value)


def test_pdf_locked_only_against_changes_is_read(tmp_path: Path) -> None:
    """An owner password alone (no password to open it) does not keep the text from a reader."""
    path = _write(tmp_path, "owner.pdf", _encrypted(_pdf(_lines(["Referat fra mødet"])), "", "ejer"))
    assert read_source(path).text == "Referat fra mødet\n"


# --- the parser reads PDFium's text as it read pypdf's ---------------------------------------------------

HEADER = [("Økonomiudvalget", ""), ("Referat", ""), ("Dato:", "12. marts 2014 kl. 16.00"), ("Sted:", "Rådhuset")]
ATTENDANCE = [("Til stede:", "Ole Berg, Lis Holm, Per Bak"), ("Afbud:", "Hans Hansen")]
ITEMS = [
    "1. Godkendelse af dagsorden",
    "Beslutning: Godkendt.",
    "2. Budgetopfølgning 2014",
    "Sagsnr.: 14/2345",
    "Indstilling: Forvaltningen indstiller, at budgetopfølgningen godkendes.",
    "Beslutning: Anbefales godkendt.",
]


def _label_cells(rows: list[tuple[str, str]], top: float) -> Draw:
    """A label and its value drawn apart on one baseline (a header table's two cells)."""

    def draw(pdf: canvas.Canvas) -> None:
        for row, (label, value) in enumerate(rows):
            pdf.drawString(60, top - 15 * row, label)
            if value:
                pdf.drawString(170, top - 15 * row, value)

    return draw


def _header_page(pdf: canvas.Canvas) -> None:
    _label_cells(HEADER + ATTENDANCE, 780)(pdf)
    _lines(ITEMS[:2], 660)(pdf)


def _two_columns(pdf: canvas.Canvas) -> None:
    """Two columns, each drawn top to bottom, the right one after the left."""
    left, right = ITEMS[2:4], ITEMS[4:]
    for row, line in enumerate(left):
        pdf.drawString(60, 780 - 15 * row, line[:40])
    for row, line in enumerate(right):
        pdf.drawString(320, 780 - 15 * row, line[:40])


def _one_line(pdf: canvas.Canvas) -> None:
    """A page whose text layer has no line breaks: one text object moved along one line."""
    text = pdf.beginText(60, 780)
    for line in ["3. Eventuelt", "Beslutning: Intet."]:
        text.textOut(line + " ")
    pdf.drawText(text)


def _pypdf_source(path: Path) -> SourceDocument:
    from pypdf import PdfReader

    pages = [page.extract_text().rstrip("\n") + "\n" for page in PdfReader(path).pages]
    return SourceDocument(path=str(path), name=path.name, sha256="0" * 64, format="pdf", text="\n".join(pages))


def _read_as(facts: DocumentFacts) -> dict[str, object]:
    return {
        "meeting": (facts.kind, facts.body, facts.start, facts.location),
        "items": [(item.number, item.title) for item in facts.items],
        "attendance": sorted((a.name, a.status) for a in facts.attendance),
        "relations": sorted(relation.type for relation in facts.relations),
    }


@pytest.mark.parametrize("layout", ["header cells", "two columns", "one line"])
def test_the_parser_reads_pdfium_text_as_it_read_pypdf_text(tmp_path: Path, layout: str) -> None:
    pages = {"header cells": [_header_page], "two columns": [_header_page, _two_columns]}
    data = _pdf(*pages.get(layout, [_header_page, _two_columns, _one_line]))
    path = _write(tmp_path, "layout.pdf", data)
    now = _read_as(extract_facts(parse_meeting(read_source(path))))
    before = _read_as(extract_facts(parse_meeting(_pypdf_source(path))))
    assert now == before
    assert now["items"] and now["attendance"]


def _drawn(lines: list[tuple[str, float, float]]) -> Draw:
    """Lines each drawn with its word and character spacing (a justified line's widened spaces)."""

    def draw(pdf: canvas.Canvas) -> None:
        for row, (line, word_spacing, char_spacing) in enumerate(lines):
            text = pdf.beginText(60, 780 - 15 * row)
            text.setWordSpace(word_spacing)
            text.setCharSpace(char_spacing)
            text.textOut(line)
            pdf.drawText(text)

    return draw


def test_runs_of_spaces_kept_and_a_justified_lines_spaces_not_widened() -> None:
    """PDFium writes a run of spaces as one; the parser reads two or more as a label's or a column's gap."""
    lines = [
        ("Navn      Parti      Fremmøde", 0.0, 0.0),
        ("Ole Berg  A      Mødt", 0.0, 0.0),
        ("     Indrykket linje", 0.0, 0.0),
        ("Justeret linje med brede mellemrum", 4.0, 0.0),
        ("Justeret linje med   en kolonne", 5.0, 0.0),
        ("Spærret  skrift med to", 0.0, 0.6),
        ("Justeret linje hvor ordafstanden er to mellemrum", 3.0, 0.0),
    ]
    (text,) = pdf_pages("runs.pdf", _pdf(_drawn(lines)))
    assert text.split("\n") == [line for line, _, _ in lines[:6]] + [lines[6][0]]


def test_a_line_justified_word_by_word_keeps_single_spaces() -> None:
    """Words placed one by one at uneven gaps (no run of the file's spaces) are read with one space."""

    def draw(pdf: canvas.Canvas) -> None:
        x = 60.0
        for word, gap in [("Udvalget", 1.4), ("besluttede", 1.9), ("at", 1.6), ("godkende", 0.0)]:
            pdf.drawString(x, 780, word + (" " if gap else ""))
            x += pdf.stringWidth(word + " ") + (gap - 1) * pdf.stringWidth(" ")

    (text,) = pdf_pages("words.pdf", _pdf(draw))
    assert text == "Udvalget besluttede at godkende"


def test_a_paragraphs_gap_is_an_empty_line() -> None:
    """A line set well below the one before (an empty paragraph drawn as nothing, a paragraph's spacing)."""

    def draw(pdf: canvas.Canvas) -> None:
        for line, y in [("Beslutning", 780), ("Godkendt.", 765), ("Sagsnr.: 14/2345", 735), ("Side 2", 600)]:
            pdf.drawString(60, y, line)

    (text,) = pdf_pages("paragraphs.pdf", _pdf(draw))
    assert text == "Beslutning\nGodkendt.\n\nSagsnr.: 14/2345\n\nSide 2"
