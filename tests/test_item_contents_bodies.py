"""Numbered items a flattened page ran together with their text, read as a contents list (issue 12 item 2): where no
item was found in the body and a numbered entry's line runs on into sentences, the sentences are no entries, and where
that line is not the list's last, or an entry before the last runs its title on into its record, the numbered entries
are the items, not ``from_contents``. Snippets of dev-write
documents (Ulvshale Digelag, Grundejerforeningen Sejer Strande, Ældre Sagen Rødovre) flattened as a PDF-to-text step
prints them, quoted as printed. Near misses: a flattened contents page whose titles lost their numbers and hold an
abbreviation's full stop (Hjørring Byråd's "tidl. Hjørring"), an agenda whose last entry runs on into the rest of the
document (its statutes), an agenda of titles only."""

from __future__ import annotations

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

ULVSHALE = (
    "1 Referat af Bestyrelsesmøde 16.11.2023 Referat af Bestyrelsesmøde onsdag den 16.11.2023 kl. 19:00 - Afholdt "
    "via teams. Deltagere: Ege, Michael, Dorte, Betty, Ole, Alex, Mette DAGSORDEN 1. Tilføjelse til dagsorden Der "
    "tilføjes punkt 4 a. 2. Godkendelse af referat af bestyrelsesmøde nr.9 den 31.10.2023 Godkendt 3. "
    "Tilrettelæggelse af informationsmøde den 26.11.23 Dagsorden blev gennemgået. Sendes ud til medlemmerne og "
    "lægges op på hjemmesiden. Tidspunkt kl. 10 – 12.30 i Mønshallerne 4. Tilrettelæggelse af ekstraordinær "
    "generalforsamling den 26.11.23 Punkter til dagsordenen blev gennemgået og diskuteret. Skal der stemmes om hele "
    "COWI’s forundersøgelsesrapport af 3. november 2023 eller alene om fase 1 heri? Et flertal i bestyrelsen mente, at "
    "der var for stor økonomisk usikkerhed og mange punkter i forundersøgelsesrapporten der kræves yderligere "
    "afklaring før, der kan stemmes om den samlede rapport. Fire (4) i bestyrelsen stemte imod og 1 for, at man på "
    "den ekstraordinære generalforsamling stemte om den samlede rapport. Flertallet afgjorde derfor, at der alene "
    "skal stemmes om fase 1. 4a. Bestyrelsen foreslår at igangsætte Fase 1 fra COWI’s forundersøgelsesrapport, som "
    "finansieres med ekstra bidragsbetaling. Kr. 10.000 i februar og kr. 8.000 i august. Det blev aftalt, at mødes "
    "lørdag den 18. november 2023 for at udfærdige og udsende den endelige dagsorden 5. Status på akut handleplan "
    "under katastrofefonden Udskudt 6. Status på akut handleplan økonomi Udskudt 7. Status på Økonomi. Udskudt 8. "
    "Næste møde Aftales efter den ekstraordinære generalforsamling 9. Eventuelt Udskudt\n"
)

SEJER = (
    "1 Referat af bestyrelsesmøde 16. november 2021 Emne:Referat EKSTRAORDINÆRT BESTYRELSESMØDE I GRUNDEJERFORENINGEN "
    "SEJER STRANDE torsdag den 16. november 2021 kl. 20.00 – 22.00 Sted: Teams Deltagere: Anna Hallgren #72 Formand "
    "Niels Jacob Hansen #17 Næstformand Ulla Lundsmark #45 Kasser Vibeke Graulund #68 Bestyrelsesmedlem Anders "
    "Vesterdahl #52 Bestyrelsesmedlem Preben Skovbjerg (referent) #1 Suppleant 1 DAGSORDEN 1. Valg af referent Preben "
    "blev valgt som referent. 2. Webhotel omfattende e-mail, hjemmeside og WordPress – Hvor var vi/ hvor er vi/ hvor "
    "skal vi hen Hvor var vi? På sidste bestyrelsesmøde 9. oktober 2021 fik bestyrelsen en orientering fra formanden "
    "om, at den nuværende webmaster (Parby) ønskede at stoppe som webmaster på grundejerforeningens hjemmeside. "
    "Bestyrelsen besluttede, at Preben overtager posten som webmaster og bygger en ny hjemmeside op i WordPress. Den "
    "praktiske proces blev aftalt: Anna orienterer Parby om, at han vil blive kontaktet af Preben og Ulla om "
    "overtagelse af domæne mm. Preben og Ulla sørger for af foreningens hjemmeside kommer til at fungere som "
    "tidligere, bare i foreningens eget regi.\n"
)

