"""A seat in a committee whose municipality the text prints right after the committee's name is held in that
municipality's committee (`role_committee_municipality`): Landdistrikternes Fællesråd's news on Kolding, DK
Sundhed's on Hvidovre and Aarhus Letbane's on its council (dev-write), as printed; a region, a place that is no
municipality's and a committee named with its municipality already give no other place."""

from __future__ import annotations

from pathlib import Path

from tests.text_facts import facts_of_text, named_relations

# landdistrikternes-faellesraad-news-kolding (dev-write): the sentence, as printed
KOLDING = (
    "Landsbyerne har spillet en særlig rolle i Kolding Kommunes beslutning om at melde sig ind i organisationen, "
    "fortæller Ole Alsted, formand for Lokaldemokratiudvalget i Kolding Kommune:"
)

# dk-sundhed-news-hvidovre-forlader-tandregulering (dev-write): the quote's attribution, as printed
HVIDOVRE = (
    "Derfor har vi fundet det nødvendigt at træde ud af det fælles selskab, siger Sara Benzon (SF), formand for "
    "Børne- og Uddannelsesudvalget i Hvidovre Kommune."
)

# aarhus-letbane-news-bestyrelse-letbaneraad-2018 (dev-write): two entries of the council's list, as printed
AARHUS = """Letbanerådet består af:

 • Keld Hvalsø Nedergaard (EL), byrådsmedlem og formand for Teknisk Udvalg, Aarhus Kommune
 • Ango Winther (A), medlem af Teknisk Udvalg, Aarhus
"""


def _made(folder: Path) -> Path:
    folder.mkdir()
    return folder


def _held(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    return {
        (p, str(props.get("role")), t)
        for p, t, props in named_relations(facts_of_text(_made(tmp_path), text), "HOLDS_ROLE")
    }


def test_the_committee_of_the_municipality_printed_after_it(tmp_path: Path) -> None:
    assert ("Ole Alsted", "formand", "Lokaldemokratiudvalget (Kolding)") in _held(tmp_path / "k", KOLDING)
    assert ("Sara Benzon", "formand", "Børne- og Uddannelsesudvalget (Hvidovre)") in _held(tmp_path / "h", HVIDOVRE)
    held = _held(tmp_path / "a", AARHUS)
    assert ("Keld Hvalsø Nedergaard", "formand", "Teknisk Udvalg (Aarhus)") in held
    assert ("Ango Winther", "medlem", "Teknisk Udvalg (Aarhus)") in held


def test_no_municipality_after_the_committee_gives_no_other_place(tmp_path: Path) -> None:
    # rm-vaekstforum-2006-04-05 (dev-write): a region after the committee is no municipality
    region = "1. Velkomst ved formand for Forberedelsesudvalget i Region Midtjylland, Bent Hansen."
    assert not {row for row in _held(tmp_path / "r", region) if "(" in row[2]}
    # a town that is no municipality's name
    town = "Der var oplæg ved Keld Hvalsø, formand for Teknisk Udvalg i Tranbjerg."
    assert not {row for row in _held(tmp_path / "t", town) if "(" in row[2]}
