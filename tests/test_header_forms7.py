"""Header forms read in this pass: the date under the body's heading, the date a meeting phrase names
without "den", a secretariat's address that names no owner, "Ekstraordinært …møde", "Byrådet i X".

Snippets are shortened from dev documents and from public minutes of A–K publishers (Gribskov, Gudenå-
komitéen, Faxe, Rødovre, Dragør, Greve); the test split is never read while writing these rules.
"""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.models import Meeting
from graphbuild.parse import parse_meeting
from graphbuild.parse.header_dates import date_under_body
from graphbuild.parse.lines import split_lines
from graphbuild.sources import source_from_text
from graphbuild.vocab.municipality_names import named_municipalities


def _meeting(text: str) -> Meeting:
    return parse_meeting(source_from_text(text))


def _day(meeting: Meeting) -> date | None:
    return meeting.start.date() if meeting.start else None


_GRIBSKOV_NOTICE = (
    "Dagsordener og referater\n\nHvis der er to dagsordner/referater på samme udvalg og på samme dato, så er det "
    "en tillægsdagsorden/-referat.\n\n31. oktober 2019: Offentlige information om lukket dagsordenpunkt på "
    "Udvikling, By og Land 4. november 2019 bliver desværre ikke vist i dagsordenen.\n\n"
    "Se hvilke fagudvalg der er aktive\n\n"
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # gribskov: a dated notice above the body's heading, the meeting's day under it
        (
            _GRIBSKOV_NOTICE + "Byråd\n\nTirsdag den 21-05-2019 kl. 19:00\n\nTilbage\n\nIndholdsfortegnelse\n\n"
            "57. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n",
            date(2019, 5, 21),
        ),
        (
            _GRIBSKOV_NOTICE + "Økonomiudvalget\n\nTirsdag den 18-06-2019 kl. 17:30\n\nTilbage\n\n"
            "132. Godkendelse af dagsorden\n\nBeslutning\n\nDagsorden godkendt.\n",
            date(2019, 6, 18),
        ),
        # gudenaakomiteen: the day the minutes were written opens the line, the meeting's day follows its
        # phrase without "den"
        (
            "1 9. august 2013 Referat fra møde i Gudenåkomitéen/VOS 7. juni 2013 Mødet afholdtes på Uldum Kro, "
            "Søndergade 19, 7171 Uldum. Dagsorden: 1. Velkomst 2. Godkendelse af referat og dagsorden\n",
            date(2013, 6, 7),
        ),
        # a minutes heading naming the meeting's day: "Referat fra bestyrelsesmødet 23. september 2015"
        (
            "Udsendt 1. oktober 2015 Referat fra bestyrelsesmødet 23. september 2015\n\n1. Godkendelse af dagsorden\n"
            "Godkendt.\n2. Regnskab\nTaget til efterretning.\n",
            date(2015, 9, 23),
        ),
        # another meeting named on the line is not this one's
        (
            "Referat 3. marts 2015 Næste møde 15. april 2015\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
            "2. Eventuelt\nIntet.\n",
            date(2015, 3, 3),
        ),
        (
            "Referat 3. marts 2015. Godkendelse af referat fra mødet 4. februar 2015\n\n1. Godkendelse af dagsorden\n"
            "Godkendt.\n2. Eventuelt\nIntet.\n",
            date(2015, 3, 3),
        ),
    ],
)
def test_the_meeting_day(text: str, day: date) -> None:
    assert _day(_meeting(text)) == day


