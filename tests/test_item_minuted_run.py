"""A run of numbered lines each holding its item's title and the minute after it (item_minuted_run)."""

from __future__ import annotations

from graphbuild.parse.item_lines import Candidate
from graphbuild.parse.item_minuted_run import minuted_run
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines


def _items(text: str) -> list[tuple[str, str]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.number, item.title) for item in items]


def test_glued_numbers_with_their_minutes() -> None:
    # Hørsholm Seniorråd, referat 9 June 2022
    text = (
        "Afbud fra Jesper, Marianne, Hanne, Kjeld Flemming, Freddy, Niels.\n\n"
        "1.Valg af mødeleder og ordstyrer. Lisbet valgt som mødeleder og Mogens som ordstyrer.\n\n"
        "2.Valg af referent.  Jørgen valgt som referent.\n\n"
        "3.Godkendelse af dagsorden. Dagsorden godkendt.\n\n"
        "4.Godkendelse af referat af mødet den 12.maj 2022. Referat godkendt.\n\n"
        "6.Høringssvar.  Der var ingen høringssvar.\n\n"
        "7.Hørsholm Aktive Senioruge. Planen for ugen skal være klar inden 24. juni.\n"
    )
    items = dict(_items(text))
    assert [n for n, _ in _items(text)][:3] == ["1", "2", "3"]
    assert items["1"] == "Valg af mødeleder og ordstyrer"
    assert items["2"] == "Valg af referent"
    assert items["3"] == "Godkendelse af dagsorden"


def test_spaced_numbers_with_their_minutes() -> None:
    # Løjt Land Fællesråd, referat
    text = (
        "Fraværende: Mogens Ravn, Dan Albjerg, Paul Jørn Tingleff og Kim Brydesen.\n\n"
        "1. Godkendelse af dagsorden. Dagsorden er godkendt.\n\n"
        "2. Referent: Peter Todsen.\n\n"
        "3. Valg af ordstyrer: Poul Erik blev valgt.\n\n"
        "4. Meddelelser fra Formand Iver Kaack. Iver fortæller at der er indhentet tilbud på forsikring.\n\n"
        "5. Kulturnat 2021 ved Kent Ravn: Der var opstartsmøde på den 28/9.\n"
    )
    items = dict(_items(text))
    assert sorted(items) == ["1", "2", "3", "4", "5"]
    assert items["1"] == "Godkendelse af dagsorden"


def test_a_general_meetings_minutes() -> None:
    # Ældre Sagen Farum, årsmøde 22 March 2024; Korsør Kunstforening, generalforsamling 2005
    farum = (
        "107 medlemmer var mødt frem.\n\n"
        "1. Carsten Thaarup blev valgt som dirigent – og konstaterede at årsmødet var rettidigt indkaldt.\n\n"
        "2. Birthe fremlagde bestyrelsens beretning. Se denne! Ingen spørgsmål blev stillet.\n\n"
        "3. Forelæggelse af lokalbestyrelsens regnskab til udtalelse. Vibeke Jensen gennemgik indtægter og "
        "udgifter.\n\n"
        "4. Orientering om lokalbestyrelsens fremtidige virke. Birthe opfordrede til at tænke i mandeaktiviteter.\n"
    )
    assert sorted(dict(_items(farum))) == ["1", "2", "3", "4"]
    korsoer = (
        "Dagsorden blev afviklet efter vedtægterne:\n"
        "1.Til dirigent valgtes Inge Christine Søborg Skau. Hun konstaterede generalforsamlingens lovlighed.\n"
        "2. Beretningen om foreningens virksomhed i det forløbne år (vedlagt) blev afholdt af formanden Finn "
        "Mikkelsen. Beretningen godkendtes enstemmigt uden debat.\n"
        "3. Regnskabet for foreningens virksomhed i det forløbne år og Regnskabet for Korsør Kunstforenings Fond "
        '("Kunstkassen") (vedlagt) blev gennemgået af kassereren Helle Purup. Driftsregnskabet viste et overskud '
        "på 6.497 kr. og et indestående i bank på 25.500 kr. pr. 31. august.\n"
        "4. Efter bestyrelsens forslag vedtoges uændrede kontingentsatser for sæsonen 2005-2006:\n"
        "Personlige medlemmer 240 kr.\n"
        "5. Der var ingen indkomne forslag.\n"
        "6. Valg af foreningens bestyrelsesmedlemmer, revisorer og suppleanter:\n"
        "Til revisor genvalgtes Sonni Jørgensen, der fungerer sammen med John Dyrby.\n"
        "7. Eventuelt. - her var der ingen bemærkninger.\n"
    )
    assert sorted(dict(_items(korsoer))) == ["1", "2", "3", "4", "5", "6", "7"]


