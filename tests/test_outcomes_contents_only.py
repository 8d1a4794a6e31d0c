"""An item known only from a contents list (its text not in the document) has no decision shown: none, unless the list
marks it closed ("Lukket"); an item with its text keeps its outcome. Cases shortened from dev-write documents of
tests/realworld/ (aalborg-folkeoplysningsudvalget-2014-06-25, hoersholm-oekonomiudvalget-2017-lions-sagen,
bornholm-kommunalbestyrelsen-dagsorden-2020-03-26, rsyd-vaekstforum-formandskab-2007-05-30), the test split never
read."""

from __future__ import annotations

import pytest

from graphbuild.extract import extract_facts
from graphbuild.extract.outcome_contents_only import contents_only_outcome
from graphbuild.models import ItemFacts
from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

_AALBORG = (
    "AALBORG BYRÅD. Aalborg Byråd. Folkeoplysningsudvalget. Mødet den , kl. 15:00. Boulevarden 13, "
    "Repræsentationslokale 1\n\nTranskript\n\n1 AALBORG BYRÅD Mødet den , Boulevarden 13, Repræsentationslokale 1\n\n"
    "2 1. Budgetprocedure Prioriteringskatalog energibesparende foranstaltninger Udviklingspuljen - ansøgning fra AOF "
    'Nord om støtte til projekt "Digital folkeoplysning tættere på borgeren" Orientering om AOF Nords lokaletilskud '
    "til Kayerødsgade Ny forening - Aalborg Shinkyokushin Karate Skole søger om godkendelse Ny forening - Afghansk "
    "Kvindeforening søger om godkendelse som tilskudsberettiget forening Ny forening - Aalborg Bordfodboldforening "
    "søger om godkendelse Ny forening - Aalborg Tamilsk Sports Klub søger om godkendelse Ny forening - Aktiv "
    "Ferie-Stolpen søger om godkendelse Ny forening - FC Aalborg søger om godkendelse Eventuelt Lukket\n\n"
    "3 AALBORG BYRÅD Tid Mødet den , Sted Boulevarden 13, Repræsentationslokale 1 Fraværende Stine Sørensen Til stede "
    "Bente Graversen, Lis Rom Andersen, Erik Kristensen Åben Punkt 1. Budgetprocedure Sundheds- og "
    "Kulturforvaltningen indstiller, til s orientering og drøftelse. Sagsbeskrivelse På mødet orienteres om "
    "forventningerne til den kommende budgetprocedure. Møde den Side 1\n\n"
    "4 Beslutning: Til orientering. Møde den Side 2\n\n"
    "5 Punkt 2. Prioriteringskatalog energibesparende foranstaltninger Sundheds- og Kulturforvaltningen indstiller, at "
    "god\n"
)
_HOERSHOLM = (
    "Følgende sager behandles på mødet\n\nTranskript\n\n"
    "1 Økonomiudvalget Referat fra ordinært møde D2 Torsdag kl. 8:00 Følgende sager behandles på mødet Side "
    "Meddelelser 2 Lions-sagen - KL-undersøgelse af bestyrelsens rolle 3 Økonomiudvalget drøfter med HovedMED 7 "
    "Nulpunktsmåling Hørsholm Kommunes omdømme 8 Program til Kommunalbestyrelsens Augustkonference Halvårsregnskab "
    "Vandforsyningsplan Aflysning af Miljømål for Hørsholm Vand - Drikkevand - Tjek af tilbageløbssikringer 41 "
    "Bilagsoversigt 43 Bemærkninger til dagsorden\n\n"
    "2 Økonomiudvalget Punkt: 1 Acadre sagsnr.: 17/10438 Journalnr.: A00 Sagsforløb: ØU - Åben sag Mødedato: "
    "Sagsansvarlig enhed: Politik, Udvikling og Borgerservice Sagsbehandler: Marianne Godtfredsen Meddelelser Baggrund "
    "Centerchef Betina Bojesen henledte opmærksomheden på retningslinjerne Det daglige samarbejde i et valgår i "
    "Hørsholm Kommune, som blev godkendt af Økonomiudvalget den 9. februar Betina Bojesen henledte endvidere "
    "opmærksomheden på, at spørgetiden suspenderes i 2 måneder op til kommunalvalget den 21. november. Økonomiudvalget "
    "Torsdag den Side 2\n\n"
    "3 Økonomiudvalget Punkt: 2 Acadre sagsnr.: 17/11524 Journalnr.: K09 Sagsforløb: ØU-KB - Åben sag Mødedato:\n"
)
_BORNHOLM = (
    "Dagsorden\nKommunalbestyrelsen\n26-03-2020 kl. 18:00\nvia Skype\n\n\nDagsordenspunkter\n\n"
    "  åbent 1 Fraværende og bemærkninger til dagsorden\n"
    "  åbent 2 Kommissorium for en ny energipolitik og energistrategi på Bornholm\n"
    "  åbent 16 Indstilling af en repræsentant til delprogram Øresund\n"
    "  åbent 17 Orientering fra formanden\n\n\n\n \n\nTil indholdsfortegnelse\n\n Åbent  punkt\n\n"
    " 1  Fraværende og bemærkninger til dagsorden\n\n00.01.00P35-0098\n\nBehandling\n\nMødedato\n\n"
    "Kommunalbestyrelsen\n\n26-03-2020\n\n1\n\nFraværende\n\nBemærkninger til dagsordenen\n\n"
    "Til indholdsfortegnelse\n\n Åbent  punkt\n\n"
    " 2  Kommissorium for en ny energipolitik og energistrategi på Bornholm  \n\n13.00.00P22-0002\n\n"
    "Hvem beslutter\n\nSærligt udvalg om klima og bæredygtighed indstiller\n\n"
    "Økonomi-, Erhvervs- og Planudvalget indstiller\n"
)
_VAEKSTFORUM = (
    "Dagsorden\n\nMøde i Formandskabet for Vækstforum\n\n"
    "den 30. maj 2007 kl. 14.00 – 17.00 i Regionshuset, Damhaven 12, 7100 Vejle, mødelokale 1\n\n"
    "Indholdsfortegnelse\n\n1. Godkendelse af dagsorden\n\n2. Ansøgninger til det regionale klyngeprogram\n\n"
    "3. Syddansk Turisme\n\n4. Indstilling vedr. medfinansiering af det Syddanske Bruxelles-kontor\n\n"
    "5. Partnerskabsaftale\n\nDagsorden \n\n1. Godkendelse af dagsorden\n\n"
    "2. Ansøgninger til det regionale klyngeprogram\n"
)


