"""A flattened page's own number inside its prose opens no item (parse.page_number_prose, read by parse.flatten's
item sequence): "… etape 2. Der var frokostpause kl" on page 2 is no item 2. Dev-write excerpt flattened as a PDF
text layer prints a page (Bornholms Regionskommune's Ældreråd)."""

from __future__ import annotations

from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines
from graphbuild.parse.page_number_prose import page_number_in_prose

PAGE_TWO = (
    "2 Bornholms Regionskommune Tirsdag den side 2 Fraværende: Bemærkninger til dagsordenen: Projektleder Knud Erik "
    "Thomsen er indbudt til at orientere om plejeboligbyggeriet, herunder Plejecenter Snorrebakken, etape 2. Der var "
    "frokostpause kl"
)
BORNHOLM = (
    "1 Bornholms Regionskommune Tirsdag den side 1 Referat Møde den 15. februar 2011 kl Indholdsfortegnelse 1. "
    "Godkendelse af dagsorden Referat fra mødet den 11. januar Besøg af projektleder Knud Erik Thomsen Fremtidige "
    "møder med politikere, besøg, m.v Høring vedr. opfølgning på ældreanalysen Høring vedr. drift af Plejecenter "
    "Snorrebakken Regnskab 2010 og budget Orientering fra de nedsatte følgegrupper Orientering fra "
    "Trafikkontaktrådet Orientering fra Regionsældreråd Hovedstaden Orientering fra Danske Ældreråd\n\n"
    + PAGE_TWO
    + "\n\n3 Bornholms Regionskommune Tirsdag den side 3 1. Godkendelse af dagsorden. Godkendt. 2. Referat fra mødet "
    "den 11. januar Godkendt. 3. Besøg af projektleder Knud Erik Thomsen Projektleder Knud Erik Thomsen, Social- og "
    "Sundhedssekretariatet, er indbudt til at orientere om plejeboligbyggeriet, herunder Plejecenter Snorrebakken, "
    "etape 2. Knud Erik Thomsen orienterede og besvarede spørgsmål.\n\n"
    "4 Bornholms Regionskommune Tirsdag den side 4 4. Fremtidige møder med politikere, besøg, m.v. Mødeplan: "
    "Hospitalschef Kurt Espersen deltager i Ældrerådets møde den 15. marts Socialudvalgsformand Leila Lindén deltager "
    "i Ældrerådets møde den 13. september\n"
)


def test_a_pages_number_ending_a_sentence_on_its_page_is_no_item() -> None:
    assert page_number_in_prose(PAGE_TWO, PAGE_TWO.index("2. Der var"))
    items, _ = find_items(BORNHOLM, split_lines(BORNHOLM))
    numbered = [(item.number, item.title) for item in items if not item.from_contents]
    assert not any(title.startswith("Der var") for _number, title in numbered)
    assert ("2", "Referat fra mødet den 11. januar") in [(n, t[:32]) for n, t in numbered]


def test_an_item_numbered_as_its_page_is_kept() -> None:
    # near misses: the item's number at its page's start, after a sentence's end, or before a title, and a number
    # that is not its page's
    assert not page_number_in_prose("3 3. Der var ingen indkomne forslag " + "x" * 150, 2)
    after_stop = "2 Side 2 Dagsordenen blev godkendt. 2. Det blev besluttet at udsætte sagen."
    assert not page_number_in_prose(after_stop, after_stop.index("2. Det"))
    title = "2 Side 2 Godkendelse af dagsorden 2. Budget 2011 Budgettet er ikke færdigt."
    assert not page_number_in_prose(title, title.index("2. Budget"))
    other_page = PAGE_TWO.replace("2 Bornholms", "5 Bornholms", 1)
    assert not page_number_in_prose(other_page, other_page.index("2. Der var"))
