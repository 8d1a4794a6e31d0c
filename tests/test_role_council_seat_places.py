"""A council member's or a mayor's title is a seat on a municipality's council (`role_council_seat_places`), held in
the municipality, not in the body whose minutes or page printed it: Odsherred's news of its Ældrerådet's meeting,
Læsø's page on its Færgeudvalget and Region Hovedstaden's page on Sundhedskoordinationsudvalget's members
(dev-write), as printed; a region's council seat, a seat already held in a council and a page that names no
municipality are left as they are."""

from __future__ import annotations

from graphbuild.extract import extract_facts
from graphbuild.extract.mention_record import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_council_seat_places import (
    council_seat_in_municipality,
    entry_municipality,
    is_council_seat,
)
from graphbuild.extract.role_facts import RoleFact
from graphbuild.models import SourceDocument
from graphbuild.parse import parse_meeting
from tests.text_facts import named_relations

# odsherred-aeldreraadet-2023-06-28 (dev-write): the head of the page and its first item, as printed
ODSHERRED = """17.07.2023

Nyt fra Ældrerådet juli 2023

Her kan du læse referat af møde i Ældrerådet den 28. juni 2023

Møde med formanden for Trivsels-, Sundheds- og Forebyggelsesudvalget (TSF)

Ældrerådet havde inviteret byrådsmedlem og formand for TSF, Julie Jacobsen, til ældrerådsmødet med henblik på at \
fortælle om arbejdet i Ældrerådet samt drøfte mulighederne for samarbejdet med det politiske udvalg.
"""

# laesoe-webpage-faergeudvalget (dev-write): its member list, as printed
FAERGEUDVALGET = """Medlemmer i Færgeudvalget

 • Tobias Johansen (V), Viceborgmester - Formand
 • Karsten Nielsen (O), Borgmester
 • Lone Broe (V), Kommunalbestyrelsesmedlem
"""

# regionh-webpage-sundhedskoordinationsudvalget-medlemmer (dev-write): the head of the page and two of its lists
SUNDHEDSKOORDINATION = """Medlemmer af Sundhedskoordinationsudvalget

5 medlemmer udpeget af regionsrådet:

 • Regionsrådsmedlem Flemming Pless (A)
 • Regionsrådsmedlem Jesper Clausson (A)

5 medlemmer udpeget af kommunekontaktrådet i Region Hovedstaden (KKR Hovedstaden):

 • Borgmester Helle Moesgaard Adelborg (A), Hvidovre Kommune
 • Byrådsmedlem Birgit Roswall (V), Gribskov Kommune
 • Sundheds- og omsorgsborgmester Sisse Marie Berendt Welling (F)), Københavns Kommune
"""
REGIONH = "https://www.regionh.dk/til-fagfolk/politik/Sundhedskoordinationsudvalget/Sider/Medlemmer.aspx"


def _held(text: str, url: str) -> set[tuple[str, str, str]]:
    source = SourceDocument(path="x.txt", name="x", sha256="0" * 64, format="txt", text=text + "\n", url=url)
    facts = extract_facts(parse_meeting(source))
    return {(p, str(props.get("role")), t) for p, t, props in named_relations(facts, "HOLDS_ROLE")}


def test_a_council_members_title_in_a_bodys_minutes_is_held_in_the_meetings_municipality() -> None:
    held = _held(ODSHERRED, "https://www.odsherred.dk/da/nyheder/nyt-fra-aeldreraadet-juli-2023/")
    assert ("Julie Jacobsen", "byrådsmedlem", "Odsherred") in held
    assert not {row for row in held if row[1] == "byrådsmedlem" and row[2] != "Odsherred"}


def test_a_council_members_title_in_a_committees_list_is_held_in_the_sites_municipality() -> None:
    listed = _held(FAERGEUDVALGET, "https://www.laesoe.dk/politik/kommunalbestyrelse-udvalg-raad-m-v/faergeudvalget")
    assert ("Lone Broe", "kommunalbestyrelsesmedlem", "Læsø") in listed


def test_a_seat_is_held_in_the_municipality_its_own_entry_prints() -> None:
    held = _held(SUNDHEDSKOORDINATION, REGIONH)
    assert ("Sisse Marie Berendt Welling", "sundheds- og omsorgsborgmester", "København") in held
    assert ("Birgit Roswall", "byrådsmedlem", "Gribskov") in held
    # a region's council seat is no municipality's: never held in one
    assert not {row for row in held if row[1] == "regionsrådsmedlem" and row[2] in {"Hvidovre", "København"}}


def test_a_seat_with_no_municipality_known_or_already_in_a_council_is_left_as_it_is() -> None:
    # near misses: a page on no municipality's site that names none; a seat a reader held in a council
    listed = _held(FAERGEUDVALGET, "https://example.org/faergeudvalget")
    assert not {row for row in listed if row[1] == "kommunalbestyrelsesmedlem" and row[2] == "Læsø"}
    person = PersonMention(0, 9, "Jens Hansen")
    in_council = RoleFact(person, "byrådsmedlem", "org:x", "Byrådet (Aabenraa)", "Organization", None, None, 0, 9)
    assert council_seat_in_municipality(in_council, ("municipality:0101", "København"), []) is in_council
    member = RoleFact(person, "medlem", "org:y", "Ældrerådet", "Organization", None, None, 0, 9)
    assert council_seat_in_municipality(member, ("municipality:0101", "København"), []) is member
    assert is_council_seat("2. viceborgmester") and is_council_seat("Kommunalbestyrelsesmedlem")
    assert not is_council_seat("regionsrådsmedlem") and not is_council_seat("medlem") and not is_council_seat(None)


def test_an_entrys_municipality_is_never_read_past_the_next_person() -> None:
    text = "Jens Hansen (A), Peter Olsen, Hvidovre Kommune"
    fact = RoleFact(PersonMention(0, 11, "Jens Hansen"), "borgmester", "o", "X", "Organization", None, None, 0, 11)
    hvidovre = Mention(30, 46, "municipality:0167", "Municipality", "Hvidovre")
    assert entry_municipality(text, fact, [hvidovre], 17) is None
    assert entry_municipality(text, fact, [hvidovre], len(text)) is None  # another name between
    entry = "Jens Hansen (A), Hvidovre Kommune"
    hvidovre = Mention(17, 33, "municipality:0167", "Municipality", "Hvidovre")
    assert entry_municipality(entry, fact, [hvidovre], len(entry)) == ("municipality:0167", "Hvidovre")
    # a sentence going on past the name is no entry: "Borgmester NAME orienterede. Busruten til Aalborg Kommune …"
    sentence = "Arne Boelt orienterede. Busruten til Aalborg Kommune ændres."
    aalborg = Mention(37, 52, "municipality:0851", "Municipality", "Aalborg")
    boelt = RoleFact(PersonMention(0, 10, "Arne Boelt"), "borgmester", "o", "X", "Organization", None, None, 0, 10)
    assert entry_municipality(sentence, boelt, [aalborg], len(sentence)) is None
