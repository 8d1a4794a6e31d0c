"""The kind word of a flattened page's header past its line's first 300 characters, where a site's chrome ran on
before it: a capitalised minutes word before the first item makes the document minutes when nothing at a line's
head names a kind, a late "Dagsorden" never an agenda; a site's words that join both
kinds ("Find dagsorden eller referat"), a kind word in lower case, one after the first item and one past a short
line's head none; "Dagsorden - åbent møde" over an item's "Beslutninger" stays an agenda. Snippets: dev-write
documents flattened as benchmarks.realworld_flattened flattens them (stevns-boern-unge-laering-2022-06-07,
koege-udsatteraadet-2022-08-29, samsoe-kommunalbestyrelsen-2017-03-28, fredensborg-webpage-groent-raad)."""

from __future__ import annotations

import pytest

from graphbuild.parse.header_kind import document_kind
from graphbuild.parse.lines import split_lines

STEVNS_CHROME = (
    "1 Dagsordener og referater Her finder du alle åbne dagsordner og referater fra Kommunalbestyrelse, fagudvalg, "
    "kommissioner, råd og nævn. Du kan søge på enkelte udvalg eller på referater fra en bestemt periode. Vi har "
    "referater fra: Se kommende møder Følg med i det politiske arbejde og få overblik over de politiske møder i "
    "Stevns Kommunes mødekalender. Se de kommende møder i kalenderen (pdf). Find dagsorden eller referat ved at "
    "sortere på udvalg "
)
STEVNS = STEVNS_CHROME + (
    "Referat Tirsdag d. 7 juni 2022 MødestedHotherskolen UdvalgBørn, Unge og Læring Bemærkninger Resume "
    "Godkendelse af dagsorden for BUL den 7. juni 2022 Beslutning Udvalget godkender dagsordenen. Resume Udvalget "
    "for Børn, Unge og Læring skal behandle budgetforslag 2023-2026 på egne politikområder. Budgetforslagene indgår "
    "herefter i den videre budgetproces og til budgetseminaret i august. Indstilling Forvaltningen indstiller, at 1. "
    "forslag til budget 2023 behandles 2. udvalgets behandlinger indgår i den videre budgetproces "
)
KOEGE = (
    "1 Skip til hoved indholdet Hjem Politik Byråd og udvalg Råd og nævn Referater af Udsatterådets møder i 2022 "
    "Referater af Udsatterådets møder i 2022 29. august 2022 – Ordinært møde Deltagere Christine Hansen, Susanne "
    "Larsen, Henrik Fischer, Marlene Gjøstrand, Martin Bertelsen, Niels Rolskov, Mikhael Saxtorph og Thomas Buus "
    "Fra Velfærdsforvaltningen: Pia Gommesen, Rikke Willesen, Mille Schjoldan, Maria Lindholm Kristensen Afbud John "
    "Tietze, Nicolai Kellberg Sted Borup Aktivitetshus (den store sal) Møllevej 11 4140 Borup Ordstyrer Formand "
    "Marlene Gjøstrand Referent Maria Lindholm Kristensen Referat 1. Temaoplæg: Ensomhed Oplæg v. Pia Gommesen og "
    "Rikke Willesen (30 min) Pia Gommesen orienterede om den opsøgende indsats til ensomme og sundhedsfremme for "
    "udsatte borgere, herunder målgruppe, arbejdsmetode mv. "
)
SAMSOE = (
    "1 Mødet holdes i kantinen på Rådhuset, Søtofte 10 tirsdag den 28. marts 2017 klokken 17:30 Dagsorden - åbent "
    "møde: • Punkt fra Venstre: Forbedring af vilkårene for pendlere • Punkt fra Venstre og De Konservative: En "
    "direkte bæredygtig færgeforbindelse mellem Samsø og Aarhus • Beslutning vedr. aftalekontrakter for ØU´s område "
    "• Godkendelse af samtlige aftalekontrakter for 2017 • Beslutning vedr. optagelse af lån på baggrund af "
    "låneberettigede udgifter i 2016 • Samsø Kommunes organisationsstruktur • Godkendelse af budgetopfølgning for "
    "det Sociale område pr. 31.1.2017 • Godkendelse af budgetopfølgning pr. 31.1.2017 • Godkendelse af "
    "kvalitetsstandard for Tandpleje for Børn og Unge • Beslutninger vedr. ”Fri med dagplejer” • Høring af "
    "Psykiatriplan for Region Midtjylland 2017 "
)
FREDENSBORG = (
    "1 Grønt Råd er et rådgivende forum i natur-, miljø- og planlægningsspørgsmål. Ideen er at bruge foreningernes "
    "og borgernes engagement og kendskab til natur, miljø og planlægning til en konstruktiv dialog om nye aktiviteter "
    "i kommunen. Medlem udpeget af byrådet, Tonny Lacomble Nielsen (B) Medlem udpeget af byrådet, Torben Forskov (F) "
    "Nordsjællands Landboforening, Søren Hansen Danmarks Naturfredningsforening, Jens Søndergaard Dansk Ornitologisk "
    "Forening, Birgitte Garde Danmarks Jægerforbund Fredensborg, Erik Vestergaard Madsen De lokalhistoriske "
    "foreninger, Flemming Jappsen Friluftsrådet, Bente Nielsen Nive Å’s Lystfiskerforening, Carsten Ryby "
    "Bevaringsforeningen, Lisbeth Gram Holdum Agenda 21 Foreningen, Finn Langgaard Dansk Cyklist Forbund, Frank Elm "
    "Jakobsen Fredensborg Landsbyråd, Søren D. Schmidt Naturstyrelsen Nordsjælland, Jens Bjerregaard Christensen 2018 "
    "Referat 28. maj Referat 19. marts 2017 Referat 27. november Referat 25. september 15. maj Der blev ikke "
    "udarbejdet et egentligt referat, da mødet blev afholdt som en besigtigelse af projekterne ved Lergavssøerne i "
    "Nivå. I mødet deltog også politikere fra Plan-, Miljø- og klimaudvalget. Referat 6. marts 2016 Referat 29. "
    "februar Referat 30. maj Referat 26. september "
)
PROSE = "Udvalget drøftede sagen og den videre proces for området, som blev gennemgået af forvaltningen. " * 8


