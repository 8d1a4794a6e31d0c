"""Minutes that list their agenda under "Dagsorden" and then answer it item by item, each paragraph opened by the
item's number after "Ad": minutes, though the header names only the agenda. Snippets quoted from a local council's
annual meeting (boegebjerg-lokalraad) and a harbour's board (oesterhurup-havn, dev-write); the near misses are a
case history quoting a committee's decision on several points at once (koege-oekonomiudvalget) or point by point
under the committee's dated heading (stevns-kommunalbestyrelsen) and a lone "Ad 1." (dev-write)."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_item_paragraphs import answers_items
from graphbuild.sources import source_from_text

_AGENDA = (
    "Årsmøde torsdag den 16 marts 2023 i Abildhuset, Præstegårdsvej 12, Vester Åby kl. 19.\n"
    "Bøgebjerg Lokalråd, Vester Aaby, Aastrup og Pejrup\nDagsorden\n\n"
    " 1. Velkomst v. formand Connie Hede.\n  2.                   Valg af dirigent/referent.\n"
    "  3.                   Valg af stemmetællere.\n  4.                   Eventuelt.\n\n"
)


@pytest.mark.parametrize(
    "answers",
    [
        "Ref.\nAd 1. Connie bød velkommen glædede sig over de mange fremmødte.\n"
        "ad. 2. Valgt til dirigent blev Lars Nielsen, Pejrup og som referent Halldor Sørensen\n"
        "ad.3. Valg af stemmetællere. Lars Biilmann og Niels Henning Larsen.\n",
        "Afbud fra Dion og Torbjørn.\n\nAd. 1.\nReferat OK. Velkommen til Robert.\n\nAd. 2.\nKonstituering:\n",
    ],
)
def test_an_agenda_answered_item_by_item_is_minutes(answers: str) -> None:
    assert answers_items(answers)
    assert parse_meeting(source_from_text(_AGENDA + answers)).kind == "referat"


@pytest.mark.parametrize(
    "quoted",
    [
        # a committee's earlier decision in a case's history, answering a recommendation's points together
        "4) Anbefales overfor Økonomiudvalget og Byrådet.\n\nØkonomiudvalget 12-01-2021\nAd 1: Godkendt.\n\n"
        "Ad 2-3: Anbefales.\n\nSkoleudvalget 13-01-2021\n",
        # a committee's earlier decision quoted point by point under its dated heading
        "Social og Sundhed, 6. januar 2020, pkt. 123:\n\n    Ad. 1\n\n    5 medlemmer (A+V+C) anbefaler forslaget.\n\n"
        "    Ad. 2\n\n    Anbefales.\n",
        "Økonomiudvalget 12-01-2021\nAd 1: Godkendt.\n\nAd 2: Anbefales.\n",
        # one point alone, and a run that does not open with item 1
        "Ad 1. Se bilag 1.\n",
        "Ad 2. Økonomi\nAd 3. Eventuelt\n",
    ],
)
def test_points_answered_together_or_alone_leave_an_agenda(quoted: str) -> None:
    assert not answers_items(quoted)
    assert parse_meeting(source_from_text(_AGENDA + quoted)).kind == "dagsorden"
