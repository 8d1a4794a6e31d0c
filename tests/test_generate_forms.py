"""The real forms of the synthetic corpus (issue 12 item 10): each occurs, and what truth.json says a
document of that form holds is what a reader sees in its text. No extraction is measured here
(benchmarks.generated_quality scores the corpus beside the real one)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from benchmarks.generate import REAL_FORMS, VERDICTS, Truth, generate_corpus, municipality_names

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Truth]:
    out = tmp_path_factory.mktemp("forms")
    return out, generate_corpus(400, seed=5, out=out, formats=["txt"])


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _block(text: str, label: str) -> list[str]:
    """The lines under ``label``: the rest of its paragraph, or the next paragraph when it stands alone."""
    paragraphs = [p.strip().split("\n") for p in text.split("\n\n") if p.strip()]
    at = next(i for i, p in enumerate(paragraphs) if p[0] == label)
    return paragraphs[at][1:] or paragraphs[at + 1]


def _numbered(heading: Callable[[str, str], str]) -> Callable[[Doc, str], None]:
    def check(doc: Doc, text: str) -> None:
        lines = _lines(text)
        for item in doc["items"]:
            assert item["number"] is not None
            assert heading(item["number"], item["title"]) in lines, item

    return check


def _unnumbered(doc: Doc, text: str) -> None:
    lines = _lines(text)
    for item in doc["items"]:
        assert item["number"] is None
        at = lines.index(item["title"])  # the title is a line of its own, no number before it
        assert lines[at + 1].split(":")[0] in (
            "Sagsfremstilling",
            "Beslutning",
            "Lukket punkt",
            "Sagsnr.",
            "Fraværende",
        )


def _dropped_numbers(doc: Doc, text: str) -> None:
    assert "flattened" in doc["variants"]
    flat = " ".join(text.split())
    for item in doc["items"]:
        assert item["number"] is None and item["title"] in flat
        # only the contents list numbers them ("17 stemmer mod 8. Eventuelt" is a vote, not a number)
        assert not re.search(rf"(?<!mod )\b\d+[.:] {re.escape(item['title'])} (?!\d)", flat)


def _name_party_lines(doc: Doc, text: str) -> None:
    present = [a["name"] for a in doc["attendance"] if a["status"] == "present"]
    shown = _block(text, "Til stede:")
    assert len(shown) == len(present)
    for name, line in zip(present, shown, strict=True):
        assert re.fullmatch(rf"{re.escape(name)}( \([A-ZÆØÅ]\)|, (formand|næstformand))", line), line


def _caps_labels(doc: Doc, text: str) -> None:
    names = {"present": "DELTAGERE", "absent": "FRAVÆRENDE", "substitute": "SUPPLEANTER"}
    for row in doc["attendance"]:
        shown = _block(text, names[row["status"]])
        assert any(line.startswith(row["name"]) for line in shown), row


def _municipality_list(doc: Doc, text: str) -> None:
    assert doc["municipality"] is None
    lines = _lines(text)
    for row in doc["attendance"]:
        seat = rf"{re.escape(row['name'])}, ([\w -]+ Kommune|formand|næstformand)"
        assert any(re.match(seat, line) for line in lines), row


def _item_absence(doc: Doc, text: str) -> None:
    rows = [a for a in doc["attendance"] if a.get("absent_items")]
    assert len(rows) == 1 and rows[0]["status"] == "present"
    assert f"Fraværende: {rows[0]['name']}" in _lines(text)


def _titles_after_names(doc: Doc, text: str) -> None:
    label = "DELTAGERE" if "caps_labels" in doc["forms"] else "Til stede:"
    titled = [line.split(", ") for line in _block(text, label) if line.endswith((", formand", ", næstformand"))]
    assert len(titled) == 2
    for name, role in titled:
        assert {"person": name, "role": role, "target": doc["body"]} in doc["roles"]


def _signature(doc: Doc, text: str) -> None:
    tail = _lines(text.split("Underskriftsblad", 1)[1])  # a name, then its title, for each signer
    signers = list(zip(tail[::2], tail[1::2], strict=True))
    assert signers
    for name, title in signers:
        assert any(r["person"] == name and r["role"].capitalize() == title for r in doc["roles"]), (name, title)
    assert "Underskriftsblad" not in [i["title"] for i in doc["items"]]  # a signature page is no item


def _prose_members(doc: Doc, text: str) -> None:
    sentence = next(line for line in _lines(text) if line.startswith("De ") and " kommuner i " in line)
    for row in doc["members"]:
        assert row["network"] in text and row["member"] in text
    assert all(row["member"] in sentence for row in doc["members"] if row["network"] in sentence)


def _owners(doc: Doc, text: str) -> None:
    assert doc["municipality"] is not None and doc["members"]
    network = doc["members"][0]["network"]
    assert {row["network"] for row in doc["members"]} == {network}
    # one statement (a sentence, or a table of owner shares) names the joint body and every owner
    statements = [p.replace("\n", " ") for p in text.split("\n\n")]
    named = [rf"\b{re.escape(row['member'])}\b" for row in doc["members"]]
    assert any(network in p and all(re.search(name, p) for name in named) for p in statements)
    if len(doc["members"]) == 1:  # "X Kommune er medlem af Y": the document's own municipality
        assert f"{doc['members'][0]['member']} Kommune er medlem af {network}." in text


def _decision_of(lines: list[str], title: str, body: str) -> str:
    at = lines.index(title) if title in lines else next(i for i, line in enumerate(lines) if line.endswith(title))
    # this meeting's decision: after "Beslutning", or after "Beslutning i <this body> den …"
    own = next(
        i
        for i in range(at, len(lines))
        if lines[i] in ("Beslutning", "Lukket punkt") or lines[i].startswith(f"Beslutning i {body} ")
    )
    return lines[own + 1]


def _outcome_forms(doc: Doc, text: str) -> None:
    lines = _lines(text)
    table = {decision.format(body=doc["body"]): outcome for decision, outcome in VERDICTS}
    written = [
        (item, _decision_of(lines, item["title"], doc["body"])) for item in doc["items"] if item["outcome"] != "closed"
    ]
    assert any(decision in table for _, decision in written)
    for item, decision in written:
        if decision in table:
            assert table[decision] == item["outcome"], (item, decision)


def _quoted_history(doc: Doc, text: str) -> None:
    lines = _lines(text)
    own = f"Beslutning i {doc['body']} den "
    quoted = [i for i, line in enumerate(lines) if line.startswith("Beslutning i ") and not line.startswith(own)]
    assert all(lines[i + 1] == "Anbefales." for i in quoted)
    assert quoted and all(lines[i + 2].startswith(own) for i in quoted)
    # the earlier committee's "Anbefales" is not this meeting's verdict: an item is endorsed only when
    # the line after its own Beslutning recommends
    table = {decision.format(body=doc["body"]): outcome for decision, outcome in VERDICTS}
    for item in doc["items"]:
        if item["outcome"] not in ("closed", "none"):
            own = _decision_of(lines, item["title"], doc["body"])
            assert (item["outcome"] == "endorsed") == (table.get(own) == "endorsed"), (item, own)


def _place_only(doc: Doc, text: str) -> None:
    header = text.split("\n\n")[:5]
    assert doc["municipality"] is not None
    assert not any("Kommune" in line for line in header) and any(" Rådhus" in line for line in header)


def _unnamed_municipality(doc: Doc, text: str) -> None:
    name = municipality_names()[doc["municipality"]]
    assert f"{name} Kommune" not in text and f"{name} Rådhus" not in text
    assert doc["adoptions"] == [] and doc["members"] == []


def _news(doc: Doc, text: str) -> None:
    assert doc["kind"] == "news" and doc["items"] == [] and doc["attendance"] == []
    assert "Beslutning" not in text and text.startswith("Nyheder")
    for role in doc["roles"]:
        assert f"borgmester {role['person']}" in text


CHECKS: dict[str, Callable[[Doc, str], None]] = {
    "colon_numbers": _numbered(lambda n, t: f"{n}: {t}"),
    "pkt_numbers": _numbered(lambda n, t: f"Pkt. {n} {t}"),
    "glued_numbers": _numbered(lambda n, t: f"{n}{t}"),
    "unnumbered": _unnumbered,
    "dropped_numbers": _dropped_numbers,
    "name_party_lines": _name_party_lines,
    "caps_labels": _caps_labels,
    "municipality_list": _municipality_list,
    "item_absence": _item_absence,
    "titles_after_names": _titles_after_names,
    "signature": _signature,
    "prose_members": _prose_members,
    "owners": _owners,
    "outcome_forms": _outcome_forms,
    "quoted_history": _quoted_history,
    "place_only": _place_only,
    "unnamed_municipality": _unnamed_municipality,
    "news": _news,
}


def test_every_form_has_a_check() -> None:
    assert set(CHECKS) == set(REAL_FORMS)


@pytest.mark.parametrize("form", REAL_FORMS)
def test_a_form_is_written_and_its_truth_is_what_the_text_says(corpus: tuple[Path, Truth], form: str) -> None:
    out, truth = corpus
    flattened_ok = form == "dropped_numbers"
    docs = [d for d in truth.documents if form in d["forms"] and (flattened_ok or "flattened" not in d["variants"])]
    assert len(docs) >= 2, form
    for doc in docs:
        CHECKS[form](doc, (out / doc["file"]).read_text(encoding="utf-8"))


def test_without_real_forms_no_document_has_one(tmp_path: Path) -> None:
    truth = generate_corpus(60, seed=5, out=tmp_path, formats=["txt"], real_forms=False)
    assert all(d["forms"] == [] and d["layout"] != "real" for d in truth.documents)
