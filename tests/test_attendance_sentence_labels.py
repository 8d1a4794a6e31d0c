"""A sentence that heads a list with its verb and colon, the meeting or a delegation named before the verb ("På
Skovrådsmødet deltog:", "Fra Naturstyrelsen deltog:"), as "I mødet deltog:" and "Derudover deltog:" do. Case:
naturstyrelsen-skovraadet-2016-04-06 (dev-write, a page flattened onto one line); near misses: an item's ("Under
punkt 5 deltog:") and a stand-in's ("I stedet deltog:") sentence, and the verb in the present tense ("deltager:", a
guest announced inside an item)."""

from __future__ import annotations

import pytest

from graphbuild.parse.attendance_lists import find_attendance

_SKOVRAADET = (
    "Referat af Skovrådets 8. ordinære møde den 6. april 2016 kl hos Naturstyrelsen. Tid og sted for mødet: 6. april "
    "2016 kl Mødelokale 0.03, Naturstyrelsen, Vermundsgade 38 C, 2100 Kbh. Ø På Skovrådsmødet deltog: Gertrud "
    "Jørgensen (Formand) Nora Skjernaa Hansen Jonas Geldmann Henrik Wejdling Niels Otto Lundstedt Udpeget af "
    "miljøministeren Danmarks Naturfredningsforening Fra Naturstyrelsen deltog: Camila Brask Lentz Mette Marcker "
    "Christiansen Gry Errboe (referent) Afbud: Bo Normander Jan Kunstmann\n"
)


def _rows(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.status) for a in find_attendance(text)}


def test_a_sentence_naming_the_meeting_heads_the_list() -> None:
    rows = _rows(_SKOVRAADET)
    assert {("Gertrud Jørgensen", "present"), ("Niels Otto Lundstedt", "present")} <= rows
    assert ("Bo Normander", "absent") in rows


def test_a_sentence_naming_a_delegation_heads_a_list_of_others_who_came() -> None:
    # its first name one the name lists do not know: the run of capitalised words after the colon is the list
    rows = _rows(_SKOVRAADET)
    assert {("Mette Marcker Christiansen", "present"), ("Gry Errboe", "present")} <= rows


def test_a_sentence_before_no_names_heads_no_list() -> None:
    text = _SKOVRAADET.replace("Camila Brask Lentz Mette Marcker Christiansen Gry Errboe (referent)", "to medarbejdere")
    assert not any(name == "Mette Marcker Christiansen" for name, _ in _rows(text))


@pytest.mark.parametrize("sentence", ["Under punkt 5 deltog:", "I stedet deltog:", "På Skovrådsmødet deltager:"])
def test_an_items_or_a_stand_ins_sentence_heads_no_list(sentence: str) -> None:
    text = _SKOVRAADET.replace("På Skovrådsmødet deltog:", sentence)
    assert ("Nora Skjernaa Hansen", "present") not in _rows(text)
