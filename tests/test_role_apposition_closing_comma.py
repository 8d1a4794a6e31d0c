"""A name set between commas as an apposition to the words before it is the subject of the verb after its closing
comma (`role_sentence.in_apposition`, read by `role_after_name` and `role_bare_posts`): "Kalundborgs borgmester,
Martin Damm (V), bliver ny formand", "Bestyrelsesformand i Danfoss, Jørgen M. Clausen, er formand for AlsFynBroens
styregruppe og komité": Altinget's and AlsFynBroen's news (dev-write), as printed; KL's news prints the same form
before an election ("borgmester i Hørsholm, Morten Slotved, blev valgt som medlem af …"), which `role_elections`
reads. A name after another name's comma ("A, B, er formand") is a list's, no apposition: no title."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, named_relations

# altinget-news-martin-damm-ny-kl-formand (dev-write): the headline and the first paragraph, as printed
ALTINGET = (
    "Martin Damm er ny KL-formand\n\n"
    "TOPMØDE: KL's nye bestyrelse har torsdag eftermiddag konstitueret sig. Kalundborgs borgmester, Martin Damm "
    "(V), bliver ny formand, mens Rødovre-borgmester Erik Nielsen (S) er ny næstformand.\n"
)

# alsfynforbindelsen-news-komite-vermund-lilleholt (dev-write): one sentence, as printed
ALSFYN = (
    "AlsFynBroens komité udvides\n\n"
    "Bestyrelsesformand i Danfoss, Jørgen M. Clausen, er formand for AlsFynBroens styregruppe og komité, og han "
    "glæder sig over Vermunds og Lilleholts indtræden.\n"
)

# a list of names before the verb: no apposition
LISTED = "Nyt fra foreningen\n\nHans Jensen, Lis Holm, er formand for Foreningen Vild.\n"
LISTED_WITH_PARTY = "Nyt fra foreningen\n\nHans Jensen (V), Lis Holm (A), er formand for Foreningen Vild.\n"


def _roles(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(p, str(props.get("role"))) for p, _, props in named_relations(facts, "HOLDS_ROLE")}


def test_a_bare_post_after_the_apposition_is_the_names(tmp_path: Path) -> None:
    roles = _roles(tmp_path, ALTINGET)
    assert ("Martin Damm", "formand") in roles
    assert ("Martin Damm", "borgmester") in roles
    assert ("Erik Nielsen", "næstformand") in roles


def test_a_title_with_its_body_after_the_apposition_is_the_names(tmp_path: Path) -> None:
    roles = _roles(tmp_path, ALSFYN)
    assert ("Jørgen M. Clausen", "formand") in roles
    assert ("Jørgen M. Clausen", "bestyrelsesformand") in roles


def test_a_name_after_another_names_comma_is_no_apposition(tmp_path: Path) -> None:
    roles = _roles(tmp_path, LISTED)
    assert ("Lis Holm", "formand") not in roles
    assert ("Hans Jensen", "formand") not in roles
    with_party = _roles(tmp_path, LISTED_WITH_PARTY)
    assert ("Lis Holm", "formand") not in with_party
