"""Writes the corpus's PDF and DOCX documents from the plain-text sources in examples/.sources/.

The sources are hidden (a leading dot) so that `kommunegraf build examples/` reads each document
once, as the binary file. The generated files are committed; rerun after editing a source.

    python examples/_make_binary.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

HERE = Path(__file__).resolve().parent
SOURCES = HERE / ".sources"
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

# source name -> (output path, format)
OUTPUTS: dict[str, tuple[str, str]] = {
    "silkeborg_direktionen_2021-09-27.txt": ("silkeborg/direktionen_2021-09-27.pdf", "pdf"),
    "albertslund_chefforum_2021-04-20.txt": ("albertslund/chefforum_2021-04-20.pdf", "pdf"),
    "randers_direktionen_2022-01-17.txt": ("randers/direktionen_2022-01-17.docx", "docx"),
    "kkr-hovedstaden_2021-06-09.txt": ("kkr-hovedstaden/kkr-hovedstaden_2021-06-09.docx", "docx"),
}


def _blocks(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def write_pdf(text: str, target: Path) -> None:
    styles = getSampleStyleSheet()
    story: list[object] = []
    for line in _blocks(text):
        if not line:
            story.append(Spacer(1, 0.3 * cm))
            continue
        style = styles["Heading3"] if line.startswith(("Punkt ", "REFERAT ")) else styles["BodyText"]
        story.append(Paragraph(escape(line.replace("\t", " ")), style))
    doc = SimpleDocTemplate(str(target), pagesize=A4, title=target.stem, author="kommunegraf examples", invariant=1)
    doc.build(story)


def write_docx(text: str, target: Path) -> None:
    document = Document()
    for line in _blocks(text):
        if not line:
            continue
        if line.startswith(("Sag nr. ", "KKR Hovedstaden - Referat", "REFERAT ", "Punkt ")):
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)
    props = document.core_properties
    props.author = "kommunegraf examples"
    props.title = target.stem
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_modified_by = "kommunegraf examples"
    document.save(str(target))


def main() -> None:
    for source_name, (output, kind) in OUTPUTS.items():
        text = (SOURCES / source_name).read_text(encoding="utf-8")
        target = HERE / output
        target.parent.mkdir(parents=True, exist_ok=True)
        (write_pdf if kind == "pdf" else write_docx)(text, target)
        print(f"wrote {target.relative_to(HERE)}")


if __name__ == "__main__":
    main()