def _items(text: str) -> dict[str | None, ItemFacts]:
    facts = extract_facts(parse_meeting(source_from_text(text)))
    return {item.number: item for item in facts.items}


def test_minutes_items_known_only_from_the_contents_have_no_decision() -> None:
    items = _items(_AALBORG)
    assert items["1"].outcome == "noted" and not items["1"].from_contents  # near miss: its text is there
    listed = [item for item in items.values() if item.from_contents]
    assert listed and all(item.decision is None for item in listed)
    assert {item.title: item.outcome for item in listed}["Eventuelt"] == "none"


def test_a_contents_entry_marked_closed_is_closed() -> None:
    # the list itself prints "Lukket" for the entry (the written rule's exception)
    items = _items(_AALBORG)
    assert {item.title: item.outcome for item in items.values() if item.from_contents}["Lukket"] == "closed"


def test_an_information_title_known_only_from_the_contents_is_not_noted() -> None:
    items = _items(_HOERSHOLM)
    assert items["1"].outcome == "noted" and not items["1"].from_contents  # near miss: "Meddelelser" with its text
    listed = [item for item in items.values() if item.from_contents]
    assert listed and all(item.outcome == "none" for item in listed)


def test_an_agenda_entry_titled_indstilling_is_not_proposed_from_its_contents_line() -> None:
    items = _items(_BORNHOLM)
    assert items["16"].from_contents and items["16"].outcome == "none" and items["16"].decision is None
    # near miss: an item with its text, the recommendations under it, keeps its proposal
    assert not items["2"].from_contents and items["2"].outcome == "proposed"


def test_an_agenda_contents_list_of_recommendations_proposes_nothing() -> None:
    items = _items(_VAEKSTFORUM)
    assert items["4"].from_contents and items["4"].outcome == "none"


@pytest.mark.parametrize(
    ("read", "kept"),
    [("closed", "closed"), ("postponed", "postponed"), ("noted", "none"), ("proposed", "none"), ("approved", "none")],
)
def test_only_a_contents_lists_own_marks_are_kept(read: str, kept: str) -> None:
    assert contents_only_outcome(read) == kept  # type: ignore[arg-type]
