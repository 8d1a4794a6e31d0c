"""Minutes headed "Dagsorden" that record a person's report at the meeting: a full name, then a past-tense verb of
reporting ("Jens F. Jensen orienterede indledningsvist om …"). Snippets quoted from a cultural agreement's
political board, a cultural region's steering group, a regional council and a pensioners' council (dev-write);
the near misses are an agenda's case history quoting an earlier meeting, a letter, a clause of reference and a
body's decision."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_reported import reports_at_meeting
from graphbuild.sources import source_from_text

_AGENDA_HEAD = (
    "DAGSORDEN Møde i den politiske ledelse fredag den 4. april 2008 kl. 10 i Skole- og Kulturforvaltningen\n"
    "Deltagere: Bjarne Kvist, Frederikshavn Kommune Erik Kirkegaard Mikkelsen, Mariagerfjord Kommune - afbud\n"
    "Dagsorden:\n1. Oplæg om oplevelseszoner\n2. Eventuelt\n\n1. Oplæg om oplevelseszoner\n"
)


@pytest.mark.parametrize(
    "report",
    [
        "Jens F. Jensen orienterede indledningsvist om to projekter ScandiMedia om digitale interaktive medier.",
        "Ellen Drost orienterede om forløbet omkring indgåelse af ny kulturaftale.",
        "2. Formandsbeslutning. Ulla Astman orienterede om, at hun i medfør af Styrelsesloven havde truffet en "
        "formandsbeslutning om at udstede et påbud vedrørende besøgsrestriktioner.",
        "Kirsten Feld oplyste, at ikke alle ældreråd er medlem af regionsældreråd.",
        # a person's title in the definite
        "Formanden orienterede om det sønderjyske samarbejde i Folkeoplysningsudvalgene.",
        "Borgmesteren orienterede om, at byrådsgruppe C har udpeget Rune Kallager som stedfortræder.",
    ],
)
def test_an_agenda_heading_over_a_report_given_at_the_meeting_is_minutes(report: str) -> None:
    assert reports_at_meeting(report)
    assert parse_meeting(source_from_text(_AGENDA_HEAD + report + "\n")).kind == "referat"


@pytest.mark.parametrize(
    "text",
    [
        # the report placed at an earlier meeting: an agenda's case history
        "Jens F. Jensen orienterede på mødet den 3. marts 2008 om projektet. Det indstilles, at oplægget drøftes.",
        "Ellen Drost orienterede på sidste møde om forløbet. Det indstilles, at orienteringen tages til efterretning.",
        # in a letter
        "Kirsten Feld oplyste i sin henvendelse, at ikke alle ældreråd er medlem af regionsældreråd.",
        # a clause of reference, and the present tense an agenda asks in
        "Som Ellen Drost oplyste, er kulturaftalen indgået. Ellen Drost orienterer om forløbet.",
        # a body, not a person; a body's decision belongs to the case history
        "Region Nordjylland orienterede om besøgsrestriktioner. Vejen Kommune drøftede sagen.",
        "Administrationen orienterede om besøgsrestriktioner. Sekretariatet fremlagde et notat.",
        # a report dated another day
        "Borgmesteren orienterede Økonomiudvalget den 3. maj 2016 om samarbejdet.",
    ],
)
def test_a_report_at_another_meeting_or_by_a_body_keeps_the_agenda(text: str) -> None:
    assert not reports_at_meeting(text)
    assert parse_meeting(source_from_text(_AGENDA_HEAD + text + "\n")).kind == "dagsorden"
