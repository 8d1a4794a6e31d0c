"""A body's members listed one a line under a line that says the body has them (membership_organisation_lists).
Excerpts from real pages (publisher named above each), and look-alikes that must give nothing."""

from __future__ import annotations

from pathlib import Path

from text_facts import member_pairs_of_text

# FlexDanmark, flexdanmark-webpage-vedtaegter (dev-write): the statute names the body, the verb before it
FLEXDANMARK = (
    "Vedtægter\n\n1. Navn og hjemsted\n1.1 Navnet er FlexDanmark.\n1.2 Hjemstedet er Aalborg Kommune.\n\n"
    "3. Organisation\n3.1 FlexDanmark er organiseret som en forening mellem offentlige parter.\n"
    "3.2 Pr. 11. december 2019 har FlexDanmark følgende medlemmer:\nFynbus\nMidttrafik\n"
    "Nordjyllands Trafikselskab (NT)\nSydtrafik\nTrafikselskabet Movia\n"
    "3.3 Lovgrundlaget for FlexDanmarks virke tilsvarer trafikselskabernes.\n"
)
# Midtjysk Turisme, midtjyskturisme-webpage-danske-destinationer (dev-write): "Foreningen" under its heading
MIDTJYSK = (
    "UDDANNELSE\nMidtjysk Turisme\n\nDanske Destinationer\n\n"
    "Formålet med foreningen og turismesamarbejdet Danske Destinationer er at øge graden af koordinering.\n\n"
    "Foreningen blev stiftet den 18. august 2009 på initiativ af en række stærke destinationer i dansk turisme.\n"
    "Foreningen har 12 medlemmer:\n\n • Toppen af Danmark,\n • Destination Djursland,\n • VisitAalborg,\n"
    " • Business Lolland-Falster og\n • VisitJammerbugten.\n\n"
    "Danske Destinationers medlemmer tegner sig for mere end 46% af det samlede nationale overnatningstal.\n"
)
# Tieren (Halsnæs), tieren-halsnaes-ungdomsskolebestyrelsen-2018-02-08 (dev-write): a board's members are people
BOARD = (
    "Referat\n\nMedlemmer af Ungdomsskolebestyrelsen:\n\nFormand Henrik Tolstrup Nielsen\n\n"
    "Foreningerne - afgående\n\nFrederik Germann Møller Pedersen\n"
)
# Folkekirken Frederiksberg, folkekirken-frederiksberg-webpage-provstiudvalget (dev-write): people under a genitive
PEOPLE = "Provstiudvalget\n\nProvstiudvalgets medlemmer:\n\nKarsten Bundgaard(formand)\n\nOle Larsen\n"


def _all(network: str, *members: str) -> set[tuple[str, str]]:
    return {(m, network) for m in members}


def test_members_of_the_body_the_label_names(tmp_path: Path) -> None:
    got = {pair for pair in member_pairs_of_text(tmp_path, FLEXDANMARK) if pair[1] == "FlexDanmark"}
    assert got == _all(
        "FlexDanmark", "Fynbus", "Midttrafik", "Nordjyllands Trafikselskab", "Sydtrafik", "Trafikselskabet Movia"
    )


def test_body_called_by_its_kind_is_the_heading_over_it(tmp_path: Path) -> None:
    got = member_pairs_of_text(tmp_path, MIDTJYSK)
    assert got == _all(
        "Danske Destinationer",
        "Toppen af Danmark",
        "Destination Djursland",
        "VisitAalborg",
        "Business Lolland-Falster",
        "VisitJammerbugten",
    )


def test_a_boards_or_a_councils_members_are_no_network_members(tmp_path: Path) -> None:
    assert member_pairs_of_text(tmp_path, BOARD) == set()
    assert member_pairs_of_text(tmp_path, PEOPLE) == set()
    seats = "Foreningen\n\nBestyrelsen har følgende medlemmer:\nKL\nDanske Regioner\n"
    assert member_pairs_of_text(tmp_path, seats) == set()


def test_a_list_of_places_under_no_members_label_gives_none(tmp_path: Path) -> None:
    route = "Ruten\n\nCykelruten går gennem følgende byer:\nHolstebro\nStruer\nSkive\n"
    assert member_pairs_of_text(tmp_path, route) == set()
    recipients = "Brevet er sendt til følgende kommuner:\nAssens Kommune\nNyborg Kommune\n"
    assert member_pairs_of_text(tmp_path, recipients) == set()
