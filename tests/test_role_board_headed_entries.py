"""A board's members as its own page lists them under the board's heading (role_board_headed_entries): one name
an entry, the person's work or appointer under it; on excerpts shortened from dev-write web pages, with the
forms that must give no `medlem`."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations


def roles(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    facts = facts_of_text(tmp_path, text)
    return {(person, props["role"]) for person, _, props in named_relations(facts, "HOLDS_ROLE")}


def members(found: set[tuple[str, str]]) -> set[str]:
    return {person for person, role in found if role == "medlem"}


def test_entries_a_paragraph_each_under_the_board_heading_give_medlem_but_not_to_a_seat(tmp_path: Path) -> None:
    # fmps-webpage-ledelse (shortened): the heading with a colon, each name over who appointed the member
    text = (
        "Skolens ledelse\n\nSkolens bestyrelse:\n\n"
        "Børge Madsen\nBestyrelsesformand, udpeget af Faaborg-Midtfyn Produktionsskolens bestyrelse\n\n"
        "Steffen Jørgensen\nUdpeget af DA\n\nArne Brunholm\nUdpeget af DA\n\n"
        "Flemming Sørensen\nUdpeget af LO\n\nSusanne Sommer\nFaaborg-Midtfyn Ungdomsskole\n\n\n"
        "Ledelsesgrundlag\n\nLovgrundlag\n"
    )
    found = members(roles(tmp_path, text))
    assert {"Steffen Jørgensen", "Arne Brunholm", "Flemming Sørensen", "Susanne Sommer"} <= found
    assert "Børge Madsen" not in found


def test_a_sentence_about_the_board_between_heading_and_entries_and_posts_after_a_comma(tmp_path: Path) -> None:
    # kbht-webpage-republique-bestyrelse (shortened): a line of prose under the heading, the post after the name's comma
    text = (
        "bestyrelse\n\n"
        "Teatrets bestyrelse er sammensat ved, at teatrets hjemstedskommune udpeger 1 medlem, Statens Kunstråd "
        "udpeger 2 medlemmer og teatrets medarbejdere udpeger 1 medlem.\n\n"
        " Karoline Prien Kjeldsen, formand\n\n Jens Rottbøll\n\n Lars Seeberg\n\n Pia Buchardt\n\n"
        "Lisbeth Juul, medarbejderrepræsentant\n"
    )
    found = members(roles(tmp_path, text))
    assert {"Jens Rottbøll", "Lars Seeberg", "Pia Buchardt"} <= found
    assert not {"Karoline Prien Kjeldsen", "Lisbeth Juul"} & found


def test_a_seat_line_above_the_name_is_that_entrys_seat(tmp_path: Path) -> None:
    # statsskolen-webpage-bestyrelse-2022 (shortened): the post in capitals over each name, the person's work under it
    text = (
        "Bestyrelsen\n"
        "Bestyrelsen sidder i perioder af fire år og afholder mindst fire møder om året.\n"
        "FORMAND\nErik Johannsen\nAdvokat\nNÆSTFORMAND\nJesper Smaling\nMedlem af Sønderborg byråd\n"
        "KASSERER\nLise Kanstrup\nSenior Kommunikationsrådgiver, Teknisk Fakultet, SDU\nMEDLEM\nMichael Jacobsen\n"
        "Skoleleder Dybbøl-skolen\n"
    )
    found = members(roles(tmp_path, text))
    assert "Michael Jacobsen" in found
    assert not {"Erik Johannsen", "Jesper Smaling", "Lise Kanstrup"} & found


def test_a_block_list_ends_at_its_blank_line_and_a_staff_or_partner_list_gives_no_medlem(tmp_path: Path) -> None:
    # a board printed as one block, the director's section after it; a page's contacts and partners under no board's
    # heading
    text = (
        "Bestyrelse\n\nAnne Holm\narkitekt\nJens Berg\nprofessor\nInge Lund\nkonsulent\n\n"
        "Direktion\n\nPoul Erik Madsen\nMuseumsdirektør\n\n"
        "Kontakt\n\nKaren Vestergaard\nSekretariatsleder\n\nOle Brink\nKommunikation\n\nMette Dahl\nBogholder\n\n"
        "Partnere\n\nSøren Lyng\nVisit Odsherred\n\nLone Kragh\nOdsherred Kommune\n\nTina Friis\nNationalmuseet\n"
    )
    found = members(roles(tmp_path, text))
    assert {"Anne Holm", "Jens Berg", "Inge Lund"} <= found
    assert not {"Poul Erik Madsen", "Karen Vestergaard", "Ole Brink", "Mette Dahl", "Søren Lyng", "Lone Kragh"} & found


def test_a_heading_of_the_board_members_over_group_paragraphs_gives_medlem(tmp_path: Path) -> None:
    # koebenhavn-musikskolen-webpage-bestyrelsen (shortened): the heading "Bestyrelsesmedlemmer", each member under
    # the group that sent them, the chair's post after the name's comma
    text = (
        "Bestyrelsen for Musikskolen\n\nBestyrelsesmedlemmer\n\n(Opdateret april 2024)\n\n"
        "Forældrerepræsentanter\n\nLise Munch, forperson, tlf. 51 25 09 24\n\n"
        "Københavns Musikudvalg\n\nIben Vestergård, tlf. 22 86 89 45\n\n"
        "Københavns Musiklærerforening\n\nChristine Boren, tlf. 60 16 99 25\n\n"
        "Københavns Borgerrepræsentation\n\nHari Neupane (A)\n"
    )
    found = members(roles(tmp_path, text))
    assert {"Iben Vestergård", "Christine Boren", "Hari Neupane"} <= found
    assert "Lise Munch" not in found


def test_entries_under_a_label_of_substitutes_give_no_medlem(tmp_path: Path) -> None:
    # lagskiveviborg-webpage-bestyrelsen-2018 (shortened): the substitutes' label between the entries
    text = (
        "Udpegede bestyrelsesmedlemmer:\n\n"
        "        Gudrun Bjerregaard, Brændhøje 4, 8831 Løgstrup -  Viborg Kommune\n\n"
        "        Mogens Børsting, Batumvej 12, 7870 Roslev - Skive Kommune\n\n"
        "        Olav Nørgaard, Fælledvej 17, 7840 Højslev - Region Midtjylland\n\n"
        "Suppleanter:\n\n"
        "        Keld Lund, Lyngtoften 18, 7860 Spøttrup, Skive Kommune\n\n"
        "        Sune H. Krogh, Hedegårdvej 6, 7870 Roslev  - Skive Kommune\n"
    )
    found = members(roles(tmp_path, text))
    assert not {"Keld Lund", "Sune H. Krogh"} & found