def _added(text: str) -> list[str]:
    """The numbers the run adds to a candidate found on the first numbered line."""
    lines = split_lines(text)
    first = next(line for line in lines if line.text[:1].isdigit() or line.text.startswith("  "))
    found = [Candidate("1", "", first, explicit=False)]
    return [c.number for c in minuted_run(found, lines, set()) if c.line.index != first.index]


def test_the_run_adds_the_lines_between() -> None:
    # Hørsholm Seniorråd, referat 9 June 2022
    text = (
        "Afbud fra Jesper, Marianne, Hanne, Kjeld Flemming, Freddy, Niels.\n\n"
        "1.Valg af mødeleder og ordstyrer. Lisbet valgt som mødeleder og Mogens som ordstyrer.\n\n"
        "2.Valg af referent.  Jørgen valgt som referent.\n\n"
        "3.Godkendelse af dagsorden. Dagsorden godkendt.\n"
    )
    assert _added(text) == ["2", "3"]


def test_a_recommendations_points_are_no_run() -> None:
    # Enhedslisten (Fanø Byråd, 18 March 2024): a sentence's points after "foreslår, at"
    text = (
        "Forvaltningen foreslår, at\n"
        "1. Orienteringen vedr. klimaindsatsen tages til efterretning\n"
        "2. De ekstraordinære midler fra det tekniske område 500.000 kr. udsættes til\n"
        "2025\n\n"
        "3. Aftalen om at styrke det folkeoplysende arbejde med 75.000 kr. i 2024 og\n"
        "frem udgår.\n"
    )
    assert _added(text) == []


def test_an_indented_list_of_rules_is_no_run() -> None:
    # Fanø Kommune, rules for a hearing before the committees
    text = (
        "Formanden for Social- og sundhedsudvalget Johan Brink Jensen\n\n"
        "  1. Formålet med indførelse af foretræde for de stående udvalg er at bidrage til en dialog.\n"
        "  2. Forud for hvert ordinært møde i de stående udvalg er der mulighed for at få foretræde for udvalget.\n"
        "  3. Enkeltpersoner eller grupper af personer kan få foretræde for udvalget.\n"
        "  4. Vedkommende, der ønsker at få foretræde, skal have meldt deres foretræde og emne mindst 2 dage før "
        "mødet. Emnet kan enten knytte sig til et eller flere punkter på dagsordenen.\n"
    )
    assert _added(text) == []


def test_a_run_must_hold_the_items_found_elsewhere() -> None:
    # Løjt Land Fællesråd: the run holds the candidate; a candidate outside it (a "Punkt 7" heading) stops it
    text = (
        "Fraværende: Mogens Ravn, Dan Albjerg, Paul Jørn Tingleff og Kim Brydesen.\n\n"
        "1. Godkendelse af dagsorden. Dagsorden er godkendt.\n\n"
        "2. Referent: Peter Todsen.\n\n"
        "3. Valg af ordstyrer: Poul Erik blev valgt.\n\n"
        "Punkt 7 Budget\n"
    )
    lines = split_lines(text)
    first = next(line for line in lines if line.text.startswith("1."))
    heading = next(line for line in lines if line.text.startswith("Punkt"))
    found = [Candidate("1", "", first, explicit=False), Candidate("7", "Budget", heading, explicit=True)]
    assert minuted_run(found, lines, set()) == found
    assert len(minuted_run(found[:1], lines, set())) == 3
