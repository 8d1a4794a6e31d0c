"""Step 1 of resolve: which ids are one thing. Organisations and initiatives whose names or aliases share a
name key are joined (a known gazetteer id wins); an organisation named only by its kind and owned by no
municipality, or by a kind its municipality has many of ("Bestyrelsen", "Menighedsrådet"), stays its document's own,
one named by another kind in one word ("Kommunalbestyrelsen", "FU") its municipality's or else its document's;
an abbreviation no document expands and the gazetteer does not know is its municipality's ("KFU" in Odder's minutes
is not Vejle's "KFU"); people of one id with more than one affiliation split."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphbuild.resolve_people import is_lone_name
from graphbuild.vocab.bodies import is_generic_body_name, is_kind_word_name, is_one_of_many_body_name
from graphbuild.vocab.gazetteer import known_by_id
from graphbuild.vocab.ids import normalise, organization_id, slug

MERGED_BY_NAME: frozenset[str] = frozenset({"Organization", "Initiative"})
# an organisation of these kinds is one municipality's or one document's: never joined with another by name
NOT_MERGED_KINDS: frozenset[str] = frozenset({"municipality body", "unnamed body"})
LEADING_ARTICLES = ("den ", "det ", "de ")
# A company's legal form after its name ("VEKS I/S", "Vestforbrænding I/S", "AffaldPlus A/S") names the
# same company as the bare name, which minutes use as often; folded, "I/S" reads "i s".
TRAILING_LEGAL_FORMS = (" i s", " a s", " aps", " p s", " k s", " amba", " a m b a", " smba", " f m b a", " ivs")

# What a document tells the first step: its (type, id, names) to merge by name, its (person id, affiliation).
Names = list[tuple[str, str, tuple[str, ...]]]
Affiliations = list[tuple[str, str]]


def name_key(name: str) -> str:
    """The key two names must share to be one thing: normalised, without a leading article or a
    trailing legal form."""
    key = normalise(name)
    for article in LEADING_ARTICLES:
        if key.startswith(article):
            key = key[len(article) :]
    for legal_form in TRAILING_LEGAL_FORMS:
        if key.endswith(legal_form) and len(key) > len(legal_form):
            key = key[: -len(legal_form)]
            break
    return key


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id becomes the root, so the result does not depend on the order of calls
            low, high = sorted((ra, rb))
            self.parent[high] = low


def shared_names(facts: Mapping[str, Any]) -> tuple[Names, Affiliations]:
    """What the first step needs of one document (``facts`` as ``DocumentFacts.to_json_dict``):
    the names of its organisations and initiatives, and its people's affiliations (none of a person named by
    one word alone: their id is their body's, graphbuild.resolve_people)."""
    names: Names = []
    affiliations: Affiliations = []
    known = known_by_id()
    municipal = bool(facts.get("municipality"))
    for entity in facts["entities"]:
        kind, props = entity["type"], entity["properties"]
        if kind == "Person" and props.get("affiliation") and not is_lone_name(entity["name"]):
            affiliations.append((entity["id"], str(props["affiliation"])))
        elif (
            kind in MERGED_BY_NAME
            and props.get("kind") not in NOT_MERGED_KINDS
            and not is_generic_body(entity, known)
            and not is_kind_word_body(entity, known)
            and not (municipal and is_bare_abbreviation(entity, known))
        ):
            names.append((kind, entity["id"], (entity["name"], *entity["aliases"])))
    return names, affiliations


# an acronym as mention_organisations names an organisation by it: "KFU", "LBR", "AVV-Affaldsselskabet"
_ABBREVIATION = re.compile(r"[A-ZÆØÅ]{2,6}(?:-[A-Z][a-z]+)?")


def is_bare_abbreviation(entity: Mapping[str, Any], known: Mapping[str, object]) -> bool:
    """An organisation named only by an acronym its document does not expand and the gazetteer does not
    know: what it stands for is the writer's, one municipality's committee as often as anything."""
    return (
        entity["type"] == "Organization"
        and entity["properties"].get("kind") is None
        and entity["id"] not in known
        and _ABBREVIATION.fullmatch(entity["name"]) is not None
    )