@pytest.mark.parametrize(
    ("text", "body", "day"),
    [
        # faxe, naestved: the date after the body on its line
        ("Økonomiudvalget - 20-06-2019\n\nReferat\n", "Økonomiudvalget", date(2019, 6, 20)),
        ("Byrådet 22-11-2016\nPunkt 171: Godkendelse af dagsorden\n", "Byrådet", date(2016, 11, 22)),
        # roedovre: the date alone on the line under the body
        ("Kommunalbestyrelsen\n\n24-09-2019\n\nMedlemmer\n", "Kommunalbestyrelsen", date(2019, 9, 24)),
        # a longer word that begins with the body's name is not its heading
        ("Byrådets møde\n\n24-09-2019\n", "Byrådet", None),
        # a date far into the next line is not the heading's
        ("Byrådet\n\nDer blev orienteret om sagen, som blev behandlet 24-09-2019\n", "Byrådet", None),
    ],
)
def test_the_date_under_the_body(text: str, body: str, day: date | None) -> None:
    start, _ = date_under_body(split_lines(text), body)
    assert (start.date() if start else None) == day


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        # gudenaakomiteen: a body of unknown reach; "Favrskov Kommune" is its secretariat's address
        (
            "1 9. august 2013 Referat fra møde i Gudenåkomitéen/VOS 7. juni 2013 Dagsorden: 1. Velkomst "
            "2. Godkendelse af referat og dagsorden Projektleder Anni Nørskov Mørch Gudenåkomitéens sekretariat "
            "Torvegade 7, 8450 Hammel Favrskov Kommune Skovvej Hinnerup Tlf.:\n",
            None,
        ),
        # fredensborg, rudersdal: a council every municipality has, named with its municipality first
        (
            "R E F E R A T Møde 6/2015 Fredensborg Seniorråd torsdag den 4. juni 2015 kl. 13:00 Kontrabassen\n\n"
            "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n",
            "Fredensborg",
        ),
        # the publisher's name heading its page still names it
        ("Favrskov Kommune\n\nReferat fra møde i Gudenåkomitéen den 7. juni 2013\n\n1. Velkomst\nIntet.\n", "Favrskov"),
    ],
)
def test_the_municipality(text: str, municipality: str | None) -> None:
    found = _meeting(text).municipality
    assert (found.name if found else None) == municipality


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # regionsaeldreraad: the body's genitive before its numbered meeting
        (
            "Forretningsudvalgets 3. møde i 2012 torsdag den 23. august kl. 12,30-14,00\n\nTil stede: Kaj Bang\n\n"
            "Dagsorden\n1. Godkendelse af dagsorden\nGodkendt.\n2. Eventuelt\nIntet.\n",
            "Forretningsudvalget",
        ),
        # dragoer: "Ekstraordinært Ældrerådsmøde – Referat"
        ("Ekstraordinært Ældrerådsmøde – Referat 14. december 2018\n\nDato: 14. december 2018\n", "Ældrerådet"),
        (
            "Referat af ordinært bestyrelsesmøde 29. januar 2016\n\n1. Godkendelse af dagsorden\nGodkendt.\n",
            "Bestyrelse",
        ),
        # a board's meeting word with the board's own name compounded before it (lejre-ungdomsskolebestyrelsen) and
        # variants another board would write
        ("Ungdomsskolebestyrelsesmøde mandag den 8. dec, kl. 18-21 på kontoret\n\nreferat\n", "Ungdomsskolebestyrelse"),
        ("Skolebestyrelsesmøde 12. marts 2019\n\n1. Godkendelse af dagsorden\nGodkendt.\n", "Skolebestyrelse"),
        ("Kommunalbestyrelsesmøde 12. marts 2019\n\n1. Godkendelse af dagsorden\nGodkendt.\n", "Kommunalbestyrelse"),
        # a name that ends in its board's meeting word (skagen-byting-bestyrelse-2020-11-24)
        (
            "Referat fra Skagen Bytings bestyrelsesmøde d. 24. november 2020.\n1. Nyhedsbrev udsendt.\n",
            "Skagen Bytings bestyrelse",
        ),
    ],
)
def test_the_body_of_a_meeting_word(text: str, body: str) -> None:
    assert _meeting(text).body == body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Byrådet i Greve godkendte planen.", [("Greve", "council")]),
        ("Kommunalbestyrelsen i Rødovre Kommune", [("Rødovre", "kommune")]),
        ("byrådet i Aabenraa Kommune", [("Aabenraa", "kommune")]),
        ("Magistraten i Aarhus", [("Aarhus", "council")]),
        ("byrådet i aarhus", []),  # a name in lower case is no municipality's
        ("Udvalget i Greve", []),  # a committee "i X" is a place, not a council
        # Bornholm's own name for itself, as its minutes head every page
        ("Bornholms Regionskommune Tirsdag den side 1 Referat", [("Bornholm", "kommune")]),
        ("Ældrerådet i Bornholms Regionskommune", [("Bornholm", "kommune")]),
    ],
)
def test_council_of_a_municipality(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(n.info.name, n.how) for n in named_municipalities(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # regionsaeldreraad, koebenhavn: who came, listed under "Til stede" / "Tilstede var": minutes
        (
            "Forretningsudvalgets 3. møde i 2012 torsdag den 23. august 2012\n\nTil stede: Kaj Bang, Bente Clausen\n\n"
            "1. Godkendelse af dagsorden\n2. Eventuelt\n",
            "referat",
        ),
        ("Møde i Beredskabskommissionen 18. november 2014\n\nTilstede var:\nOverborgmester Frank Jensen\n", "referat"),
        # an agenda's empty field, or a word after it that is no name, says nothing
        ("Møde i Beredskabskommissionen 18. november 2014\n\nTil stede:\nAfbud:\n", None),
        ("Møde i Beredskabskommissionen 18. november 2014\n\nTil stede: ingen bemærkninger\n", None),
    ],
)
def test_minutes_by_who_came(text: str, kind: str | None) -> None:
    assert _meeting(text).kind == kind


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an item title's "pr. <date>" (the day a budget is counted to) is not the meeting's; the weekday's day
        # the notice holds the meeting on is
        (
            "Møde i kommunalbestyrelsen den 26. maj\n"
            "Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde i Idrætshallen, "
            "tirsdag den 26. maj kl. 17:30 med følgende dagsorden.\n"
            "Åbent møde\n"
            " • Godkendelse af dagsorden\n"
            " • Godkendelse af budgetopfølgning pr. 31.03.2020\n"
            " • Klimahandlingsplan 2020\n",
            date(2020, 5, 26),
        ),
        # "per" the same; a date with no "pr." before it is read as before
        (
            "Referat\n\nStatus per 1. januar 2019 og møde 14. februar 2019\n\n1. Godkendelse af dagsorden\n",
            date(2019, 2, 14),
        ),
        (
            "Referat\n\nØkonomiudvalget 14. februar 2019\n\n1. Godkendelse af dagsorden\n",
            date(2019, 2, 14),
        ),
    ],
)
def test_a_date_of_effect_is_not_the_meeting_day(text: str, day: date) -> None:
    assert _day(_meeting(text)) == day


