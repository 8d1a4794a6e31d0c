"""The announced post's pass (extract/role_elections.py's POST_ANNOUNCED) reads only around "stillede", "vælges" and
"Valg af" (near.finditer_around): it finds what a scan of the whole text finds, a seat of several words run over a
line break included, and reads no "udvalg af" or lower-case "valg af"."""

from __future__ import annotations

import pytest

from graphbuild.extract.role_elections import POST_ANNOUNCED, POST_ANNOUNCED_RUNS, POST_ANNOUNCED_WORDS
from graphbuild.vocab.near import finditer_around


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Beslutning\n\nRikke Lauritzen stillede op til posten som formand. Der var ingen andre kandidater og Rikke "
            "Lauritzen blev valgt enstemmigt.",
            ["formand"],
        ),
        ("Der skulle  der\n vælges  en\tadm.  direktør. " + "Intet nyt. " * 20, ["adm.  direktør"]),
        (
            "1. VALG af referent\nX stillede op til posten som social-\n og sundhedsborgmester.",
            ["referent", "social-\n og sundhedsborgmester"],
        ),
        # lower case "valg", "udvalg af", and a seat with "og" after it: nothing
        ("Der er valg af formand. Udvalg af formand. Valg af formand og næstformand. " + "Intet nyt. " * 20, []),
    ],
)
def test_announced_posts_read_around_their_words_are_the_whole_scans(text: str, roles: list[str]) -> None:
    found = list(finditer_around(POST_ANNOUNCED, text, POST_ANNOUNCED_WORDS, POST_ANNOUNCED_RUNS))
    assert [m.span() for m in found] == [m.span() for m in POST_ANNOUNCED.finditer(text)]
    assert [m["role"] for m in found] == roles
