"""collect_paths de-duplicates files by their real path: a plain file's is its folder's real path and its name (one
lstat), a link's is followed as ``os.path.realpath`` follows it. The same files, the same first path for each,
the same order as when every path was resolved by realpath: a file linked under another name, a folder reached
through a link and directly, a linked folder whose files are links back, a link given on the command line."""

from __future__ import annotations

import os
from pathlib import Path

from graphbuild.sources import collect_paths


def by_realpath(paths: list[Path]) -> list[Path]:
    """The old de-duplication: every path kept resolved by ``os.path.realpath``, the first of each kept."""
    unique: dict[str, Path] = {}
    for path in paths:
        unique.setdefault(os.path.realpath(path), path)
    return sorted(unique.values(), key=str)


def test_files_are_the_ones_realpath_keeps(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "a" / "deep").mkdir(parents=True)
    (corpus / "b").mkdir()
    for name in ("a/one.txt", "a/deep/two.md", "b/three.html", "b/notes.txt"):
        (corpus / name).write_text("Referat\n", encoding="utf-8")
    (corpus / "a" / "zz-one-again.txt").symlink_to(corpus / "a" / "one.txt")  # the same file under another name
    (corpus / "b" / "back.txt").symlink_to(corpus / "a" / "deep" / "two.md")  # a link to a file sorted elsewhere
    (corpus / "c").symlink_to(corpus / "a", target_is_directory=True)  # a folder reached twice
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "far.txt").write_text("Dagsorden\n", encoding="utf-8")
    (corpus / "b" / "far-link.txt").symlink_to(tmp_path / "outside" / "far.txt")
    given = [corpus, tmp_path / "outside" / "far.txt", corpus / "c" / "one.txt"]

    found, errors = collect_paths(given)

    assert errors == []
    # every file in the order the walk meets it (folders sorted, files sorted, "c" met as "a" again and left)
    walked = ["a/one.txt", "a/zz-one-again.txt", "a/deep/two.md", "b/back.txt", "b/far-link.txt", "b/notes.txt"]
    walked += ["b/three.html"]
    assert found == by_realpath([*(corpus / name for name in walked), *given[1:]])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "corpus/a/deep/two.md",
        "corpus/a/one.txt",
        "corpus/b/far-link.txt",
        "corpus/b/notes.txt",
        "corpus/b/three.html",
    ]
