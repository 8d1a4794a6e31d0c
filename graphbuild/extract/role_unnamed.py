"""The body a document is about but never names, read by `roles`: the body its heading names ("KB:
Handicaprådet"), else one of its own, known only as the document's (an Organization of kind "unnamed body")."""

from __future__ import annotations

from graphbuild.extract.role_facts import Target
from graphbuild.models import SourceDocument
from graphbuild.parse.body_names import body_phrases
from graphbuild.vocab import ids

UNNAMED = "unnamed body"  # the name of a body a document is about but never names, and its kind


GENERIC_BODIES = frozenset(
    {"bestyrelse", "bestyrelsen", "udvalg", "udvalget", "råd", "rådet", "styregruppe", "styregruppen",
     "repræsentantskab", "repræsentantskabet", "kommissionen", "forum", "forummet", "netværket", "mødeforum",
     # a municipality's own council or standing committee by its kind's name: every municipality has one
     "byråd", "byrådet", "kommunalbestyrelse", "kommunalbestyrelsen", "regionsråd", "regionsrådet",
     "økonomiudvalg", "økonomiudvalget", "forretningsudvalg", "forretningsudvalget", "magistraten",
     "generalforsamling", "generalforsamlingen"}
)  # fmt: skip
HEADING_LINES = 2  # the lines a document's heading may take
HEADING_LENGTH = 160


def heading_body(text: str, doc_id: str) -> Target | None:
    """The body a document names in its heading line, a name of its own ("KB: Handicaprådet", "Dagsordener og
    referater fra midlertidigt udvalg vedrørende digital sundhed"), not a kind's word alone ("Bestyrelse"). Its
    key is the document's: "Sundhedskoordinationsudvalget" of one region is not another's."""
    lines = [line for line in text[:600].splitlines() if line.strip()][:HEADING_LINES]
    for line in lines:
        if len(line) > HEADING_LENGTH:
            continue
        for phrase in body_phrases(line):
            name = " ".join(phrase.name.split(",")[0].split())  # "Udvalget for Forebyggelse, onsdag"
            low = name.lower()
            if phrase.genitive or low in GENERIC_BODIES or low.startswith(("om ", "den ", "det ", "politiske ")):
                continue
            if not name[0].isupper() and len(name.split()) < 3:
                continue  # "udvalget", "byrådet" in running words
            return (ids.organization_id(f"{name} {doc_id}"), name, "Organization")
    return None


def unnamed_body(text: str, document: SourceDocument) -> Target:
    """The body a text that names none is about ("Tilstede var: Overborgmester NAME …" on a page that names
    neither its committee nor a municipality): its heading's, else one of its own, known only as the document's."""
    return heading_body(text, document.doc_id) or (
        ids.organization_id(f"{UNNAMED} {document.doc_id}"),
        f"{UNNAMED} ({document.name})",
        "Organization",
    )
