"""A membership only of interest, attitude, dialogue or a process toward it states none (README `memberships`: wished,
considered or applied for with no decision is no row): "er interesserede i at blive medlemmer af X", "har udtrykt
interesse for medlemskab af X", "er positive over for et medlemskab af X", "er i dialog om medlemskab af X", "er i
gang med at blive medlemmer af X", "arbejder hen imod et medlemskab af X", "om et muligt medlemskab". Owners
("interessenter"), a relative clause's "interesser" and a dialogue before the joining stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

HEADER = "Referat\nMøde i Økonomiudvalget den 1. marts 2022\n\nPunkt 1: Orientering\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Favrskov og Syddjurs Kommuner er interesserede i at blive medlemmer af Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner har udtrykt interesse for medlemskab af Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner er positive over for et medlemskab af Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner er i dialog om medlemskab af Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner er i gang med at blive medlemmer af Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner arbejder hen imod et medlemskab af Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner har en dialog med Business Region Aarhus om et muligt medlemskab.",
    ],
)
def test_an_interest_or_a_process_is_none(tmp_path: Path, text: str) -> None:
    assert member_pairs_of_text(tmp_path, HEADER + text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Favrskov og Syddjurs Kommuner er interessenter i Business Region Aarhus.",
        "Favrskov og Syddjurs Kommuner er medlemmer af Business Region Aarhus, som varetager deres interesser.",
        "Efter dialog med Business Region Aarhus er Favrskov og Syddjurs Kommuner blevet medlemmer.",
    ],
)
def test_owners_and_a_membership_stated_stand(tmp_path: Path, text: str) -> None:
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert {m for m, n in found if n == "Business Region Aarhus"} == {"Favrskov", "Syddjurs"}


def test_someone_elses_interest_leaves_the_members_standing(tmp_path: Path) -> None:
    # a water council's page (dev-write): the organisations' interest, the municipalities counted in the next sentence
    text = (
        "Organisationer og foreninger med interesse i vandløb har i november måned 2019 kunne anmode de 20 "
        "oplandskommuner i Hovedvandopland 2.2 Isefjord og Roskilde Fjord om plads i vandrådet. De 20 kommuner er: "
        "Odsherred, Holbæk, Lejre, Roskilde, Frederikssund, Egedal, Allerød, Hillerød, Gribskov, Halsnæs, Kalundborg, "
        "Ringsted, Køge, Greve, Høje Taastrup, Albertslund, Ballerup, Herlev, Gladsaxe og Furesø."
    )
    found = member_pairs_of_text(tmp_path, HEADER + text)
    assert len({m for m, _ in found}) == 20
