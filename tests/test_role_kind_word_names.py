"""A seat a page's reader held in a body's definite kind word alone is held in the one name the page prints with
that word indefinite (`role_kind_word_names`): SSP Jammerbugt's page on Kredsråd Nordjylland (its heading) and
Frederiksberg Provsti's on its Provstiudvalg (a line under the list), dev-write, as printed; a council, a board,
a sentence's opening word and two names for one word give none."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_kind_word_names import kind_word_name
from tests.text_facts import facts_of_text, named_relations

# ssp-jammerbugt-kredsraad-nordjylland-webpage (dev-write): its heading, a sentence and the head of its list
KREDSRAAD = """Kredsråd Nordjylland

Kredsrådet er det strategiske forum for Nordjyllands Politis samarbejde med kommunerne og det øvrige lokalsamfund.

Kredsrådets medlemmer:
Kredsrådet består af politidirektøren samt borgmestrene fra de 9 kommuner i Nordjyllands Politi.

 • Politidirektør Anne Marie Roum Svendsen (formand)
 • Borgmester Thomas Kastrup-Larsen(Aalborg)
"""

# folkekirken-frederiksberg-webpage-provstiudvalget (dev-write): its heading, the head of its list and the line under it
PROVSTIUDVALG = """Provstiudvalget

Provstiudvalget har ansvar for at koordinere den folkekirkelige økonomi imellem sognene i provstiet.

Provstiudvalgets medlemmer:

Karsten Bundgaard(formand)

Hanne Lindstrøm (næstformand)
Ole Larsen

Her kan du hente hensigtserklæring for arbejdet i Frederiksberg Provstiudvalg 2022-2023
"""


def test_the_name_printed_with_the_kind_word_after_or_before_it() -> None:
    assert kind_word_name(KREDSRAAD, "Kredsrådet") == "Kredsråd Nordjylland"
    assert kind_word_name(PROVSTIUDVALG, "Provstiudvalget") == "Provstiudvalget (Frederiksberg)"


def test_a_pages_list_is_held_in_that_name(tmp_path: Path) -> None:
    held = {
        (p, str(props.get("role")), t)
        for p, t, props in named_relations(facts_of_text(tmp_path, PROVSTIUDVALG), "HOLDS_ROLE")
    }
    assert ("Hanne Lindstrøm", "næstformand", "Provstiudvalget (Frederiksberg)") in held
    assert not {row for row in held if row[2] == "Provstiudvalget"}


def test_near_misses_give_no_name() -> None:
    # a council, a board: read by their municipality and their owner elsewhere
    assert kind_word_name("Referat fra Aarhus Byråd\n\nByrådet besluttede", "Byrådet") is None
    assert kind_word_name("Kulturskolens Bestyrelse\n\nBestyrelsen mødtes", "Bestyrelsen") is None
    # a sentence's opening word is no owner; the indefinite word alone, the definite word again name nothing
    assert kind_word_name("Det Lokalråd vi har, mødes. Et lokalråd skal. Lokalrådet", "Lokalrådet") is None
    # two names for one word: which one the seat is in, the page does not say
    two = "Tårnborg Lokalråd og Kirkerup Lokalråd holdt fælles møde. Lokalrådet valgte formand."
    assert kind_word_name(two, "Lokalrådet") is None
    # herning-handicapraadet-2013-06-03, rudersdal-webpage-lokalt-naturraad (dev-write): the councils' national
    # association and an adjective are no owner; a word glued to the next in a flattened text none either
    assert (
        kind_word_name("Orientering fra Danske Handicapråd. Handicaprådet tog det til efterretning.", "Handicaprådet")
        is None
    )
    assert kind_word_name("Lokale naturråd i hver kommune. Naturrådet mødes.", "Naturrådet") is None
    assert kind_word_name("Referat UdvalgStevns Udsatteråd\nUdsatterådet", "Udsatterådet") is None
    # a word of no body's kind, and a name that is no definite kind word
    assert kind_word_name("Skolen på Strandboulevarden", "Skolen") is None
    assert kind_word_name("Kredsråd Nordjylland", "Kredsråd Nordjylland") is None
