"""Per-document extraction cache: DocumentFacts keyed by the SHA-256 of the file's bytes.

A rebuild reads and extracts only documents whose content (or the extractor) changed. Entries are
written atomically (temp file + os.replace), so a killed build never leaves a torn entry.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from graphbuild.models import DocumentFacts


class ExtractionCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, sha256: str, version: str) -> Path:
        return self.directory / f"v{version}" / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str, version: str) -> DocumentFacts | None:
        if not sha256:
            return None
        try:
            return DocumentFacts.model_validate_json(self._path(sha256, version).read_bytes())
        except (OSError, ValidationError, ValueError):
            return None  # missing or unreadable entries are simply extracted again

    def put(self, facts: DocumentFacts, version: str) -> None:
        target = self._path(facts.sha256, version)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(facts.model_dump_json(by_alias=True).encode("utf-8"))
            os.replace(temp, target)
        except OSError:
            return  # a cache that cannot be written only costs speed next time

    def prune(self, keep: Iterable[str], version: str) -> int:
        """Delete entries of documents no longer in the corpus, and every entry of other versions."""
        wanted = set(keep)
        removed = 0
        for entry in sorted(self.directory.glob("v*/*/*.json")):
            if entry.parent.parent.name != f"v{version}" or entry.stem not in wanted:
                entry.unlink(missing_ok=True)
                removed += 1
        return removed
