"""A FirstAgenda item's text (the ``Html`` of its ``Felter``) read into sections: each ``h1``–``h4`` heading
starts one, the blocks after it are its text (a run of inline pieces one line), a heading over headings of
its own ("Fremstilling" over Resume, Indstilling, …) kept as its first section's line, and a
``span.sagsforloeb`` read as the case's handlings, each underlined "dd-mm-yyyy Body" line over what that body
decided. ``firstagenda_json`` reads the rest of the meeting file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from graphbuild.sources.html import MAX_DEPTH, html_to_text, nesting_deeper_than, node_text
from graphbuild.sources.portal_meeting import Handling, handling_of

_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
_HEADING_SELECTOR = "h1, h2, h3, h4"
# a line break in the markup's source with the blanks around it; the blanks before it read only from their run's first
# character ("(?<![ \t])"): tried from each blank of a long line of spaces with no line break, they ran to its end
# and failed there again, quadratic in the markup. The same replacements: a match that starts inside a run also starts
# where the run starts, and the next try after a match starts past all its closing blanks
_SOURCE_LINE_BREAK = re.compile(r"(?:(?<![ \t])[ \t]+)?[\r\n]+[ \t]*")
# Elements that are lines of their own whatever their text (the rest join the line they stand in).
_BLOCK = frozenset({"p", "div", "table", "ul", "ol", "li", "dl", "h5", "h6", "blockquote", "pre", "section", "hr"})
_SKIPPED = frozenset({"-comment", "_comment", "script", "style", "meta", "title", "link", "head"})
_PASSAGE_HEADINGS = frozenset({"sagens forløb", "sagsforløb"})
DECISION_HEADINGS = frozenset({"beslutning", "beslutninger", "afgørelse"})
_DECISION_WORDS = ("beslutning ", "beslutninger", "afgørelse", *DECISION_HEADINGS)
# The portal's heading over the case's presentation, as minutes name it (the parse stage knows
# "Sagsfremstilling"; the wrapper's own sub-headings are kept as lines).
_AS_MINUTES_HEADING = {"fremstilling": "Sagsfremstilling"}
# The heading of a section the portal left without one: the case's presentation.
UNTITLED_SECTION = "Sagsfremstilling"


@dataclass
class _Section:
    heading: str
    blocks: list[str] = field(default_factory=list)
    passage: list[Handling] = field(default_factory=list)
    wraps: bool = False  # a heading over sections of its own ("Fremstilling" over Resume, Indstilling, …)


def _heading_text(node: LexborNode) -> str:
    """A heading's words: its text nodes joined as written ("<b>I</b>ndstilling" is one word)."""
    return " ".join((node.text(deep=True, separator="") or "").split())


def _classes(node: LexborNode) -> list[str]:
    return (node.attributes.get("class") or "").split()


def _passage(node: LexborNode) -> list[Handling]:
    """The handlings of a ``span.sagsforloeb``: each underlined line a body and its day, the text up
    to the next one what that body decided there. An underlined line that names no handling is text."""
    groups: list[tuple[Handling, list[str]]] = []
    for child in node.iter(include_text=True):
        if child.tag == "u":
            handling = handling_of(_heading_text(child))
            if handling is not None:
                groups.append((handling, []))
                continue
        if not groups:
            continue
        if child.tag == "-text":
            text = " ".join((child.text_content or "").split())
        elif child.tag in ("br", "-comment", "_comment"):
            text = ""
        else:
            text = node_text(child).strip()
        if text:
            groups[-1][1].append(text)
    return [Handling(h.body, h.day, h.item, "\n".join(lines)) for h, lines in groups]


def _sections(root: LexborNode) -> list[_Section]:
    """The item's sections in order: each heading starts one, the blocks after it are its text (a
    run of inline pieces one line), a Sagens forløb's handlings are read from its markup."""
    sections: list[_Section] = []
    run: list[str] = []

    def add(text: str) -> None:
        if text:
            if not sections:
                sections.append(_Section(""))
            sections[-1].blocks.append(text)

    def end_run() -> None:
        add(" ".join(" ".join(run).split()))
        run.clear()

    def visit(node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                run.append(child.text_content or "")
                continue
            if tag in _SKIPPED:
                continue
            if tag == "br":
                end_run()
                continue
            if tag in _HEADINGS:
                end_run()
                heading = _heading_text(child)
                if heading:
                    sections.append(_Section(heading))
                continue
            if "sagsforloeb" in _classes(child) or (
                sections and sections[-1].heading.lower() in _PASSAGE_HEADINGS and child.css_first("u") is not None
            ):
                end_run()
                handlings = _passage(child)
                if handlings:
                    if not sections:
                        sections.append(_Section("Sagens forløb"))
                    sections[-1].passage += handlings
                else:
                    add(node_text(child).strip())
                continue
            if child.css_first(_HEADING_SELECTOR) is not None:
                end_run()
                if sections and not sections[-1].blocks and not _is_decision(sections[-1].heading):
                    sections[-1].wraps = True
                visit(child)
                end_run()
                continue
            text = node_text(child).strip()
            if tag in _BLOCK or "\n" in text:
                end_run()
                add(text)
            else:
                run.append(text)

    visit(root)
    end_run()
    return [s for s in sections if s.blocks or s.passage or s.wraps]


def _is_decision(heading: str) -> bool:
    """A decision's heading ("Beslutning", "Beslutning i Økonomiudvalget den 16-03-2026")."""
    return heading.lower().startswith(_DECISION_WORDS)


def read_sections(markup: str) -> tuple[list[tuple[str, str]], list[Handling]]:
    """An item's ``(heading, text)`` sections and its case's handlings from its fields' HTML."""
    if not markup.strip():
        return [], []
    if "<pre" not in markup.lower():  # a line break in HTML text is a space, as the page shows it
        markup = _SOURCE_LINE_BREAK.sub(" ", markup)
    if nesting_deeper_than(markup, MAX_DEPTH):
        return [("", html_to_text(markup))], []
    tree = LexborHTMLParser(markup)
    root = tree.body or tree.root
    if root is None:
        return [], []
    try:
        found = _sections(root)
    except RecursionError:
        return [("", html_to_text(markup))], []
    sections: list[tuple[str, str]] = []
    passage: list[Handling] = []
    wrapper: str | None = None
    for section in found:
        passage += section.passage
        if section.wraps and not section.blocks:
            wrapper = _AS_MINUTES_HEADING.get(section.heading.lower(), section.heading)
            continue
        if section.blocks:
            heading, text = section.heading, "\n".join(section.blocks)
            if wrapper and heading:  # the wrapper's heading over its first section, kept as a line
                heading, text = wrapper, f"{heading}\n{text}"
            heading = heading or (UNTITLED_SECTION if sections else "")
            sections.append((heading, text))
        wrapper = None
    return sections, passage
