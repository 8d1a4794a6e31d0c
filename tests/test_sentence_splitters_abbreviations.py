"""The sentence splitters that read their own sentence ends (role_boards, role_after_name, membership_prose,
decision_rules, outcomes) end no sentence at an abbreviation's full stop ("jf.", "bl.a.", "ca.")."""

from __future__ import annotations

import re

from graphbuild.extract.decision_rules import verdict_of
from graphbuild.extract.evidence import sentence_bounds
from graphbuild.extract.membership_prose import sentence_at
from graphbuild.extract.outcomes import _welcome_only
from graphbuild.extract.role_after_name import SENTENCE_END
from graphbuild.extract.role_boards import _sentence_stop
from graphbuild.extract.role_sentence import clause_start
from graphbuild.vocab.sentence_abbreviations import abbreviation_before, sentence_stops, split_sentences


def test_the_word_before_a_full_stop_is_read_as_an_abbreviation() -> None:
    text = "Sagen, jf. § 3, og (bl.a. Skolen) samt ca. 40 elever. Godkendt."
    assert abbreviation_before(text, text.index("jf.") + 2)
    assert abbreviation_before(text, text.index("bl.a.") + 4)
    assert abbreviation_before(text, text.index("ca.") + 2)
    assert not abbreviation_before(text, text.index("elever.") + 6)
    assert not abbreviation_before(text, text.index("Godkendt.") + 8)


def test_a_sentence_with_jf_or_bl_a_inside_is_one_sentence() -> None:
    pattern = re.compile(r"(?<=[.!?])\s+")
    text = "Udvalget godkendte planen, jf. Bilag 2, og bl.a. Skolens ønsker. Sagen sendes videre."
    assert split_sentences(pattern, text) == [
        "Udvalget godkendte planen, jf. Bilag 2, og bl.a. Skolens ønsker.",
        "Sagen sendes videre.",
    ]
    assert split_sentences(pattern, text, maxsplit=1) == split_sentences(pattern, text)


def test_a_line_break_ends_a_sentence_even_after_an_abbreviation() -> None:
    pattern = re.compile(r"(?<=[.!])\s|\n")
    text = "Se bilag, jf.\nGodkendt."
    assert [stop.start() for stop in sentence_stops(pattern, text)] == [text.index("\n")]


def test_a_split_without_abbreviations_is_the_patterns_own() -> None:
    pattern = re.compile(r"(?<![0-9])[.!?]\s+")
    for text in ("Godkendt. Sagen sendes videre! Tak.", "", "Den 3. maj er NAME formand", "A. B. C"):
        assert split_sentences(pattern, text) == pattern.split(text)
        assert split_sentences(pattern, text, maxsplit=1) == pattern.split(text, maxsplit=1)


def test_a_boards_list_runs_on_past_an_abbreviation() -> None:
    text = "Bestyrelsen består af Anna Holm, Per Due, jf. Vedtægterne, og Ib Lund. Næste punkt."
    assert _sentence_stop(text, text.index("Anna")) == text.index(". Næste")
    assert _sentence_stop("Bestyrelsen består af Anna Holm. Næste punkt.", 22) == len("Bestyrelsen består af Anna Holm")


def test_a_lead_clause_reaches_back_past_an_abbreviation() -> None:
    lead = split_sentences(SENTENCE_END, "Sagen er afsluttet. Fra den 1. maj, jf. Aftalen, er")[-1]
    assert lead == "Fra den 1. maj, jf. Aftalen, er"


def test_a_membership_sentence_runs_on_past_an_abbreviation() -> None:
    text = "Planen blev vedtaget. Greve Kommune er medlem af foreningen, jf. Vedtægterne. Næste sag."
    start = text.index("medlem")
    lo, hi = sentence_at(text, start, start + 6, 0, len(text))
    assert text[lo:hi] == "Greve Kommune er medlem af foreningen, jf. Vedtægterne."


def test_a_remark_after_an_abbreviation_is_in_the_forms_sentence() -> None:
    assert verdict_of("Indstillingen oversendes til Byrådet, jf. bilag 3, med anbefaling.") == "endorsed"
    assert verdict_of("Indstillingen oversendes til Byrådet. Bilag 3 med anbefaling.") == "forwarded"


def test_a_welcome_sentence_runs_on_past_an_abbreviation() -> None:
    assert _welcome_only("Formanden bød velkommen til bl.a. Ny direktør. Der var en kort præsentationsrunde.")
    assert not _welcome_only("Formanden bød velkommen. Ny direktør blev ansat.")


def test_a_quote_runs_on_past_a_points_or_a_paragraphs_reference() -> None:
    text = "Mødet åbnede. Svend Hansen gik under pkt. 7 om budget. Sagen blev godkendt efter § 15 stk. 2 i loven."
    start = text.index("Svend")
    assert text[slice(*sentence_bounds(text, start, start + 5))] == "Svend Hansen gik under pkt. 7 om budget."
    start = text.index("godkendt")
    assert text[slice(*sentence_bounds(text, start, start + 8))] == "Sagen blev godkendt efter § 15 stk. 2 i loven."


def test_a_quote_runs_on_past_a_names_initials_but_not_past_one_capital() -> None:
    """ "C.C. Nielsen, formand, Anker Boye, næstformand" (a TV 2 Fyn news item) is one sentence: the initials' full
    stop splits no name from its title; a sentence still ends in one capital ("… på liste A. Derefter …")."""
    text = "Formandskabet er C.C. Nielsen, formand, Anker Boye, næstformand. Han stod på liste A. Derefter talte Bo."
    start = text.index("Anker")
    assert text[slice(*sentence_bounds(text, start, start + 10))].startswith("Formandskabet er C.C. Nielsen")
    start = text.index("Derefter")
    assert text[slice(*sentence_bounds(text, start, start + 8))] == "Derefter talte Bo."


def test_a_clause_runs_on_past_an_abbreviation_but_not_a_bullet() -> None:
    text = "Mødet sluttede. Udvalget valgte bl.a. Formand Anna Holm • Næstformand Per Due"
    assert clause_start(text, 0, text.index("Anna")) == text.index("Udvalget")
    assert clause_start(text, 0, text.index("Per")) == text.index("Næstformand")


def test_a_stop_that_opens_with_no_full_stop_or_space_ends_a_sentence() -> None:
    pattern = re.compile(r"•\s*|,[ \t]+(?=mens)")
    text = "A er medlem, jf.• B, bl.a., mens C"
    assert len(list(sentence_stops(pattern, text))) == 2
