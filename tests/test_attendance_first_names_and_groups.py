"""A small body's attendance written in first names ("Afbud fra Jesper, Marianne, Kjeld Flemming, Freddy, Niels." in
prose, a label's list of first names that ends at a full stop), and a list of those present in groups headed "Fra
kommunerne:" in lower case or run on after the label or the group before on a flattened page. Names paraphrased from
dev-write forms (hoersholm-seniorraadet-2022-06-09's apologies, a steering group's delegations), and an absence from the
item a sentence stands in said with "under" ("X deltog ikke under punktet"), others who came from a party with their
workplaces ("Desuden deltog fra partnerskabet A, Naturstyrelsen (referent) og B"), a first name with a note in
brackets or after "&"; then what must not become a row."""

from __future__ import annotations

from case_items import items_of_case

from graphbuild.parse.attendance_lists import find_attendance

P, A = "present", "absent"
_TAIL = "\n\n1. Godkendelse af dagsorden\nDagsorden godkendt.\n"


def _rows(text: str) -> set[tuple[str, str]]:
    return {(row.name, row.status) for row in find_attendance(text + _TAIL)}


def test_apologies_in_prose_by_first_names() -> None:
    text = (
        "Torsdag den 9. juni 2022 kl. 09.00 på Selmersbo\n\nAfbud fra Jesper, Marianne, Kjeld Flemming, Freddy, Niels."
    )
    assert _rows(text) == {("Jesper", A), ("Marianne", A), ("Kjeld Flemming", A), ("Freddy", A), ("Niels", A)}


def test_apologies_in_prose_by_first_names_after_a_list_of_those_present() -> None:
    text = "Referat\n\nTil stede: Hanne, Per og Kirsten. Afbud fra Jens og Lone."
    assert _rows(text) == {("Hanne", P), ("Per", P), ("Kirsten", P), ("Jens", A), ("Lone", A)}


def test_a_labelled_list_of_first_names_ends_at_its_full_stop() -> None:
    text = "Referat\n\nTilstede: Hanne, Per, Kirsten, Ole og Lis. Afbud: Jens"
    assert ("Lis", P) in _rows(text)


def test_first_names_alone_after_a_double_first_name() -> None:
    text = "Referat\n\nAfbud: Jesper, Marianne, Kjeld Flemming, Freddy, Niels."
    assert {("Freddy", A), ("Niels", A)} <= _rows(text)


def test_no_first_name_list_from_other_words() -> None:
    # places, a reason, a full name among first names: no list of first names
    assert _rows("Referat\n\nDer var afbud fra Aalborg og Hjørring.") == set()
    assert _rows("Referat\n\nAfbud fra Jens pga sygdom.") == set()
    assert ("Jens", A) not in _rows("Referat\n\nAfbud fra Jens og Lone Jensen")


def test_a_town_after_a_full_name_is_no_first_name() -> None:
    assert _rows("Referat\n\nAfbud: Ole Berg, Nyborg") == {("Ole Berg", A)}


def test_groups_headed_in_lower_case_one_a_line() -> None:
    text = (
        "Referat\n\nDeltagere\nFra kommunerne: Inge Kjær Andersen, Anne Fink\nFra regionen: Jan Mainz\n"
        "Afbud: Lisbeth Lagoni"
    )
    assert _rows(text) == {("Inge Kjær Andersen", P), ("Anne Fink", P), ("Jan Mainz", P), ("Lisbeth Lagoni", A)}


def test_groups_run_on_over_a_flattened_line() -> None:
    expected = {("Inge Kjær Andersen", P), ("Anne Fink", P), ("Jan Mainz", P), ("Lisbeth Lagoni", A)}
    flat = "Fra Kommunerne: Inge Kjær Andersen, Anne Fink Fra Regionen: Jan Mainz Afbud: Lisbeth Lagoni"
    assert _rows(f"1 Referat Styregruppen Deltagere: {flat}") == expected
    assert _rows(f"Referat Styregruppen\n\nMødedeltagere {flat}") == expected
    assert _rows(f"1 Referat Styregruppen Deltagere: {flat.replace('Fra R', 'Fra r')}") == expected


