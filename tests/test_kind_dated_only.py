"""A dated document whose items stand under nothing that names a meeting is no agenda: a partnership agreement's
sections under its letterhead's date (nomi4s-samarbejdsaftale-2015, dev-write: read as an agenda of 10 November
2015 once its title page is not read). Agendas whose header names no kind keep their items when a meeting's word,
hour or heading stands above them (nordfyns-kommunalbestyrelsen-2020-09-29, regionh-forretningsudvalget-2018-03-06,
dev-write)."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_dated_only import names_no_meeting
from graphbuild.sources import source_from_text

# nomi4s-samarbejdsaftale-2015 (dev-write): the letterhead, its date and the agreement's sections 2 and 3 (the title
# page over the parties, which kind_agreement reads, and the first section, which kind_publication reads, left out)
AGREEMENT = (
    "VOJENS\nRådhuscentret 21\nDK 6500 Vojens\nDato 10. november 2015\nSag nr. 14-37.383\n"
    "2 Interessenterne\n2.1 Interessentskabet består af følgende fire interessenter:\n1) Holstebro Kommune\n"
    "3 Formål og opgaveområde\n3.1 Interessentskabet er etableret som et kommunalt fællesskab i medfør af reglen i"
    " § 60, stk. 1 i Lov om kommunernes styrelse.\n"
)

# nordfyns-kommunalbestyrelsen-2020-09-29 (dev-write): a council's announced agenda, its day and hour over the items
ANNOUNCED_AGENDA = (
    "Annoncering af kommunalbestyrelsesmøde\n\n24.09.2020\n\n"
    "Tirsdag den 29. september 2020 kl. 18.00 holder Kommunalbestyrelsen for Nordfyns Kommune møde.\n\n"
    "Følgende punkter er til behandling på mødet:\n 1. Mødeplan 2021\n"
    " 2. 2. behandling af Budget 2021 og overslagsårene 2022 – 2024\n 3. Kirkeskat 2021\n"
)

# regionh-forretningsudvalget-2018-03-06 (dev-write): a portal's labels over the items, no kind's word
PORTAL_HEAD = (
    "UDVALG\n\nForretningsudvalget\n\nMØDE\n\nForretningsudvalg - formandsmeddelelser\n\nSTED\n\n"
    "REGIONSRÅDSSALEN\n\nSTARTTIDSPUNKT\n\n06-03-2018 10:00:00\n"
)


def test_an_agreements_sections_under_its_date_are_no_agenda() -> None:
    assert names_no_meeting("VOJENS\nRådhuscentret 21\nDK 6500 Vojens\nDato 10. november 2015\nSag nr. 14-37.383")
    meeting = parse_meeting(source_from_text(AGREEMENT))
    assert meeting.kind is None and meeting.start is None
    assert meeting.items == []


def test_an_agenda_naming_its_meeting_keeps_its_items() -> None:
    meeting = parse_meeting(source_from_text(ANNOUNCED_AGENDA))
    assert meeting.kind == "dagsorden" and meeting.start is not None
    assert "Kirkeskat 2021" in [item.title for item in meeting.items]


def test_a_meetings_word_hour_or_label_names_a_meeting() -> None:
    assert not names_no_meeting(PORTAL_HEAD)
    assert not names_no_meeting("Bestyrelsen\n12. maj 2019 kl. 19")
    assert not names_no_meeting("Generalforsamling 2019\n12. marts 2019")
    assert not names_no_meeting("Tid: 12. marts 2019\nSted: Rådhuset")
    # a date in digits is no hour
    assert names_no_meeting("Vedtægter\nEksempel Forening\n12.03.2019")
