"""Shortcuts extraction takes for speed give what the direct computation gives."""

from __future__ import annotations

import re
from datetime import date

from graphbuild.extract import mention_abbreviations, outcome_decision, outcome_fates
from graphbuild.extract.outcome_meeting import ThisMeeting

# the pattern as it was written first, its look-behind opening it
_DEFINED_BEFORE = re.compile(r"(?<![\w-])([A-ZÆØÅ]{2,6})(?:[ \t]*[–—:][ \t]*|[ \t]+-[ \t]+)(?=[A-ZÆØÅ])")


def test_defined_before_finds_what_the_look_behind_first_pattern_finds() -> None:
    texts = [
        "KFU – Kultur- og fritidsudvalget",
        "LBR: Det Lokale Beskæftigelsesråd",
        "X-KFU – Kultur",
        "aKFU – Kultur",
        "KFUABCD – Kultur",
        "Referat fra ØU - Økonomiudvalget, TMU: Teknik",
        "K – Kultur",
    ]
    for text in texts:
        expected = [(m.span(), m.group(1)) for m in _DEFINED_BEFORE.finditer(text)]
        assert [(m.span(), m.group(1)) for m in mention_abbreviations._DEFINED_BEFORE.finditer(text)] == expected


def _fate_by_pattern(number: str, text: str, before: int) -> tuple[str, int] | None:
    for match in outcome_fates._FATE.finditer(text, 0, before):
        numbers = {int(n) for n in re.findall(r"\d+", re.sub(r"\([^()]*\)", " ", match["numbers"]))}
        if int(number) in numbers and not outcome_fates._NOT_AN_ITEM.match(match["between"]):
            return match["fate"].strip(), match.start("fate")
    return None


def test_fate_of_is_the_patterns_answer_with_or_without_a_verb_before_the_item() -> None:
    text = "Dagsordenen blev godkendt. Punkt 3 blev taget af dagsordenen.\n3. Lokalplan 12\nSag 4 UDSÆTTES.\n4. Salg"
    for before in range(0, len(text) + 1, 3):
        for number in ("3", "4"):
            assert outcome_fates.fate_of(number, text, before) == _fate_by_pattern(number, text, before)
    assert outcome_fates.fate_of("3", text, text.index("3. Lokalplan")) == ("blev taget af dagsordenen.", 35)
    assert outcome_fates.fate_of("3", text, 20) is None  # no verb before the offset
    # a long s, which the case-blind pattern reads as "s", is no reason to skip the search
    odd = "Punkt 5 udſættes."
    assert outcome_fates.fate_of("5", odd, len(odd)) == _fate_by_pattern("5", odd, len(odd)) is not None


def test_dated_decisions_are_searched_only_where_a_digit_stands() -> None:
    texts = [
        "Byrådet, 22.11.2016 Godkendt. Økonomiudvalget, 31.10.2016 Anbefales.",
        "Godkendt.",
        "Økonomiudvalget 3. maj 2021: Anbefales",
        "Taxinævnet, 30.11.2017 tog orienteringen til efterretning",
    ]
    for text in texts:
        expected = [m.span() for m in outcome_decision._DATED_BODY.finditer(text)]
        assert [m.span() for m in outcome_decision._dated_heads(text)] == expected
    assert outcome_decision.this_meeting(texts[0], ThisMeeting(day=date(2016, 11, 22))) == "Godkendt."
    assert outcome_decision.this_meeting(texts[3], ThisMeeting(day=date(2017, 12, 11))) == ""


def test_decision_rules_search_their_case_blind_patterns_only_where_a_word_of_theirs_may_stand() -> None:
    from graphbuild.extract import decision_rules

    texts = [
        "Udvalget besluttede at tilmelde sig KL Play.",
        "Godkendt. Det blev besluttet, at sagen sendes videre.",
        "BESLUTTEDE, AT sagen udsættes",
        "Godkendt.",
        "Kommunen tilslutter sig ikke",
        "beſluttede, at der skal udarbejdes en strategi. Ikke godkendt",  # a long s, read as "s" by the patterns
    ]
    for text in texts:
        adoption = decision_rules._ADOPTION.search(text) is not None
        decided = decision_rules._DECIDED_THAT.search(text) is not None
        assert not adoption or decision_rules._may_hold(text, decision_rules._ADOPTION_WORDS)
        assert not decided or decision_rules._may_hold(text, decision_rules._DECIDED_WORDS)
    assert decision_rules.verdict_of(texts[0]) == "adopted"
    assert decision_rules.verdict_of("Sagen blev besluttet, at den sendes videre") == "approved"


def test_case_text_is_the_patterns_answer_with_the_competence_words() -> None:
    from graphbuild.extract import outcome_prose

    # a capitalised word that holds "kompetence" (the noun in a sentence is the minute's own word)
    branch = re.compile(r"\b(?=[A-ZÆØÅ])[^\W\d_]*?(?i:kompetence)")
    texts = [
        "Beslutningskompetence: Byrådet",
        "KOMPETENCEPLAN for skolerne",
        "Der er udsendt en redegørelse",
        "Taget til efterretning.",
        "-kompetence-",
        "Kompetence-",
        "ønske om, at kompetencer ligger hos bestyrelsen",
        "jf. bilag 3",
    ]
    for text in texts:
        for told, pattern in ((False, outcome_prose._CASE_TEXT), (True, outcome_prose._CASE_HEADINGS)):
            expected = pattern.search(text) is not None or branch.search(text) is not None
            assert outcome_prose._case_text(text, told) == expected, (text, told)


def test_decision_words_are_the_patterns_matches() -> None:
    texts = [
        "1. At orienteringen tages til efterretning.Beslutning\nTaget til efterretning",
        "BESLUTNING\nGodkendt",
        "Punkttype\nBeslutning.\n",
        "Ingen afgørelse her",
        "indstiller, at Bestyrelsen Godkender dagsorden Referat: Godkendt",
        "Intet besluttet",
    ]
    for text in texts:
        expected = [m.span() for m in outcome_decision._BESLUTNING_WORD.finditer(text)]
        assert [m.span() for m in outcome_decision._decision_words(text)] == expected


def test_decision_headings_are_searched_only_in_an_item_with_their_words() -> None:
    from graphbuild.extract import agenda

    texts = ["Beslutning\nGodkendt", "Økonomiudvalgets møde den 3. maj 2021:\nAnbefales", "Godkendt.", "beslutning:"]
    for text in texts:
        found = agenda.DECISION_HEADING.search(text) is not None
        assert not found or any(word in text for word in agenda._DECISION_HEADING_WORDS), text


def test_fate_of_reads_the_first_verbs_end_once_per_document_as_the_scan_before_each_item_did() -> None:
    # the verbs' first places end in another order than _FATE_STEMS lists them ("udsat" listed before "taget", standing
    # after it), and a text with none: every offset gives the pattern's answer
    text = "Dagsordenen godkendt. Punkt 7 blev taget af dagsordenen. Sag 9 udsat.\n7. Vejplan\n9. Budget\n10. Skole\n"
    for before in range(len(text) + 1):
        for number in ("7", "9", "10"):
            assert outcome_fates.fate_of(number, text, before) == _fate_by_pattern(number, text, before)
    assert outcome_fates.fate_of("9", text, text.index("9. Budget")) == ("udsat.", text.index("udsat"))
    plain = "Dagsordenen godkendt.\n1. Vejplan\n2. Budget\n"
    assert all(outcome_fates.fate_of("2", plain, before) is None for before in range(len(plain) + 1))
