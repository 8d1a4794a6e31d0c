"""The body a web page names only by its kind's word holds the seats the page places in no body (`role_page_kind_body`):
LAG Skive-Viborg's "Bestyrelsen", LAG SØM's "Om bestyrelsen", Allerød's "Medlemmer af vandrådet" (dev-write); a line
of prose, a word that is no body's kind and a meeting's document are not read."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_page_kind_body import page_kind_body
from tests.text_facts import facts_of_text, meeting_of_text, named_relations

# lagskiveviborg-webpage-bestyrelsen-2018 (dev-write): the page's heading and the start of its lists, as printed
LAG_SKIVE_VIBORG = """Bestyrelsen

Bestyrelsen valgt på  generalforsamling 17.04. 2018


Næstformand:    Karsten Villadsen, Frilandsvej 60, 7860 Spøttrup - Skive Kommune


Øvrige bestyrelsesmedlemmer:


                             Pia Dohn, Bregnevej 52, 7470 Karup 1. Viborg Kommune


                             Martin Ditlevsen, Viborgvej 56, 7470 Karup 2. Viborg Kommune
"""

# alleroed-webpage-vandraad-2019-20 (dev-write): the sentence naming the council in full and its list's label
ALLEROED = """Nedenfor kan du læse om de nedsatte vandråd 2019-20.

Det er besluttet, hvem der skal deltage i vandrådsarbejdet i vandråd for Hovedvandopland 2.2 Isefjord og Roskilde \
Fjord.

Medlemmer af vandrådet

Følgende organisationer og foreninger har fået plads i vandrådet:
"""

# lag-soem-webpage-bestyrelse (dev-write): a section about the board after its lists
LAG_SOEM = "Borgerrepræsentanter\n\nInge Skelgaard, forperson\nSvendborg\n\nOm bestyrelsen\n\n’De lokale …\n"

# ssp-jammerbugt-kredsraad-nordjylland-webpage (dev-write): a genitive before its members, and the page's heading
KREDSRAAD = "Kredsrådets medlemmer:\nKredsrådet består af politidirektøren samt borgmestrene.\n"
KREDSRAAD_PAGE = f"Kredsråd Nordjylland\n\nKredsråd Nordjylland\n\nKredsrådet er det strategiske forum.\n\n{KREDSRAAD}"


def _body(text: str) -> str | None:
    found = page_kind_body(text, meeting_of_text(text))
    return found[1] if found else None


def test_the_body_a_page_names_by_its_kinds_word() -> None:
    assert _body(LAG_SKIVE_VIBORG) == "Bestyrelsen"
    assert _body(LAG_SOEM) == "bestyrelsen"
    assert _body(KREDSRAAD) == "Kredsrådet"


def test_the_body_is_named_in_full_where_the_page_prints_its_name() -> None:
    assert _body(ALLEROED) == "vandråd for Hovedvandopland 2.2 Isefjord og Roskilde Fjord"
    assert _body(KREDSRAAD_PAGE) == "Kredsråd Nordjylland"  # the page's heading, a line of its own
    # near miss: the kind's word and a name in a sentence is no heading of its own
    assert _body(f"Mødet i Kredsråd Nordjylland blev holdt.\n\n{KREDSRAAD}") == "Kredsrådet"


def test_prose_a_word_of_no_kind_or_a_meetings_document_name_no_body() -> None:
    # near misses: the kind's word in a sentence, a list of another kind, a genitive alone, minutes
    assert _body("Bestyrelsen består af fem medlemmer, valgt på generalforsamlingen.\n") is None
    assert _body("Medlemmer af foreningen\n\nJens Hansen\n") is None
    assert _body("Bestyrelsens\n\nJens Hansen\n") is None
    minutes = meeting_of_text(LAG_SKIVE_VIBORG).model_copy(update={"kind": "referat"})
    assert page_kind_body(LAG_SKIVE_VIBORG, minutes) is None


def test_the_seats_the_page_places_nowhere_are_held_in_its_body(tmp_path: Path) -> None:
    held = {
        (p, props.get("role"), t)
        for p, t, props in named_relations(facts_of_text(tmp_path, LAG_SKIVE_VIBORG), "HOLDS_ROLE")
    }
    assert ("Karsten Villadsen", "næstformand", "Bestyrelsen") in held
    assert ("Pia Dohn", "medlem", "Bestyrelsen") in held
    assert not any(t.startswith("unnamed body") for _, _, t in held)
