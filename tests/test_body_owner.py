"""A meeting's body the header reads only by its kind ("Bestyrelse", "Generalforsamling") named with the owner its
heading ties it to, and the meeting's roles held there. Forms quoted (shortened) from dev-write documents of
tests/realworld/ (FynBus, Væksthus Hovedstadsregionen, Midttrafik, Grundejerforeningen Sejer Strande,
Idrætssamvirket, Lokallisterne i Danmark, Foreningen for Kommunal- og Forvaltningsret, Rammeaftale Sjælland); the
test split is never read while writing these rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.parse.body_owner import body_in_full
from tests.text_facts import facts_of_text, meeting_of_text, named_relations


@pytest.mark.parametrize(
    ("header", "body", "full"),
    [
        # fynbus-bestyrelse-2016-12-08, fynbus-bestyrelse-2019-06-17
        ("FynBus Bestyrelse. Referat. Torsdag den 8. december 2016", "Bestyrelse", "FynBus Bestyrelse"),
        ("DAGSORDEN FYNBUS BESTYRELSE. Mandag den 17. juni J.nr.: Deltagere:", "Bestyrelse", "Fynbus Bestyrelse"),
        # vaeksthus-hovedstadsregionen-bestyrelse-2014-04-04
        (
            "Referat. 11. april Bestyrelse Væksthus Hovedstadsregionen",
            "Bestyrelse",
            "Bestyrelse Væksthus Hovedstadsregionen",
        ),
        # midttrafik-bestyrelsen-2013-03-01
        (
            "Åben dagsorden. til mødet i Bestyrelsen for Midttrafik 1. marts 2013 kl Søren Nymarks Vej 3, 8270 "
            "Højbjerg",
            "Bestyrelsen",
            "Bestyrelsen for Midttrafik",
        ),
        # sejer-strande-bestyrelse-2021-11-16: the meeting's word in capitals, the owner after "I"
        (
            "Referat af bestyrelsesmøde 16. november 2021\n\nEmne:Referat  EKSTRAORDINÆRT BESTYRELSESMØDE I "
            "GRUNDEJERFORENINGEN SEJER STRANDE   torsdag den 16. november 2021 kl. 20.00 – 22.00",
            "Bestyrelse",
            "Bestyrelsen i Grundejerforeningen Sejer Strande",
        ),
        # idraetssamvirket-frederikshavn-generalforsamling-2020-06-18
        (
            "Dagsorden & referater\n\nReferat af generalforsamling i Idrætssamvirket, torsdag d. 18. juni hos "
            "Frederikshavn Rideklub.",
            "Generalforsamling",
            "Generalforsamlingen i Idrætssamvirket",
        ),
        # lokallisterne-generalforsamling-2017-03-16: the owner in quotation marks, a small word inside it
        (
            "KL   NOTAT\nReferat af generalforsamlingen i ”Lokallisterne i Danmark” torsdag den 16. marts 2017",
            "Generalforsamlingen",
            "Generalforsamlingen i Lokallisterne i Danmark",
        ),
        # rammeaftale-sjaelland-styregruppen-18-08: the linked owner before a word run on before the kind
        (
            "Referat. Mødeforum Styregruppen for Rammeaftale Sjælland. Sagsnr Dokumentnr Mødedato 18/ Tid Kl. 9-13",
            "Styregruppen",
            "Styregruppen for Rammeaftale Sjælland",
        ),
    ],
)
def test_a_bare_body_named_with_its_owner(header: str, body: str, full: str) -> None:
    assert body_in_full(header, body) == full


@pytest.mark.parametrize(
    ("header", "body"),
    [
        # brn-bestyrelse-2017-01-27: a day after the kind word, no owner
        ("Referat Bestyrelse. Fredag 27. januar 2017 kl Mødelokale K Niels Bohrs Vej Aalborg Øst", "Bestyrelse"),
        ("Dagsorden Bestyrelsen", "Bestyrelsen"),  # brn-bestyrelsen-2015-09-18: the kind word alone
        ("REFERATER\nREFERAT AF GENERALFORSAMLINGEN 2023", "Generalforsamlingen"),  # farum-landsby: "AF" no owner
        # a municipality is no association's owner (nordfyn-kommunalbestyrelsen's heading, read for a bare board)
        ("BESTYRELSEN FOR NORDFYNS KOMMUNE REFERAT FRA", "Bestyrelsen"),
        # a venue after "i" (samsø's "bestyrelsesmøde i Samsø Idrætshal")
        ("Referat fra bestyrelsesmøde i Samsø Idrætshal", "Bestyrelse"),
        # kl-bestyrelse-formandskab-webpage-2018: a document's title naming the board, words in lower case before it
        ("Forretningsorden for KL's bestyrelse", "bestyrelse"),
        # a kind word that is not the body's: the general meeting's minutes name the board's owner
        ("Åben dagsorden. til mødet i Bestyrelsen for Midttrafik", "Generalforsamling"),
        # a body that is no bare kind word keeps its name
        ("Åben dagsorden. til mødet i Bestyrelsen for Midttrafik", "Bestyrelsen for Midttrafik"),
    ],
)
def test_no_owner(header: str, body: str) -> None:
    assert body_in_full(header, body) is None


_SEJER_STRANDE = (
    "Referat af bestyrelsesmøde 16. november 2021\n\n"
    "Emne:Referat  EKSTRAORDINÆRT BESTYRELSESMØDE I GRUNDEJERFORENINGEN SEJER STRANDE   torsdag den 16. november "
    "2021 kl. 20.00 – 22.00\nSted: Teams\nDeltagere: Anna Hallgren #72 Formand\n Niels Jacob Hansen #17 Næstformand\n"
    " Preben Skovbjerg (referent) #1 Suppleant\n\n1 DAGSORDEN\n\n1. Valg af referent\n\nPreben blev valgt som "
    "referent.\n\n2. Webhotel omfattende e-mail, hjemmeside og WordPress\n\nDrøftet.\n"
)


def test_the_meetings_roles_are_held_in_the_body_named_in_full(tmp_path: Path) -> None:
    meeting = meeting_of_text(_SEJER_STRANDE)
    assert meeting.body == "Bestyrelse"  # the body field as the header reads it
    assert meeting.body_in_full == "Bestyrelsen i Grundejerforeningen Sejer Strande"
    held = {
        (person, target) for person, target, _ in named_relations(facts_of_text(tmp_path, _SEJER_STRANDE), "HOLDS_ROLE")
    }
    assert ("Preben Skovbjerg", "Bestyrelsen i Grundejerforeningen Sejer Strande") in held
    assert not {target for _, target in held} & {"Bestyrelse", "Bestyrelsen"}
