"""A page's heading line that is a headline names no network a statement refers back to (membership_networks
`_headline`, `heading_body`): a phrase with no capital after its first word ("Etablering af geoparken") or with two
lower-case words ("Geoparken samler området"), though a body's head word is in it; quoted from the dev-write page
geoparkoehavet-webpage-etablering-af-geoparken as printed. The near misses: a heading that is a body's name is still
the network its page's statements refer back to."""

from __future__ import annotations

from pathlib import Path

from text_facts import member_pairs_of_text

from graphbuild.extract.membership_networks import _headline

GEOPARK_PAGE = (
    "Etablering af geoparken\n\nFoto:Mikkel Jézéquel&Egeskov Slot\n\nGeoparken samler området\n\n"
    "Området omkring Det Sydfynske Øhav er helt unikt og her findes en lang række steder og områder af både national "
    "og international geologisk værdi.\n\nDerfor besluttede de fire sydfynske kommuner (Faaborg-Midtfyn, Langeland, "
    "Svendborg og Ærø) i 2018 at samarbejde om at blive anerkendt som UNESCO Global Geopark."
)


def test_a_headline_heading_names_no_network(tmp_path: Path) -> None:
    networks = {network for _, network in member_pairs_of_text(tmp_path, GEOPARK_PAGE)}
    assert not networks & {"Etablering af geoparken", "Geoparken samler området"}


def test_headlines_and_names() -> None:
    assert _headline("Etablering af geoparken")
    assert _headline("Geoparken samler området")
    assert _headline("Ny organisation skal styrke Fyn")
    # names: a capital after the first word, or one word
    assert not _headline("Gate 21")
    assert not _headline("Kulturregion Midt- og Vestsjælland")
    assert not _headline("Geopark Det Sydfynske Øhav")
    assert not _headline("Fjordsamarbejdet")


def test_a_heading_that_is_a_name_is_still_read(tmp_path: Path) -> None:
    # the same page under a heading that names its body: the members' statement refers back to it
    text = GEOPARK_PAGE.replace("Etablering af geoparken", "Geopark Det Sydfynske Øhav", 1)
    assert member_pairs_of_text(tmp_path, text) == {
        (member, "Geopark Det Sydfynske Øhav") for member in ("Faaborg-Midtfyn", "Langeland", "Svendborg", "Ærø")
    }


def test_a_verb_between_names_is_a_headline() -> None:
    # a news headline's clause: its verb in the second place between two names (ndeu-webpage-aarsrapport-2021,
    # dev-write, opens "EU-kontoret er Norddanmarks"; a news item's "Norfors overtager Holte Fjernvarme")
    assert _headline("EU-kontoret er Norddanmarks")
    assert _headline("Norfors overtager Holte Fjernvarme")
    # names with a small word or none in lower case
    assert not _headline("Vandrådet for oplandet til Køge Bugt")
    assert not _headline("Partnerskab for Vestkystturisme")
    assert not _headline("Brand & Redning MidtVest")


def test_a_headline_clause_names_no_network(tmp_path: Path) -> None:
    text = (
        "Norfors overtager Holte Fjernvarme\n\nSelskabets ejerkommuner er Allerød, Fredensborg, Helsingør, Hørsholm og "
        "Rudersdal Kommuner.\n"
    )
    assert "Norfors overtager Holte Fjernvarme" not in {n for _, n in member_pairs_of_text(tmp_path, text)}
