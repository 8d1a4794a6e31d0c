"""The ids resolve gives a document's entities from that document alone, before any other is read: a body named only
by its kind ("Bestyrelsen", "Menighedsrådet", "Skolen") is its document's own, a kind in one word its municipality's
or else its document's, a bare abbreviation its municipality's (`resolve_ids`), a person named by one word alone its
body's (`resolve_people`). Read by resolve's second step for every document, and by `kommunegraf extract`, whose
output so carries the ids the graph will (a person split by affiliation, or two names merged, is decided only over
all documents, in resolve's first step)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from graphbuild.resolve_ids import (
    is_bare_abbreviation,
    is_generic_body,
    is_kind_word_body,
    scoped_to_document,
    scoped_to_municipality,
)
from graphbuild.resolve_people import is_lone_name, person_scope, scoped_person
from graphbuild.vocab.gazetteer import known_by_id


def doc_of(sha256: str) -> str:
    """A document's short key, by its content's hash."""
    return sha256[:16]


def document_own_entity(
    entity: Mapping[str, Any], facts: Mapping[str, Any], doc: str, document_name: str, known: Mapping[str, object]
) -> dict[str, Any] | None:
    """The entity with the id its document alone gives it (``facts`` as ``DocumentFacts.to_json_dict``), else None
    where its id is the one extract gave it."""
    if entity["type"] == "Person":
        return scoped_person(entity, person_scope(facts, doc)) if is_lone_name(entity["name"]) else None
    if is_generic_body(entity, known):
        return scoped_to_document(entity, doc, document_name)
    if is_kind_word_body(entity, known):
        if facts.get("municipality"):
            return scoped_to_municipality(entity, facts["municipality"])
        return scoped_to_document(entity, doc, document_name)
    if facts.get("municipality") and is_bare_abbreviation(entity, known):
        return scoped_to_municipality(entity, facts["municipality"])
    return None


def with_document_ids(facts: Mapping[str, Any]) -> dict[str, Any]:
    """One document's facts (``DocumentFacts.to_json_dict``) with the ids its document alone gives its entities, in
    its entities and at both ends of its relations."""
    known = known_by_id()
    doc, document_name = doc_of(facts["sha256"]), Path(facts["source"]).name
    own = {
        entity["id"]: scoped
        for entity in facts["entities"]
        if (scoped := document_own_entity(entity, facts, doc, document_name, known)) is not None
    }
    if not own:
        return dict(facts)

    def final(entity_id: str) -> str:
        return str(own[entity_id]["id"]) if entity_id in own else entity_id

    return {
        **facts,
        "entities": [own.get(entity["id"], entity) for entity in facts["entities"]],
        "relations": [
            {**relation, "source": final(relation["source"]), "target": final(relation["target"])}
            for relation in facts["relations"]
        ],
    }
