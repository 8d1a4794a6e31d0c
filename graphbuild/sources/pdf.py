"""PDF text layer, page by page, with the character offset where each page starts."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from graphbuild.errors import SourceError


def pdf_pages(path: str, data: bytes) -> list[str]:
    """Text of each page. Raises SourceError for encrypted, truncated or textless PDFs."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as error:  # pypdf raises several types for unsupported crypto
                raise SourceError(path, f"encrypted PDF cannot be opened ({error})") from error
            if not ok:
                raise SourceError(path, "encrypted PDF (a password is needed)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, IndexError, AttributeError) as error:
        raise SourceError(path, f"unreadable or truncated PDF ({type(error).__name__}: {error})") from error
    if not pages:
        raise SourceError(path, "PDF has no pages")
    if not any(page.strip() for page in pages):
        raise SourceError(path, "PDF has no text layer (scanned image?); OCR it first")
    return pages