def _page(text: str) -> str:
    """A flattened page: the snippet run on into its items' prose."""
    return text + PROSE + "\n"


def _kind(text: str, items_start: int | None = None) -> str | None:
    return document_kind(split_lines(text), False, text, len(text) if items_start is None else items_start)


@pytest.mark.parametrize("text", [_page(STEVNS), _page(KOEGE)])
def test_a_capitalised_kind_word_past_the_chrome_names_the_kind(text: str) -> None:
    assert len(text) > 1000
    assert _kind(text) == "referat"


def test_an_agenda_heading_keeps_its_kind_over_an_items_decisions() -> None:
    # "Dagsorden - åbent møde: … • Beslutninger vedr. …": an item's title, no "Dagsorden med beslutninger"
    assert len(_page(SAMSOE)) > 1000
    assert _kind(_page(SAMSOE)) == "dagsorden"


@pytest.mark.parametrize(
    "text",
    [
        # the site's own words, both kinds joined, then prose: no heading
        STEVNS_CHROME + PROSE,
        # a kind word in lower case deep in a page: a sentence's
        STEVNS_CHROME.replace("Find dagsorden eller referat", "Find møderne")
        + PROSE[:400]
        + "se referat her. "
        + PROSE,
    ],
)
def test_no_heading_past_the_chrome_names_no_kind(text: str) -> None:
    assert _kind(text) is None


def test_a_kind_word_after_the_first_item_or_past_a_short_lines_head_names_none() -> None:
    at = STEVNS.index("Referat Tirsdag")
    assert _kind(_page(STEVNS), items_start=at - 10) is None
    short = STEVNS_CHROME.replace("Find dagsorden eller referat", "Find møderne") + "Referat Tirsdag d. 7 juni 2022\n"
    assert 300 < short.index("Referat Tirsdag") < len(short) < 1000
    assert _kind(short) is None


def test_a_late_agenda_word_names_no_kind() -> None:
    # past the line's head "Dagsorden" is an item's or a minutes page's label: never an agenda read there
    text = _page(STEVNS.replace("Referat Tirsdag", "Dagsorden Tirsdag"))
    assert text.index("Dagsorden Tirsdag") > 300
    assert _kind(text) is None


def test_a_late_minutes_word_gives_way_to_a_kind_read_at_the_lines_head() -> None:
    # the head's "Dagsorden" stands; a late "Referat" does not make it minutes (the head's reading decides)
    text = _page("Dagsorden " + STEVNS)
    assert _kind(text) == "dagsorden"


def test_a_list_of_meetings_minutes_past_the_head_names_no_kind() -> None:
    # a body's page listing its meetings' minutes ("Referat 28. maj Referat 19. marts 2017 …"): no one meeting's
    assert _page(FREDENSBORG).index("Referat 28. maj") > 300
    assert _kind(_page(FREDENSBORG)) is None
