"""The four seeds parse as ../shared/gold/seeds.json says, field by field."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from graphbuild.models import Meeting
from graphbuild.parse import parse_meeting
from graphbuild.parse.dates import COPENHAGEN
from graphbuild.sources import read_source

pytestmark = pytest.mark.seeds


def _documents(gold: dict[str, Any]) -> list[dict[str, Any]]:
    return list(gold["documents"])


@pytest.fixture(scope="module")
def meetings(seeds_dir: Path, gold: dict[str, Any]) -> dict[str, Meeting]:
    return {d["file"]: parse_meeting(read_source(seeds_dir / d["file"])) for d in _documents(gold)}


def _local(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=COPENHAGEN)


def test_header_fields(meetings: dict[str, Meeting], gold: dict[str, Any]) -> None:
    for doc in _documents(gold):
        meeting = meetings[doc["file"]]
        assert meeting.kind == doc["kind"], doc["file"]
        assert meeting.body == doc["body"], doc["file"]
        assert meeting.start == _local(doc["start"]), doc["file"]
        assert meeting.start is not None and meeting.start.tzinfo is not None
        if "end" in doc:
            assert meeting.end == _local(doc["end"]), doc["file"]
        assert meeting.location == doc["location"], doc["file"]
        if "published" in doc:
            assert meeting.published is not None and meeting.published.isoformat() == doc["published"]


def test_item_count_and_order(meetings: dict[str, Meeting], gold: dict[str, Any]) -> None:
    for doc in _documents(gold):
        numbers = [item.number for item in meetings[doc["file"]].items]
        expected = len(doc["items"]) if "items" in doc else doc["item_count"]
        assert numbers == [str(n) for n in range(1, expected + 1)], doc["file"]


def test_items_field_by_field(meetings: dict[str, Meeting], gold: dict[str, Any]) -> None:
    for doc in _documents(gold):
        items = {item.number: item for item in meetings[doc["file"]].items}
        for expected in doc.get("items", []) + doc.get("items_sample", []):
            item = items[expected["number"]]
            assert item.title == expected["title"], (doc["file"], expected["number"])
            assert item.public == expected.get("public", True), (doc["file"], expected["number"])
            for case in expected.get("case_numbers", []):
                assert case in item.case_numbers, (doc["file"], expected["number"])
            if "journal_number" in expected:
                assert item.journal_number == expected["journal_number"]
            if "document_number" in expected:
                assert item.document_number == expected["document_number"]
            if "decision_contains" in expected:
                decision = item.section("beslutning")
                assert decision is not None and expected["decision_contains"] in decision.text
            if expected.get("outcome") == "proposed":
                assert item.section("indstilling") is not None, (doc["file"], expected["number"])


def test_closed_items_have_no_decision(meetings: dict[str, Meeting], gold: dict[str, Any]) -> None:
    for doc in _documents(gold):
        items = {item.number: item for item in meetings[doc["file"]].items}
        for expected in doc.get("items", []):
            if expected.get("outcome") == "closed":
                assert items[expected["number"]].section("beslutning") is None


def test_absentees_and_substitutes(meetings: dict[str, Meeting], gold: dict[str, Any]) -> None:
    for doc in _documents(gold):
        expected = doc.get("attendance")
        if not expected:
            continue
        people = meetings[doc["file"]].attendance
        absent = {p.name for p in people if p.status == "absent"}
        substitutes = {(p.name, p.for_) for p in people if p.status == "substitute"}
        for pair in expected["absent_with_substitute"]:
            assert pair["absent"] in absent
            assert (pair["substitute"], pair["absent"]) in substitutes
        assert set(expected["absent"]) <= absent
        named = {p["absent"] for p in expected["absent_with_substitute"]} | set(expected["absent"])
        assert absent == named  # nobody else is read as absent


def test_offsets_index_the_text(meetings: dict[str, Meeting]) -> None:
    for meeting in meetings.values():
        text = meeting.source.text
        for item in meeting.items:
            assert 0 <= item.start < item.end <= len(text)
            for section in item.sections:
                assert text[section.start : section.end] == section.text
                assert item.start <= section.start <= section.end <= item.end


def test_password_never_reaches_the_meeting(meetings: dict[str, Meeting], gold: dict[str, Any]) -> None:
    for doc in _documents(gold):
        dumped = meetings[doc["file"]].model_dump_json()
        for secret in doc.get("must_not_store", []):
            assert secret not in dumped


def test_each_attendee_span_is_their_own_name(meetings: dict[str, Meeting]) -> None:
    for meeting in meetings.values():
        for attendee in meeting.attendance:
            assert meeting.source.text[attendee.start : attendee.end] == attendee.name
