"""An organisation named after a board's meeting, a general meeting's or a director's word and a linking word is a
mention at that place, so no person is read there ("Bestyrelsesmøde i Sejer Strande"); a board's own word (its
readers read its owner), a name running on past its capitals and a municipality's name give none. Snippets quoted
from dev-write documents."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.mention_owner_places import owner_names, owner_place_mentions
from tests.text_facts import persons_of_text

# sejer-strande-bestyrelse-2021-11-16 (dev-write): an attachment's line naming the board's meeting in the association
SEJER_STRANDE = (
    " Bilag 1:  Notat til vedhæftelse til referat fra Bestyrelsesmøde i Sejer Strande den 16. nov. 2021. Udarbejdet"
    " af: Anna Hallgren, formand og Anders Vesterdahl, bestyrelsesmedlem.\n"
)
# urs-news-ny-formand-naestformand-2022-02-24 (dev-write): a director's post in a company
URS = "Jesper Arkil, Adm. Direktør for Arkil Holding A/S, blev på URS’ generalforsamling valgt som ny formand.\n"


def _names(text: str) -> list[str]:
    return [m.name for m in owner_place_mentions(text, 0, len(text))]


def test_an_organisation_after_a_meeting_or_a_post_and_a_linking_word() -> None:
    assert _names(SEJER_STRANDE) == ["Sejer Strande"]
    assert _names("Referat af generalforsamling i Idrætssamvirket, torsdag d. 18. juni.") == ["Idrætssamvirket"]
    assert _names(URS) == ["Arkil Holding A/S"]  # the company's form a word of its name


def test_the_name_is_no_person(tmp_path: Path) -> None:
    persons = persons_of_text(tmp_path, SEJER_STRANDE)
    assert "Sejer Strande" not in persons
    assert {"Anna Hallgren", "Anders Vesterdahl"} <= persons


def test_no_mention_after_a_boards_word_a_running_name_or_a_municipality() -> None:
    # near misses: a board's own word (fyens-news-fynbus-bestyrelse-konstitueret-2018), a name running on past a
    # linking word (trafikselskaberne-news-ny-formand-2022-03-17) or an apostrophe, a municipality, a person
    assert _names("er den nykonstituerede bestyrelse i Fynbus blevet enig om") == []
    assert _names("Generalforsamling i Trafikselskaberne i Danmark blev holdt.") == []
    assert _names("Ny generalforsamling for LAG’en\n") == []
    assert _names("Generalforsamling i Slagelse Kommune.") == []
    assert _names("Han er direktør for TV MidtVest Ivar Brændgaard.") == []


def test_no_mention_inside_a_persons_bracket() -> None:
    # lag-slagelse-news-stiftende-generalforsamling-2022-06-08 (dev-write): the chair's own post, in brackets
    text = "Formand blev Niels Jørgensen (Direktør for Boesgaard Data) og næstformand Anette Petersen.\n"
    assert _names(text) == []
    assert _names("Niels Jørgensen er direktør for Boesgaard Data (fra 2020).\n") == ["Boesgaard Data"]


def test_the_mention_starts_at_the_name_after_the_words_that_name_nothing() -> None:
    text = "Referat af generalforsamling i Den Nye Idrætsforening Ikast.\n"
    (mention,) = owner_place_mentions(text, 0, len(text))
    assert text[mention.start : mention.end] == mention.name == "Idrætsforening Ikast"


def test_no_mention_of_a_name_running_on_after_og() -> None:
    # a department's name running on in lower case (Holbæk's form in tests/test_role_forms_general.py)
    assert _names("Direktør for Børn og unge Bo Ek deltog.") == []


def test_the_cue_words_are_looked_for_in_the_text_lowered_once_as_in_each_words_own_lowering() -> None:
    # a dotted capital I lowers to two characters: the test reads the text's own lower case, as before
    dotted = "İzmir. Generalforsamling i Idrætssamvirket, torsdag d. 18. juni."
    assert _names(dotted) == ["Idrætssamvirket"]
    assert owner_names(dotted) == {"Idrætssamvirket"}
    assert _names("Referat af mødet i Idrætssamvirket.") == []  # no cue word: no mention
    assert owner_names("Referat af mødet i Idrætssamvirket.") == set()
