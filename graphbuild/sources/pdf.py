"""PDF text layer, page by page, read with PDFium (pypdfium2): 10-50 times faster than a pure-Python reader."""

from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from graphbuild.errors import SourceError
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


# PDFium writes one space for a run of spaces the file holds ("Ole Berg      A      Mødt"); pypdf kept the
# run, and the parser reads two or more spaces as a gap between a label and its value or between columns.
# A space's width in spaces is the gap from it to the next character over its own advance: a run of the
# file's spaces is a whole number of them. Word or character spacing widens every space of a line beyond
# that advance (PDFium's leaves it out): where a line's narrowest space is widened (below WIDENED_BELOW;
# a line whose every space is a run of two reads the same and keeps single spaces), widths are counted in
# that space. A whole width of two or more is given back as that many spaces, an uneven one (a line
# justified space by space) only from SURE_RUN on.
WIDENED_BELOW = 3.0
SURE_RUN = 3
_WHOLE = 0.15
_LONGEST_RUN = 40


def _whole(width: float) -> bool:
    return abs(width - round(width)) < _WHOLE


def _space_widths(page: object, text: str, start: int, end: int) -> list[tuple[int, float]]:
    """(index, width in spaces) of each space of the file in text[start:end] with a character after it."""
    space, after = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    space_box, after_box = ctypes.byref(space), ctypes.byref(after)
    generated, box = pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_GetLooseCharBox
    widths = []
    index = text.find(" ", start, end)
    while index != -1:
        if index + 1 < end and text[index + 1] != " " and generated(page, index) == 0:
            box(page, index, space_box)
            box(page, index + 1, after_box)
            advance = space.right - space.left
            if advance > 0:
                widths.append((index, (after.left - space.left) / advance))
        index = text.find(" ", index + 1, end)
    return widths


def _space_runs(text_page: pdfium.PdfTextPage, text: str) -> str:
    """``text`` (PDFium's, lines ended by CR LF) with each run of spaces of the file given back in full."""
    if " " not in text or len(text) != text_page.count_chars():  # characters beyond U+FFFF shift the indices
        return text
    pieces: list[str] = []
    last = start = 0
    while start < len(text):
        end = text.find("\r\n", start)
        end = len(text) if end == -1 else end
        widths = _space_widths(text_page.raw, text, start, end)
        if widths:
            narrowest = min(width for _, width in widths)
            unit = narrowest if 1.0 + _WHOLE <= narrowest < WIDENED_BELOW else 1.0
            for index, width in widths:
                spaces = round(width / unit)
                if spaces >= SURE_RUN or (spaces >= 2 and _whole(width / unit)):
                    pieces += [text[last:index], " " * min(spaces, _LONGEST_RUN)]
                    last = index + 1
        start = end + 2
    return "".join(pieces) + text[last:] if pieces else text


def _page_text(text_page: pdfium.PdfTextPage) -> str:
    text = _space_runs(text_page, text_page.get_text_range())
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
