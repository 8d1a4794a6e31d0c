"""The examples/ corpus: it meets its spec, and what the pipeline extracts from it matches the
hand-written examples/expected.json (adoptions exactly; roles, attendance, membership, laws and item
outcomes as recall floors)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import pytest
from fixtures_shared import EXAMPLES

from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.sources import read_source
from graphbuild.sources.paths import collect_paths

EXPECTED: dict[str, Any] = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
DOCUMENTS: dict[str, dict[str, Any]] = EXPECTED["documents"]
FLOORS: dict[str, float] = EXPECTED["floors"]
KL_PLAY = "initiative:kl-play-sundhed-og-social"


@cache
def extracted(name: str) -> dict[str, Any]:
    facts = extract_facts(parse_meeting(read_source(EXAMPLES / name)))
    result: dict[str, Any] = facts.to_json_dict()
    return result


def relations(name: str, rel_type: str) -> list[dict[str, Any]]:
    return [r for r in extracted(name)["relations"] if r["type"] == rel_type]


def person_key(name: str) -> str:
    return " ".join(name.lower().split())


def recall(expected: Iterable[object], found: set[object]) -> tuple[int, int]:
    wanted = list(expected)
    return sum(1 for fact in wanted if fact in found), len(wanted)


def all_expected_adoptions() -> list[dict[str, Any]]:
    return [a for doc in DOCUMENTS.values() for a in doc["adoptions"]]


# --- the spec ------------------------------------------------------------------------------


def test_every_listed_document_exists_and_is_read() -> None:
    for name, doc in DOCUMENTS.items():
        path = EXAMPLES / name
        assert path.is_file(), name
        assert path.suffix.lstrip(".") == doc["format"]
        assert read_source(path).text.strip(), name


def test_corpus_size_formats_and_places() -> None:
    formats = {doc["format"] for doc in DOCUMENTS.values()}
    municipalities = {doc["municipality"] for doc in DOCUMENTS.values() if doc["municipality"]}
    shared_bodies = {doc["body"] for doc in DOCUMENTS.values() if not doc["municipality"]}
    assert len(DOCUMENTS) >= 8
    assert {"txt", "html", "pdf", "docx"} <= formats
    assert len(municipalities) >= 4
    assert len(shared_bodies) >= 2


def test_kl_play_adopted_by_three_municipalities_on_different_dates() -> None:
    kl_play = [a for a in all_expected_adoptions() if a["initiative"] == KL_PLAY and a.get("extracted", True)]
    assert len({a["municipality"] for a in kl_play}) >= 3
    assert len({a["date"] for a in kl_play}) >= 3


def test_a_second_initiative_has_two_adopters() -> None:
    adopters: dict[str, set[str]] = {}
    for adoption in all_expected_adoptions():
        adopters.setdefault(adoption["initiative"], set()).add(adoption["municipality"])
    assert any(len(m) >= 2 for initiative, m in adopters.items() if initiative != KL_PLAY)


def test_binary_documents_come_from_their_hidden_sources() -> None:
    """The PDF/DOCX text is the source text: every source line's words appear in order."""
    sources = EXAMPLES / ".sources"
    for name, doc in DOCUMENTS.items():
        if doc["format"] not in {"pdf", "docx"}:
            continue
        source = EXAMPLES / doc["source"]
        assert source.parent == sources and source.is_file(), f"{name}: no source {source}"
        read_words = " ".join(read_source(EXAMPLES / name).text.split())
        for line in source.read_text(encoding="utf-8").splitlines():
            words = " ".join(line.replace("\t", " ").split())
            if words:
                assert words in read_words, f"{name}: {words!r}"


# --- the extracted facts -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_meeting_header(name: str) -> None:
    doc, facts = DOCUMENTS[name], extracted(name)
    assert facts["kind"] == doc["kind"]
    assert (facts["start"] or "").startswith(doc["date"])


def test_own_municipality_recall() -> None:
    """A municipality's own meeting is placed in it (from the header, case numbers or body name)."""
    own = {name: doc["municipality"] for name, doc in DOCUMENTS.items() if doc["municipality"]}
    hit = sum(1 for name, code in own.items() if (extracted(name)["municipality"] or {}).get("code") == code)
    assert hit / len(own) >= FLOORS["municipality"], f"{hit}/{len(own)}"


def adoption_key(a: dict[str, Any]) -> tuple[str, str, str, str]:
    return (f"municipality:{a['municipality']}", a["initiative"], a["date"], a["date_is"])


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_adoptions_exactly(name: str) -> None:
    expected = {adoption_key(a) for a in DOCUMENTS[name]["adoptions"] if a.get("extracted", True)}
    found = {
        (r["source"], r["target"], r["properties"]["date"], r["properties"]["date_is"])
        for r in relations(name, "ADOPTED")
    }
    assert found == expected