AELDRESAGEN = (
    "1 Meddelelser fra bestyrelsen ÅRSMØDE Lørdag den 6. marts 2021 kl. 14.00 i Loen på Rødovregaard, Kirkesvinget 1, "
    "2610 Rødovre: DAGSORDEN: 1. Valg af dirigent. 2. Beretning om lokalbestyrelsens virksomhed til godkendelse. 3. "
    "Fremlæggelse af lokalbestyrelsens regnskab til udtalelse. 4. Orientering om lokalbestyrelsens fremtidige virke. "
    "5. lndkomne forslag. 6. Valg af 5 lokalbestyrelsesmedlemmer for to år. 7. Valg af 3 suppleanter for et år. 8. "
    "Eventuelt. ÅRSREGNSKAB 2020 Kommer medio februar 2021 NOTER til Årsregnskabet Bestyrelsens beretning Årsmødet "
    "6. marts 2021 Kommer medio Februar 2021 Vedtægt for Landsforeningen Ældre Sagen (af o1. januar 2019) Kap. I. "
    "Navn og formål mv. § 1 Navn, hjemsted og stiftelse Foreningens navn er Landsforeningen Ældre Sagen. Foreningen "
    "er stiftet af EGV-Fonden den 14. oktober 1986 og har hjemsted i hovedstadsområdet. I det følgende betegnes "
    "foreningen: Ældre Sagen. § 2 Ældre Sagens formål Ældre Sagen er en almennyttig forening, hvis formål er, at "
    "Danmark skal være et godt land at blive ældre i. Det gør vi ved: • at virke for ældres sag • at virke for ældres "
    "medindflydelse i samfundet og medbestemmelse over egne vilkår • at opnå størst mulig tilslutning hertil i "
    "befolkningen • at bidrage til at opfylde ældres ønsker og forventninger til tilværelsen. Dette gøres bl.a. ved "
    "samvær indbyrdes\n"
)

HJOERRING = (
    "1 Referat - Åben dagsorden Hjørring Byråd Borgmesterkontoret Side 1. Mødedato: Mødet påbegyndt: kl. 18:00 Mødet "
    "afsluttet: kl. 22:50 Mødested: Hjørring Rådhus, Springvandspladsen 5 Fraværende: Mai-Britt Beith Jensen, Erik "
    "Vadsager og Børge Bech Følgende sager behandles: Pkt. Tekst Side 1 Beslutningsforslag om Fleksibel Arbejdstid 3 "
    "2 Herregården Odden - fremtidig støtte 6 3 Årsregnskab Låneadgang mv. vedrørende 2016 i 14 5 Forslag til "
    "budgetproces Sindal Varmeforsyning søger om Kommunegaranti på 50 mio. kr Modulboliger i tomme bygninger, "
    "frigivelse af midler til forsøgsprojekt 26 8 Naturpark Tolne - frigivelse af bevilling 31 9 Energibesparende "
    "foranstaltninger - frigivelse af bevilling Energirenovering af idrætshal og modernisering af svømmehal i Sindal "
    "36 Hallerne 11 Boligselskabet Nordjylland, afd. 26, Bindslev - kapitaltilførsel BoVendia afd. 9 (tidl. Hjørring "
    "Boligselskab afd. 25.) - godkendelse af 43 huslejestigning for 2017 (budgettvist) 13 Leje af Åstrupvej 15 til "
    '"Den Gode Modtagelse" Ansøgning om støtte til mobil koncertsal i Løkken Idrætscenter Dispensation fra '
    "Lukkeloven i forbindelse med Sindal marked Kystbeskyttelse ved nedkørslen Nørlev Strandvej 84\n"
)


def _items(text: str) -> list[tuple[str, bool]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.number, item.from_contents) for item in items]


def test_numbered_items_running_on_into_their_text_are_items() -> None:
    items = _items(ULVSHALE)
    assert [number for number, _ in items] == ["1", "2", "3", "4", "4a", "5", "6", "7", "8", "9"]
    assert not any(listed for _, listed in items)


def test_an_items_text_reaches_the_next_items_number() -> None:
    items, _ = find_items(ULVSHALE, split_lines(ULVSHALE))
    fourth = next(item for item in items if item.number == "4")
    assert "Flertallet afgjorde derfor" in ULVSHALE[fourth.start : fourth.end]


def test_an_entry_running_its_title_on_into_its_record_makes_the_entries_the_items() -> None:
    # "1. Valg af referent Preben blev valgt som referent." before the last entry: no contents list prints a record
    assert _items(SEJER) == [("1", False), ("2", False)]
    items, _ = find_items(SEJER, split_lines(SEJER))
    assert items[0].title == "Valg af referent"


def test_an_agenda_running_on_into_the_rest_of_the_document_stays_a_contents_list() -> None:
    items = _items(AELDRESAGEN)
    assert all(listed for _, listed in items)
    # "5. lndkomne forslag." in lower case between 4 and 6 an entry of its own (parse.flatten_lower_case_entries)
    assert [number for number, _ in items] == ["1", "2", "3", "4", "5", "6", "7", "8"]


def test_a_contents_page_whose_titles_lost_their_numbers_keeps_its_entries() -> None:
    items = _items(HJOERRING)
    assert all(listed for _, listed in items)
    assert len(items) > len([n for n in ("1", "2", "3", "5", "8", "9", "11", "13")])
