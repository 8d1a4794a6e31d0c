"""The one pattern of a board named with its owner (`vocab.board_owner_patterns`), shared by `role_page_body` (a
page's headline) and `role_page_one_board` (anywhere on a page): each reader's own nouns, genitive and links, one
owner and one list of adjectives. Excerpts of dev-write pages: Hirtshals Havn's news of its new board,
Transportnyhederne's of Midttrafik's, Fyens Stiftstidende's of Fynbus' board constituted, Sund & Bælt's of A/S
Øresund's."""

from __future__ import annotations

from graphbuild.vocab.board_owner_patterns import board_of, owned_board

# the genitive read apart from the owner, as `role_page_body` reads it
WITH_GENITIVE = owned_board("bestyrelse", "(?:n|et)?", genitive="'s|’s|'|’|s")
# the genitive left on the owner's last word, as `role_page_one_board` reads it
GENITIVE_ON_OWNER = owned_board("(?:[Ss]kole)?(?:[Bb]estyrelse)", "(?:n|t)?")
OF = board_of("(?i:bestyrelse)", "(?:n|et)?", "for|i")


def test_the_owner_before_its_board_an_adjective_left_out() -> None:
    # hirtshals-havn-news-konstituering-2014 (dev-write): its headline
    m = WITH_GENITIVE.search("Konstituering af Hirtshals Havns nye bestyrelse")
    assert m is not None and (m["owner"], m["genitive"], m["noun"]) == ("Hirtshals Havn", "s", "bestyrelse")
    # transportnyhederne-news-midttrafik-ny-bestyrelse-2026-01-26 (dev-write): its lead
    m = GENITIVE_ON_OWNER.search("Den nye formand har siddet i Midttrafiks bestyrelse siden 2022.")
    assert m is not None and (m["owner"], m["noun"]) == ("Midttrafiks", "bestyrelse")
    # every adjective of either reader is read by both (made-up phrases): "midlertidige" was the headline reader's
    # only, "siddende" and "afgående" the page reader's only
    m = GENITIVE_ON_OWNER.search("Movias midlertidige bestyrelse")
    assert m is not None and m["owner"] == "Movias"
    m = WITH_GENITIVE.search("Movias siddende bestyrelse")
    assert m is not None and (m["owner"], m["genitive"]) == ("Movia", "s")
    m = WITH_GENITIVE.search("Movias afgående bestyrelse")
    assert m is not None and m["owner"] == "Movia"


def test_the_board_before_its_owner_a_legal_form_a_word_of_the_name() -> None:
    # fyens-news-fynbus-bestyrelse-konstitueret-2018 (dev-write): its first sentence
    m = OF.search("… er den nykonstituerede bestyrelse i Fynbus blevet enig om …")
    assert m is not None and (m["noun"], m["link"], m["owner"]) == ("bestyrelse", "i", "Fynbus")
    # sundogbaelt-news-nyt-formandskab-as-oeresund (dev-write): the legal form first
    m = OF.search("Bestyrelsen for A/S Øresund mødtes.")
    assert m is not None and m["owner"] == "A/S Øresund"


def test_no_owner_inside_a_word_or_after_a_hyphen() -> None:
    assert GENITIVE_ON_OWNER.search("ungdomsskole-Bestyrelse") is None
    assert OF.search("skolebestyrelsen i Vestre Skole") is None  # the reader's noun opens no word's middle
    assert WITH_GENITIVE.search("den nye bestyrelse") is None  # no capitalised owner