def test_a_group_after_the_absent_or_a_time_is_no_one_absent() -> None:
    rows = _rows("Referat\n\nDeltagere: Ole Berg, Lis Holm\nAfbud: Per Bak, Jens Lund. Fra forvaltningen: Anne Fink")
    assert ("Anne Fink", A) not in rows
    assert ("Anne Fink", P) not in _rows("Referat\n\nDeltagere: Ole Berg, Lis Holm Fra kl. 17: Anne Fink")


def test_a_first_name_the_lists_do_not_know_among_known_ones() -> None:
    text = "Referat\n\nTil stede: Allan, John, Lisbeth, Anna, Hial, Hanne og Lise\nFraværende: Jette"
    assert {("Anna", P), ("Hial", P), ("Hanne", P), ("Jette", A)} <= _rows(text)
    assert _rows("Referat\n\nAfbud:Birgitte, Kateryna") == {("Birgitte", A), ("Kateryna", A)}


def test_no_unknown_first_name_from_a_place_a_post_or_a_surname() -> None:
    assert ("Nyborg", A) not in _rows("Referat\n\nAfbud: Hanne, Nyborg")
    rows = _rows("Referat\n\nTil stede: Hanne, Per, Kasserer\n\n1. Valg\nPer blev valgt som kasserer.")
    assert ("Kasserer", P) not in rows
    assert ("Dirigent", P) not in _rows("Referat\n\nTil stede: Hanne, Per, Dirigent")
    assert ("Jensen", A) not in _rows("Referat\n\nAfbud: Hanne, Jensen")


def test_members_named_by_their_initials_in_a_later_list() -> None:
    text = (
        "Referat fra bestyrelsesmødet\n\nDeltagere: Torben Nielsen (TN), Dorte Nielsen (DN) Frede Tychsen (FT), "
        "Roger Sibbesen (RS)\n\nFraværende: DN og FT .\n\nSiden sidst:\n\nTN fortalte om bredbånd."
    )
    assert _rows(text) == {("Torben Nielsen", P), ("Dorte Nielsen", A), ("Frede Tychsen", A), ("Roger Sibbesen", P)}


def test_initials_no_name_gives_are_no_one() -> None:
    # "KL" is given to no one, and two people given the same initials leave them unread
    text = "Referat\n\nDeltagere: Ole Berg (OB), Olga Bak (OB), Lis Holm (LH)\n\nFraværende: OB, KL"
    rows = _rows(text)
    assert not any(status == A for _, status in rows)


def test_the_last_entry_wrapped_after_og() -> None:
    text = "Referat\n\nTil stede: Hanne Olsen, Per Nielsen, Kirsten\nBak, Ole Jensen og Mette\nFrederiksen"
    assert ("Mette Frederiksen", P) in _rows(text)
    assert ("Mette Frederiksen", A) in _rows("Referat\n\nAfbud fra Per Nielsen, Kirsten Bak og Mette\nFrederiksen.")


def test_no_wrap_joined_onto_a_heading() -> None:
    rows = _rows("Referat\n\nTil stede: Hanne Olsen og Mette\nBeslutning\nGodkendt.")
    assert not any(name.startswith("Mette") for name, _ in rows)


def test_a_surnames_particle_wrapped_onto_the_next_line() -> None:
    text = (
        "Referat fra bestyrelsesmøde\n\nDeltagere:  Stef Kock Mogensen, Johannes Lund, Niels Bruun \n"
        "de Neergaard, Hanne Kinnerup og Tommy Johannessen\n\nAfbud fra:  Bente Meehan"
    )
    rows = _rows(text)
    assert {("Niels Bruun de Neergaard", P), ("Hanne Kinnerup", P), ("Bente Meehan", A)} <= rows
    assert ("Niels Bruun", P) not in rows


def test_a_particle_after_prose_is_left() -> None:
    assert _rows("Referat\n\nMødet blev holdt hos Niels Bruun\nde Neergaard.") == set()


_ITEMS = (
    "Referat\n\nTil stede: Hanne Olsen, Per Nielsen og Kirsten Bak\n\n"
    "Punkt 3: Budget\n\nBeslutning\n\nGodkendt.\n{three}\n\nPunkt 4: Plan\n\nBeslutning\n\nGodkendt.\n"
)


