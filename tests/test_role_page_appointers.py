"""On a page that is no meeting's, a network a list's label names as who appointed the members holds no seat of the
list (`role_page_appointers`): Region Hovedstaden's page of Sundhedskoordinationsudvalget's members (dev-write); a
network named as the body a list is of, and a meeting's list, are read as before."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_page_appointers import named_as_appointer
from tests.text_facts import facts_of_text, named_relations

# regionh-webpage-sundhedskoordinationsudvalget-medlemmer (dev-write): the page's opening and its second list
APPOINTED = """Medlemmer af Sundhedskoordinationsudvalget

Sundhedskoordinationsudvalget har til opgave at koordinere regionen og kommunalbestyrelsernes samarbejde om \
indsatsen på sundhedsområdet.
5 medlemmer udpeget af kommunekontaktrådet i Region Hovedstaden (KKR Hovedstaden):

 • Borgmester Helle Moesgaard Adelborg (A), Hvidovre Kommune
 • Borgmester Kirsten Jensen (A), Hillerød Kommune
 • Byrådsmedlem Birgit Roswall (V), Gribskov Kommune
"""


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(p, str(props.get("role")), t) for p, t, props in named_relations(facts, "HOLDS_ROLE")}


def test_members_a_network_appointed_are_held_in_the_pages_body(tmp_path: Path) -> None:
    held = _held(tmp_path, APPOINTED)
    assert ("Kirsten Jensen", "medlem", "Sundhedskoordinationsudvalget") in held
    assert ("Birgit Roswall", "medlem", "Sundhedskoordinationsudvalget") in held
    assert not {row for row in held if row[2] == "KKR Hovedstaden"}


def test_an_appointer_stands_after_its_verb_on_its_own_line() -> None:
    assert named_as_appointer(APPOINTED, APPOINTED.index("KKR Hovedstaden"))
    label = "Medlemmer valgt af Lemming Sogns Borgerforening:\n • Jørgen Brendstrup\n • Søren Nollin\n"
    assert named_as_appointer(label, label.index("Lemming"))
    # near misses: the network a label names as the body ("Medlemmer af KKR Hovedstaden:"), one after the label's
    # colon, one on the next line, and one after a sentence's full stop
    assert not named_as_appointer("Medlemmer af KKR Hovedstaden:", 13)
    after_colon = "Udpeget af regionsrådet: KKR Hovedstaden"
    assert not named_as_appointer(after_colon, after_colon.index("KKR"))
    next_line = "5 medlemmer udpeget af\nKKR Hovedstaden"
    assert not named_as_appointer(next_line, next_line.index("KKR"))
    sentence = "Hun blev valgt af byrådet. KKR Hovedstaden mødes"
    assert not named_as_appointer(sentence, sentence.index("KKR"))


def test_a_list_under_a_network_it_is_of_stays_the_networks(tmp_path: Path) -> None:
    text = APPOINTED.replace("5 medlemmer udpeget af kommunekontaktrådet i Region Hovedstaden (KKR Hovedstaden):",
                             "Medlemmer af KKR Hovedstaden:")  # fmt: skip
    held = _held(tmp_path, text)
    assert ("Kirsten Jensen", "medlem", "KKR Hovedstaden") in held
