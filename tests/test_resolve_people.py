"""resolve_people: a person named by one word alone is their body's (or document's), not everyone's of that
name; a name in full stays one person across bodies."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_graphs import loaded
from test_extract_helpers import meeting

from graphbuild.extract import extract_facts
from graphbuild.models import Attendance, DocumentFacts, Graph, MunicipalityRef
from graphbuild.querypacks import run_pack
from graphbuild.resolve import resolve
from graphbuild.resolve_people import is_lone_name, person_scope
from graphbuild.store.base import StoreTarget
from graphbuild.vocab.matching import UnmatchedName

LEMVIG = MunicipalityRef(name="Lemvig", code="0665")
STRUER = MunicipalityRef(name="Struer", code="0671")


def _minutes(name: str, body: str | None, municipality: MunicipalityRef | None, *people: str) -> DocumentFacts:
    text = f"REFERAT {body or ''} ({name})\n\nAfbud: {', '.join(people)}\n\n1. Orientering\n\nFormanden orienterede.\n"
    start = text.index("Afbud")
    absent = [Attendance(name=p, status="absent", start=start, end=start + 5) for p in people]
    return extract_facts(
        meeting(text, ["Orientering"], body=body, municipality=municipality, name=name, attendance=absent)
    )


def _people(graph: Graph) -> dict[str, dict[str, object]]:
    return {n.id: n.properties for n in graph.nodes.values() if n.label == "Person"}


def test_a_first_name_in_two_bodies_minutes_is_two_people() -> None:
    people = _people(
        resolve([_minutes("a.txt", "Ældrerådet", LEMVIG, "Jens"), _minutes("b.txt", "Handicaprådet", STRUER, "Jens")])
    )
    assert sorted(people) == ["person:jens--0665-aeldreraad", "person:jens--0671-handicapraad"]
    assert {p["name"] for p in people.values()} == {"Jens"}
    assert sorted(str(p["affiliation"]) for p in people.values()) == ["Handicaprådet (Struer)", "Ældrerådet (Lemvig)"]


def test_a_first_name_in_one_bodys_two_minutes_is_one_person() -> None:
    people = _people(
        resolve([_minutes("a.txt", "Ældrerådet", LEMVIG, "Jens"), _minutes("b.txt", "Ældrerådet", LEMVIG, "Jens")])
    )
    assert list(people) == ["person:jens--0665-aeldreraad"]


def test_a_first_name_in_two_parishes_minutes_of_one_municipality_is_two_people() -> None:
    # Struer has many parishes: "Menighedsrådet (Struer)" does not say which one's Jens
    people = _people(
        resolve(
            [_minutes("a.txt", "Menighedsrådet", STRUER, "Jens"), _minutes("b.txt", "Menighedsrådet", STRUER, "Jens")]
        )
    )
    assert len(people) == 2 and all(i.startswith("person:jens--doc-") for i in people)


def test_a_name_in_full_stays_one_person_across_bodies() -> None:
    people = _people(
        resolve(
            [
                _minutes("a.txt", "Ældrerådet", LEMVIG, "Jens Hansen"),
                _minutes("b.txt", "Handicaprådet", STRUER, "Jens Hansen"),
            ]
        )
    )
    assert list(people) == ["person:jens-hansen"]
    assert people["person:jens-hansen"]["affiliation"] is None


def test_a_body_named_by_its_kind_alone_scopes_to_the_document() -> None:
    # two associations' "Bestyrelsen" with no municipality are two bodies: their Jens are two people
    people = _people(
        resolve([_minutes("a.txt", "Bestyrelsen", None, "Jens"), _minutes("b.txt", "Bestyrelsen", None, "Jens")])
    )
    assert len(people) == 2 and all(i.startswith("person:jens--doc-") for i in people)
    assert sorted(str(p["affiliation"]) for p in people.values()) == ["a.txt", "b.txt"]


def test_a_body_with_its_own_name_keeps_its_jens_across_its_minutes() -> None:
    people = _people(
        resolve(
            [_minutes("a.txt", "Lemvig Sejlklub", None, "Jens"), _minutes("b.txt", "Lemvig Sejlklub", None, "Jens")]
        )
    )
    assert list(people) == ["person:jens--lemvig-sejlklub"]


def test_the_attendance_follows_the_scoped_person() -> None:
    graph = resolve(
        [_minutes("a.txt", "Ældrerådet", LEMVIG, "Jens"), _minutes("b.txt", "Handicaprådet", STRUER, "Jens")]
    )
    attended = sorted(r.source for r in graph.rels.values() if r.type == "ATTENDED")
    assert attended == ["person:jens--0665-aeldreraad", "person:jens--0671-handicapraad"]


def test_lone_names_and_scopes() -> None:
    assert is_lone_name("Jens") and is_lone_name("Else-Marie")
    assert not is_lone_name("Else Marie") and not is_lone_name("Jens Hansen")
    assert person_scope({"body": None, "municipality": None, "source": "/x/y.pdf"}, "abc") == ("doc-abc", "y.pdf")


def test_a_pack_asked_for_the_first_name_lists_both_with_their_bodies(tmp_path: Path) -> None:
    graph = resolve(
        [_minutes("a.txt", "Ældrerådet", LEMVIG, "Jens"), _minutes("b.txt", "Handicaprådet", STRUER, "Jens")]
    )
    with loaded(StoreTarget(store_dir=tmp_path / "store"), graph) as store:
        with pytest.raises(UnmatchedName) as caught:
            run_pack(store, "person", {"name": "Jens"})
        message = str(caught.value)
        assert "Ældrerådet (Lemvig)" in message and "Handicaprådet (Struer)" in message
        assert "person:jens--0665-aeldreraad" in message and "person:jens--0671-handicapraad" in message
        result = run_pack(store, "person", {"name": "person:jens--0671-handicapraad"})
        rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        assert [(r["person"], r["kind"], r["organization"]) for r in rows] == [
            ("Jens", "absent", "Handicaprådet (Struer)")
        ]


def test_a_body_of_one_word_with_no_municipality_is_one_of_many() -> None:
    # two parishes' "Menighedsrådet" printed with no municipality: their Hanne are two people
    people = _people(
        resolve(
            [_minutes("a.txt", "Menighedsrådet", None, "Hanne"), _minutes("b.txt", "Menighedsrådet", None, "Hanne")]
        )
    )
    assert len(people) == 2 and all(i.startswith("person:hanne--doc-") for i in people)
