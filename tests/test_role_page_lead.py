"""The organisation a web page or a news article leads with holds the titles the page places nowhere
(`role_page_lead`): Maritime Danmark on Ærøxpressen, Centrovice on Geopark Det Sydfynske Øhav, Amgros's board page,
Søren Skafte's blog on Amager Ressource Center (dev-write). A headline's common words, a person, a municipality, a
name printed once and a meeting's document lead with none."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_page_lead import page_lead_organisation
from tests.text_facts import facts_of_text, meeting_of_text, named_relations

# maritimedanmark-news-faergerederi-sparer-direktoer-vaek (dev-write): the headline and first paragraphs, as printed
AEROEXPRESSEN = """Presset færgerederi sparer direktør væk

Ærøxpressen - der forbinder Marstal med Rudkøbing - har sejlet med underskud lige siden den startede op i 2019. Nu er \
økonomien så presset, at rederiet har valgt at spare rederidirektør Boye Kromann væk, og overlade opgaverne til \
rutens chefskipper.

”Boye Kromann har i sin periode som direktør bidraget med sin maritime indsigt og professionalisme til en god drift \
af Ærøxpressen.
"""

# centrovice-news-geopark-sydfynske-oehav-certificering (dev-write): the headline, the lead and the photo credit
GEOPARK = """Bred opbakning til certificering af Geopark Det Sydfynske Øhav

Unesco har netop afsluttet certificeringen. En milepæl, som blev markeret mandag aften, hvor bestyrelsesmedlem Hans \
Jakob Clausen fik lejlighed til at sætte ord på landbrugets holdning til projektet.

Foto: Mikkel Jézéquel / Geopark Det Sydfynske Øhav
"""

# kommunen-news-ansaettelser-og-fyringer-partihop (dev-write): a headline of common words, as printed
HEADLINE = """Ansættelser og fyringer, partihop og eksklusioner
Ansættelser og fyringer, partihop og eksklusioner

Kommuner byråd
"""


def _lead(text: str) -> str | None:
    found = page_lead_organisation(text, meeting_of_text(text))
    return found[1] if found else None


def test_the_name_a_page_leads_with_and_prints_again_inside_a_sentence() -> None:
    assert _lead(AEROEXPRESSEN) == "Ærøxpressen"  # "Presset" is a word the page writes in lower case
    assert _lead(GEOPARK) == "Geopark Det Sydfynske Øhav"


def test_the_titles_the_page_places_nowhere_are_held_in_its_lead_organisation(tmp_path: Path) -> None:
    held = {(p, props.get("role"), t) for p, t, props in named_relations(facts_of_text(tmp_path, AEROEXPRESSEN),
                                                                         "HOLDS_ROLE")}  # fmt: skip
    assert ("Boye Kromann", "rederidirektør", "Ærøxpressen") in held, held


def test_no_common_word_person_municipality_or_lone_name_leads_a_page() -> None:
    # near misses: a headline's words printed only where lines open, a person, a municipality, a name printed once
    assert _lead(HEADLINE) is None
    assert _lead("Jens Hansen er ny formand\n\nJens Hansen blev valgt af bestyrelsen, sagde Jens Hansen.\n") is None
    assert _lead("Aarhus vil have ny bestyrelse\n\nI Aarhus er der valg til bestyrelsen.\n") is None
    assert _lead("Ærøxpressen har ny direktør\n\nDirektøren tiltræder i morgen.\n") is None


def test_a_meetings_document_leads_with_no_organisation() -> None:
    meeting = meeting_of_text(AEROEXPRESSEN).model_copy(update={"kind": "referat"})
    assert page_lead_organisation(AEROEXPRESSEN, meeting) is None


def test_a_mayor_whose_municipality_the_page_never_names_is_not_held_in_its_lead(tmp_path: Path) -> None:
    # near miss: a mayor's title is a municipality's post, never the page's subject's
    text = AEROEXPRESSEN + "\nBorgmester Jesper Hansen er ked af beslutningen.\n"
    held = {(p, props.get("role"), t) for p, t, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")}
    assert ("Boye Kromann", "rederidirektør", "Ærøxpressen") in held, held
    assert not any(p == "Jesper Hansen" and t == "Ærøxpressen" for p, _, t in held), held
