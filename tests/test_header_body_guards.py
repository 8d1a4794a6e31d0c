"""Bodies the header names in the ways unseen publishers vary (issue 12 item 4), from dev-write documents rewritten
the way other publishers write them: the municipality before the body after the kind ("Referat fra møde i
Lyngby-Taarbæk Kommune – Integrationsrådet", dev lyngby-taarbaek-integrationsraadet-*); and what a name found
by its place alone may not be: a day ("Referat fra mødet Tirsdag den 18. maj 2010", dev frederikssund-*,
fynbus-* with the name left out), a municipality, a field's label ("Type: Referat", dev faxe-byraadet-*), a row
of column headings ("Udvalg Dato Type Hent", dev syddjurs-byraadet-*). The test split is never read."""

from __future__ import annotations

import pytest

from graphbuild.parse.body_names import body_phrases
from graphbuild.parse.header_body import body_name, header_body
from graphbuild.parse.header_labels import header_fields
from graphbuild.parse.lines import split_lines


def _body(text: str) -> str | None:
    lines = split_lines(text)
    return body_name(lines, header_fields(lines))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Referat fra møde i Lyngby-Taarbæk Kommune – Integrationsrådet\nTorsdag d.10.09.15.", "Integrationsrådet"),
        ("Dagsorden for Aarhus Kommune - Magistraten den 3. maj 2019", "Magistraten"),
    ],
)
def test_the_body_after_its_municipality(text: str, body: str) -> None:
    assert header_body(split_lines(text)) == body


@pytest.mark.parametrize(
    "text",
    [
        "1 Referat fra møde i  Tirsdag den 18. maj 2010 Kl i Borgmesterens kontor Mødedeltagere: Ole Find Jensen (A)",
        "Referat fra møde i Lyngby-Taarbæk Kommune\nTorsdag d.10.09.15.",
        "Type: Referat\nMødedato: Torsdag 16. november 2017",
        "Mødedetaljer\nUdvalg Dato Type Hent\nVideo fra mødet",
        "1 DAGSORDEN Møde i  17. august 2010 kl Administrationscenteret, Strandstræde 5, 4300 Holbæk",
    ],
)
def test_a_day_a_municipality_or_a_label_is_no_body(text: str) -> None:
    assert _body(text) is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kommunemøde - Referat - 09-10-2014", "Kommunemøde"),  # a name without a head word still read
        ("Referat fra Grønt Råd den 7. maj 2012", "Grønt Råd"),
        (
            "Mødereferat fra Fællesmødet for Vandværker i Vejen kommune den 15. november 2011 i Brørup.",
            "Fællesmødet for Vandværker i Vejen kommune",
        ),
    ],
)
def test_a_name_without_a_head_word_is_still_read(text: str, body: str) -> None:
    assert _body(text) == body


def test_a_compound_listed_in_capitals() -> None:
    """A cover page in capitals (dev alleroed-teknik-erhverv-plan-miljoe-* written so): the list's "OG"."""
    assert body_phrases("TEKNIK, ERHVERV, PLAN OG MILJØUDVALGET 2018-2021")[0].name == (
        "Teknik, Erhverv, Plan og Miljøudvalget 2018-2021"
    )


@pytest.mark.parametrize(
    "text",
    [
        # stevns-handicapraad-2021-08-19 with the council's name left out: the empty "Udvalg" label over the next
        # label, "Bemærkninger", and over an item's section heading, "Resume"
        "Referat\n\nTorsdag d. 19 august 2021, kl. 16:00\nMødestedRådssalen\nUdvalg\nBemærkninger\n"
        "Deltog ikke: Philip G. Nielsen.\n",
        "Referat\n\nTorsdag d. 9. februar 2023, kl. 16:00\nMødestedRådssalen\nUdvalg\nResume\n",
    ],
)
def test_one_word_with_no_head_word_in_the_indefinite_names_no_body(text: str) -> None:
    assert _body(text) is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the same header with a body that has no head word: several words, or one word in the definite
        ("Referat\n\nMødestedRådssalen\nUdvalg\nBørn, Unge og Læring\n", "Børn, Unge og Læring"),
        ("Referat\n\nMødestedRådssalen\nUdvalg\nFormandskabet\n", "Formandskabet"),
    ],
)
def test_a_field_body_with_no_head_word(text: str, body: str) -> None:
    assert _body(text) == body


@pytest.mark.parametrize(
    ("line", "body"),
    [
        # the kind compounded with what it records names the body after it as the plain kind does ("Mødereferat",
        # dragoer-aeldreraadet-2016-02-22, gribskov-grundejerkontaktudvalg-2009-09-10; "Beslutningsreferat",
        # rsyd-vaekstforum-*; "Mødereferat fra …", vejen-vandraad-*), their heading and body on one line
        ("Mødereferat – Ældrerådet", "Ældrerådet"),
        ("Mødereferat fra Grundejerkontaktudvalg d. 10-09-2009", "Grundejerkontaktudvalg"),
        ("Beslutningsreferat - Vækstforum", "Vækstforum"),
    ],
)
def test_a_compound_kind_before_the_body(line: str, body: str) -> None:
    assert header_body(split_lines(f"{line}\n")) == body


@pytest.mark.parametrize(
    "line",
    [
        # the compound in the definite or plural, or another word that begins like it: no heading's kind
        "Mødereferatet blev godkendt af Ældrerådet",
        "Mødereferater fra alle Ældrerådets møder",
        "Sendt til mødereferenten i Ældrerådet",
    ],
)
def test_a_compound_kind_word_in_a_sentence_names_no_body(line: str) -> None:
    assert header_body(split_lines(f"{line}\n")) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # fkb-brs-udvalget-for-forebyggelse-2013-06-26: the meeting's day after the comma is no part of the name
        (
            "6. møde i Udvalget for Forebyggelse, onsdag den 26. juni 2013 i Beredskabsstyrelsen,",
            "Udvalget for Forebyggelse",
        ),
        # a name's own last part in lower case after the comma stays the name's
        ("Udvalget for sundhed, kultur og fritid den 3. maj 2019", "Udvalget for sundhed, kultur og fritid"),
    ],
)
def test_a_weekday_after_a_for_name_is_the_meetings_day(line: str, name: str) -> None:
    assert [phrase.name for phrase in body_phrases(line)] == [name]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # dj-kreds-fyn-bestyrelse-2016-01-05: "Kreds" is a word of the association's name, not its body
        ("Referat af bestyrelsesmøde i DJ Kreds Fyn 5. januar 2016 i Odense.", "Bestyrelsen i DJ Kreds Fyn"),
        # egebjerg-oekonomiudvalget-2002-03-07: a committee's word between names is still the body
        ("Egebjerg Kommune Økonomiudvalget Referat", "Økonomiudvalget"),
    ],
)
def test_a_head_word_inside_a_name_is_the_names(text: str, body: str) -> None:
    assert _body(text) == body
