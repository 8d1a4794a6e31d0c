"""PDF text layer, page by page, with the character offset where each page starts."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from graphbuild.errors import SourceError
from graphbuild.sources.redact import redact

_PYPDF_LOG = logging.getLogger("pypdf")


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs the raw bytes around a fault; from an unredacted file they may hold a secret."""
    level = _PYPDF_LOG.level
    _PYPDF_LOG.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        _PYPDF_LOG.setLevel(level)


# pypdf quotes raw bytes of the file in some messages (b'...'); those may hold unredacted text.
_BYTES_REPR = re.compile(r"""\bb(['"]).*""", re.DOTALL)


def _one_line(error: BaseException) -> str:
    text = _BYTES_REPR.sub("(file bytes omitted)", " ".join(str(error).split()))
    text = redact(text).text
    return text[:200] + ("..." if len(text) > 200 else "")


def pdf_pages(path: str, data: bytes) -> list[str]:
    """Text of each page. Raises SourceError for encrypted, truncated or textless PDFs."""
    with _quiet_pypdf():
        return _pages(path, data)


def _pages(path: str, data: bytes) -> list[str]:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as error:  # pypdf raises several types for unsupported crypto
                raise SourceError(path, f"encrypted PDF cannot be opened ({_one_line(error)})") from error
            if not ok:
                raise SourceError(path, "encrypted PDF (a password is needed)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except SourceError:
        raise
    except NotImplementedError as error:  # pypdf: an encryption handler other than Standard
        raise SourceError(path, f"PDF uses an unsupported feature ({_one_line(error)})") from error
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, IndexError, AttributeError) as error:
        raise SourceError(path, f"unreadable or truncated PDF ({type(error).__name__}: {_one_line(error)})") from error
    except Exception as error:  # pypdf raises many types on hostile files; one bad file must not stop a build
        raise SourceError(path, f"unreadable PDF ({type(error).__name__}: {_one_line(error)})") from error
    if not pages:
        raise SourceError(path, "PDF has no pages")
    if not any(page.strip() for page in pages):
        raise SourceError(path, "PDF has no text layer (scanned image?); OCR it first")
    return pages
