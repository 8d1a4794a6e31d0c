"""A person named by one word alone ("Jens", "Birgit") is the person of the body whose minutes name them,
not everyone of that name: their id is scoped to the meeting's body and municipality as parse gives them
(a board's Jens across its own minutes stays one person), else to the document when the body is unknown
or, with no municipality to own it, named by its kind or one word alone ("Bestyrelsen", "Menighedsrådet").
A name of two words or more keeps its one id across every document. The node keeps its name, "Jens"; its
affiliation, when the document gives none, says whose Jens it is, so a pack or a page asked for "Jens"
tells the two apart."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from graphbuild.vocab.bodies import is_generic_body_name, is_one_of_many_body_name
from graphbuild.vocab.ids import organization_id, slug


def is_lone_name(name: str) -> bool:
    """A person's name of one word: a first name alone, "Jens", "Else-Marie"."""
    return len(name.split()) == 1


def person_scope(facts: Mapping[str, Any], doc: str) -> tuple[str, str]:
    """Whose a lone name is in this document: a key for the id and a label for the node, the meeting's
    body in its municipality ("0326-direktion", "Direktionen (Kalundborg)"), a body with a name of its own in
    two words or more ("lemvig-sejlklub"), else the document (its short hash and its file name): with no
    municipality, a body named by one word ("Menighedsrådet", "Idrætsforeningen", "FU") is one of many, and with
    one, a body of a kind a municipality has many of ("Bestyrelsen", "Menighedsrådet") is."""
    body = str(facts.get("body") or "").strip()
    municipality = facts.get("municipality") or None
    if body and municipality and not is_one_of_many_body_name(body):
        key = organization_id(body, str(municipality["code"])).split(":", 1)[1]
        return key, f"{body} ({municipality['name']})"
    if len(body.split()) >= 2 and not is_generic_body_name(body):
        return slug(body), body
    return f"doc-{doc}", Path(str(facts.get("source") or doc)).name


def scoped_person(entity: Mapping[str, Any], scope: tuple[str, str]) -> dict[str, Any]:
    """A lone name's entity as its scope's: the id carries the scope's key, the affiliation its label
    unless the document gives one."""
    key, label = scope
    props = dict(entity["properties"])
    if not props.get("affiliation"):
        props["affiliation"] = label
    return {**entity, "id": f"{entity['id']}--{key}", "properties": props}
