"""A first name printed alone as a sentence's subject before its verb is a person where the minutes list nobody by a
full name (`people_first_name_subjects`; Herning's Handicapråd, Vallensbæk Musikskole's board and Veddelev Kolaug's
general assembly, quoted): never under a list of members in full (Lejre Ungdomsskole's staff), a longer name's
part, a word the text writes in lower case, a case story's person before an age, or a first name a fuller printed
name starts."""

from __future__ import annotations

from pathlib import Path

from text_facts import assert_persons

from graphbuild.extract.people import PersonMention
from graphbuild.extract.people_first_name_subjects import first_name_subjects

HEADER = "Referat af bestyrelsesmøde mandag den 9. december 2019\n\n"


def _added(text: str, people: list[PersonMention] | None = None, attendance: tuple[str, ...] = ()) -> list[str]:
    found = first_name_subjects(text, people or [], attendance)
    return [p.name for p in found if p not in (people or [])]


def test_a_decision_told_by_its_first_name(tmp_path: Path) -> None:
    text = (
        HEADER
        + "1. Oplæg\n\nBeslutning\n\nBirgit foreslog flere oplægsholdere:\n\nEn dirigent fra Danske Handicapråd.\n"
    )
    assert_persons(tmp_path, text, {"Birgit"}, set())


def test_a_points_number_before_the_name_and_a_sentence_before_it() -> None:
    text = (
        "  4c. Jens har modtaget en opsigelse fra slagtøjslærer, som pt er på orlov.\n"
        "  5a. Annette fortalte om flere fra Va koret havde deltaget i DR Julekoncert i Koncerthuset.\n"
        "Der blev spurgt til græsset. Bent forklarede, at det ville blive løbende vurderet.\n"
    )
    assert _added(text) == ["Jens", "Annette", "Bent"]


def test_never_beside_a_list_of_members_in_full(tmp_path: Path) -> None:
    text = (
        HEADER + "Tilstede: Jens Otto Olsen, Bjørn Thomsen, Rikke Zwisler Grøndal, Burak Ulucan\n\n"
        "1. Orientering\n  Peter orienterede. Ungdomsklubberne lukker til Juleferien 18. dec.\n"
    )
    assert_persons(tmp_path, text, {"Bjørn Thomsen"}, {"Peter"})
    assert _added("  Peter orienterede. Klubben åbner igen.", attendance=("Bjørn Thomsen",)) == []
    assert _added("  Peter orienterede. Klubben åbner igen.", attendance=("Bjørn", "Rikke")) == ["Peter"]


def test_never_a_longer_names_part_nor_a_word_in_lower_case() -> None:
    assert _added("Forslag: Poul Erik blev valgt. Hanne C. Birgit har skrevet.") == []
    assert _added("Per orienterede om prisen på 20 kr. per måned.") == []
    assert _added("De har anbefalet os at melde os ind. Hans har talt.") == []


def test_never_a_case_storys_person_before_an_age() -> None:
    assert _added("Joy er 39 år, gift og mor til tre mindre børn. ") == []


def test_never_a_first_name_a_fuller_printed_name_starts() -> None:
    text = (
        "0. Gæsteforelæsning ved udvalgsformand Caroline Victoria Christensen. Victoria havde meldt afbud pga "
        "eksamensammenfald."
    )
    assert _added(text) == []
    people = [PersonMention(0, 12, "Birthe Hansen")]
    assert _added("Birthe Hansen\n\nBirthe fremlagde bestyrelsens beretning.", people) == []


def test_each_first_name_of_a_subject_that_names_several() -> None:
    text = "Der skal aftales et temamøde.\nElse Marie og Vibeke deltog i et møde med Fanø Kommune om en ny aftale."
    else_marie = PersonMention(text.index("Else Marie"), text.index("Else Marie") + 10, "Else Marie")
    assert _added(text, [else_marie]) == ["Vibeke"]
    assert _added("Der afholdes møde den 7. februar 2018. Lisbeth og Merete deltager.") == ["Lisbeth", "Merete"]


def test_never_a_list_of_words_that_are_no_people_nor_one_a_sentence_does_not_open() -> None:
    assert _added("Kultur og Fritid har svaret. Mette, Kultur og Vibeke har svaret.") == []
    assert _added("Der holdes møde med Lisbeth og Merete deltager.") == []


def test_never_in_an_agenda(tmp_path: Path) -> None:
    text = (
        "Dagsorden til bestyrelsesmøde mandag den 9. december 2019\n\n1. Sundhedsforløb\n\nSagsfremstilling\n\n"
        "Joy har tyktarmskræft og er blevet opereret. Birgit foreslog flere oplægsholdere:\n"
    )
    assert_persons(tmp_path, text, set(), {"Joy", "Birgit"})


def test_the_subject_pattern_read_capital_first_matches_where_the_look_behind_first_one_did() -> None:
    import re

    from graphbuild.extract import people_first_name_subjects as subjects

    # the pattern as it was written first, its look-behind opening it
    first = re.compile(
        r"(?<![\wæøå-])(?P<name>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)[ \t]+(?P<verb>"
        + subjects._VERBS
        + r")(?![\wæøå-])"
    )
    texts = [
        # Vallensbæk Musikskole's board (quoted above), then near misses: a capital glued to a word, a hyphen or an
        # "æ" before it, the text's first character, a line's start, a name over a line break
        "  4c. Jens har modtaget en opsigelse fra slagtøjslærer.\n  5a. Annette fortalte om koret.\n",
        "Bent forklarede det. xBent forklarede. -Bent forklarede. æBent forklarede. Anne-Mette orienterede.",
        "Bent\nforklarede det.\nJens\tfortalte\nKarin  spurgte",
    ]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in first.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in subjects._SUBJECT.finditer(text)] == expected
    assert [m["name"] for m in subjects._SUBJECT.finditer(texts[1])] == ["Bent", "Anne-Mette"]
