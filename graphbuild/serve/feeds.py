"""Atom feeds of what builds changed (graphbuild.changes): everything, or the facts about one node,
so a feed reader can follow "new adopters of KL Play" or "anything new about DASSOS"."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

from graphbuild.changes import DETAIL, BuildChanges

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 200


def touches(fact: dict[str, Any], node_id: str | None) -> bool:
    return node_id is None or node_id in (fact.get("source_id"), fact.get("target_id"))


def changes_about(log: list[BuildChanges], node_id: str | None) -> list[tuple[BuildChanges, str, dict[str, Any]]]:
    """(build, "added"/"removed", fact), newest build first, only facts touching ``node_id`` if given."""
    out: list[tuple[BuildChanges, str, dict[str, Any]]] = []
    for entry in reversed(log):
        for sign, facts in (("added", entry.added), ("removed", entry.removed)):
            out.extend((entry, sign, fact) for fact in facts if touches(fact, node_id))
    return out


def headline(sign: str, fact: dict[str, Any]) -> str:
    detail = ", ".join(f"{key} {fact[key]}" for key in DETAIL if fact.get(key))
    target = f" → {fact['target']}" if fact.get("target") else ""
    return f"{sign}: {fact['kind']} {fact['source']}{target}" + (f" ({detail})" if detail else "")


def atom(changes: list[tuple[BuildChanges, str, dict[str, Any]]], title: str, self_url: str, base: str) -> bytes:
    """An Atom 1.0 document; ElementTree escapes every value, so text from documents stays text."""
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    ElementTree.SubElement(feed, f"{{{ATOM}}}title").text = title
    ElementTree.SubElement(feed, f"{{{ATOM}}}id").text = base + self_url
    ElementTree.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=base + self_url)
    updated = changes[0][0].at if changes else "1970-01-01T00:00:00+00:00"
    ElementTree.SubElement(feed, f"{{{ATOM}}}updated").text = updated
    author = ElementTree.SubElement(feed, f"{{{ATOM}}}author")
    ElementTree.SubElement(author, f"{{{ATOM}}}name").text = "kommunegraf"
    for entry, sign, fact in changes[:FEED_ENTRIES]:
        item = ElementTree.SubElement(feed, f"{{{ATOM}}}entry")
        ElementTree.SubElement(item, f"{{{ATOM}}}title").text = headline(sign, fact)
        ElementTree.SubElement(item, f"{{{ATOM}}}id").text = f"{base}/changes#{entry.build}-{sign}-{fact['id']}"
        ElementTree.SubElement(item, f"{{{ATOM}}}updated").text = entry.at
        ElementTree.SubElement(item, f"{{{ATOM}}}link", href=f"{base}/entity/{fact['source_id']}")
        summary = fact.get("quote") or headline(sign, fact)
        ElementTree.SubElement(item, f"{{{ATOM}}}summary").text = f"Build {entry.build}: {summary}"
    document: bytes = ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document
