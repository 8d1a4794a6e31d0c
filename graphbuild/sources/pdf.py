"""PDF text layer, page by page, read with PDFium (pypdfium2): 10-50 times faster than a pure-Python reader."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from graphbuild.errors import SourceError
from graphbuild.sources.pdf_layout import laid_out
from graphbuild.sources.redact import redact

# PDFium's load errors (FPDF_GetLastError), as ``PdfiumError.err_code`` holds them
_FORMAT_ERROR, _PASSWORD_ERROR, _SECURITY_ERROR = 3, 4, 5

# PDFium ends a line with CR LF and writes a word hyphenated at a line's end as one word with U+FFFE
# (older builds: U+0002) where the hyphen and the line break were: written back as "-" and a line break,
# the text pypdf gave and the parser reads (it rejoins "Lund-" / "Larsen").
_LINE_END_HYPHEN = re.compile("[\ufffe\x02]")

# an error's text may quote raw bytes of the file (b'...'); those may hold unredacted text
_BYTES_REPR = re.compile(r"""\bb(['"]).*""", re.DOTALL)


def _one_line(error: BaseException) -> str:
    text = _BYTES_REPR.sub("(file bytes omitted)", " ".join(str(error).split()))
    text = redact(text).text
    return text[:200] + ("..." if len(text) > 200 else "")


def _page_text(text_page: pdfium.PdfTextPage) -> str:
    text = laid_out(text_page, text_page.get_text_range())
    return _LINE_END_HYPHEN.sub("-\n", text.replace("\r\n", "\n"))


def _open(path: str, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == _PASSWORD_ERROR:
            raise SourceError(path, "encrypted PDF (a password is needed)") from error
        if code == _SECURITY_ERROR:
            raise SourceError(path, "encrypted PDF uses an unsupported feature (unknown security handler)") from error
        if code == _FORMAT_ERROR:
            problem = "unreadable PDF (damaged, or a truncated PDF: its structure cannot be parsed)"
            raise SourceError(path, problem) from error
        raise SourceError(path, f"unreadable PDF ({_one_line(error)})") from error


def pdf_pages(path: str, data: bytes) -> list[str]:
    """Text of each page. Raises SourceError for encrypted, truncated or textless PDFs."""
    document = _open(path, data)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            try:
                pages.append(_page_text(text_page))
            finally:
                text_page.close()
                page.close()
    except pdfium.PdfiumError as error:  # a page PDFium cannot load: the file is damaged
        raise SourceError(path, f"unreadable PDF ({_one_line(error)})") from error
    finally:
        document.close()
    if not pages:
        raise SourceError(path, "PDF has no pages")
    if not any(page.strip() for page in pages):
        raise SourceError(path, "PDF has no text layer (scanned image?); OCR it first")
    return pages
