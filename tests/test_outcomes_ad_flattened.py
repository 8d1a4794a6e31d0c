"""Minutes that list the agenda, then a paragraph per item opened by "Ad. N", on a page a PDF flattened onto one line
(``outcome_ad_flattened``): each mark inside the line opens its item's narrative as a mark opening its line does.
Quoted (shortened) from the minutes of Østerhurup Havn's bestyrelse (oesterhurup-havn-bestyrelse-2019-04-11, dev-write)
as printed, and Fensmark Lokalråd's (fensmark-lokalraad-2021-06-08, dev-write) and Naturpark Lillebælt's
(naturpark-lillebaelt-naturparkraadet-2017-10-23, dev-write) "Ad" paragraphs flattened by script; the near misses: the
preposition "ad" in lower case, and marks that are not numbered up. The test split is never read."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_ad_flattened import flattened_ad_marks
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

OESTERHURUP = (
    "1 REFERAT FRA BESTYRELSESMØDE Dato: Torsdag den, 11. april 2019 1. Gennemgang af referat fra "
    "generalforsamlingen og sidste bestyrelsesmøde, underskrives. 2. Konstituering af bestyrelsen. 3. "
    "Broudvalg? 4. Orientering om Klaptilladelse fra MFK 5. Musik på Havnen 31/05 og 01/06 -2019 6. Kunst"
    " på Havnen? 7. Lidt tal fra kasseren. 8. Nyt fra Havnefogeden. 9. Opgaveliste, Status med arbejdet "
    "på havnens områderne 10. Bordet rundt E.v.t Afbud fra Dion og Torbjørn. Ad. 1. Referat OK. Velkommen"
    " til Robert. Ad. 2. Konstituering: Næstformand. Forslag Dion. Niels tager kontakt med Dion. Formand."
    " Niels. Kasserer. John. Sekretær. Lars. Ad. 3. Der er nedsat et broudvalg bestående af Poul og "
    "Allan. Fra bestyrelsen Niels og Brian. Der er stor utilfredshed med den eksisterende bro. Ad. 4. "
    "Oprindelig kunne der tidligst gives tilladelse til oprensning midt i juni. Der vil komme en ny "
    "klaptilladelse gældende fra juni. Ad. 5. Der er lavet plakater. Toiletvogn er bestilt. Ad. 6. "
    "Lisbeth vil lave en kunstforening som bl.a. vil tilbyde havnen kunstudsmykning. God ide. Ad. 7. "
    "Udsættes.\n"
)

FENSMARK = (
    "1 Referat af Lokalrådsmøde på Holmegaardskolen tirsdag d. 8. juni 2021 kl. 17-18.30 Dagsorden: 1. "
    "Velkommen tilbage til (næsten) normale tilstande 2. til stede 3. Hvert medlem har ordet 4. Formanden"
    " afslutter Referat: Ad. 1 Formanden bød velkommen Ad. 2 Bjarne Nielsen, John Poulsen, Dorte Bach Ad."
    " 3 Almindelig drøftelse af bl.a. generalforsamlingen. Der blev fremsat forslag om at holde "
    "borgermøde med nogle politikere lige efter generalforsamlingen.\n"
)


def _outcomes(text: str) -> dict[str, str]:
    return {item.number: item.outcome for item in extract_facts(parse_meeting(source_from_text(text))).items}


def test_each_mark_inside_a_flattened_line_opens_its_items_narrative() -> None:
    outcomes = _outcomes(OESTERHURUP)
    expected = ["discussed", "noted", "discussed", "discussed", "postponed"]
    assert [outcomes[n] for n in ("3", "4", "5", "6", "7")] == expected
    # items 8-10 have no paragraph: none, not item 7's "Udsættes." the last listed item's text ran on over
    assert [outcomes[n] for n in ("8", "9", "10")] == ["none", "none", "none"]


def test_a_mark_after_a_word_with_no_full_stop() -> None:
    outcomes = _outcomes(FENSMARK)
    assert outcomes["1"] == "none"  # a welcome only
    assert outcomes["3"] == "discussed"


def test_the_preposition_in_lower_case_is_no_mark() -> None:
    assert flattened_ad_marks("Vejen skal køres ad 2 omgange, og der er ad 3 veje til havnen.") == []
    outcomes = _outcomes(OESTERHURUP.replace("Ad. ", "ad "))
    assert [outcomes[n] for n in ("3", "4", "5", "6", "7")] == ["none"] * 5


def test_marks_not_numbered_up_are_no_paragraphs() -> None:
    shuffled = OESTERHURUP.replace("Ad. 3.", "Ad. 9.").replace("Ad. 4.", "Ad. 2.")
    outcomes = _outcomes(shuffled)
    assert [outcomes[n] for n in ("3", "4", "5", "6", "7")] == ["none"] * 5
