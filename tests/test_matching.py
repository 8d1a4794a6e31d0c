"""The one name matcher (graphbuild.vocab.matching) on hand-written candidates: id, name, alias,
then fuzzy on the whole name and on name tokens; ambiguous input lists, unknown input offers the
closest names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from store_graphs import loaded
from test_packs_sample_graph import build_sample_graph

from graphbuild.models import Graph
from graphbuild.pack_names import resolve_name
from graphbuild.store.base import GraphStore, StoreTarget
from graphbuild.vocab.ids import normalise
from graphbuild.vocab.matching import (
    FUZZY_CUTOFF,
    Candidate,
    NameIndex,
    UnmatchedName,
    another_surname,
    fold,
    fuzzy_score,
    keys,
    match_name,
    rank,
    with_context,
)
from kommunegraf_viz.lookup import ENTITY_TYPES, find_node

PEOPLE = [
    Candidate("person:jtm", "Person", "Jesper Thyrring Møller", context=("Struer",)),
    Candidate("person:lm-kal", "Person", "Lars Møller", context=("Kalundborg",)),
    Candidate("person:lm-vej", "Person", "Lars Møller", context=("Vejle",)),
    Candidate("person:pm", "Person", "Poul Møller"),
    Candidate("person:jhj", "Person", "Jesper Hosbond Jensen"),
]
THINGS = [
    Candidate("initiative:kl-play", "Initiative", "KL Play: Sundhed og Social", ("KL Play",)),
    Candidate("initiative:salon", "Initiative", "Strategisk Salon"),
    Candidate("municipality:0751", "Municipality", "Aarhus", ("Århus Kommune",)),
    Candidate("municipality:0326", "Municipality", "Kalundborg", ("Kalundborg Kommune",)),
    Candidate("organization:0326-direktion", "Organization", "Direktionen", ("Kalundborg Direktion",)),
    Candidate("organization:kl", "Organization", "KL", ("Kommunernes Landsforening",)),
]
ALL = PEOPLE + THINGS


def test_fold_treats_case_punctuation_and_danish_letters_alike() -> None:
    assert fold("KL Play: Sundhed- og Social") == fold("kl play sundhed og social")
    assert fold("Møller") == fold("Moeller") and fold("Århus") == fold("Aarhus")
    assert keys("Møller") & keys("Moller"), "typed without ø"
    assert not keys("Møller") & keys("Müller")
    for name in ("Jesper Thyrring Møller", "Ærø Kommune", "KL Play: Sundhed- og Social", "Sundhedsloven §119"):
        assert fold(name) == normalise(name), "the same key as the ids are made from"


def test_exact_name_wins_ignoring_case_and_danish_spelling() -> None:
    for typed in ("jesper thyrring møller", "Jesper Thyrring Moller", "JESPER THYRRING MOELLER"):
        match = match_name(typed, ALL, ["Person"])
        assert match.status == "one" and match.one is not None
        assert (match.one.id, match.how) == ("person:jtm", "name")


def test_an_id_names_its_node() -> None:
    match = match_name("person:lm-vej", ALL, ["Person"])
    assert match.ids() == ["person:lm-vej"] and match.how == "id"
    assert match_name("person:lm-vej", ALL, ["Initiative"]).status == "none", "an id of another type"


def test_alias_comes_after_the_name() -> None:
    match = match_name("Kalundborg Direktion", ALL, ["Organization", "Municipality"])
    assert match.ids() == ["organization:0326-direktion"] and match.how == "alias"
    assert match_name("Århus", ALL, ["Municipality"]).how == "name", "Århus and Aarhus are one name"
    both = [*ALL, Candidate("organization:x", "Organization", "Y", ("Kalundborg",))]
    assert match_name("Kalundborg", both, ["Municipality", "Organization"]).ids() == ["municipality:0326"]


def test_a_surname_typo_finds_the_person_by_a_name_token() -> None:
    match = match_name("Thyring", ALL, ["Person"])
    assert match.status == "one" and match.ids() == ["person:jtm"] and match.how == "fuzzy"
    assert FUZZY_CUTOFF <= match.hits[0].score < 100


def test_typos_of_whole_names_and_aliases() -> None:
    assert match_name("KL Plai", ALL, ["Initiative"]).ids() == ["initiative:kl-play"]
    assert match_name("Sundhed og Social", ALL, ["Initiative"]).ids() == ["initiative:kl-play"]
    # a typo of the municipality's whole name beats a body whose alias holds the municipality's name
    assert match_name("Kalundborgg", ALL, ["Municipality", "Organization"]).ids() == ["municipality:0326"]


def test_same_name_is_ambiguous_and_lists_type_and_context() -> None:
    match = match_name("Lars Møller", ALL, ["Person"])
    assert match.status == "ambiguous" and match.one is None
    assert match.ids() == ["person:lm-kal", "person:lm-vej"]
    message = match.message()
    assert "Lars Møller (Person; Kalundborg; id person:lm-kal)" in message
    assert "Lars Møller (Person; Vejle; id person:lm-vej)" in message


def test_a_surname_alone_is_ambiguous_among_its_bearers() -> None:
    match = match_name("Møller", ALL, ["Person"])
    assert match.status == "ambiguous"
    assert set(match.ids()) == {"person:jtm", "person:lm-kal", "person:lm-vej", "person:pm"}


def test_unknown_names_none_with_the_closest() -> None:
    match = match_name("Netflix", ALL, ["Initiative"])
    assert match.status == "none" and match.hits == ()
    assert 0 < len(match.closest) <= 3
    assert {h.candidate.type for h in match.closest} == {"Initiative"}
    assert match.message().startswith("no initiative named 'Netflix'; closest: ")
    near = match_name("Stratos", ALL, ["Initiative"])
    assert near.status == "none" and near.closest[0].candidate.id == "initiative:salon"
    assert match_name("   ", ALL).status == "none"
    assert "has none" in match_name("anything", [], ["Law"]).message()


def test_types_restrict_the_candidates() -> None:
    assert match_name("KL", ALL, ["Organization"]).ids() == ["organization:kl"]
    assert match_name("KL", ALL, ["Initiative"]).ids() == ["initiative:kl-play"]  # a name token
    assert match_name("Kalundborg", ALL, ["Person"]).status == "none"


def test_rank_keeps_every_name_the_text_is_in_for_search() -> None:
    ids = [h.candidate.id for h in rank("KL", ALL)]
    assert ids[0] == "organization:kl" and "initiative:kl-play" in ids
    assert [h.candidate.id for h in rank("Albertslnd", ALL)] == []
    assert [h.candidate.id for h in rank("Kalundborgg", ALL)] == ["municipality:0326"]
    assert {h.candidate.id for h in rank("Møller", ALL)} == {
        "person:jtm",
        "person:lm-kal",
        "person:lm-vej",
        "person:pm",
    }


def test_candidate_order_does_not_change_the_answer() -> None:
    for text in ("Møller", "Thyring", "Netflix", "KL", "Lars Møller", "Kalundborgg"):
        forward, backward = match_name(text, ALL), match_name(text, list(reversed(ALL)))
        assert forward == backward, text


def test_context_is_added_for_the_listing() -> None:
    bare = match_name("Lars Møller", [Candidate(c.id, c.type, c.name) for c in PEOPLE], ["Person"])
    assert "Vejle" not in bare.message()
    filled = with_context(bare, {"person:lm-vej": ("Vejle",)})
    assert "Lars Møller (Person; Vejle; id person:lm-vej)" in filled.message()


SURNAMES = [
    Candidate("person:hkm", "Person", "Henrik Kvist Mortensen"),
    Candidate("person:av", "Person", "Anne Vestergaard"),
    Candidate("person:oh", "Person", "Ole Hansen"),
]


def test_a_surname_names_its_bearers_only_never_one_sharing_its_ending() -> None:
    jensens = [*SURNAMES, *PEOPLE]  # "Jesper Hosbond Jensen" is the one Jensen
    match = match_name("Jensen", jensens, ["Person"])
    assert (match.status, match.ids()) == ("one", ["person:jhj"])
    two = [*jensens, Candidate("person:mj", "Person", "Mette Jensen")]
    assert set(match_name("jensen", two, ["Person"]).ids()) == {"person:jhj", "person:mj"}
    none = match_name("Jensen", SURNAMES, ["Person"])
    assert none.status == "none", "Mortensen and Hansen are other surnames, not typos of Jensen"
    assert none.message().startswith("no person named 'Jensen'; closest: ")
    assert match_name("Jansen", [*SURNAMES, *PEOPLE], ["Person"]).status == "none", "a different first letter"
    assert match_name("tensen", SURNAMES, ["Person"]).status == "none", "a word's ending is not the word"


def test_one_word_typos_still_find_the_word() -> None:
    assert match_name("Vestergard", SURNAMES, ["Person"]).ids() == ["person:av"]
    assert match_name("Mortensn", SURNAMES, ["Person"]).ids() == ["person:hkm"]
    assert match_name("Hansn", SURNAMES, ["Person"]).ids() == ["person:oh"]
    assert match_name("Vester", SURNAMES, ["Person"]).ids() == ["person:av"], "the start of a word"
    assert match_name("KL Plai", ALL, ["Initiative"]).ids() == ["initiative:kl-play"]


NEAR_SURNAMES = [
    Candidate("person:lp", "Person", "Lars Pedersen"),
    Candidate("person:at", "Person", "Anne Thomsen"),
    Candidate("person:dd", "Person", "Dorte Dalgaard"),
    Candidate("person:jj", "Person", "Jens Jacobsen"),
    Candidate("person:bb", "Person", "Bo Bentsen"),
    Candidate("person:ll", "Person", "Lis Lauridsen"),
    Candidate("person:ki", "Person", "Karen Iversen"),
]


@pytest.mark.parametrize(
    ("text", "near"),
    [("Petersen", "Lars Pedersen"), ("Lars Petersen", "Lars Pedersen"), ("Thorsen", "Anne Thomsen"),
     ("Anne Thorsen", "Anne Thomsen"), ("Damgaard", "Dorte Dalgaard")],
)  # fmt: skip
def test_another_common_surname_one_consonant_away_is_another_person(text: str, near: str) -> None:
    match = match_name(text, NEAR_SURNAMES, ["Person"])
    assert match.status == "none", "two surnames of the name list, a consonant apart: two people"
    assert match.closest[0].candidate.name == near, "offered as the closest name"
    assert another_surname(fold(text), keys(near)) and fuzzy_score(fold(text), fold(near))[0] == 0.0


@pytest.mark.parametrize(
    ("text", "found"),
    [("Jakobsen", "person:jj"), ("Jens Jakobsen", "person:jj"), ("Bentzen", "person:bb"),
     ("Lauritsen", "person:ll"), ("Iwersen", "person:ki"), ("Pedersn", "person:lp"), ("Pedersen", "person:lp"),
     ("Thomssen", "person:at"), ("Lars Pedersen", "person:lp")],
)  # fmt: skip
def test_a_spelling_of_one_sound_or_a_typo_still_finds_the_surname(text: str, found: str) -> None:
    """c/k, s/z, v/w and d/t before s spell one sound ("Jakobsen" is "Jacobsen"); a letter left out or doubled is a
    typo, never another surname of the list."""
    assert match_name(text, NEAR_SURNAMES, ["Person"]).ids() == [found]


def test_a_name_holding_both_surnames_is_found_by_either() -> None:
    both = [Candidate("person:pp", "Person", "Lars Pedersen-Petersen")]
    assert match_name("Petersen", both, ["Person"]).ids() == ["person:pp"]
    assert match_name("Pedersen", both, ["Person"]).ids() == ["person:pp"]
    assert not another_surname("petersen", ["lars pedersen petersen"])
    assert not another_surname("petersn", ["lars pedersen"]), "a typo names no surname of the list"


@pytest.mark.parametrize("text", ["Jesper", "Peter", "Lars"])
def test_a_first_name_never_silently_picks_one_of_several(text: str) -> None:
    match = match_name(text, ALL, ["Person"])
    bearers = [c.id for c in PEOPLE if text in c.name]
    assert match.status == ("one" if len(bearers) == 1 else "ambiguous" if bearers else "none")
    if bearers:
        assert set(match.ids()) == set(bearers)


# --- packs and pictures take a name to the same node ---------------------------------------------

ENTITY_LABELS = [("Initiative",), ("Person",), ("Organization",), ("Municipality", "Organization"), ENTITY_TYPES]


def _typed_forms(graph: Graph) -> list[str]:
    """What users type, derived from the graph: names, aliases, lower case, a dropped letter, the
    last name token, plus names that are nowhere."""
    forms: set[str] = set()
    for node in graph.nodes.values():
        if node.label not in ENTITY_TYPES:
            continue
        name = str(node.properties.get("name") or "")
        for text in [name, *(node.properties.get("aliases") or [])][:3]:
            forms.update({text, text.lower(), text[:-2] + text[-1:] if len(text) > 4 else text, text.split()[-1]})
    ordered = sorted(f for f in forms if f.strip())
    spread = ordered[:: max(1, len(ordered) // 150)]  # at most about 150, spread over the alphabet
    return [*spread, "Netflix", "Qwxyz Zzzz", "Møller", "Thyring", "KL Plai"]


def _outcome(resolve: Callable[[], str]) -> str:
    try:
        return resolve()
    except UnmatchedName as error:
        return f"error: {error}"


@pytest.fixture(scope="module", params=["sample", "examples"])
def graph_and_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, examples_dir: Path
) -> Iterator[tuple[Graph, GraphStore]]:
    if request.param == "sample":
        graph = build_sample_graph()
    else:
        from graphbuild.build_extract import extract_corpus
        from graphbuild.resolve import resolve

        graph = resolve(extract_corpus([examples_dir], None, workers=1))
    with loaded(StoreTarget(store_dir=tmp_path_factory.mktemp(f"matching-{request.param}") / "store"), graph) as store:
        yield graph, store


def test_a_name_looked_up_in_a_store_is_the_one_asked_for(graph_and_store: tuple[Graph, GraphStore]) -> None:
    graph, store = graph_and_store
    people = {str(n.properties.get("name")) for n in graph.nodes.values() if n.label == "Person"}
    for text in ("Jensen", "Hansen", "Vestergard", "Mortensn"):
        try:
            found = [resolve_name(store, text, ["Person"]).candidate.name]
        except UnmatchedName as error:
            found = [hit.candidate.name for hit in error.match.hits]
        bearers = {name for name in people if text in name.split()}
        if bearers:  # a surname names its bearers (several: listed), nobody else
            assert set(found) == bearers, (text, found)
        else:  # a typo names the one it is near, on its first letter; else nobody
            assert all(name.split()[-1][:1] == text[:1] for name in found), (text, found)
    if "Henrik Kvist Mortensen" in people:  # the examples: the README's promises and its near misses
        assert resolve_name(store, "Vestergard", ["Person"]).candidate.name == "Anne Vestergaard"
        assert resolve_name(store, "Mortensn", ["Person"]).candidate.name == "Henrik Kvist Mortensen"
        for near_miss in ("Jensen", "Hansen"):
            with pytest.raises(UnmatchedName, match=rf"^no person named '{near_miss}'; closest: "):
                resolve_name(store, near_miss, ["Person"])
        assert resolve_name(store, "KL Plai", ["Initiative"]).candidate.name.startswith("KL Play")


def test_packs_and_pictures_resolve_names_alike(graph_and_store: tuple[Graph, GraphStore]) -> None:
    graph, store = graph_and_store
    forms = _typed_forms(graph)
    assert len(forms) > 30
    outcomes: dict[str, int] = {"one": 0, "error": 0}
    for labels in ENTITY_LABELS:
        for text in forms:
            by_pack = _outcome(lambda text=text, labels=labels: resolve_name(store, text, labels).candidate.id)
            by_picture = _outcome(lambda text=text, labels=labels: find_node(graph, text, labels=labels).id)
            assert by_pack == by_picture, (text, labels)
            outcomes["error" if by_pack.startswith("error") else "one"] += 1
    assert outcomes["one"] and outcomes["error"], "both kinds of answer were compared"


def test_one_index_answers_many_texts_as_match_name_does() -> None:
    index = NameIndex(ALL, ["Person", "Initiative"])
    for text in ("Møller", "Thyring", "KL Plai", "Netflix", "person:pm", "Lars Moller"):
        assert index.match(text) == match_name(text, ALL, ["Person", "Initiative"]), text
        assert index.rank(text) == rank(text, ALL, ["Person", "Initiative"]), text


class _CountingStore:
    """A store that answers the candidate query and counts how often it is asked."""

    def __init__(self, engine: str, read_only: bool) -> None:
        self.engine, self.read_only, self.queries = engine, read_only, 0

    def query(self, cypher: str, params: object = None, *, timeout_s: float | None = None) -> list[dict[str, object]]:
        self.queries += 1
        if "collect(" in cypher:  # Neo4j's candidates come as three lists in one record
            return [{"ids": ["initiative:x"], "names": ["KL Play"], "aliases": [[]]}]
        return [{"id": "initiative:x", "name": "KL Play", "aliases": []}]

    def explain_is_read_only(self, cypher: str) -> bool:
        return True


def test_packs_keep_the_index_only_of_a_store_that_says_its_graph_has_not_changed() -> None:
    embedded, server = _CountingStore("ladybug", read_only=True), _CountingStore("neo4j", read_only=True)
    for store in (embedded, server):
        for _ in range(3):
            assert resolve_name(store, "kl play", ["Initiative"]).candidate.id == "initiative:x"
    assert embedded.queries == 1, "a read-only embedded store reads one unchanging generation: fetched once"
    assert server.queries == 3, "a server that names no graph version can change under a reader: fetched every time"
