"""The organisation a director or a chief works for, printed after a comma right after the titled name and closing
the entry (`role_workplace_after_comma`): the title is held there, not in a body named before it in the text.
Excerpts as printed in danishshipping-news-faergerederierne-genvaelger-formand (Danske Rederier),
urs-news-ny-formand-naestformand-2022-02-24 (UdviklingsRåd Sønderjylland), geopark-odsherred-webpage-bestyrelse
(Geopark Odsherred) and bornholm-aeldreraadet-2011-02-15 (Bornholms Regionskommune), all dev-write."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, named_relations

FERRIES = """Færgerederierne genvælger formand Carsten Jensen

Torsdag eftermiddag genvalgte Færgerederierne formand Carsten Jensen – bestyrelsesformand for Molslinjen og adm. \
direktør i Nordic Ferry Infrastructure til at holde kursen for de danske færger.

Der var også genvalg til de øvrige bestyrelsesmedlemmer, så efter dagens generalforsamling ser Færgerederiernes \
bestyrelse således ud:

Formand: Adm. direktør Carsten Jensen, Nordic Ferry Infrastructure og bestyrelsesformand for Molslinjen.

Næstformand: Adm. direktør Carsten Nørland, Scandlines Danmark

Bestyrelsesmedlem: Adm. direktør Kristian Durhuus, Molslinjen
"""

COUNCIL = """Jesper Arkil er ny formand for UdviklingsRåd Sønderjylland

På generalforsamlingen blev Adm. Direktør Tommy Seeberg, Hydro Precision Tubing Europe og Borgmester Jan Riber \
Jakobsen, Aabenraa Kommune begge valgt ind i foreningens forretningsudvalg.
"""

GEOPARK = """Bestyrelsen for Fonden Geopark Odsherred

Bestyrelsen konstituerede sig på sit første møde i april 2015.

Juli 2017: Per Kristian Madsen, Nationalmuseet, er trådt ud og erstattet af museumsdirektør Eskil Vagn Olsen, \
Museum Vestsjælland.
"""

BORNHOLM = """Referat
Ældrerådet, Bornholms Regionskommune
Mødedato: 15.02.2011

3. Besøg af projektleder Knud Erik Thomsen

Projektleder Knud Erik Thomsen, Social- og Sundhedssekretariatet, er indbudt til at orientere om \
plejeboligbyggeriet, herunder Plejecenter Snorrebakken, etape 2. Knud Erik Thomsen orienterede og besvarede \
spørgsmål.
"""


def _held(tmp_path: Path, text: str) -> dict[tuple[str, str], set[str]]:
    held: dict[tuple[str, str], set[str]] = {}
    for person, target, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE"):
        held.setdefault((person, props.get("role") or ""), set()).add(target)
    return held


def test_a_board_lists_directors_with_their_companies_after_the_comma(tmp_path: Path) -> None:
    held = _held(tmp_path, FERRIES)
    assert held[("Carsten Nørland", "administrerende direktør")] == {"Scandlines Danmark"}
    assert held[("Kristian Durhuus", "administrerende direktør")] == {"Molslinjen"}


def test_the_workplace_ends_before_og_and_the_next_entry(tmp_path: Path) -> None:
    held = _held(tmp_path, COUNCIL)
    assert held[("Tommy Seeberg", "administrerende direktør")] == {"Hydro Precision Tubing Europe"}


def test_the_workplace_ends_the_sentence(tmp_path: Path) -> None:
    held = _held(tmp_path, GEOPARK)
    assert held[("Eskil Vagn Olsen", "museumsdirektør")] == {"Museum Vestsjælland"}


def test_a_compound_joined_by_og_between_commas(tmp_path: Path) -> None:
    held = _held(tmp_path, BORNHOLM)
    # the secretariat named in the municipality's minutes is the municipality's own (its node records it)
    assert "Social- og Sundhedssekretariatet (Bornholm)" in held[("Knud Erik Thomsen", "projektleder")]


def test_a_name_after_the_comma_is_the_next_entry_not_a_workplace(tmp_path: Path) -> None:
    text = COUNCIL.replace(
        "Adm. Direktør Tommy Seeberg, Hydro Precision Tubing Europe og",
        "Adm. Direktør Tommy Seeberg, Leif Friis Jørgensen og",
    )
    held = _held(tmp_path, text)
    assert not any("Leif" in target for targets in held.values() for target in targets)


def test_a_seat_is_not_held_in_the_company_after_the_comma(tmp_path: Path) -> None:
    held = _held(tmp_path, FERRIES)
    assert "Scandlines Danmark" not in held.get(("Carsten Nørland", "næstformand"), set())


def test_an_abbreviation_and_a_number_after_the_comma_is_no_workplace(tmp_path: Path) -> None:
    text = GEOPARK.replace("Museum Vestsjælland.", "Tlf. 7012 3456.")
    held = _held(tmp_path, text)
    assert "Tlf" not in held.get(("Eskil Vagn Olsen", "museumsdirektør"), set())


def test_a_place_in_a_list_of_affiliations_is_no_workplace(tmp_path: Path) -> None:
    # geopark-odsherred-webpage-bestyrelse: "naturvejleder Jørgen Stoltz, Nykøbing, og kunstner, formand for …"
    text = (
        "Bestyrelsen for Fonden Geopark Odsherred\n\nByrådet godkendte sammensætningen af den øvrige bestyrelse, hvor "
        "to nye medlemmer indtrådte: projektleder Jørgen Stoltz, Nykøbing, og kunstner Charlotte Krogh.\n"
    )
    held = _held(tmp_path, text)
    assert "Nykøbing" not in held.get(("Jørgen Stoltz", "projektleder"), set())
