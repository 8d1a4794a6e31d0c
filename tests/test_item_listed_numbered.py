"""A contents-only item whose number and title stand again after the contents, in the contents list's form of the
number, is found there with its text (issue 12 items 2 and 6): "356. Godkendelse af dagsorden" over its decision
after a "PUNKTER" list (Varde Byråd), "side 3 1. Godkendelse af dagsorden. Godkendt." after a page's running head
on a flattened page (Bornholms Ældreråd), "Til orientering 38/08 Årsberetning 2007" inside the item before it
(Sydtrafik's bestyrelse). Snippets of dev-write documents quoted as printed. Near misses: a reference to the item
in a sentence ("inhabil i punkterne 363 Ansøgning om …"), the number in another form than the list's ("363 …"
where the list printed "363."), a title of no word."""

from __future__ import annotations

from graphbuild.models import AgendaItem
from graphbuild.parse.item_listed_numbered import located_by_number
from graphbuild.parse.items import find_items
from graphbuild.parse.lines import split_lines

VARDE_CONTENTS = (
    "PUNKTER\n\n"
    "356. Godkendelse af dagsorden\n"
    "357. Midlertidig udpegning til Udvalg for Økonomi og Erhverv\n"
    "358. Overførselssag og Regnskab 2018\n"
    "363. Ansøgning om huslejeforhøjelse og optagelse af lån\n\n\n\n"
)
VARDE = VARDE_CONTENTS + (
    "356. Godkendelse af dagsorden\n\n"
    "Godkendelse af dagsorden\n\n"
    "Beslutning Byrådet den 03-04-2019\n\n"
    "Punkt 359 Rengøringsløsning i Varde Kommune fra 1. januar 2020 udsættes.\n\n \n\n"
    "Anders Linde erklærede sig inhabil i punkterne 363 Ansøgning om huslejeforhøjelse og optagelse af lån samt \n"
)

BORNHOLM = (
    "1 Bornholms Regionskommune Tirsdag den side 1 Referat Møde den 15. februar 2011 kl "
    "Indholdsfortegnelse 1. Godkendelse af dagsorden Referat fra mødet den 11. januar Besøg af "
    "projektleder Knud Erik Thomsen Fremtidige møder med politikere, besøg, m.v Høring vedr. opfølgning "
    "på ældreanalysen Høring vedr. drift af Plejecenter Snorrebakken Regnskab 2010 og budget Orientering "
    "fra de nedsatte følgegrupper Orientering fra Trafikkontaktrådet Orientering fra Regionsældreråd "
    "Hovedstaden Orientering fra Danske Ældreråd Orientering fra FN s ældredags gruppen Temadag: "
    "Ældrerådets synlighed og medier Konference: God mad godt liv Indkaldelse til repræsentantskabsmøde "
    "i Danske Ældreråd Antal klager, jf. lov om social service Hilsner fra Ældrerådet Mødeplan for "
    "Gensidig orientering Eventuelt Orientering til pressen... 28\n\n2 Bornholms Regionskommune Tirsdag "
    "den side 2 Fraværende: Bemærkninger til dagsordenen: Projektleder Knud Erik Thomsen er indbudt til "
    "at orientere om plejeboligbyggeriet, herunder Plejecenter Snorrebakken, etape 2. Der var "
    "frokostpause kl\n\n3 Bornholms Regionskommune Tirsdag den side 3 1. Godkendelse af dagsorden. "
    "Godkendt. 2. Referat fra mødet den 11. januar Godkendt. 3. Besøg af projektleder Knud Erik Thomsen "
    "Projektleder Knud Erik Thomsen, Social- og Sundhedssekretariatet, er indbudt til at orientere om "
    "plejeboligbyggeriet, herunder Plejecenter Snorrebakken, etape 2. Knud Erik Thomsen orienterede og "
    "besvarede spørgsmål.\n"
)


def _items(text: str) -> dict[str, tuple[bool, str]]:
    items, _ = find_items(text, split_lines(text))
    return {item.number: (item.from_contents, text[item.start : item.end]) for item in items}


def test_a_listed_item_under_its_number_after_the_contents_is_found_with_its_decision() -> None:
    items = _items(VARDE)
    from_contents, own_text = items["356"]
    assert not from_contents
    assert own_text.startswith("356. Godkendelse af dagsorden")
    assert "Beslutning Byrådet den 03-04-2019" in own_text


def test_a_reference_to_an_item_in_a_sentence_is_no_heading() -> None:
    assert _items(VARDE)["363"][0]  # "inhabil i punkterne 363 Ansøgning …": still known only from the list
    bare = VARDE.replace("363. Ansøgning", "363 Ansøgning", 1)  # the list's form is the reference's
    assert _items(bare)["363"][0]


def test_a_number_in_another_form_than_the_lists_is_no_heading() -> None:
    text = VARDE.replace("356. Godkendelse af dagsorden\n\nGodkendelse", "356 Godkendelse af dagsorden\n\nGodkendelse")
    assert _items(text)["356"][0]


def test_a_heading_run_on_after_a_page_head_takes_the_text_from_the_item_it_stood_in() -> None:
    items = _items(BORNHOLM)
    from_contents, own_text = items["1"]
    assert not from_contents
    assert own_text.startswith("1. Godkendelse af dagsorden. Godkendt.")
    # the item the heading stood in ("2. Der var frokostpause kl", a page's last words) ends there
    assert all("Godkendelse af dagsorden. Godkendt." not in text for n, (_, text) in items.items() if n != "1")


def test_an_entry_whose_title_is_a_number_is_no_heading_found_again() -> None:
    # a flattened contents page's page number read as entry 2's title, "1": "2 1" stands anywhere after it
    text = "Indholdsfortegnelse 1. Meddelelser 1\n\nSide 2 1 Meddelelser fra formanden.\n"
    entry = AgendaItem(number="2", title="1", start=0, end=36, from_contents=True)
    listed, _ = located_by_number([entry], [], text, split_lines(text))
    assert listed[0].from_contents


def _entry_form_by_patterns(item: AgendaItem, text: str) -> str:
    """The number's form as the reader found it before it read with str.find: a pattern per item's number."""
    import re

    line, number = text[item.start : item.end], re.escape(item.number)
    if re.search(rf"(?<![\w/]){number}\.(?!\d)", line):
        return r"\."
    if re.search(rf"(?<![\w/]){number}(?![\w/.])", line):
        return ""
    return r"\.?"


def test_entry_form_reads_as_the_patterns_did() -> None:
    """The number's form read with str.find is the patterns' on random lines built of the numbers and what stands
    around them (a full stop, a digit, a slash, a letter, a space)."""
    from graphbuild.parse.item_listed_numbered import _entry_form
    from tests.random_texts import random_texts

    pieces = ["1", "12", "2", ".", "/", "a", "_", " ", "Æ", "١", "\n", "3a"]
    for number in ("1", "12", "2", "3a"):
        for line in random_texts(pieces, seed=24, count=3000, most=8):
            item = AgendaItem(number=number, title="Titel", start=0, end=len(line), from_contents=True)
            assert _entry_form(item, line) == _entry_form_by_patterns(item, line), (number, line)
