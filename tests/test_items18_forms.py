"""Item forms widened in this pass: "Punkt nr. 42:" heads inside a flattened PDF page (cut like "Punkt
42"), and an agenda listed "1) Titel" above minutes written "Ad pkt. N:". Texts are shortened dev
excerpts (jammerbugt-sammenlaegningsudvalget, kommunalret-generalforsamling) or variants written for
the form; the test split is never read."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.flatten import resegment
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text

_FILLER = "Sagen forelægges til udvalgets orientering og videre behandling i de relevante fora. " * 8


def _flattened_page(body: str) -> str:
    return (
        "1 Referat MØDE I SAMMENLÆGNINGSUDVALGET Tirsdag, den 21. marts 2006 Mødet afholdes i Byrådssalen\n\n"
        f"3 SAMMENLÆGNINGSUDVALGET MØDEDATO: J.NR.: A01 {body} Side 3 af 38\n"
    )


def test_punkt_nr_heads_are_cut_in_a_flattened_page() -> None:
    text = _flattened_page(
        "Fraværende: Carla Madsen Punkt nr. 42: Forslag til Styrelsesvedtægt Sagsfremstilling "
        f"{_FILLER} Beslutning Godkendt. Punkt nr. 43 : Web-løsning til kommunen Sagsfremstilling "
        f"{_FILLER} Beslutning Godkendt."
    )
    lines, _ = resegment(split_lines(text))
    heads = [line.clean for line in lines if line.clean.startswith("Punkt nr.")]
    assert heads == ["Punkt nr. 42: Forslag til Styrelsesvedtægt", "Punkt nr. 43 : Web-løsning til kommunen"]
    numbers = [item.number for item in parse_meeting(source_from_text(text)).items]
    assert numbers == ["42", "43"]


def test_punkt_nr_named_in_a_sentence_is_no_head() -> None:
    text = _flattened_page(
        f"Punkt nr. 42: Forslag til Styrelsesvedtægt Sagsfremstilling {_FILLER} Beslutning Sagen blev "
        f"behandlet sammen med Punkt nr. 7 Budget og godkendt. {_FILLER}"
    )
    lines, _ = resegment(split_lines(text))
    assert not any(line.clean.startswith("Punkt nr. 7") for line in lines)


_GENERALFORSAMLING = """Generalforsamling 2003

Onsdag den 23. april 2003, kl. 16.30

Den ordinære generalforsamling blev afholdt med følgende dagsorden i henhold til vedtægterne:

1) Valg af dirigent.
2) Bestyrelsens beretning.
3) Godkendelse af regnskab.
4) Eventuelt.


Ad pkt. 1:

Formanden bød velkommen og foreslog advokat Bjarne Hansen som dirigent, der blev valgt.

Ad pkt. 2:

Formanden aflagde bestyrelsens beretning for 2002.
"""


def test_agenda_listed_with_parentheses_titles_the_ad_pkt_items() -> None:
    items = parse_meeting(source_from_text(_GENERALFORSAMLING)).items
    found = {i.number: (i.title, i.from_contents) for i in items}
    assert found == {
        "1": ("Valg af dirigent", False),
        "2": ("Bestyrelsens beretning", False),
        "3": ("Godkendelse af regnskab", True),
        "4": ("Eventuelt", True),
    }


def test_recommendation_sub_points_are_no_listed_agenda() -> None:
    # "1) at ..." sub-points, and a single "1)" line, give no titles: the Ad pkt. items keep their own text
    text = _GENERALFORSAMLING.replace(
        "1) Valg af dirigent.\n2) Bestyrelsens beretning.\n3) Godkendelse af regnskab.\n4) Eventuelt.\n",
        "1) at regnskabet godkendes,\n2) at kontingentet fastholdes.\n",
    )
    items = parse_meeting(source_from_text(text)).items
    assert [i.number for i in items] == ["1", "2"]
    assert not any(i.from_contents for i in items)
    assert all("regnskabet" not in i.title for i in items)
