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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from graphbuild.models import Graph

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


def followed_facts(graph: Graph) -> dict[str, dict[str, Any]]:
    """Fact id -> what a reader needs to see it (the build gathers the same as it streams)."""
    names = {node_id: str(node.properties.get("name") or node_id) for node_id, node in graph.nodes.items()}
    facts: dict[str, dict[str, Any]] = {}
    for rel in graph.rels.values():
        if rel.type in FOLLOWED:
            facts[rel.id] = rel_fact(rel.type, rel.source, rel.target, rel.properties, names)
    for node in graph.nodes.values():
        if node.label == "Meeting":
            facts[node.id] = meeting_fact(node.id, node.properties)
    return facts


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


def record_changes(directory: Path, previous: Path | None, graph: Graph, now: datetime | None = None) -> BuildChanges:
    """Write this graph's facts and the log with this build's line appended into ``directory``."""
    return record_followed(directory, previous, followed_facts(graph), now)


def record_followed(
    directory: Path, previous: Path | None, facts: dict[str, dict[str, Any]], now: datetime | None = None
) -> BuildChanges:
    """Write this build's followed ``facts`` and the log with this build's line appended into ``directory``."""
    before: dict[str, dict[str, Any]] = {}
    if previous is not None and (previous / FACTS_FILE).is_file():
        before = json.loads((previous / FACTS_FILE).read_text(encoding="utf-8"))
    log = read_log(previous)
    entry = BuildChanges(
        build=(log[-1].build + 1) if log else 1,
        at=(now or datetime.now(UTC)).isoformat(timespec="seconds"),
        added=_in_reading_order({key: facts[key] for key in facts.keys() - before.keys()}),
        removed=_in_reading_order({key: before[key] for key in before.keys() - facts.keys()}),
    )
    (directory / FACTS_FILE).write_text(json.dumps(facts, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    lines = [json.dumps(e.to_json_dict(), ensure_ascii=False, sort_keys=True) for e in [*log, entry]]
    (directory / LOG_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entry


def _in_reading_order(facts: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    order = sorted(facts, key=lambda key: (facts[key]["kind"], facts[key]["source"], str(facts[key]["target"]), key))
    return [{"id": key, **facts[key]} for key in order]


def select(log: list[BuildChanges], *, since: str | None = None, build: int | None = None) -> list[BuildChanges]:
    """The builds to show: one by number, those on or after a date (a prefix such as 2026-11 works),
    or all."""
    if build is not None:
        return [entry for entry in log if entry.build == build]
    if since:
        return [entry for entry in log if entry.at[: len(since)] >= since]
    return log


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
