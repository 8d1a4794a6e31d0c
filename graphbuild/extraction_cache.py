"""Per-document extraction cache: DocumentFacts JSON keyed by the document's content sha256.

An entry also records the extractor version, so a changed parser or extractor redoes every
document; a changed file has a new hash, so only that document is extracted again.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from graphbuild.models import DocumentFacts

SHA256 = re.compile(r"[0-9a-f]{64}")


class ExtractionCache:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def _path(self, sha256: str) -> Path | None:
        if not SHA256.fullmatch(sha256):
            return None
        return self.directory / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str, extractor_version: str) -> DocumentFacts | None:
        """The cached facts, or None when absent, from another extractor version, or unreadable."""
        path = self._path(sha256)
        if path is None:
            return None
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry.get("extractor_version") != extractor_version:
                return None
            facts = DocumentFacts.model_validate(entry["facts"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError, ValidationError):
            return None
        return facts if facts.sha256 == sha256 else None

    def put(self, facts: DocumentFacts, extractor_version: str) -> None:
        """Write atomically (temp file + os.replace), so a crash never leaves half an entry."""
        path = self._path(facts.sha256)
        if path is None:
            return
        entry = {"extractor_version": extractor_version, "facts": facts.to_json_dict()}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False)
            os.replace(temporary, path)
        except OSError:
            return  # a cache that cannot be written only costs time

    def prune(self, keep: Iterable[str]) -> int:
        """Delete entries of documents no longer in the corpus; returns how many went."""
        wanted = set(keep)
        removed = 0
        if not self.directory.is_dir():
            return 0
        for path in self.directory.glob("*/*.json"):
            if path.stem not in wanted or path.name.startswith(".tmp-"):
                path.unlink(missing_ok=True)
                removed += 1
        for stray in self.directory.glob("*/.tmp-*"):
            stray.unlink(missing_ok=True)
        return removed

    def entry_count(self) -> int:
        # not __len__: an empty cache must still be truthy where callers write `if cache:`
        return sum(1 for _ in self.directory.glob("*/*.json")) if self.directory.is_dir() else 0
