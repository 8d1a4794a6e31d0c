"""The extractor's version, derived from its code and data: any change to what turns a file into
facts (sources, parse, extract, the vocabulary, the models, the shared reading of handling lines and
the shipped reference data) gives a new version, so the extraction cache can never serve facts an
older extractor made."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_INPUTS = ("sources", "parse", "extract", "vocab", "data", "models.py", "handling_lines.py")
_SUFFIXES = frozenset({".py", ".yaml", ".csv"})


@cache
def extractor_version() -> str:
    return version_of(_PACKAGE)


def version_of(package: Path) -> str:
    digest = hashlib.sha256()
    for name in _INPUTS:
        root = package / name
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in _SUFFIXES)
        for path in files:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()[:16]
