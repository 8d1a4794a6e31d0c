"""Stage 1, sources: a file on disk -> SourceDocument (normalised, redacted text).

``read_source`` raises :class:`graphbuild.errors.SourceError` with one clear problem for a file
that cannot be used; callers report it and go on with the rest of the batch.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import stat
from pathlib import Path

from graphbuild.errors import SourceError
from graphbuild.models import SourceDocument, SourceFormat
from graphbuild.sources.docx import docx_to_text
from graphbuild.sources.encoding import decode_text
from graphbuild.sources.firstagenda import firstagenda_text
from graphbuild.sources.firstagenda_json import json_to_text
from graphbuild.sources.html import TITLE_REACH, html_to_text, page_title
from graphbuild.sources.manifest import manifest_url
from graphbuild.sources.page_address import HEAD_REACH, page_address
from graphbuild.sources.paths import SUPPORTED_SUFFIXES, collect_paths
from graphbuild.sources.pdf import pdf_pages
from graphbuild.sources.portal_xml import xml_to_text
from graphbuild.sources.redact import MARKER, redact

__all__ = ["MARKER", "SUPPORTED_SUFFIXES", "address_of", "collect_paths", "read_source", "source_from_text"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_FORMATS: dict[str, SourceFormat] = {
    ".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx",
    ".xml": "xml", ".json": "json",
}  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return _CONTROL.sub("", text).replace("\u2028", "\n").replace("\u2029", "\n")


# every byte but the control characters a text file does not hold (tab, newline, form feed, carriage return)
_NOT_CONTROL = bytes(byte for byte in range(256) if not (byte < 32 and byte not in (9, 10, 12, 13)))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16_looks_binary(sample)
    # A few stray NULs (export glitches) are dropped by _normalise; many mean binary or a
    # BOM-less UTF-16 file.
    if sample.count(b"\x00") > len(sample) // 10:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))  # the control bytes, counted in C
    return len(sample) > 0 and controls / len(sample) > 0.10


def _utf16_looks_binary(sample: bytes) -> bool:
    """A sample that opens with a UTF-16 byte-order mark (Notepad's "Unicode" text), which ``decode_text`` reads:
    binary when its characters, not its bytes (half of them NUL in Latin text), are more than a tenth control
    characters. Counted in bytes, every such text was refused as binary."""
    codec = "utf-16-le" if sample.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
    chars = sample[2 : len(sample) - len(sample) % 2].decode(codec, errors="replace")
    controls = sum(1 for ch in chars if ch < " " and ch not in "\t\n\f\r")
    return len(chars) > 0 and controls / len(chars) > 0.10


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    if not name.isascii():
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:  # bytes of another encoding, which no graph, cache or index can hold as text
            raise SourceError(name, "the file's name is not valid UTF-8 (rename the file)") from None
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SourceError(name, "no such file") from None
    except OSError as error:
        raise SourceError(name, f"cannot read file ({error.strerror})") from error
    if stat.S_ISDIR(info.st_mode):
        raise SourceError(name, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO would block the build forever and a device (/dev/zero) never ends.
        raise SourceError(name, "not a regular file")
    size = info.st_size
    if size > max_bytes:
        raise SourceError(name, f"file too large ({size} bytes; the limit is {max_bytes})")
    try:
        with path.open("rb") as handle:
            # Read by the file's own size (+ 1 to see it grow), not by the limit: read(max_bytes + 1)
            # allocated the whole limit (~50 MB) for every file. A file that grew since the stat is
            # read on, up to the limit + 1, so the limit holds as before.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(max_bytes + 1 - len(data))
    except FileNotFoundError:  # removed between the stat and the open
        raise SourceError(name, "no such file") from None
    except OSError as error:
        raise SourceError(name, f"cannot read file ({error.strerror})") from error
    if len(data) > max_bytes:
        raise SourceError(name, f"file too large (over the limit of {max_bytes} bytes)")
    if not data:
        raise SourceError(name, "file is empty")
    if not data.strip():
        # a file of spaces and line breaks is not empty: it holds no text
        raise SourceError(name, f"no text in file (it holds only white space, {len(data)} bytes)")
    return data


def _extract(path: Path, fmt: SourceFormat, data: bytes) -> tuple[str, str | None, list[int]]:
    name = str(path)
    if fmt == "pdf":
        if not data.lstrip().startswith(b"%PDF"):
            raise SourceError(name, "not a PDF file (no %PDF header)")
        pages = [_normalise(page).rstrip("\n") + "\n" for page in pdf_pages(name, data)]
        starts: list[int] = []
        offset = 0
        for page in pages:
            starts.append(offset)
            offset += len(page) + 1  # pages are joined with a form-feed-free blank line
        return "\n".join(pages), None, starts
    if fmt == "docx":
        if not data.startswith(b"PK"):
            raise SourceError(name, "not a DOCX file (not a zip package)")
        return docx_to_text(name, data), None, []
    if fmt == "json":  # a FirstAgenda meeting file: read by its keys (its parser refuses what is no JSON)
        return json_to_text(name, data), "utf-8", []
    if _looks_binary(data):
        raise SourceError(name, "binary file, not text")
    if fmt == "xml":  # a portal's publication file: read by its markup, not as text
        return xml_to_text(name, data), "utf-8", []
    text, encoding = decode_text(data)
    if fmt == "html":  # a portal page the markup names is read by its portal's module
        text = firstagenda_text(text) or html_to_text(text)
    return text, encoding, []


def source_from_text(
    text: str, *, name: str = "<text>", fmt: SourceFormat = "txt", url: str | None = None
) -> SourceDocument:
    """A SourceDocument for text already in memory (tests, benchmarks, stdin)."""
    raw = text.encode("utf-8")
    redacted = redact(_normalise(text))
    return SourceDocument(
        path=name, name=Path(name).name, sha256=hashlib.sha256(raw).hexdigest(), format=fmt,
        encoding="utf-8", text=redacted.text, redactions=redacted.count, url=url,
    )  # fmt: skip


def source_url(path: Path, fmt: SourceFormat, data: bytes) -> str | None:
    """The document's web address: its row in the folder's manifest, else (a web page) the page's own."""
    listed = manifest_url(path)
    if listed is not None or fmt != "html":
        return listed
    return page_address(data[:HEAD_REACH].decode("utf-8", "replace"))


def address_of(path: Path) -> str | None:
    """The web address ``read_source`` would give the file now (a cached extraction's may be stale when
    only the manifest changed); None when the file cannot be read."""
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        return None
    listed = manifest_url(path)
    if listed is not None or fmt != "html":
        return listed
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_REACH)
    except OSError:
        return None
    return page_address(head.decode("utf-8", "replace"))


