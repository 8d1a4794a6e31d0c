"""The board a web page or a news article is about, named in its headline or first sentence, holds the seats the text
places in no body (`role_page_body`): Fyens Stiftstidende on Fynbus, Hirtshals Havn, Movia (dev-write); a meeting's
document, a headline whose owner is only a word of the headline and a board named further down are not read."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_page_body import opening_lines, page_board
from tests.text_facts import facts_of_text, meeting_of_text, named_relations

# fyens-news-fynbus-bestyrelse-konstitueret-2018 (dev-write): the article's first sentence and its lists, as printed
FYNBUS = """På et møde torsdag er den nykonstituerede bestyrelse i Fynbus blevet enig om, at der skal findes flere \
alternativer til besparelser, før en beslutning tages.

Om Fynbus Fynbus ejes af Region Syddanmark og de fynske kommuner på nær Ærø.

Formanden for bestyrelsen er igen Morten Andersen (V), borgmester på Nordfyn, og næstformanden er Poul Andersen \
(S), medlem af regionsrådet.

Derudover er medlemmerne: Bo Libergren (V), Region Syddanmark, Leif Rothe Rasmussen (S) fra Assens, Kristian \
Nielsen (V) fra Faaborg-Midtfyn, Jesper Hempler (SF) fra Kerteminde samt Flemming Madsen (S) fra Svendborg.
"""

# hirtshals-havn-news-konstituering-2014 and movia-news-pernille-beckmann-2017-04-03 (dev-write): their headlines
HIRTSHALS = "Konstituering af Hirtshals Havns nye bestyrelse\n\n\nPå bestyrelsesmødet tirsdag den 7. januar …\n"
MOVIA = "Pernille Beckmann indtræder i Movias bestyrelse\n\n03-04-2017\n"


def _board(text: str) -> str | None:
    found = page_board(text, meeting_of_text(text))
    return found[1] if found else None


def test_the_board_a_headline_or_first_sentence_names_by_its_owner() -> None:
    assert _board(HIRTSHALS) == "Hirtshals Havns bestyrelse"  # the adjective "nye" left out
    assert _board(MOVIA) == "Movias bestyrelse"
    assert _board(FYNBUS) == "bestyrelse i Fynbus"


def test_a_headline_word_an_article_or_a_later_board_names_no_page_board() -> None:
    # near misses: "Om" and "Den" own no board; a board named after the page's opening lines is not the page's
    assert _board("Om bestyrelsen\n\nBestyrelsen består af fem medlemmer.\n") is None
    assert _board("Den nye bestyrelse\n\nHer er de nye medlemmer.\n") is None
    later = "Nyt fra havnen\n\nSommeren er godt i gang.\n\nTrafikken stiger.\n\nMovias bestyrelse mødes.\n"
    assert _board(later) is None


def test_a_meetings_document_has_no_page_board() -> None:
    # near miss: the same headline over minutes is the meeting's body's document, not a page about a board
    meeting = meeting_of_text(HIRTSHALS).model_copy(update={"kind": "referat"})
    assert page_board(HIRTSHALS, meeting) is None


def test_opening_lines_are_cut_at_their_first_sentence() -> None:
    assert opening_lines(FYNBUS)[0].endswith("før en beslutning tages")
    assert opening_lines("Overskrift\n\nFørste sætning. Anden sætning om Movias bestyrelse.\n") == [
        "Overskrift",
        "Første sætning",
    ]
    # a name's initial ends no sentence: rm-news-danske-regioner-bestyrelse-2014-03 (dev-write) opens so
    first = "Anne V. Kristensen (V) og Bent Hansen (S) blev valgt ind i bestyrelsen for Danske Regioner, mens …\n"
    assert opening_lines(first) == [first.strip()]


def test_the_seats_the_article_places_nowhere_are_held_in_its_board(tmp_path: Path) -> None:
    held = {(p, props.get("role"), t) for p, t, props in named_relations(facts_of_text(tmp_path, FYNBUS), "HOLDS_ROLE")}
    assert ("Morten Andersen", "formand", "bestyrelse i Fynbus") in held
    assert ("Poul Andersen", "næstformand", "bestyrelse i Fynbus") in held
    assert ("Jesper Hempler", "medlem", "bestyrelse i Fynbus") in held
    # a seat the sentence places itself stays where it is printed ("medlem af regionsrådet")
    assert ("Poul Andersen", "medlem", "bestyrelse i Fynbus") not in held


# transportnyhederne-news-midttrafik-ny-bestyrelse-2026-01-26 (dev-write): its byline runs into its photo caption
MIDTTRAFIK = """Trafikselskab for Midtjylland har fået ny bestyrelse

