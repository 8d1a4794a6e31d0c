"""The day of this meeting's decisions read from the document's own decision headings (issue 12 item 6, found by
rewriting dev-write minutes with an earlier body's dated decision in some items' case history, which moved the
header's day): a later day that most items' decision headings carry is the meeting's. The excerpt is shortened
from nyborg-erhverv-udvikling-2021-10-04 (dev-write), whose header day is read from its first item's title; the
test split is never read."""

from __future__ import annotations

from datetime import date

from graphbuild.extract import extract_facts
from graphbuild.models import Meeting
from graphbuild.parse import parse_meeting
from graphbuild.parse.decision_day import decision_day
from graphbuild.sources import source_from_text

_FIRST = (
    "1.      Status på bevillinger pr. 16.08.2021\n\nSagsfremstilling\n\nDer er udarbejdet en oversigt over "
    "bevillinger efter udvalgets møde 16. august 2021.\n\n"
    "Beslutning i Erhvervs- og Udviklingsudvalget 16. august 2021\n\nUdsat.\n\n"
    "Beslutning i Erhvervs- og Udviklingsudvalget 4. oktober 2021\n\nTaget til efterretning.\n\n"
)
_SECOND = (
    "2.      Orientering fra erhvervschefen 4. oktober 2021\n\nSagsfremstilling\n\nErhvervschefen orienterer.\n\n"
    "Beslutning i Erhvervs- og Udviklingsudvalget 4. oktober 2021\n\nTaget til efterretning.\n\n"
)


def _meeting(text: str) -> Meeting:
    return parse_meeting(source_from_text(text))


def test_the_header_reads_the_day_most_decision_headings_carry() -> None:
    # parse/header_decisions (h-header8) dates a header that names none by two items' decision headings
    meeting = _meeting(_FIRST + _SECOND)
    assert meeting.start is not None and meeting.start.date() == date(2021, 10, 4)


def test_a_later_day_of_most_decision_headings_is_the_meetings() -> None:
    # the header's day as the real document's reader first took it, from the first item's title
    parsed = _meeting(_FIRST + _SECOND)
    assert decision_day(parsed.items, date(2021, 8, 16)) == date(2021, 10, 4)


def test_parse_corrects_a_header_day_the_decision_headings_outnumber() -> None:
    # the header prints the case history's day; two items' decisions carry the meeting's own
    meeting = _meeting("Referat\n\nMødedato: 16. august 2021\n\n" + _FIRST + _SECOND)
    assert meeting.start is not None and meeting.start.date() == date(2021, 10, 4)
    # the first item's decision is the one of 4 October, not the quoted one of 16 August
    assert [item.outcome for item in extract_facts(meeting).items] == ["noted", "noted"]


def test_a_later_day_in_one_item_only_leaves_the_header_day() -> None:
    # a near miss: one item's later decision (a council's decision printed under the committee's) is no sign that
    # the header's day is wrong
    second = _SECOND.replace("4. oktober 2021", "16. august 2021")
    meeting = _meeting(_FIRST.replace("Udsat.", "Anbefales.") + second)
    assert meeting.start is not None and decision_day(meeting.items, meeting.start.date()) == date(2021, 8, 16)


def test_an_earlier_day_of_most_decision_headings_leaves_the_header_day() -> None:
    # a near miss: headings dated before the header's day are the case's history, however many items quote them
    later = "Referat\n\nMødedato: 20. oktober 2021\n\n"
    meeting = _meeting(later + _FIRST + _SECOND)
    assert meeting.start is not None and meeting.start.date() == date(2021, 10, 20)
    assert decision_day(meeting.items, meeting.start.date()) == date(2021, 10, 20)


def test_a_tie_between_two_later_days_goes_to_the_one_printed_first_whatever_the_hash_seed() -> None:
    # two items, each with decision headings of two later days: the tie once went to the day a set of dates gave
    # first, and dates hash differently with each PYTHONHASHSEED, so a document's meeting day changed from run to run
    import subprocess
    import sys

    program = (
        "from datetime import date\n"
        "from graphbuild.parse import parse_meeting\n"
        "from graphbuild.parse.decision_day import decision_day\n"
        "from graphbuild.sources import source_from_text\n"
        "decisions = ''.join(f'Beslutning i Erhvervs- og Udviklingsudvalget {day}\\n\\nGodkendt.\\n\\n'"
        " for day in ('4. oktober 2021', '8. november 2021'))\n"
        "text = ''.join(f'{n}.      Punkt {n}\\n\\nSagsfremstilling\\n\\nTekst.\\n\\n' + decisions for n in (1, 2))\n"
        "meeting = parse_meeting(source_from_text(text))\n"
        "print(decision_day(meeting.items, date(2021, 8, 16)))\n"
    )
    answers = set()
    for seed in ("0", "1", "2", "3", "4", "5", "6", "7"):
        env = {"PYTHONHASHSEED": seed, "PATH": ""}
        run = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True)
        answers.add(run.stdout.strip())
    assert answers == {"2021-10-04"}
