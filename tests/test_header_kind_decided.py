"""Minutes that never call themselves minutes: the header records the agenda approved at the meeting, or an
item page carries the body's decision under the meeting's date."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_MEMBERS = "Medlemmer:\nBente Ullits Eckmann DH Annelise Hansen DH\nKim G. Nielsen DH Helle Mariager\n"


@pytest.mark.parametrize(
    "text",
    [
        # a council's page: the agenda approved, then who was away
        "Handicaprådet\nPubliceret 25-10-2017\nOnsdag den 25-10-2017 kl. 16:15\n"
        + _MEMBERS
        + "Godkendelse af dagsorden:\nGodkendt\nFraværende:\nKim G. Nielsen\nMeddelelser:\nIngen.\n",
        "Byrådet\nMandag den 25-09-2017 kl. 07:00\n"
        + _MEMBERS
        + "Godkendelse af dagsorden: Godkendt inklusive dagsordenspunkter 220 og 221.\n",
        # one item's page: the decision under the body's name and the meeting's date
        "66.    Temadag for Integrationsrådet\nSag 306-2014-5450\nÅbent\nSagsfremstilling\nEn ny dato.\n"
        "Beslutning fra Integrationsrådet\n\nDato: 10. december 2015\n\nSted: Café Lulu, Algade 25\n"
        "Forslag om lørdag den 9. april 2016.\n",
        "12. Anlægsregnskab for Hallen\nSagsfremstilling\nRegnskabet forelægges.\n"
        "Beslutning i Økonomiudvalget den 3. maj 2016\nAnbefales.\n",
    ],
)
def test_a_decision_recorded_makes_minutes(text: str) -> None:
    assert parse_meeting(source_from_text(text)).kind == "referat"


@pytest.mark.parametrize(
    "text",
    [
        # an agenda's item that asks for the approval, and a decision section still empty
        "Dagsorden\nByrådet\nMandag den 25-09-2017 kl. 07:00\n1. Godkendelse af dagsorden\n"
        "Indstilling: Dagsordenen godkendes.\n",
        "Dagsorden\nØkonomiudvalget\n3. maj 2016\n12. Anlægsregnskab for Hallen\nSagsfremstilling\n"
        "Regnskabet forelægges.\nBeslutning\n",
    ],
)
def test_an_agenda_stays_an_agenda(text: str) -> None:
    assert parse_meeting(source_from_text(text)).kind == "dagsorden"


@pytest.mark.parametrize(
    "text",
    [
        # a body's web page that links to its minutes
        "Organisation\nKulturgruppen\nKulturgruppen er den politiske styregruppe for kulturaftalen.\n"
        "Referat fra møder i den administrative følgegruppe og Kulturgruppen kan læses her.\n",
        # a news article that tells of a meeting held
        "I forbindelse med godkendelsen har de tre byråd besluttet at forbedre organisationen.\n"
        "Første møde i forretningsudvalget blev afholdt 7. februar i Kolding.\n"
        "Der var en super stemning på mødet.\n",
    ],
)
def test_a_page_that_only_tells_of_minutes_records_no_meeting(text: str) -> None:
    assert parse_meeting(source_from_text(text)).kind is None


def test_a_meeting_held_confirms_a_kind_word() -> None:
    text = "Dagsorden\nBestyrelsen\nMødet blev afholdt på rådhuset den 3. maj 2016.\n1. Godkendelse af dagsorden\n"
    assert parse_meeting(source_from_text(text)).kind == "referat"


# holbaek-lokale-beskaeftigelsesraad-2010-08-17: headed "DAGSORDEN", its agenda approval recorded ("Godkendt med
# følgende bemærkninger") on the flattened page's line
_LBR = (
    "1 DAGSORDEN Møde i Det Lokale Beskæftigelsesråd (LBR) 17. august 2010 kl Administrationscenteret\n\n"
    "2 1. Godkendelse af dagsorden LBR godkender dagsorden at LBR godkender dagsorden Dagsorden til møder i LBR "
    "udarbejdes af sekretariatet efter formandskabets anvisninger. Forretningsordenens 6 Bilag: Ingen Godkendt med "
    "følgende bemærkninger: Bilag over virksomhedsrettet indsats eftersendes hurtigst muligt\n"
)


def test_an_agenda_heading_over_its_approval_recorded_is_minutes() -> None:
    assert parse_meeting(source_from_text(_LBR)).kind == "referat"


@pytest.mark.parametrize(
    "text",
    [
        _LBR.replace("Ingen Godkendt med", "Ingen Godkendt af direktionen med"),  # a signature, no decision
        _LBR.replace("Ingen Godkendt med", "Ingen\n\nGodkendt med"),  # another line: another item's or note's
    ],
)
def test_an_approval_not_recorded_leaves_an_agenda(text: str) -> None:
    assert parse_meeting(source_from_text(text)).kind == "dagsorden"


# regionnordjylland-regionsraadet-2020-11-24 (eDoc): headed "Dagsorden", each item's minutes under a "Referat" heading
_EDOC = (
    "Dagsorden\nRegionsrådet 24-11-2020 13:00\n\n\n1.Meddelelse fra formanden\n2.Orientering og godkendelse: "
    "Kvartalsrapport 3-2020\n\n1. Meddelelse fra formandenReferat\n\n Følgende emner blev nævnt under dette punkt på "
    "Regionsrådets møde den 24. november 2020:\n\n1. Afbud. Der var afbud fra Thomas Hav.\n"
)


@pytest.mark.parametrize(
    "text", [_EDOC, _EDOC.replace("formandenReferat", "formanden\n\nReferat")], ids=["glued", "own line"]
)
def test_an_items_minutes_section_makes_minutes(text: str) -> None:
    assert parse_meeting(source_from_text(text)).kind == "referat"


def test_an_item_about_minutes_leaves_an_agenda() -> None:
    agenda = _EDOC.replace("formandenReferat", "formanden om Referat").replace("Der var afbud", "Der er afbud")
    assert parse_meeting(source_from_text(agenda)).kind == "dagsorden"
