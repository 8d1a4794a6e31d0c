"""A folder's manifest of where its documents came from: ``sources.csv`` beside them (or in a folder
above them) with at least the columns ``file`` and ``url``; ``file`` is relative to the manifest's
folder. A document's address is the row naming it; only http and https addresses are kept.

A file named sources.csv without those columns is some other table and is left alone; one with them
but a row that cannot be read is an error naming the manifest and its line (the build reports it for
each document the manifest would have spoken for, and goes on)."""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from graphbuild.errors import SourceError

MANIFEST_NAME = "sources.csv"
REQUIRED_COLUMNS = ("file", "url")
MAX_URL_LENGTH = 2048


def web_address(value: str | None) -> str | None:
    """The value when it is an http or https address with a host, else None (mailto:, file:,
    javascript:, a bare path)."""
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > MAX_URL_LENGTH or any(c.isspace() or ord(c) < 32 for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return value


@dataclass(frozen=True)
class Manifest:
    path: Path
    urls: dict[str, str]  # the real path of each listed file -> its address


def _key(folder: Path, file: str) -> str:
    return os.path.realpath(folder / file)


def read_manifest(path: Path) -> Manifest | None:
    """The manifest at ``path``, or None when the file is no manifest (no file and url columns).
    Raises SourceError naming the manifest and line of a row that cannot be read."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SourceError(name, f"cannot read the manifest ({error.strerror})") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SourceError(name, f"line {line}: the manifest is not UTF-8") from None
    rows = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [cell.strip().lower() for cell in next(rows, [])]
    except csv.Error as error:
        raise SourceError(name, f"line 1: {error}") from None
    if not all(column in header for column in REQUIRED_COLUMNS):
        return None
    file_at, url_at = header.index("file"), header.index("url")
    urls: dict[str, str] = {}
    folder = path.parent
    try:
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise SourceError(name, f"line {rows.line_num}: {len(row)} fields where the header has {len(header)}")
            file = row[file_at].strip()
            if not file:
                raise SourceError(name, f"line {rows.line_num}: no file named")
            url = web_address(row[url_at])
            if url is not None:
                urls[_key(folder, file)] = url
    except csv.Error as error:
        raise SourceError(name, f"line {rows.line_num}: {error}") from None
    return Manifest(path, urls)


@lru_cache(maxsize=64)
def _cached_manifest(path: str, mtime_ns: int, size: int) -> Manifest | None:
    return read_manifest(Path(path))


def _manifest_at(folder: str) -> Manifest | None:
    path = os.path.join(folder, MANIFEST_NAME)
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return _cached_manifest(path, info.st_mtime_ns, info.st_size)


def _folders_up(folder: str) -> Iterator[str]:
    """``folder`` (absolute) and each folder above it, up to the root."""
    while True:
        yield folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def manifest_url(document: Path) -> str | None:
    """The address the nearest manifest listing this document gives it: the manifests in its folder
    and the folders above it, nearest first."""
    real: str | None = None  # resolved only once a manifest is found (most folders have none)
    for candidate in _folders_up(os.path.dirname(os.path.abspath(document))):
        manifest = _manifest_at(candidate)
        if manifest is None:
            continue
        if real is None:
            real = os.path.realpath(document)
        if real in manifest.urls:
            return manifest.urls[real]
    return None
