"""The real forms of the synthetic corpus (issue 12 item 10): each occurs, and what truth.json says a
document of that form holds is what a reader sees in its text. No extraction is measured here
(benchmarks.generated_quality scores the corpus beside the real one)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from benchmarks.generate import Truth, generate_corpus
from benchmarks.generate_real import REAL_FORMS, SUBSTITUTE_SENTENCES, VERDICTS
from benchmarks.generate_world import municipality_names

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
        assert _is_own_decision_label(lines[at + 1], doc["body"]) or lines[at + 1].split(":")[0] in (
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
    told = "prose_substitutes" in doc["forms"]  # then the substitutes are in sentences, not under a label
    for row in doc["attendance"]:
        if told and row["status"] == "substitute":
            continue
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


def _is_own_decision_label(line: str, body: str) -> bool:
    """The line over this meeting's decision: "Beslutning", "Beslutning i <body> den …", "Beslutning <body>
    den 01-11-2016" or "<body>s møde den 1. november 2016:" (an earlier committee's is not)."""
    return line == "Beslutning" or line.startswith(
        (f"Beslutning i {body} ", f"Beslutning {body} den ", f"{body}s møde den ")
    )


def _decisions(text: str, body: str) -> list[str]:
    """This meeting's decision of each item in order ("Lukket punkt" for a closed one): items are found by
    their decisions, so it serves pages that lost their item headings too."""
    lines = _lines(text)
    return [
        "Lukket punkt" if line == "Lukket punkt" else lines[i + 1]
        for i, line in enumerate(lines)
        if line == "Lukket punkt" or _is_own_decision_label(line, body)
    ]