def _item_rows(three: str) -> dict[str, tuple[str, list[str]]]:
    text = _ITEMS.format(three=three)
    return {a.name: (a.status, a.absent_items) for a in find_attendance(text, items_of_case(text))}


def test_away_from_the_item_the_sentence_stands_in_said_with_under() -> None:
    for sentence in (
        "Per Nielsen (A) deltog ikke under punktet.",
        "Per Nielsen var ikke til stede under behandlingen af dette punkt.",
        "Per Nielsen var fraværende under sagens behandling.",
    ):
        assert _item_rows(sentence)["Per Nielsen"] == ("present", ["3"]), sentence


def test_away_under_the_meeting_is_no_items_absence() -> None:
    assert _item_rows("Per Nielsen var ikke til stede under mødet i går.")["Per Nielsen"] == ("present", [])


def test_a_party_list_whose_comma_a_flattening_lost() -> None:
    text = (
        "Referat\n\nBrian Høier (A), Maria Gudme (A) Anja Rosengreen (F) og Grethe Olivia Nielsson (Ø) var fraværende."
    )
    assert {name for name, status in _rows(text) if status == A} == {
        "Brian Høier",
        "Maria Gudme",
        "Anja Rosengreen",
        "Grethe Olivia Nielsson",
    }
    # two lines run together, no list after the second bracket: the sentence before ends at the first
    rows = _rows("Referat\n\nAfbud fra Lone Berg (A). I stedet deltog Rie Frank (A) Bodil Kornbek (A) var fraværende.")
    assert ("Bodil Kornbek", A) in rows and ("Rie Frank", A) not in rows


_ROUTE = (
    "Referat\n\nAfbud: Jens Holm\n\nPunkt 3: Hjælpemidler\n\nSagsforløb: {route}\n\n"
    "Ole Berg var fraværende.\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nTaget til efterretning.\n"
)


def test_a_route_of_abbreviations_is_no_case_history() -> None:
    text = _ROUTE.format(route="HAR")
    assert ("Ole Berg", A) in {(a.name, a.status) for a in find_attendance(text, items_of_case(text))}
    dated = _ROUTE.format(route="12-03-2020 Økonomiudvalget")
    assert ("Ole Berg", A) not in {(a.name, a.status) for a in find_attendance(dated, items_of_case(dated))}


def test_others_who_came_from_a_party_with_their_workplaces() -> None:
    text = (
        "Referat\n\nDesuden deltog fra partnerskabet Sven Norup, Naturstyrelsen (referent) og Birthe Bertelsen, "
        "Københavns kommune."
    )
    assert _rows(text) == {("Sven Norup", P), ("Birthe Bertelsen", P)}


def test_a_longer_bracket_after_a_workplace_ends_the_list() -> None:
    text = "Referat\n\nDesuden deltog Sven Norup, Naturstyrelsen (kom efter frokost og gik igen kl. 15) og Bo Berg."
    assert ("Bo Berg", P) not in _rows(text)


def test_a_full_name_wrapped_after_its_first_name_is_no_first_name_list() -> None:
    text = (
        "Referat\n\nDer er afbud fra Linda\nNørskov Eskildsen (O). Trine Isaksen (O) mødte som stedfortræder for "
        "Linda Nørskov Eskildsen."
    )
    assert ("Linda", A) not in _rows(text)


def test_a_first_name_with_a_note_in_brackets() -> None:
    # kropogsind-favrskov-bestyrelse-2013-09-26's and maarslet-faellesraad-fu-2023-04-04's lists of first names,
    # with a note after a name as small bodies print one: the minutes taker, the chair, an apology
    text = "Referat\n\nTil stede: Allan, John (formand), Lisbeth, Anna, Hial, Hanne (ref.) og Lise\nFraværende: Jette"
    assert _rows(text) == {
        ("Allan", P),
        ("John", P),
        ("Lisbeth", P),
        ("Anna", P),
        ("Hial", P),
        ("Hanne", P),
        ("Lise", P),
        ("Jette", A),
    }
    rows = _rows("Referat\n\nTil stede: Anette, Pernille, Anders (afbud), Jens, Thorkild")
    assert ("Anders", A) in rows and ("Anders", P) not in rows


def test_first_names_joined_by_an_ampersand() -> None:
    assert _rows("Referat\n\nTil stede: Anette, Pernille & Anders") == {("Anette", P), ("Pernille", P), ("Anders", P)}


