"""What each build changed: facts added and removed since the previous graph.

A build writes two files into the new graph's generation directory, beside the graph and its
search index, so they go live with it (or not at all):

- ``facts.json``: every fact an analyst follows, by its stable id (one relationship per fact, so the
  id of "Kalundborg adopted KL Play on 2021-03-08" is the same in every build that has it): adoptions,
  roles, memberships, ownership, and meetings.
- ``changes.jsonl``: the previous generation's log with one line appended for this build: its number,
  time, and the facts added and removed compared with the previous build's ``facts.json``.

``kommunegraf changes`` prints the log; the first build lists everything it found as added.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from graphbuild.errors import UserError
from graphbuild.spill import SortedSpill

FACTS_FILE = "facts.json"
LOG_FILE = "changes.jsonl"
FOLLOWED = ("ADOPTED", "HOLDS_ROLE", "MEMBER_OF", "OWNED_BY")
DETAIL = ("role", "valid_from", "valid_to", "as_of", "date", "date_is")


def rel_fact(rel_type: str, source: str, target: str, props: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """What a reader needs to see a followed relationship: kind, the two ends by name, its own dates,
    its source."""
    return {
        "kind": rel_type,
        "source": names.get(source, source),
        "source_id": source,
        "target": names.get(target, target),
        "target_id": target,
        **{key: props[key] for key in DETAIL if props.get(key) is not None},
        "doc": props.get("doc"),
        "quote": props.get("quote"),
    }


def meeting_fact(node_id: str, props: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "Meeting",
        "source": str(props.get("name") or node_id),
        "source_id": node_id,
        "target": props.get("body"),
        "target_id": None,
        "date": str(props.get("starts_at") or "")[:10] or None,
    }


@dataclass(frozen=True)
class BuildChanges:
    build: int
    at: str
    added: list[dict[str, Any]]
    removed: list[dict[str, Any]]

    def to_json_dict(self) -> dict[str, Any]:
        return {"build": self.build, "at": self.at, "added": self.added, "removed": self.removed}


def read_log(directory: Path | None) -> list[BuildChanges]:
    """The change log kept in a generation directory; empty when there is none yet."""
    path = directory / LOG_FILE if directory is not None else None
    if path is None or not path.is_file():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            entries.append(BuildChanges(data["build"], data["at"], data["added"], data["removed"]))
    return entries


def record_followed_sorted(
    directory: Path, previous: Path | None, facts: Iterable[tuple[str, dict[str, Any]]], now: datetime | None = None
) -> tuple[int, int]:
    """Write this build's followed facts (a stream of (id, fact) in id order, never all in memory)
    and the log with this build's line appended into ``directory``. The previous build's facts are
    read as a stream too, the two are compared by a merge, and what was added and removed is put in
    reading order on disk. Returns how many facts were added and removed."""
    with tempfile.TemporaryDirectory(prefix="kommunegraf-changes-") as scratch:
        added = SortedSpill(Path(scratch), "added")
        removed = SortedSpill(Path(scratch), "removed")
        with (directory / FACTS_FILE).open("w", encoding="utf-8") as out:
            out.write("{\n")
            first = True
            for side, key, fact in _merged(_read_facts(previous), facts):
                if side != "old":
                    out.write(("" if first else ",\n") + _dumps(key) + ": " + _dumps(fact))
                    first = False
                if side != "both":
                    (added if side == "new" else removed).add(_reading_key(key, fact), {"id": key, **fact})
            out.write("\n}\n")
        last = _last_build(previous)
        at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with (directory / LOG_FILE).open("w", encoding="utf-8") as out:
            if previous is not None and (previous / LOG_FILE).is_file():
                with (previous / LOG_FILE).open(encoding="utf-8") as before:
                    for line in before:  # the earlier builds' lines, carried forward as they are
                        if line.strip():
                            out.write(line if line.endswith("\n") else line + "\n")
            # the same bytes as json.dumps(BuildChanges.to_json_dict(), ensure_ascii=False, sort_keys=True)
            out.write('{"added": [' + ", ".join(_dumps(fact) for fact in added) + "], ")
            out.write(f'"at": {_dumps(at)}, "build": {last + 1}, ')
            out.write('"removed": [' + ", ".join(_dumps(fact) for fact in removed) + "]}\n")
        return added.count, removed.count


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _reading_key(key: str, fact: dict[str, Any]) -> list[str]:
    return [str(fact["kind"]), str(fact["source"]), str(fact["target"]), key]


def _read_facts(directory: Path | None) -> Iterator[tuple[str, dict[str, Any]]]:
    """A generation's followed facts in id order, one at a time. This module writes one fact a line
    (still one JSON object); an older build's single-line file is read whole."""
    path = directory / FACTS_FILE if directory is not None else None
    if path is None or not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        head = handle.readline()
        if head.strip() != "{":
            yield from sorted(json.loads(head + handle.read()).items())
            return
        for line in handle:
            line = line.rstrip("\n").removesuffix(",")
            if line in ("", "}"):
                continue
            yield next(iter(json.loads("{" + line + "}").items()))