Af: Redaktionen Midttrafiks nye bestyrelse og direktør Lars Berg (stående nummer tre fra højre) (Foto: Region \
Midtjylland)

Claus Leick (SF) overtager formandsposten efter Steen Vindum (V), som bliver 1. næstformand.
"""


def test_a_byline_or_a_credit_line_is_no_opening_line() -> None:
    assert _board(MIDTTRAFIK) != "Redaktionen Midttrafiks bestyrelse"
    assert all(not line.startswith("Af:") for line in opening_lines(MIDTTRAFIK))
    # rnn-news-roedovre-udvalg-2021-12, silkeborgnyt-news-byraads-rokade-2015-08-25,
    # geoparkoehavet-webpage-etablering-af-geoparken (dev-write): a byline and credits, as printed
    for byline in ("Af Michael Hansen", "Foto: Silkeborg Kommune", "Foto:Mikkel Jézéquel&Egeskov Slot"):
        assert opening_lines(f"Overskrift\n\n{byline}\n\nFørste sætning\n") == ["Overskrift", "Første sætning"]
    assert opening_lines("Overskrift\nAf Anne Hansen, journalist\nPubliceret 12. marts 2024\nTekst\n") == [
        "Overskrift",
        "Tekst",
    ]


def test_a_headline_with_af_inside_or_after_it_is_still_read() -> None:
    # near misses: "af" inside a headline, and "Af" before no name, open no byline
    assert _board(HIRTSHALS) == "Hirtshals Havns bestyrelse"
    assert _board("Af hensyn til Movias bestyrelse\n\nTekst.\n") == "Movias bestyrelse"
    assert opening_lines("Af Movias bestyrelse og direktion\n") == ["Af Movias bestyrelse og direktion"]


# sundogbaelt-news-nyt-formandskab-as-oeresund (dev-write): the board's owner a company named with its legal form first
OERESUND = """Nyt formandskab og nye bestyrelsesmedlemmer i A/S Øresund

Regeringen har besluttet, at Peter Frederiksen vælges som ny formand for bestyrelsen i A/S Øresund, og at \
bestyrelsen udvides fra de nuværende 7 medlemmer til 9 medlemmer.
"""


def test_a_companys_legal_form_is_a_word_of_its_owners_name(tmp_path: Path) -> None:
    assert _board(OERESUND) == "bestyrelsen i A/S Øresund"
    # the legal form after the name too (aarhus-letbane-news-bestyrelse-letbaneraad-2018, dev-write, as printed)
    assert _board("Bestyrelsen i Aarhus Letbane I/S leder selskabet\n") == "Bestyrelsen i Aarhus Letbane I/S"
    held = {
        (p, props.get("role"), t) for p, t, props in named_relations(facts_of_text(tmp_path, OERESUND), "HOLDS_ROLE")
    }
    assert ("Peter Frederiksen", "formand", "bestyrelsen i A/S Øresund") in held


def test_a_slash_in_no_legal_form_is_no_word_of_the_owner() -> None:
    # near misses: a slash between two names joins no legal form to them, and a genitive's "s" stays the genitive's
    assert _board("Nyt fra bestyrelsen i Hjørring/Frederikshavn\n") == "bestyrelsen i Hjørring"
    assert _board("Nyt fra bestyrelsen i AS/Øresund\n") == "bestyrelsen i AS"
    assert _board(MOVIA) == "Movias bestyrelse"
