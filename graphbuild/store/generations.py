"""Atomic swap of whole database generations inside one store directory.

Layout: DIR/CURRENT names the live generation; DIR/generations/<name>/ holds each one. A build
writes a new generation beside the live one and only then replaces CURRENT with os.replace, so a
crash at any moment leaves either the old or the new pointer, never a half-written graph.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path

POINTER = "CURRENT"
GENERATIONS = "generations"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_generation(store_dir: Path) -> Path | None:
    """The live generation's directory, or None when nothing was ever built here."""
    try:
        name = (store_dir / POINTER).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    if not name or "/" in name or name.startswith("."):
        return None
    path = store_dir / GENERATIONS / name
    return path if path.is_dir() else None


def new_generation(store_dir: Path) -> Path:
    """A fresh, empty directory for the next build; sortable by creation time."""
    name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
    path = store_dir / GENERATIONS / name
    path.mkdir(parents=True)
    return path


def _fsync_tree(path: Path) -> None:
    for root, _dirs, files in os.walk(path):
        for file in files:
            with open(os.path.join(root, file), "rb+") as handle:
                os.fsync(handle.fileno())
        _fsync_dir(Path(root))


def publish(store_dir: Path, generation: Path) -> None:
    """Make ``generation`` the live one, durably and atomically."""
    _fsync_tree(generation)
    _fsync_dir(generation.parent)
    temporary = store_dir / f".{POINTER}.{uuid.uuid4().hex[:8]}"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(generation.name + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, store_dir / POINTER)
    _fsync_dir(store_dir)


def remove_stale(store_dir: Path) -> None:
    """Delete every generation but the live one (old graphs, builds that were killed) and stray pointers."""
    live = current_generation(store_dir)
    root = store_dir / GENERATIONS
    if root.is_dir():
        for path in root.iterdir():
            if live is None or path.name != live.name:
                shutil.rmtree(path, ignore_errors=True)
    for stray in store_dir.glob(f".{POINTER}.*"):
        stray.unlink(missing_ok=True)
