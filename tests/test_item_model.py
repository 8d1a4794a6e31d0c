"""The learned item model: its shipped weights, deterministic training, and its use in find_items."""

from __future__ import annotations

import math

import pytest
from snippet_items import item_numbers

from graphbuild.parse import item_model, items
from graphbuild.parse.item_features import features, led_lines
from graphbuild.parse.lines import split_lines

# bkf-region-hovedstaden-bestyrelse-2016-11-11 (dev-write): "N) Titel" headings with a decision or a
# paragraph under them and no section heading, which no numbering rule takes
BKF = (
    "Referat\n\nAfbud fra Martin Tinning og Marianne Hoff Andersen\n\n"
    "1) Godkendelse af dagsorden\nGodkendt\n\n"
    "2) Orientering fra formanden og bestyrelsesmedlemmer/Nyt fra netværkene\n\n"
    "Formanden orienterede om kommende fællesmøde fredag den 6. januar 2017 med Børne- og\n"
    "kulturchefforeningen og socialchefforeningen.\n\n"
    "3) Ansøgning om medlemskab\n\n"
    "Ansøgning om optagelse i BKF efter landsforeningens vedtægter (§3 stk. c.) blev behandlet.\n\n"
    "4) Ny formand for Daginstitutionsnetværket da Jette Frandsen Pedersen har fået nyt job\n\n"
    "Dorte Bloch Olsen, Rudersdal Kommune varetager formandsposten frem til\ngeneralforsamlingen\n\n"
    "5) De landsdækkende netværk\nA. Indstilling til de landsdækkende netværk\n\nIndstillet og valgt\n\n\n"
    "6) Kandidat til landsbestyrelsen\n\nA. Pernille Halberg Salomon indstilles\n\nIndstillet og valgt\n"
)


def test_shipped_weights_load_and_cover_the_features() -> None:
    weights = item_model.shipped_weights()
    assert "bias" in weights and all(math.isfinite(w) for w in weights.values())
    lines = split_lines(BKF)
    names = {name for vector in features(lines, led_lines(lines)) for name in vector}
    assert names <= set(weights)


def test_model_adds_headings_no_rule_takes() -> None:
    found = item_numbers(BKF)  # the headings the model is surest of, and those whose numbers go next to them
    assert {"2", "3"} <= set(found)
    assert found == sorted(found, key=int) and set(found) <= {"1", "2", "3", "4", "5", "6"}


def test_without_the_model_the_rules_find_none_there(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(item_model, "ADD_AT", 2.0)
    # the run of "N) Titel" lines (item_parenthesised_runs) now takes these headings: the model alone, without it
    monkeypatch.setattr(items, "parenthesised_runs", lambda lines, segmented=frozenset(): ({}, set()))
    assert item_numbers(BKF) == []


def test_one_numbered_line_alone_is_no_list_of_items() -> None:
    # the first heading alone: the model may find it likely, but one line where the rules chose nothing is kept out
    assert item_numbers(BKF.split("\n\n2)")[0]) == []


def test_a_numbered_clause_ending_in_a_comma_is_never_added() -> None:
    text = BKF.replace("3) Ansøgning om medlemskab", "3) Ansøgning om medlemskab fra foreningen,")
    assert "3" not in item_numbers(text)


def test_training_is_deterministic() -> None:
    train = pytest.importorskip("benchmarks.item_model_train").train
    lines = split_lines(BKF + "\n5) at sagen godkendes\n6. januar 2017\n")
    led = led_lines(lines)
    vectors = features(lines, led)
    labels = [int(entry.rest[:1].isupper()) for entry in led]
    first, second = train(vectors, labels), train(vectors, labels)
    assert first == second
    chances = [item_model.probability(first, v) for v in vectors]
    assert [int(p >= 0.5) for p in chances] == labels


def test_decode_keeps_the_likeliest_line_of_a_number() -> None:
    decode = pytest.importorskip("benchmarks.item_model_train").decode
    assert decode([1, 1, 2], [0.6, 0.9, 0.4], 0.5) == [0, 1, 0]


# every form of an item's number the heading rules read (item_lines.NUMBER_WORDS), as the model reads it
RULE_FORMS = [
    ("Punkt 3: Godkendelse af dagsorden", "punkt"),
    ("Dagsordenspunkt 3 Godkendelse af dagsorden", "punkt"),
    ("Punkt nr. 3 Godkendelse af dagsorden", "punkt"),
    ("Pkt. 3 Godkendelse af dagsorden", "pkt"),
    ("Nr. 3 - Godkendelse af dagsorden", "nr"),
    ("Sag nr. 3 Godkendelse af dagsorden", "sag"),
    ("Sagsnr. 3 Godkendelse af dagsorden", "sag"),
    ("Sag 3: Godkendelse af dagsorden", "sag"),
    ("Ad pkt. 3", "ad"),
    ("Ad 3)", "ad"),
    ("3. Godkendelse af dagsorden", ""),
]


@pytest.mark.parametrize(("line", "kind"), RULE_FORMS)
def test_the_model_reads_every_number_form_the_heading_rules_read(line: str, kind: str) -> None:
    from graphbuild.parse.item_lines import EXPLICIT

    assert kind == "" or EXPLICIT.match(line) is not None
    [entry] = led_lines(split_lines(line))
    assert (entry.number, entry.prefix) == (3, kind)


@pytest.mark.parametrize("line", ["12345 Budget", "12.03.2020 Møde", "Pkt. 2.1 Underpunkt", "Sag nr. 17/10438"])
def test_a_long_number_a_date_a_decimal_or_a_case_number_opens_no_led_line(line: str) -> None:
    assert led_lines(split_lines(line)) == []