def test_item_outcomes_recall() -> None:
    hit = total = 0
    for name, doc in DOCUMENTS.items():
        found = {(i["number"], i["outcome"]) for i in extracted(name)["items"]}
        h, t = recall(doc["items"].items(), set(found))
        hit, total = hit + h, total + t
    assert hit / total >= FLOORS["outcomes"], f"{hit}/{total}"


def test_every_item_is_found() -> None:
    for name, doc in DOCUMENTS.items():
        numbers = {i["number"] for i in extracted(name)["items"]}
        assert set(doc["items"]) <= numbers, name


def test_roles_recall() -> None:
    hit = total = 0
    for name, doc in DOCUMENTS.items():
        names = {e["id"]: e["name"] for e in extracted(name)["entities"]}
        found: set[object] = {
            (person_key(names.get(r["source"], "")), r["target"]) for r in relations(name, "HOLDS_ROLE")
        }
        h, t = recall(((person_key(r["person"]), r["at"]) for r in doc["roles"]), found)
        hit, total = hit + h, total + t
    assert hit / total >= FLOORS["roles"], f"{hit}/{total}"


def test_move_between_municipalities_has_dates() -> None:
    """A dated role that is found carries its dates; Anne Vestergaard's move from Randers (to the end
    of March 2022) to Viborg (from 1 April 2022) is found whole in at least one document."""
    whole_moves = 0
    for name, doc in DOCUMENTS.items():
        names = {e["id"]: e["name"] for e in extracted(name)["entities"]}
        found: dict[tuple[str, str], tuple[str | None, str | None]] = {
            (person_key(names.get(r["source"], "")), r["target"]): (
                r["properties"]["valid_from"],
                r["properties"]["valid_to"],
            )
            for r in relations(name, "HOLDS_ROLE")
        }
        dated = [r for r in doc["roles"] if "valid_from" in r or "valid_to" in r]
        matched = 0
        for role in dated:
            key = (person_key(role["person"]), role["at"])
            if key in found:
                assert found[key] == (role.get("valid_from"), role.get("valid_to")), f"{name}: {key}"
                matched += 1
        whole_moves += len(dated) >= 2 and matched == len(dated)
    assert whole_moves >= 1


def test_attendance_recall() -> None:
    hit = total = 0
    for name, doc in DOCUMENTS.items():
        found: set[object] = {
            (person_key(a["name"]), a["status"], person_key(a["for"]) if a["for"] else None)
            for a in extracted(name)["attendance"]
        }
        expected = (
            (person_key(a["person"]), a["status"], person_key(a["for"]) if a["for"] else None)
            for a in doc["attendance"]
        )
        h, t = recall(expected, found)
        hit, total = hit + h, total + t
    assert hit / total >= FLOORS["attendance"], f"{hit}/{total}"


def test_membership_recall() -> None:
    hit = total = 0
    for name, doc in DOCUMENTS.items():
        found: set[object] = {(r["source"], r["target"]) for r in relations(name, "MEMBER_OF")}
        h, t = recall(((m["member"], m["of"]) for m in doc["members"]), found)
        hit, total = hit + h, total + t
    assert hit / total >= FLOORS["members"], f"{hit}/{total}"


def test_law_citations_recall() -> None:
    hit = total = 0
    for name, doc in DOCUMENTS.items():
        found: set[object] = {r["target"] for r in relations(name, "CITES")}
        h, t = recall(doc["laws"], found)
        hit, total = hit + h, total + t
    assert hit / total >= FLOORS["laws"], f"{hit}/{total}"


def test_fake_secret_is_redacted() -> None:
    secrets = [(name, s) for name, doc in DOCUMENTS.items() for s in doc.get("must_not_contain", [])]
    assert secrets, "the corpus shows redaction with at least one fake secret"
    for name, secret in secrets:
        assert secret in (EXAMPLES / name).read_text(encoding="utf-8"), "the secret is in the document"
        assert secret not in json.dumps(extracted(name), ensure_ascii=False)


def test_case_numbers_start_with_the_municipality_code() -> None:
    for name, doc in DOCUMENTS.items():
        if not doc["municipality"] or doc["format"] in {"pdf", "docx"}:
            continue
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        for case in re.findall(r"\b(\d{3})-20\d\d-\d{4,6}\b", text):
            assert case == doc["municipality"].lstrip("0"), f"{name}: {case}"


def test_the_build_reads_exactly_the_listed_documents() -> None:
    paths, errors = collect_paths([EXAMPLES])
    assert not errors
    assert sorted(p.relative_to(EXAMPLES).as_posix() for p in paths) == sorted(DOCUMENTS)
