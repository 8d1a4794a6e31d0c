"""A contents-only item whose short title stands again after the contents right before a main section heading
or its access mark, "Meddelelser Baggrund …", "Godkendelse af dagsorden Åben sag Sagsnr.: …", is that item's
heading, and the item takes its text from there (issue 12 items 2 and 6). Snippets of flattened dev-write documents
quoted as printed (Hørsholm's Økonomiudvalg, Helsingør's Handicapråd). Near misses: the short title inside a
sentence, before a lower-case word or a comma ("Flextur, Individuel handicapkørsel …", "Orientering og rundvisning"),
stays known from the contents only."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.sources import source_from_text

HOERSHOLM = (
    "1 Økonomiudvalget Referat fra ordinært møde D2 Torsdag kl. 8:00 Følgende sager behandles på mødet "
    "Side Meddelelser 2 Lions-sagen - KL-undersøgelse af bestyrelsens rolle 3 Økonomiudvalget drøfter med "
    "HovedMED 7 Nulpunktsmåling Hørsholm Kommunes omdømme 8 Program til Kommunalbestyrelsens "
    "Augustkonference Halvårsregnskab Det kommunale og regionale valg den 21. november Kommualvalg "
    "aktiviteter til fremme af valgdeltagelsen 17 Styrkelse af It sikkerhed i Hørsholm Kommune 24 Model "
    "Model Øvrige sikkerhedsaktiviteter 27 Rungsted Havn - forslag om ændring af vedtægter - udtalelse "
    "fra havnebestyrelsen 30 Anlægsregnskab for energirenovering af Idrætsparken. 32 Velfærd frem for "
    "mursten: antal skoledistrikter 34 Vandforsyningsplan Aflysning af Miljømål for Hørsholm Vand - "
    "Drikkevand - Tjek af tilbageløbssikringer 41 Bilagsoversigt 43 Bemærkninger til dagsorden"
    "\n\n"
    "2 Økonomiudvalget Punkt: 1 Acadre sagsnr.: 17/10438 Journalnr.: A00 Sagsforløb: ØU - Åben sag "
    "Mødedato: Sagsansvarlig enhed: Politik, Udvikling og Borgerservice Sagsbehandler: Marianne "
    "Godtfredsen Meddelelser Baggrund Centerchef Betina Bojesen henledte opmærksomheden på "
    "retningslinjerne Det daglige samarbejde i et valgår i Hørsholm Kommune, som blev godkendt af "
    "Økonomiudvalget den 9. februar Betina Bojesen henledte endvidere opmærksomheden på, at spørgetiden "
    "suspenderes i 2 måneder op til kommunalvalget den 21. november Thorkild Gruelund (C) deltog ikke i "
    "sagens behandling. Nadja Maria Hageskov (C), Troels Moe (I) og Peter Antonsen (T) deltog ikke i "
    "mødet. Økonomiudvalget Torsdag den Side 2"
)

HELSINGOER = (
    "1 Referat Handicaprådet Mødedato: Mandag den 23. november 2015 Mødetidspunkt: Kl. 8:00 "
    "Sluttidspunkt: Kl. 11:00 Mødested: Bemærkninger: Medlemmer: Michael Mathiesen (C) Philip Læborg (C) "
    "Ib Kirkegaard (O) Haldis Glerfoss (Ø) Duygu Ngotho (A) Katrine Kjærbo Karsten Grubert Karl Vilhelm "
    "Nielsen Jacob Svendsen Kirsten Fazio Lene Fritzbøger Andersen Hanne Olsson-Dragø Kurt Mortensen "
    "Niels Fiil Hildebrandt Deltagere: Lars Løgstrup Fraværende: Philip Læborg Haldis Glerfoss Duygu "
    "Ngotho Karsten Grubert Kurt Mortensen Rød 3, Prøvestenen Lars Løgstrup deltog som suppleant for "
    "Karsten Grubert. Inge Juul Knudsen deltog som suppleant for Kurt Mortensen Sagsoversigt Side 01. "
    "Godkendelse af dagsorden Oplæg til dialog om udbredelse af digital kommunikation Lukket - Uddeling "
    "af Handicapprisen Høring af udbudsmaterialet til udbud på kompressionshjælpemidler Opfølgning på "
    "debatmødet den 26. marts Planlægning af arbejdet med budget Forslag til ændret forretningsorden "
    "Kommende sager og udeståender - orientering Valg af næstformand Meddelelser og eventuelt...16 "
    "Bilagsliste...17"
    "\n\n"
    "2"
    "\n\n"
    "3 Handicaprådet Mødedato Side Godkendelse af dagsorden Åben sag Sagsnr.: Sagen afgøres i: Bilag: "
    "Handicaprådet Indstilling Formandsskabet indstiller: Atdagsordenen godkendes Beslutninger "
    "Handicaprådet den Ikke til stede: Philip Læborg, Haldis Glerfoss, Duygu Ngotho, Karsten Grubert, "
    "Kurt Mortensen Dagsordenen godkendt."
    "\n"
)


def _items(text: str) -> dict[str, tuple[bool, str]]:
    items = parse_meeting(source_from_text(text)).items
    return {item.title: (item.from_contents, text[item.start : item.end]) for item in items}


def test_a_short_title_before_a_section_heading_is_its_items_heading() -> None:
    from_contents, own_text = _items(HOERSHOLM)["Meddelelser"]
    assert not from_contents
    assert own_text.startswith("Meddelelser Baggrund Centerchef Betina Bojesen")
    assert "deltog ikke i sagens behandling" in own_text


def test_a_title_before_its_access_mark_and_case_label_is_its_items_heading() -> None:
    from_contents, own_text = _items(HELSINGOER)["Godkendelse af dagsorden"]
    assert not from_contents
    assert own_text.startswith("Godkendelse af dagsorden Åben sag Sagsnr.:")
    assert own_text.endswith("Dagsordenen godkendt.")


def test_a_short_title_inside_a_sentence_is_no_heading() -> None:
    text = HOERSHOLM.replace("Meddelelser Baggrund Centerchef", "Meddelelser, som centerchef", 1)
    assert _items(text)["Meddelelser"][0]
    lower = HOERSHOLM.replace("Meddelelser Baggrund Centerchef", "Meddelelser og baggrund for centerchef", 1)
    assert _items(lower)["Meddelelser"][0]
