"""A portal's list of the bodies it publishes names no one meeting's body (issue 12 item 4): "Her finder du …
referater fra Kommunalbestyrelse, fagudvalg, kommissioner, råd og nævn" (dev stevns-*), "… fra Aarhus Byråd,
Magistraten og de politiske udvalg" (dev aarhus-dagsordener-forside), "… fra møderne i Vesthimmerlands Kommunes
Byråd, Økonomiudvalg, …" (dev vesthimmerland-*); the meeting's own body, named later, wins. The test split is
never read."""

from __future__ import annotations

import pytest

from graphbuild.parse.header_body import header_body
from graphbuild.parse.lines import split_lines

_LISTING = (
    "Her finder du alle åbne dagsordner og referater fra Kommunalbestyrelse, fagudvalg, kommissioner, råd og nævn."
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (_LISTING, None),
        ("Her finder du dagsordner og referater fra Aarhus Byråd, Magistraten og de politiske udvalg", None),
        ("Dagsordener og referater fra Byrådet & udvalgene", None),
        (_LISTING + "\n\nReferat\n\nTorsdag d. 19 august 2021, kl. 16:00\n\nHandicaprådet\n", "Handicaprådet"),
        ("Dagsordener og referater for Økonomiudvalget", "Økonomiudvalget"),  # one body: the page's
        ("Dagsordener og referater fra Byrådet - 12. maj 2020", "Byrådet"),
    ],
)
def test_a_list_of_bodies_names_none(text: str, body: str | None) -> None:
    assert header_body(split_lines(text)) == body
