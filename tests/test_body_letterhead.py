"""A board read by its word alone, named with the owner its minutes' letterhead prints beside the board's meeting word
(`body_letterhead`), and the meeting's roles held there: forms quoted from dev-write documents of tests/realworld/
(VUC Hvidovre-Amager, Friskolen på Røsnæs, Vallensbæk Musikskole, Medicinhaverne, Dagtilbudsdistrikt Elverdam,
Karrebæksminde Fiskeri- og Bymuseum); a venue, a day, a label, a sentence and a person are no owner."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.parse.body_letterhead import board_in_letterhead
from tests.text_facts import facts_of_text, named_relations


@pytest.mark.parametrize(
    ("header", "owner"),
    [
        # vuc-hvidovre-amager-bestyrelse-2013-03-20: the owner after the meeting word, a full stop after it
        ("Referat. Bestyrelsesmøde VUC Hvidovre-Amager. 20MAR i Hvidovre\nStørrelse: px", "VUC Hvidovre-Amager"),
        # friskolen-paa-roesnaes-bestyrelse-2021-03-03: after a comma, the day after it
        ("Bestyrelsesmøde, Friskolen på Røsnæs 3 marts 2021\nTil stede: Catriona", "Friskolen på Røsnæs"),
        # vallensbaek-musikskole-bestyrelse-2019-12-09: a day between
        ("Referater\n• Bestyrelsesmøde 09.12.19 Vallensbæk Musikskole", "Vallensbæk Musikskole"),
        # medicinhaverne-bestyrelse-2022-05-31: a day and "i" between
        ("Referat af bestyrelsesmøde 31. maj 2022 i Medicinhaverne.\nTil stede: Per Mansa", "Medicinhaverne"),
        # elverdam-dagtilbudsdistrikt-bestyrelse-2014-04-30: alone on the next line
        ("Bestyrelsesmøde den 01.december 2014\nBestyrelsesmøde\nDagtilbudsdistrikt Elverdam\nTølløse, Stestrup",
         "Dagtilbudsdistrikt Elverdam"),
        # karrebaeksminde-museum-bestyrelse-2019-05-07: the day's line between
        ("Retur\n\nBestyrelsesmøde\n07.05.2019\n\nKarrebæksminde Fiskeri- og Bymuseum\n\n  08.05. 2019",
         "Karrebæksminde Fiskeri- og Bymuseum"),
    ],
)  # fmt: skip
def test_the_owner_the_letterhead_prints_beside_the_meeting_word(header: str, owner: str) -> None:
    assert board_in_letterhead(header, "Bestyrelse") == f"Bestyrelsen for {owner}"


@pytest.mark.parametrize(
    "header",
    [
        # sla-fyn-bestyrelse-2024-03-19: a venue after "i"
        "Referat af bestyrelsesmøde 19.03.2024 kl. 16-18 i Ryslinge Forsamlingshus\nDeltagere: Tissel",
        # tversted-tbt-bestyrelse-2019-06-25: a sentence on the next line
        "Bestyrelsesmøde den 25. juni 2019\nReferat fra mødet den 25. juni 2019\nDeltager: Finn",
        # lokalforum-regstrup-bestyrelse-2019-01-08: the record's word after the day
        "Bestyrelsesmøde 8. januar 2019\nBestyrelsesmøde den 8. januar 2019 kl. 19:00-21:00 – Referat\nTil stede: Ea",
        # aeblegaard-friskole-bestyrelse-2016-11-02: the meeting word again, then a label
        "2016.11.2. referat-bestyrelsesmøde\nBestyrelsesmøde\nDato: 02.11 2016",
        # holbaek-aalav-bestyrelse-2020-09-07: a host's name and address
        "Referat af bestyrelsesmøde afholdt hos Ole Olsen, Kvarmløsevej 117, 4340 Tølløse mandag",
        # a person's name alone on the next line
        "Bestyrelsesmøde\nHans Jensen\nformand",
        # a venue's or a medium's name after the meeting word
        "Bestyrelsesmøde Hotel Marina\nDeltagere: Hans",
        "Bestyrelsesmøde Teams\nDeltagere: Hans",
    ],
)
def test_no_venue_day_label_sentence_or_person_is_an_owner(header: str) -> None:
    assert board_in_letterhead(header, "Bestyrelse") is None


def test_only_a_board_read_by_its_word_alone() -> None:
    header = "Bestyrelsesmøde\nDagtilbudsdistrikt Elverdam\n"
    assert board_in_letterhead(header, "Bestyrelsen for Elverdam") is None
    assert board_in_letterhead(header, "Skolebestyrelse") is None


# medicinhaverne-bestyrelse-2022-05-31 (dev-write): the letterhead and the post elected in the first item
MEDICINHAVERNE = """Referat af bestyrelsesmøde 31. maj 2022 i Medicinhaverne.
Til stede: Per Mansa, Nanna Mariegaard, Dorte Meyer, Jørgen Fischer, Kaj Nielsen, Holger Brodersen og Elin Lambertsen.
Afbud fra Jann Poulsen og Christian Ahlefeldt-Laurvig.
1. Dirigent og referent, justering af dagsorden.
Kaj blev valgt som dirigent og Elin som referent.
2. Opfølgning på referat fra møde den 17. maj 2022.
Referatet blev godkendt.
"""


def test_the_meetings_posts_are_held_in_the_owners_board(tmp_path: Path) -> None:
    held = {(p, props.get("role"), t) for p, t, props in named_relations(facts_of_text(tmp_path, MEDICINHAVERNE),
                                                                         "HOLDS_ROLE")}  # fmt: skip
    assert ("Elin Lambertsen", "referent", "Bestyrelsen for Medicinhaverne") in held, held
    assert ("Kaj Nielsen", "dirigent", "Bestyrelsen for Medicinhaverne") in held, held
