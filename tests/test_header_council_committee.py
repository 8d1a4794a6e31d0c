"""The most specific body a header names (issue 12 item 4): a council's committee named right after the
council ("Aalborg Byråd. Folkeoplysningsudvalget.", dev aalborg-folkeoplysningsudvalget) and variants written for
the form; the test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.parse.header_body import header_body
from graphbuild.parse.lines import split_lines


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("AALBORG BYRÅD. Aalborg Byråd. Folkeoplysningsudvalget. Mødet den 25.06.2014.", "Folkeoplysningsudvalget"),
        ("Næstved Kommune, Byrådet – Økonomiudvalget", "Økonomiudvalget"),
        ("Kommunalbestyrelsen > Børne- og Skoleudvalget", "Børne- og Skoleudvalget"),
        ("Regionsrådet: Forretningsudvalget", "Forretningsudvalget"),
        ("Odense Byråd - Referat", "Odense Byråd"),  # the council alone
        ("Byrådet. Udvalg", "Byrådet"),  # a bare head word names no committee
        ("Referat Byrådet, Økonomiudvalget og Teknisk Udvalg", "Byrådet"),  # bodies listed: none more specific
    ],
)
def test_the_committee_after_its_council(header: str, body: str) -> None:
    assert header_body(split_lines(header)) == body