def test_a_date_of_effect_alone_dates_no_meeting() -> None:
    text = "Referat\n\nBudgetopfølgning pr. 31.03.2020\n\n1. Godkendelse af dagsorden\n"
    assert _day(_meeting(text)) is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a breadcrumb whose separators the page text lost names a site's section ("Lokalråd og nærdemokrati"):
        # the body is the one the heading under it names
        (
            "Skip til hoved indholdet\n"
            "  Hjem Demokrati Lokalråd og nærdemokrati Referat Sejs-Svejbæk Lokalrådsmøde oktober\n"
            "Referat Sejs-Svejbæk Lokalrådsmøde oktober\n"
            "Møde den 03-10-2023 Multihuset 19.30-21.30\n"
            "Deltagere:\n • Lars Bue Nørbjerg (Formand)\n",
            "Sejs-Svejbæk Lokalråd",
        ),
        (
            "Politik Byråd og udvalg Dagsordener\n"
            "Referat\n"
            "Udvalg: Teknik- og Miljøudvalget\n"
            "Dato: 12. marts 2019\n"
            "1. Godkendelse af dagsorden\n",
            "Teknik- og Miljøudvalget",
        ),
        # a hyphen inside a name is no end of it; one after a space is ("Lokalrådet - referat")
        ("Referat Vester Hassing Lokalrådsmøde marts\n\n1. Godkendelse af dagsorden\n", "Vester Hassing Lokalråd"),
        ("Referat Lokalrådet - 12. marts 2019\n\n1. Godkendelse af dagsorden\n", "Lokalrådet"),
        # bodies listed with capitals are names, as before: the first one the line opens with
        ("Byrådet og Økonomiudvalget 12. marts 2019\n\n1. Godkendelse af dagsorden\n", "Byrådet"),
    ],
)
def test_a_section_of_a_site_names_no_body(text: str, body: str) -> None:
    assert _meeting(text).body == body