def _outcome_forms(doc: Doc, text: str) -> None:
    decisions = _decisions(text, doc["body"])
    assert len(decisions) == len(doc["items"])
    table = {decision.format(body=doc["body"]): outcome for decision, outcome in VERDICTS}
    written = [
        (item, decision) for item, decision in zip(doc["items"], decisions, strict=True) if item["outcome"] != "closed"
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
    for item, own in zip(doc["items"], _decisions(text, doc["body"]), strict=True):
        if item["outcome"] not in ("closed", "none"):
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


def _headless_items(doc: Doc, text: str) -> None:
    lines = _lines(text)
    assert doc["items"] and all(item["number"] is None and item["title"] is None for item in doc["items"])
    # every item opens at the page's "Udskriv" link, then its case id or "Lukket punkt"; nothing else does
    opened = [i for i, line in enumerate(lines) if line == "Udskriv"]
    assert len(opened) == len(doc["items"])
    for item, at in zip(doc["items"], opened, strict=True):
        assert lines[at + 1].startswith("Sagsid.: ") or (
            item["outcome"] == "closed" and lines[at + 1] == "Lukket punkt"
        )
    assert "Indholdsfortegnelse" not in text  # nor does a contents list name them


def _flat_roster(doc: Doc, text: str) -> None:
    present = [a["name"] for a in doc["attendance"] if a["status"] == "present"]
    roster = next(line for line in _lines(text) if line.startswith("Medlemmer: "))
    assert all(name in roster for name in present)
    # one line, the two chairs' titles printed after their party letters: those are the body's roles
    chair, deputy = present[:2]
    assert re.search(
        rf"{re.escape(chair)} \([A-ZÆØÅ]\) formand {re.escape(deputy)} \([A-ZÆØÅ]\) næstformand( |$)", roster
    )
    assert {"person": chair, "role": "formand", "target": doc["body"]} in doc["roles"]
    assert {"person": deputy, "role": "næstformand", "target": doc["body"]} in doc["roles"]
    # the rest of a "Medlemmer:" list are members of the body (tests/realworld/README.md, roles rule 2)
    for name in present[2:]:
        assert {"person": name, "role": "medlem", "target": doc["body"]} in doc["roles"]
    assert not any(r["person"] in (chair, deputy) and r["role"] == "medlem" for r in doc["roles"])
    gone = [a["name"] for a in doc["attendance"] if a["status"] != "present"]
    assert not any(name in roster for name in gone)  # the absent and their substitutes are not members present
    for row in doc["attendance"]:  # each absence and stand-in is printed after the roster
        if row["status"] == "substitute" and "prose_substitutes" not in doc["forms"]:
            assert f"{row['name']} (" in text and f"(stedfortræder for {row['for']})" in text, row
        elif row["status"] == "absent":
            assert row["name"] in next(line for line in _lines(text) if line.startswith("Afbud: ")), row


def _dated_decision(doc: Doc, text: str) -> None:
    body, day = doc["body"], doc["date"]
    labels = [line for line in _lines(text) if _is_own_decision_label(line, body) and line != "Beslutning"]
    shown = f"{day[8:]}-{day[5:7]}-{day[:4]}"
    assert labels and all(
        label in (f"Beslutning {body} den {shown}",) or label.startswith(f"{body}s møde den ") for label in labels
    )
    assert "Beslutning" not in _lines(text)  # every decision is under the dated line
    _outcome_forms_hold(doc, text)


def _outcome_forms_hold(doc: Doc, text: str) -> None:
    """Each decision that is a verdict of VERDICTS gives that verdict's outcome, under whatever label."""
    table = {decision.format(body=doc["body"]): outcome for decision, outcome in VERDICTS}
    decisions = _decisions(text, doc["body"])
    assert len(decisions) == len(doc["items"])
    for item, decision in zip(doc["items"], decisions, strict=True):
        if decision in table:
            assert table[decision] == item["outcome"], (item, decision)


def _prose_substitutes(doc: Doc, text: str) -> None:
    rows = [a for a in doc["attendance"] if a["status"] == "substitute"]
    assert rows
    sentences = [
        re.compile(
            re.escape(form)
            .replace(r"\{sub\}", r"(?P<sub>[^.,()]+?)(?: \([A-ZÆØÅ]\))?")
            .replace(r"\{name\}", r"(?P<name>[^.,()]+?)(?: \([A-ZÆØÅ]\))?")
        )
        for form in SUBSTITUTE_SENTENCES
    ]
    told = {(m["sub"], m["name"]) for line in _lines(text) for pattern in sentences if (m := pattern.fullmatch(line))}
    # each substitute is told in a sentence tying them to the member they stand in for, and is a row
    assert told == {(row["name"], row["for"]) for row in rows}
    assert all({"name": row["for"], "status": "absent", "for": None} in doc["attendance"] for row in rows)
    assert "SUPPLEANTER" not in text and "Stedfortrædere:" not in text


def _run_together_contents(doc: Doc, text: str) -> None:
    assert "dropped_numbers" in doc["forms"]
    flat = " ".join(text.split())
    titles = " ".join(item["title"] for item in doc["items"])
    assert f"Indholdsfortegnelse {titles} " in flat  # one run of titles, no numbers or pages between them
    assert all(item["number"] is None for item in doc["items"])


def _running_header(doc: Doc, text: str) -> None:
    body = doc["body"]
    lines = _lines(text)
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{body} - Referat "))
    assert not any(body.lower() in line.lower() for line in lines[:start])  # the heading names no body
    running = [line for line in lines if line.startswith(f"{body} - Referat ")]
    assert len(running) == (len(doc["items"]) + 1) // 2
    assert all(
        re.fullmatch(rf"{re.escape(body)} - Referat \d+\. \w+ \d{{4}} Side \d+ af \d+", line) for line in running
    )


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
    "headless_items": _headless_items,
    "flat_roster": _flat_roster,
    "dated_decision": _dated_decision,
    "prose_substitutes": _prose_substitutes,
    "run_together_contents": _run_together_contents,
    "running_header": _running_header,
}


def test_every_form_has_a_check() -> None:
    assert set(CHECKS) == set(REAL_FORMS)


@pytest.mark.parametrize("form", REAL_FORMS)
def test_a_form_is_written_and_its_truth_is_what_the_text_says(corpus: tuple[Path, Truth], form: str) -> None:
    out, truth = corpus
    flattened_ok = form in ("dropped_numbers", "run_together_contents")
    docs = [d for d in truth.documents if form in d["forms"] and (flattened_ok or "flattened" not in d["variants"])]
    assert len(docs) >= 2, form
    for doc in docs:
        CHECKS[form](doc, (out / doc["file"]).read_text(encoding="utf-8"))


def test_without_real_forms_no_document_has_one(tmp_path: Path) -> None:
    truth = generate_corpus(60, seed=5, out=tmp_path, formats=["txt"], real_forms=False)
    assert all(d["forms"] == [] and d["layout"] != "real" for d in truth.documents)