def _merged(
    before: Iterable[tuple[str, dict[str, Any]]], now: Iterable[tuple[str, dict[str, Any]]]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Two streams in id order merged: ("old", id, fact) only before, ("new", ...) only now, ("both", ...)
    in both (with the new fact)."""
    old_iter, new_iter = iter(before), iter(now)
    old, new = next(old_iter, None), next(new_iter, None)
    while old is not None or new is not None:
        if new is None or (old is not None and old[0] < new[0]):
            assert old is not None
            yield "old", old[0], old[1]
            old = next(old_iter, None)
        elif old is None or new[0] < old[0]:
            yield "new", new[0], new[1]
            new = next(new_iter, None)
        else:
            yield "both", new[0], new[1]
            old, new = next(old_iter, None), next(new_iter, None)


_BUILD_NUMBER = re.compile(r'\], "at": "[^"]*", "build": (\d+), "removed": \[')


def _last_build(directory: Path | None) -> int:
    """The number of the last build in a generation's log (0 when there is none), without parsing the
    line's facts: the top-level keys are written in this order and cannot occur inside a string."""
    path = directory / LOG_FILE if directory is not None else None
    if path is None or not path.is_file():
        return 0
    last = ""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                last = line
    if not last:
        return 0
    found = _BUILD_NUMBER.search(last)
    return int(found.group(1)) if found else int(json.loads(last)["build"])


def select(log: list[BuildChanges], *, since: str | None = None, build: int | None = None) -> list[BuildChanges]:
    """The builds to show: one by number, those on or after a date (a prefix such as 2026-11 works),
    or all."""
    if build is not None and since:
        raise UserError("give --since or --build, not both")
    if build is not None:
        return [entry for entry in log if entry.build == build]
    if since:
        start = since_start(since)
        return [entry for entry in log if entry.at[: len(start)] >= start]
    return log


_SINCE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def since_start(since: str) -> str:
    """A date or date prefix (2026, 2026-11, 2026-11-30) as the ISO prefix builds are compared on;
    "2026-2" is February, not every month from 2026-2x."""
    match = _SINCE.fullmatch(since.strip())
    if match is None:
        raise UserError(f"--since expects a date such as 2026-11-30 or 2026-11, not {since!r}")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise UserError(f"--since: {since!r} is not a date") from None
    return year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day else "")


def rows(entries: list[BuildChanges]) -> tuple[list[str], list[list[Any]]]:
    """One row per change, for the CLI's table, JSON and CSV."""
    columns = ["build", "at", "change", "kind", "source", "target", "detail", "quote"]
    out: list[list[Any]] = []
    for entry in entries:
        for sign, facts in (("added", entry.added), ("removed", entry.removed)):
            for fact in facts:
                detail = ", ".join(f"{key} {fact[key]}" for key in DETAIL if fact.get(key))
                out.append(
                    [
                        entry.build,
                        entry.at,
                        sign,
                        fact["kind"],
                        fact["source"],
                        fact["target"],
                        detail,
                        fact.get("quote"),
                    ]
                )
    return columns, out
