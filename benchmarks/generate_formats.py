"""A generated document's text written in one of the five formats: plain text, markdown, HTML, PDF, docx."""

from __future__ import annotations

from pathlib import Path

ALL_FORMATS = ("txt", "md", "html", "pdf", "docx")


def _is_item_heading(line: str) -> bool:
    import re

    return bool(re.match(r"^(?:Punkt \d+:|Sag nr\. \d+$|\d+\. \S)", line))


SECTION_WORDS = frozenset(
    {
        "Sagsfremstilling",
        "Sagsfremstilling:",
        "Resume og sagens baggrund",
        "Indstillinger",
        "Indstilling",
        "Beslutning",
        "Åbent",
    }
)


def to_markdown(text: str) -> str:
    out = []
    for n, line in enumerate(text.split("\n")):
        if n == 0:
            out.append(f"# {line}")
        elif line.startswith("Punkt ") and _is_item_heading(line):
            out.append(f"## {line}")
        elif line in SECTION_WORDS - {"Åbent"}:
            out.append(f"### {line.rstrip(':')}")
        else:
            out.append(line)
    return "\n".join(out)


def to_html(text: str, title: str) -> str:
    from html import escape

    body = []
    for block in text.split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) == 1 and _is_item_heading(lines[0]):
            body.append(f"<h2>{escape(lines[0])}</h2>")
        elif len(lines) == 1 and lines[0] in SECTION_WORDS:
            body.append(f"<h3>{escape(lines[0])}</h3>")
        else:
            body.append("<p>" + "<br>\n".join(escape(line) for line in lines) + "</p>")
    return (
        f'<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def write_pdf(text: str, target: Path) -> None:
    """A4 pages of Helvetica text; reportlab's invariant mode makes the bytes reproducible."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = A4
    margin, leading, size = 56.0, 14.0, 10.5
    pdf = canvas.Canvas(str(target), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", size)
    y = height - margin
    for paragraph in text.split("\n"):
        for line in simpleSplit(paragraph.replace("\t", "    "), "Helvetica", size, width - 2 * margin) or [""]:
            if y < margin:
                pdf.showPage()
                pdf.setFont("Helvetica", size)
                y = height - margin
            pdf.drawString(margin, y, line)
            y -= leading
    pdf.save()


def write_docx(text: str, target: Path) -> None:
    """One paragraph per non-empty line, fixed metadata and zip timestamps (reproducible bytes)."""
    import io
    import zipfile
    from datetime import datetime

    from docx import Document

    document = Document()
    for line in text.split("\n"):
        if line.strip():
            document.add_paragraph(line)
    props = document.core_properties
    props.author = "kommunegraf benchmarks"
    props.created = props.modified = datetime(2024, 1, 1)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    # rewrite the zip with a fixed date on every entry, so the same text gives the same bytes
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as sink,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            sink.writestr(fixed, source.read(info.filename))


def write_document(text: str, fmt: str, target: Path, title: str) -> None:
    if fmt == "txt":
        target.write_text(text, encoding="utf-8")
    elif fmt == "md":
        target.write_text(to_markdown(text), encoding="utf-8")
    elif fmt == "html":
        target.write_text(to_html(text, title), encoding="utf-8")
    elif fmt == "pdf":
        write_pdf(text, target)
    elif fmt == "docx":
        write_docx(text, target)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(ALL_FORMATS)}")
