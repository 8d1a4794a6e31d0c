"""Numbered item headings whose title runs on into the item's minute on the same line (parse/item_run_on_titles):
dev-write excerpts (Hammelev Menighedsråd, Hørsholm Seniorråd, Agerskov Lokalhistoriske Arkiv; Vallensbæk Musikskole
prints the same shape), each with a near miss that gives no item: a list a sentence leads into, a list inside an
item's text that starts again from 1. The test split is never read."""

from __future__ import annotations

from snippet_items import item_titles

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

# Hammelev Menighedsråd, 8 October 2019: every item's title runs on into its minute
HAMMELEV = """Referat af MR møde trsdag d. 8. okt. 2019 Kl. 19.30 i Sognehuset.

Til stede: Helga Blomgreen - formand, Hans Hansen, Anne Jansson, Hans Henrik
Knudsen, Rasmus Lauenstein, Julie Aulkær Glöe – sognepræst, Peter Nørgaard –
graver, Else Marie Birk - regnskabfører samt suppleant: Anne Marie Roesgaard.

1. Temadag om liturgi , Lørdag d. 30 november indkaldt af biskoppen. En orientering v. Julie. 4 introhæfter delt ud.
Tilmelding tl Helga gerne omkring den 12. november.

2. Sporskifte Danske Kirke som venskabsmenighed med Hammelev Kirke? Tanke om genbesøg fra Hammelev i Flensborg, som \
opfølgning på deres besøg. Løst venskabs forhold. Vi vil gerne indgå i det som det som forsøgsordning.

3. Kvartalsrapport blev gennemgået af Else Marie Birk. Der er råd til at anskaffe den ny multimaskine.
"""

# Hørsholm Seniorråd, 9 June 2022: a welcome numbered 0 before item 1
HOERSHOLM = """Torsdag den 9.juni 2022 kl. 09.00 – 11.45 på Selmersbo

Afbud fra Jesper, Marianne, Hanne, Kjeld Flemming, Freddy, Niels.

0. Gæsteforelæsning og debat ved udvalgsformand Caroline Victoria Christensen. Victoria havde meldt afbud pga \
eksamensammenfald. Victoria vender tilbage på SR mødet 18. August.

1.Valg af mødeleder og ordstyrer. Lisbet valgt som mødeleder og Mogens som ordstyrer.

2.Valg af referent.  Jørgen valgt som referent.

3.Godkendelse af dagsorden. Dagsorden godkendt.

4.Godkendelse af referat af mødet den 12.maj 2022. Referat godkendt.
"""


def _numbered(text: str) -> list[tuple[str, str]]:
    items, _ = find_items(text, split_lines(text))
    return [(item.number, item.title) for item in items]


def test_titles_run_on_into_their_minutes_are_items() -> None:
    # item 3's first sentence holds a finite verb ("Kvartalsrapport blev gennemgået af …"): read as a sentence
    assert [number for number, _ in _numbered(HAMMELEV)] == ["1", "2"]
    assert item_titles(HAMMELEV)[1] == "Sporskifte Danske Kirke som venskabsmenighed med Hammelev Kirke"


def test_an_item_numbered_0_before_item_1_is_an_item() -> None:
    numbered = _numbered(HOERSHOLM)
    assert numbered[0] == ("0", "Gæsteforelæsning og debat ved udvalgsformand Caroline Victoria Christensen")
    assert [number for number, _ in numbered] == ["0", "1", "2", "3", "4"]


def test_a_list_a_sentence_leads_into_gives_no_items() -> None:
    # near miss: "Følgende emner blev drøftet:" over the numbered points
    led = HAMMELEV.replace("1. Temadag", "Følgende emner blev drøftet:\n\n1. Temadag")
    assert _numbered(led) == []


def test_a_list_that_starts_again_inside_an_items_text_gives_no_items() -> None:
    # Region Nordjylland's "1. Meddelelse fra formanden" over its own "1. Afbud. …", "2. Formandsbeslutning. …"
    text = (
        "Regionsrådet\n23-08-2021 13:00\n\n1. Meddelelse fra formanden\n\nReferat\n\n"
        "1. Afbud. Der var afbud fra Lina H. Jespersen og Jette Ramskov.\n\n"
        "2. Formandsbeslutning. Ulla Astman orienterede om en intern rokade.\n"
    )
    assert _numbered(text) == [("1", "Meddelelse fra formanden")]


def test_a_first_sentence_with_a_finite_verb_is_no_title() -> None:
    # near miss: "3. Menighedsrådet godkendte budgettet. …" is a numbered sentence; "3. Kvartalsrapport. …" a title
    item_3 = "3. Kvartalsrapport blev gennemgået af Else Marie Birk."
    sentence = HAMMELEV.replace(item_3, "3. Menighedsrådet godkendte budgettet. Der er råd til en multimaskine.")
    assert [number for number, _ in _numbered(sentence)] == ["1", "2"]
    titled = HAMMELEV.replace(item_3, "3. Kvartalsrapport. Den blev gennemgået af Else Marie Birk.")
    assert _numbered(titled)[-1] == ("3", "Kvartalsrapport")


# Agerskov Lokalhistoriske Arkiv, 23 May 2023: "N: Title", item 2's title run on into its minute
AGERSKOV = """Referat fra bestyrelsesmøde tirsdag den 23. maj 2023

Fremmødte: Jens – Karin – Tage – Hans – Henry – John – Hanne – Peter – Lause

Referent: Hanne

0: Formanden byder alle velkommen – og konstaterer at alle er mødt frem / ingen afbud

1:                  Referater fra tidligere bestyrelsesmøder og generalforsamling underskrives

2:                  Regionalt årsmøde i arkivsamvirket den 27. april i Haderslev Idrætscenter: Fra Agerskov deltog \
John. Og nedenstående blev drøftet
"""


def test_a_colon_numbered_title_run_on_into_its_minute_is_an_item() -> None:
    # the welcome numbered 0 is a sentence ("Formanden byder alle velkommen …"): no title, as a finite verb says
    numbered = _numbered(AGERSKOV)
    assert [number for number, _ in numbered] == ["1", "2"]
    assert numbered[1][1] == "Regionalt årsmøde i arkivsamvirket den 27. april i Haderslev Idrætscenter"
