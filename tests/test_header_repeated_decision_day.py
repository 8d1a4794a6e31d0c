"""Minutes whose header dates nothing and names no body (a PolWeb page that opens at its first item) take the
body and day two items' decision headings name alike ("Beslutning i Erhvervs- og Udviklingsudvalget 4. oktober
2021:"), not the first date the text prints ("Status på bevillinger pr. 16.08.2021")."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.header_decisions import repeated_decision_day
from graphbuild.sources import source_from_text

# nyborg-erhverv-udvikling-2021-10-04 (PolWeb ShowAgenda), shortened
PAGE = (
    "1.      Status på bevillinger pr. 16.08.2021\n\nSagsnr.\n\n450-2020-62968\n\nÅbent\n\nSagsfremstilling\n\n"
    "Der er udarbejdet en oversigt over bevillinger efter udvalgets møde 16. august 2021.\n\n"
    "Indstilling\n\nDet indstilles, at udvalget tager orienteringen til efterretning.\n\n"
    "Beslutning i Erhvervs- og Udviklingsudvalget 4. oktober 2021:\n\nTil efterretning.\n\n"
    "2.      Orientering om erhvervsfremme\n\nSagsfremstilling\n\nOrientering.\n\n"
    "Beslutning i Erhvervs- og Udviklingsudvalget 4. oktober 2021:\n\nTil efterretning.\n"
)


def test_two_decision_headings_alike_date_and_name_the_meeting() -> None:
    meeting = parse_meeting(source_from_text(PAGE))
    assert meeting.start is not None and meeting.start.date().isoformat() == "2021-10-04"
    assert meeting.body == "Erhvervs- og Udviklingsudvalget"


def test_one_decision_heading_is_no_repetition() -> None:
    once = PAGE.replace("Beslutning i Erhvervs- og Udviklingsudvalget 4. oktober 2021:\n\nTil efterretning.\n", "", 1)
    assert repeated_decision_day(once) is None


def test_an_earlier_bodys_decision_quoted_once_does_not_outvote() -> None:
    quoted = PAGE.replace(
        "2.      Orientering", "Beslutning i Økonomiudvalget 7. september 2021:\n\nAnbefales.\n\n2.      Orientering"
    )
    found = repeated_decision_day(quoted)
    assert found is not None and found[0] == "Erhvervs- og Udviklingsudvalget"
    assert found[1].isoformat() == "2021-10-04"
