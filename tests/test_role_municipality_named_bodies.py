"""A title held in a company a municipality's name opens (`role_municipality_named_bodies`): Esbjerg
Erhvervsudvikling's news on Business Region Esbjerg and Tårnby's page on its Grønt Råd (dev-write) hold the chair
and the chief in the company, not the municipality; a municipality's own words after its name, a municipal title
and a person's name after the municipality's keep the municipality."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, named_relations

# esbjerg-erhvervsudvikling-news-bre-2017-01-03 (dev-write): a sentence, as printed
ESBJERG = (
    "Business Region Esbjerg\n\n"
    "John Lesbo, formand for Esbjerg Erhvervsudvikling, er bestyrelsesformand for det nye Business Region Esbjerg "
    "som består af Esbjerg, Varde, Tønder og Fanø kommuner."
)

# taarnby-groent-raad-webpage (dev-write): the heading and a line of its list
TAARNBY = """Grønt Råd i Tårnby og Dragør Kommuner

Medlem:   Suppleant:
14. Inger Sturm, miljøchef, Københavns Lufthavne    Rasmus Winther
"""


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    return {
        (p, str(props.get("role")), t) for p, t, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE")
    }


def test_a_title_is_held_in_the_company_the_municipalitys_name_opens(tmp_path: Path) -> None:
    held = _held(tmp_path, ESBJERG)
    assert ("John Lesbo", "formand", "Esbjerg Erhvervsudvikling") in held
    assert ("John Lesbo", "formand", "Esbjerg") not in held
    assert ("Inger Sturm", "miljøchef", "Københavns Lufthavne") in _held(tmp_path, TAARNBY)


def test_the_municipality_kept(tmp_path: Path) -> None:
    # a municipality's own word after its name, a municipal title, a person's name after the municipality's
    text = (
        "Nyt om vand\n\n"
        "Det siger Per Olsen, der er formand for Esbjerg Byråd. "
        "Det mener Jens Hansen, der er borgmester i Esbjerg Vest. "
        "Det siger direktør i Esbjerg Ole Hansen."
    )
    held = _held(tmp_path, text)
    assert ("Per Olsen", "formand", "Esbjerg") in held  # the council's word: the municipality's, as before
    assert ("Jens Hansen", "borgmester", "Esbjerg") in held  # a mayor's title: never a company's
    assert ("Ole Hansen", "direktør", "Esbjerg") in held  # a name after the municipality's
    assert not {row for row in held if row[2].startswith("Esbjerg ")}