def test_no_first_name_from_a_note_after_a_place_or_a_longer_bracket() -> None:
    assert ("Nyborg", A) not in _rows("Referat\n\nAfbud: Hanne (syg), Nyborg")
    assert not any(name.startswith("(") for name, _ in _rows("Referat\n\nTil stede: Anette (ref.), Pernille"))
    rows = _rows("Referat\n\nTil stede: Anette (kom efter frokost og gik igen kl. 15), Pernille")
    assert ("Anette", P) not in rows


def test_the_last_first_name_before_a_dash_and_the_next_label() -> None:
    assert _rows("Referat\n\nTil stede: Anette, Pernille, Anders – Afbud: Jens") == {
        ("Anette", P),
        ("Pernille", P),
        ("Anders", P),
        ("Jens", A),
    }
    # a dash before a capitalised word with no colon is no next label: no first name alone before it
    assert ("Pernille", P) not in _rows("Referat\n\nTil stede: Anette, Pernille - Nyborg Kommune")


def test_first_names_between_dashes() -> None:
    # agerskov-lokalhistorisk-arkiv-bestyrelse-2023-05-23 (blind batch 2026-12-04-f), as printed
    text = (
        "Referat fra bestyrelsesmøde tirsdag den 23. maj 2023\n\n"
        "Fremmødte: Jens – Karin – Tage – Hans – Henry – John – Hanne – Peter – Lause\n\nReferent: Hanne"
    )
    came = ["Jens", "Karin", "Tage", "Hans", "Henry", "John", "Hanne", "Peter", "Lause"]
    assert _rows(text) == {(name, P) for name in came}


def test_no_first_name_before_a_dash_and_a_place_or_a_post() -> None:
    assert ("Jens", A) not in _rows("Referat\n\nAfbud: Jens - Aarhus - Karin")
    assert ("Karin", P) not in _rows("Referat\n\nTil stede: Jens – Karin Berg – Tage")


def test_a_first_name_with_its_post_after_a_dash() -> None:
    # hammelev-menighedsraad-2019-10-08 prints "Helga Blomgreen - formand, Hans Hansen, …, Julie Aulkær Glöe –
    # sognepræst"; a small body writing first names alone prints the posts the same way
    text = "Referat\n\nTil stede: Helga - formand, Hans, Anne - kasserer og Julie – sognepræst\nAfbud: Rasmus"
    assert _rows(text) == {("Helga", P), ("Hans", P), ("Anne", P), ("Julie", P), ("Rasmus", A)}
    # a capitalised word after the dash is no post: a place is no first name's note
    assert ("Hans", P) not in _rows("Referat\n\nTil stede: Hans - Aarhus, Anne")


def test_first_names_in_prose_end_before_the_next_items_number_on_a_flattened_line() -> None:
    # hoersholm-seniorraadet-2022-06-09 flattened: "… Afbud fra Jesper, Marianne, Hanne, Kjeld Flemming, Freddy,
    # Niels. 0. Gæsteforelæsning og debat ved udvalgsformand …"
    text = (
        "1 Torsdag den 9.juni 2022 kl. 09.00 – 11.45 på Selmersbo Afbud fra Jesper, Marianne, Hanne, Kjeld Flemming, "
        "Freddy, Niels. 0. Gæsteforelæsning og debat ved udvalgsformand Caroline Victoria Christensen. "
        "1.Valg af mødeleder og ordstyrer. Lisbet valgt som mødeleder."
    )
    absent = ["Jesper", "Marianne", "Hanne", "Kjeld Flemming", "Freddy", "Niels"]
    assert {(name, A) for name in absent} <= _rows(text)


def test_no_first_name_list_end_before_a_date_or_an_ordinal() -> None:
    # a number after the full stop that opens no item: a month's day, an ordinal's post or reading
    assert ("Jens", A) not in _rows("Referat\n\nAfbud fra Jens og Lone. 2. maj holdes mødet")
    assert ("Jens", A) not in _rows("Referat\n\nAfbud fra Jens og Lone. 1. Næstformand Kaj Bang deltog")
    assert ("Jens", A) not in _rows("Referat\n\nAfbud fra Jens og Lone. 3. Behandling af sagen")
