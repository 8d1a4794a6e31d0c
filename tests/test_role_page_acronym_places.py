"""An organisation a page's role is held in by its acronym alone is read by the name the page prints as the acronym
and the place it serves (`role_page_acronym_places`): LAG Slagelse's and SydNyt's news on their local action groups
(dev-write); a place after a linking word, a place's compound, a place that is no municipality and two places for
one acronym give none."""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.role_page_acronym_places import acronym_with_place
from tests.text_facts import facts_of_text, named_relations

# lag-slagelse-news-stiftende-generalforsamling-2022-06-08 (dev-write): its headline and the sentence of the election
SLAGELSE = """Stiftende generalforsamling – LAG Slagelse

Onsdag den 8. juni var der i Tårnborg Forsamlingshus stiftende generalforsamling for en ny LAG i Slagelse-området.

Ny bestyrelse for LAG’en
Der var rift om pladserne i den nye bestyrelse for den nye LAG, da der blev holdt stiftende generalforsamling \
onsdag aften i Tårnborg. Der blev valgt en bestyrelse med 13 lokale medlemmer. Formand blev Niels Jørgensen \
(Direktør for Boesgaard Data) og næstformand Anette Petersen (Skoleleder på Kirkeskovskolen).
"""

# sydnyt-news-lag-soenderborg-aabenraa-bestyrelse-2022 (dev-write): its headline and a sentence
SYDNYT = (
    "Nye folk valgt til LAG Sønderborg-Aabenraa – se navnene her\n\n"
    "Efter godkendelse af forslaget til vedtægterne for foreningen, kunne valget af bestyrelsen for LAG "
    "Sønderborg-Aabenraa 2023-2027 gennemføres."
)


def test_the_acronym_with_its_place() -> None:
    assert acronym_with_place(SLAGELSE, "LAG") == "LAG Slagelse"
    assert acronym_with_place(SYDNYT, "LAG") == "LAG Sønderborg-Aabenraa"


def test_a_news_articles_chairs_are_held_in_the_acronym_with_its_place(tmp_path: Path) -> None:
    held = {
        (p, str(props.get("role")), t)
        for p, t, props in named_relations(facts_of_text(tmp_path, SLAGELSE), "HOLDS_ROLE")
    }
    assert ("Niels Jørgensen", "formand", "LAG Slagelse") in held
    assert ("Anette Petersen", "næstformand", "LAG Slagelse") in held
    assert not {row for row in held if row[2] == "LAG"}


def test_near_misses_give_no_name() -> None:
    # skivenetavis-news-lag-lemvig-ringkoebing-skjern-bestyrelse (dev-write): a place after a linking word is where
    # the organisation works (`role_page_full_names`' to read)
    assert acronym_with_place("siger Bente Tang, formand for LAG i Lemvig, Ringkøbing-Skjern", "LAG") is None
    # lag-slagelse (dev-write): a place's compound
    assert acronym_with_place("en ny LAG i Slagelse-området og LAG Slagelse-området", "LAG") is None
    # vores-avis-news-lag-himmerland-generalforsamling (dev-write): a region that is no municipality
    assert acronym_with_place("Bestyrelsen for foreningen LAG Himmerland består af 15 medlemmer.", "LAG") is None
    # two places for one acronym: no telling which
    assert acronym_with_place("LAG Slagelse og LAG Sorø holder møde.", "LAG") is None
    # a word that is no acronym
    assert acronym_with_place("Lag Slagelse", "Lag") is None
