"""The body a web page or a news article names only by its kind's word, read by `role_chairs` where a page's heading
names no body of its own and its headline no board: a line of its own that is the kind's word ("Bestyrelsen",
"Bestyrelse"), a section about it ("Om bestyrelsen") or a list's label naming it ("Medlemmer af vandrådet",
"Kredsrådets medlemmer:"); the body named in full where the page prints the kind's word with a linking word and a
name after it ("vandråd for Hovedvandopland 2.2 Isefjord og Roskilde Fjord"), else with a name after it on a line of
its own ("Kredsråd Nordjylland", the page's heading), else by the word as printed
("Bestyrelsen"), keyed by the document (one page's "Bestyrelsen" is not another's). Only in a document that is no
minutes nor agenda; never a line of prose, nor a word that is no body's kind ("Medlemmer af foreningen")."""

from __future__ import annotations

import re

from graphbuild.models import Meeting
from graphbuild.vocab import ids

# a body's kind, alone or closing a compound ("vandrådet", "Kredsrådets"), its definite ending apart
_KIND = r"(?:bestyrelse|repræsentantskab|styregruppe|råd|udvalg|kommission|forum|netværk)"
_WORD = rf"(?P<word>(?P<stem>[A-ZÆØÅa-zæøå]*(?i:{_KIND}))(?P<ending>en|et|n|s|ens|ets|ns)?)"
# "Bestyrelsen", "Om bestyrelsen", "Medlemmer af vandrådet:", "Kredsrådets medlemmer:", "Bestyrelsen består af:"
_HEADING = re.compile(
    rf"^(?:(?:Om|Medlemmer(?:ne)?[ \t]+af|(?i:medlemmer(?:ne)?[ \t]+af))[ \t]+)?{_WORD}"
    r"(?:[ \t]+(?:medlemmer|består[ \t]+af))?[ \t]*:?$"
)
_HEADING_LENGTH = 40
# the name after the kind's word and its linking word: capitalised words and numbers, "og"/"&" between two
_NAME_WORD = r"(?:[A-ZÆØÅ][\wæøåÆØÅ&’'-]*|\d+(?:\.\d+)*)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:(?:og|&)[ \t]+)?{_NAME_WORD})*"


def _named_in_full(text: str, stem: str) -> str | None:
    """The one name the page prints for the kind with a linking word and a name after it ("vandråd for
    Hovedvandopland 2.2 Isefjord og Roskilde Fjord"), else with a name after it on a line of its own ("Kredsråd
    Nordjylland"); else None."""
    pattern = re.compile(rf"(?<![\wæøåÆØÅ])(?i:{re.escape(stem)})(?:en|et|n)?[ \t]+(?:for|i)[ \t]+{_NAME}")
    names = {" ".join(m.group(0).split()) for m in pattern.finditer(text)}
    if not names:  # a heading of its own: "Kredsråd Nordjylland"
        heading = re.compile(rf"(?m)^[ \t]*((?i:{re.escape(stem)})[ \t]+{_NAME})[ \t]*$")
        names = {" ".join(m.group(1).split()) for m in heading.finditer(text)}
    return names.pop() if len(names) == 1 else None


def _kind_word(text: str) -> tuple[str, str] | None:
    """The kind's word of the first heading that names the page's body by it, definite as printed ("Bestyrelsen",
    "Kredsrådet" of "Kredsrådets"), and its stem ("Kredsråd"); else None."""
    for line in text.splitlines():
        line = line.strip()
        if len(line) > _HEADING_LENGTH:
            continue
        m = _HEADING.match(line)
        if m is None:
            continue
        ending = m.group("ending") or ""
        if ending.endswith("s") and not m.group(0).rstrip(": \t").endswith("medlemmer"):
            continue  # a genitive is a heading only before its members ("Kredsrådets medlemmer:")
        return m.group("stem") + ending.removesuffix("s"), m.group("stem")
    return None


def page_kind_body(text: str, meeting: Meeting) -> tuple[str, str, str] | None:
    """The body a page that is no meeting's names only by its kind's word, as an (id, name, type) target keyed by the
    document: named in full where the page prints that, else by the word; else None."""
    if meeting.kind is not None:
        return None
    found = _kind_word(text)
    if found is None:
        return None
    word, stem = found
    name = _named_in_full(text, stem) or word
    return ids.organization_id(f"{name} {meeting.source.doc_id}"), name, "Organization"
