"""Expand the paths a user gives into the source files to read, in a stable order."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from stat import S_ISREG

from graphbuild.errors import SourceError
from graphbuild.sources.firstagenda_json import looks_like_meeting_file

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".xml", ".json"})


# A folder's own documentation, not minutes: skipped when a directory is walked.
FOLDER_DOCS = frozenset({"readme", "license", "licence", "notice", "changelog", "contributing"})


def _is_hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$ is Word's lock file


def _is_folder_doc(name: str) -> bool:
    return name.split(".", 1)[0].lower() in FOLDER_DOCS


def not_regular(path: Path) -> str:
    """What a path that is neither a file nor a folder is, as a SourceError's problem: a link whose target is
    missing, a loop of links, a FIFO or a device."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "not a regular file (a loop of symbolic links)"
        if error.errno == errno.ENOENT and path.is_symlink():
            return f"not a regular file (a broken link: its target {os.readlink(path)} is missing)"
        return f"not a regular file ({error.strerror})"
    if stat.S_ISFIFO(mode):
        return "not a regular file (a FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file (a device)"
    if stat.S_ISSOCK(mode):
        return "not a regular file (a socket)"
    return "not a regular file (broken link?)"


def _suffix(name: str) -> str:
    """``Path(name).suffix.lower()``, without making a Path of a name that is not kept."""
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def _walk(root: Path, found: list[tuple[str, Path]], errors: list[SourceError]) -> None:
    """Each file to read under ``root`` with its real path (``os.path.realpath``). A regular file that is no link
    is told by one ``lstat``, its real path its folder's real path and its name; a link is followed as before."""
    seen: set[tuple[int, int]] = set()
    for directory, dirnames, filenames in os.walk(root, followlinks=True, onerror=None):
        try:
            stat = os.stat(directory)
        except OSError as error:
            errors.append(SourceError(directory, f"cannot read directory ({error.strerror})"))
            dirnames[:] = []
            continue
        key = (stat.st_dev, stat.st_ino)
        if key in seen:  # a symlink loop or a second link to a directory already read
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames[:] = sorted(d for d in dirnames if not _is_hidden(d))
        folder, real_directory = Path(directory), ""
        for name in sorted(filenames):
            suffix = _suffix(name)
            if _is_hidden(name) or _is_folder_doc(name) or suffix not in SUPPORTED_SUFFIXES:
                continue
            path = folder / name
            try:
                plain_file = S_ISREG(os.lstat(path).st_mode)
            except OSError:
                plain_file = False
            if plain_file:
                real_directory = real_directory or os.path.realpath(directory)
                real = os.path.join(real_directory, name)
            elif path.is_file():
                real = os.path.realpath(path)
            else:  # a broken link, a FIFO or a device: say so rather than drop it unseen
                errors.append(SourceError(str(path), not_regular(path)))
                continue
            if suffix == ".json" and not looks_like_meeting_file(path):
                continue  # a folder's other JSON (settings, expected answers) is no minutes
            found.append((real, path))


def collect_paths(paths: Sequence[Path]) -> tuple[list[Path], list[SourceError]]:
    """Files to read (directories expanded recursively, sorted, de-duplicated) and path errors.

    A file named explicitly is kept whatever its suffix, so that reading it gives a clear error.
    """
    found: list[tuple[str, Path]] = []
    errors: list[SourceError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            _walk(path, found, errors)
        elif path.is_file():
            found.append((os.path.realpath(path), path))
        elif path.exists() or path.is_symlink():
            errors.append(SourceError(str(path), not_regular(path)))
        else:
            errors.append(SourceError(str(path), "no such file or directory"))
    unique: dict[str, Path] = {}
    for real, path in found:
        unique.setdefault(real, path)
    return sorted(unique.values(), key=lambda p: str(p)), errors
