"""The body recommendations are put to, read when nothing else names the meeting's body."""

from __future__ import annotations

import pytest

from graphbuild.parse.header_addressed import addressed_body

_NAERE = "Administrationen indstiller overfor udvalget for det nære og sammenhængende sundhedsvæsen:\n"
CASES = [
    # regionh-naere-sundhedsvaesen-htmlpublication-9757 (dev): two cases put to the committee
    (_NAERE + "Godkendt.\nDet indstilles til udvalget for det nære og sammenhængende sundhedsvæsen:\n",
     "Udvalget for det nære og sammenhængende sundhedsvæsen"),
    # "..., at": the recommendation's clause ends the name
    ("Forvaltningen indstiller til Udvalget for Kultur og Fritid, at sagen godkendes.\n"
     "Forvaltningen indstiller til Udvalget for Kultur og Fritid, at tilskud gives.\n",
     "Udvalget for Kultur og Fritid"),
    (_NAERE, None),  # one case only
    # put to two bodies as often: no telling which meeting this is
    ("Det indstilles til Økonomiudvalget:\nDet indstilles til Byrådet:\n", None),
    # a bare head word names no body
    ("Forvaltningen indstiller til udvalget, at sagen godkendes.\nForvaltningen indstiller til udvalget, at ...\n",
     None),
    # not a body: "til byrådets godkendelse"
    ("Sagen indstilles til byrådets godkendelse:\nSagen indstilles til byrådets godkendelse:\n", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_addressed_body(text: str, expected: str | None) -> None:
    assert addressed_body(text) == expected
