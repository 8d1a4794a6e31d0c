"""DOCX paragraphs and tables in document order; table cells joined by a tab."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from graphbuild.errors import SourceError


def _iter_blocks(document: Any) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    # python-docx's Paragraph.style walks the styles part on every call; look names up once.
    style_names = {style.style_id: style.name or "" for style in document.styles}
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = paragraph.text.strip()
            style = style_names.get(child.style, "") if child.style else ""
            if text and style.lower().startswith("list"):
                text = "- " + text
            lines.append(text)
            if text and style.lower().startswith(("heading", "overskrift", "title")):
                lines.append("")
        elif tag == "tbl":
            table = Table(child, document)
            for row in table.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if not cells or cells[-1] != value:  # merged cells repeat their text
                        cells.append(value)
                lines.append("\t".join(cells).rstrip("\t"))
            lines.append("")
    return lines


def docx_to_text(path: str, data: bytes) -> str:
    """The text of a .docx file. Raises SourceError for a broken or non-DOCX file."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise SourceError(path, f"not a readable DOCX file ({type(error).__name__}: {error})") from error
    except Exception as error:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise SourceError(path, f"not a readable DOCX file ({type(error).__name__})") from error
    return "\n".join(_iter_blocks(document)).strip() + "\n"
