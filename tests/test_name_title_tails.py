"""A name's last word that is a post run on from a roster's title line (`name_title_tails`), as Tieren Halsnæs,
Favrskov Musikskole and Fanø Kommune print their rosters (dev-write documents
tieren-halsnaes-ungdomsskolebestyrelsen-2018-02-08, favrskov-musikskoleraadet-2024-01-23 and fanoe-webpage-foretraede,
each flattened by the benchmark's `flatten`): the name's own title under it ("Per Rudbeck Medarbejderrepræsentant Lone
Kofoed …") or the next entry's title over its name ("Niels Heinel Formanden for Erhvervs- natur og teknikudvalget
Christian Lorenzen") is left out of the name; never a post after a lone name with no roster around it, nor a word no
post is, nor a post not followed by the next entry's name."""

from __future__ import annotations

from pathlib import Path

from text_facts import assert_persons

from benchmarks.realworld_flattened import flatten
from graphbuild.extract.name_title_tails import is_post, title_tails_left_out
from graphbuild.extract.people import find_people

HALSNAES = (
    "Referat Ungdomsskolens bestyrelsesmøde\n\nTorsdag den 8. Februar 2018 kl. 17.00 - 19.00\n\ni Brandstatio"
    "nen\n\n \n\nMedlemmer af Ungdomsskolebestyrelsen:\n\nFormand Henrik Tolstrup Nielsen\n\nForeningerne - afgåe"
    "nde\n\nFrederik Germann Møller Pedersen\n\nByrådsmedlem\n\nKirsten A. Lauritsen\n\nByrådsmedlem\n\nRolf Møller"
    " Hansen\n\nOrganisationerne\n\nSanne Falther Svanekilde\n\nSkolebestyrelserne\n\nLene Japsen\n\nMedarbejderrep"
    "ræsentant - afgående\n\nPer Rudbeck\n\nMedarbejderrepræsentant\n\nLone Kofoed\n\nMedarbejderrepræsentant\n\nLa"
    "rs Schytte Larsen\n\nForeningerne - nyvalgt\n\n \n\nNina Wittendorff Pedersen\n\nLeder af Unge- og Kulturcen"
    "tret\n\n \n\n \n\nMødedeltagere uden stemmeret deltager ad hoc:\n \n\nBirgit Danekilde\n\nDaglig leder af Ungdo"
    "msskolen og Fritidsungdomsklubberne\n\nPeter Rohde\n\nDaglig leder af 10. klasse center\n\n \n\n \n\n \n\n"
)


FAVRSKOV = (
    "På kontoret\n\nAnders Grimstrup-Larsen\n\nFormand, forældrerepræsentant\n\nMette Sandahl Sørensen\n\nMusiksk"
    "oleleder og sekretær i musikskolerådet\n\nBjørn de Place\n\nRepræsentant for folkeskolerne\n\nTrine Anders"
    "en\n\nForældrerepræsentant\n\nSanni Bleser\n\nMedarbejderrepræsentant\n\nThomas Olufsen\n\nMedarbejderrepræsen"
    "tant\n\nVakant\n\nElevrepræsentant\n\n"
)


FANOE = (
    "e til en dialog og større forståelse for de beslutninger og indstillinger, som udvalgene træffer.\n\nD"
    "er er træffetid for udvalgsformænd hver torsdag fra kl. 16.00 - 17.00 på Fanø Rådhus. \n\nAftale om mø"
    "de med udvalgsformand kan ske ved henvendelse til sekretariatet på telefon 76 660 653 / 76 660 603\n\n"
    "Formanden for Børne- & kulturudvalget Niels Heinel\n\nFormanden for Erhvervs- natur og teknikudvalget "
    "Christian Lorenzen\n\nFormanden for Social- og sundhedsudvalget Johan Brink Jensen\n\n  1. Formålet med "
    "indførelse af foretræde for de stående udvalg er at bidrage "
)


def test_a_title_under_each_name_is_left_out_of_the_name_before(tmp_path: Path) -> None:
    assert_persons(
        tmp_path,
        flatten(HALSNAES),
        {"Lene Japsen", "Per Rudbeck", "Lone Kofoed", "Lars Schytte Larsen"},
        {"Per Rudbeck Medarbejderrepræsentant", "Lone Kofoed Medarbejderrepræsentant"},
    )
    assert_persons(tmp_path, flatten(FAVRSKOV), {"Sanni Bleser"}, {"Sanni Bleser Medarbejderrepræsentant"})


def test_the_next_entrys_title_over_its_name_is_left_out(tmp_path: Path) -> None:
    assert_persons(
        tmp_path,
        flatten(FANOE),
        {"Niels Heinel", "Christian Lorenzen", "Johan Brink Jensen"},
        {"Niels Heinel Formanden", "Christian Lorenzen Formanden"},
    )


def _cut(text: str) -> dict[int, str]:
    return title_tails_left_out(text, [(p.start, p.end, p.name) for p in find_people(text, 0, len(text))])


def test_a_lone_post_after_a_name_with_no_roster_around_it_stays() -> None:
    text = (
        "Formanden for Børne- & kulturudvalget Niels Heinel Formanden for Social- og sundhedsudvalget "
        "Johan Brink Jensen"
    )
    assert _cut(text) == {}  # one entry so, and no post before a name: no roster


def test_a_post_not_followed_by_the_next_entrys_name_stays() -> None:
    text = flatten(FAVRSKOV)
    assert all(
        not name.startswith("Thomas Olufsen") for name in _cut(text).values()
    )  # "… Medarbejderrepræsentant Vakant"


def test_what_a_post_is() -> None:
    assert all(map(is_post, ("Medarbejderrepræsentant", "Formanden", "Færgedirektøren", "Observatør", "Byrådsmedlem")))
    assert not any(map(is_post, ("Hansen", "Vakant", "Skolebestyrelserne", "Lunden")))