def is_generic_body(entity: Mapping[str, Any], known: Mapping[str, object]) -> bool:
    """An organisation named only by its kind ("Bestyrelsen", "Regionsrådet") with no municipality to
    own it, or by a kind its municipality has many of ("Bestyrelse (Holbæk)", "Menighedsrådet"): one body of the
    document that names it, never joined with another document's by name."""
    if entity["type"] != "Organization" or entity["id"] in known:
        return False
    kind = entity["properties"].get("kind")
    if kind == "unnamed body":
        return False
    if is_one_of_many_body_name(entity["name"]):
        return True
    return kind not in NOT_MERGED_KINDS and is_generic_body_name(entity["name"])


def is_kind_word_body(entity: Mapping[str, Any], known: Mapping[str, object]) -> bool:
    """An organisation named by its kind in one word ("Menighedsrådet", "Idrætsforeningen", "FU"): every parish
    or club has one, so it is its municipality's, else its document's, never joined with another's by name."""
    return (
        entity["type"] == "Organization"
        and entity["properties"].get("kind") not in NOT_MERGED_KINDS
        and entity["id"] not in known
        and is_kind_word_name(entity["name"])
    )


def scoped_to_document(entity: Mapping[str, Any], doc: str, document_name: str) -> dict[str, Any]:
    """A generic body's entity as its document's own: its id and name carry the document."""
    name = entity["name"]
    return {
        **entity,
        "id": f"{entity['id']}--{doc}",
        "name": f"{name} ({document_name})",
        "aliases": [name, *entity["aliases"]],
    }


def scoped_to_municipality(entity: Mapping[str, Any], municipality: Mapping[str, Any]) -> dict[str, Any]:
    """A bare abbreviation's entity as its municipality's: its id carries the municipality's code, its
    name the municipality's name ("KFU (Rødovre)")."""
    name = entity["name"]
    return {
        **entity,
        "id": organization_id(name, municipality["code"]),
        "name": f"{name} ({municipality['name']})",
        "aliases": [name, *entity["aliases"]],
    }


class SharedIds:
    """Step 1: organisations and initiatives sharing a name key are joined, people with more than one
    affiliation split. Order-free: documents may come in any order (as extraction workers finish)."""

    def __init__(self) -> None:
        self._uf = UnionFind()
        self._owner_of_key: dict[tuple[str, str], str] = {}
        self._affiliations: dict[str, set[str]] = {}

    def observe(self, shared: tuple[Names, Affiliations]) -> None:
        known = known_by_id()
        names, affiliations = shared
        for person_id, affiliation in affiliations:
            self._affiliations.setdefault(person_id, set()).add(affiliation)
        for kind, entity_id, own_names in names:
            self._uf.find(entity_id)
            every = [*own_names, *(known[entity_id].aliases if entity_id in known else ())]
            for name in every:
                key = (kind, name_key(name))
                if not key[1]:
                    continue
                owner = self._owner_of_key.setdefault(key, entity_id)
                if owner != entity_id:
                    self._uf.union(owner, entity_id)

    def finish(self) -> IdMap:
        known = known_by_id()
        groups: dict[str, list[str]] = {}
        for entity_id in self._uf.parent:
            groups.setdefault(self._uf.find(entity_id), []).append(entity_id)
        merged: dict[str, str] = {}
        for members in groups.values():
            if len(members) < 2:
                continue
            known_members = sorted(m for m in members if m in known)
            canonical = known_members[0] if known_members else min(members, key=lambda m: (len(m), m))
            merged.update({member: canonical for member in members if member != canonical})
        split = frozenset(pid for pid, affiliations in self._affiliations.items() if len(affiliations) >= 2)
        return IdMap(merged, split)


@dataclass(frozen=True)
class IdMap:
    """The outcome of step 1: id -> canonical id for merged ones; people who split by affiliation."""

    merged: dict[str, str]
    split_people: frozenset[str]

    def person(self, entity_id: str, affiliation: object) -> str | None:
        """The id of this person as one document states them, when they are split by affiliation."""
        if entity_id in self.split_people and affiliation:
            return f"{entity_id}--{slug(str(affiliation))}"
        return None