def read_source(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, addresses: bool = True) -> SourceDocument:
    """Read one file into a SourceDocument whose text is normalised and already redacted. With
    ``addresses`` (the default) it also knows where it came from (:func:`source_url`)."""
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SourceError(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
    data = _read_bytes(path, max_bytes)
    url = source_url(path, fmt, data) if addresses else None
    text, encoding, page_starts = _extract(path, fmt, data)
    text = _normalise(text)
    if not text.strip():
        raise SourceError(str(path), "no text in file")
    # Redaction only shortens or keeps lines inside a page, but it changes lengths; recompute
    # page starts from page boundaries kept as markers would be fragile, so redact per page.
    if page_starts:
        pages = [text[a:b] for a, b in zip(page_starts, [*page_starts[1:], len(text)], strict=True)]
        results = [redact(page) for page in pages]
        page_starts, offset = [], 0
        for result in results:
            page_starts.append(offset)
            offset += len(result.text)
        redacted_text, count = "".join(r.text for r in results), sum(r.count for r in results)
    else:
        result = redact(text)
        redacted_text, count = result.text, result.count
    # the page's own title, read from its head as the text was decoded and redacted like it
    title = page_title(data[:TITLE_REACH].decode(encoding or "utf-8", "replace")) if fmt == "html" else None
    return SourceDocument(
        path=str(path), name=path.name, sha256=hashlib.sha256(data).hexdigest(), format=fmt,
        encoding=encoding, text=redacted_text, page_starts=page_starts, redactions=count, url=url,
        title=redact(_normalise(title)).text if title else None,
    )  # fmt: skip
