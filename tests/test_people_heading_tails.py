"""A case's section heading a flattened page runs on after a name ends it (`name_words.NOT_SURNAMES`), as "Baggrund"
and "Høring" do: "Beslutningstema", "Beslutningskompetence", "Sagsbeskrivelse", "Sagsnr", "Økonomi", each printed as a
heading alone on its line by three or more dev-write publishers; the name before it stays, and no run holding the
word is a name."""

from __future__ import annotations

import pytest

from graphbuild.extract.people import find_people

CASES: list[tuple[str, set[str], set[str]]] = [
    (
        "Sagsbehandler: Jens Hansen Beslutningstema Byrådet skal tage stilling til\n",
        {"Jens Hansen"},
        {"Jens Hansen Beslutningstema"},
    ),
    ("Sagsbehandler: Mette Lund Sagsbeskrivelse Forvaltningen har\n", {"Mette Lund"}, {"Mette Lund Sagsbeskrivelse"}),
    ("Ansvarlig: Ole Berg Økonomi Sagen har ingen økonomiske konsekvenser\n", {"Ole Berg"}, {"Ole Berg Økonomi"}),
    ("Ref. Jens Hansen Sagsnr. 12/3456\n", {"Jens Hansen"}, {"Jens Hansen Sagsnr"}),
    # near miss: a plain list of names stays as it is
    ("Deltagere: Jens Hansen, Mette Lund\n", {"Jens Hansen", "Mette Lund"}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_heading_ends_the_name(text: str, wanted: set[str], unwanted: set[str]) -> None:
    names = {p.name for p in find_people(text, 0, len(text))}
    assert wanted <= names, names
    assert not unwanted & names, names
