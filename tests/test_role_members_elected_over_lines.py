"""The names listed under a line announcing an election (graphbuild/extract/role_board_elections'
`_elected_over_lines`, README roles rule 2: a person the text elects to a body): a line of names, or a list's
entries, under "De valgte er", "… blev følgende valgt til menighedsrådet i X:", "Kandidaterne, der blev valgt, er
…:"; a substitutes' line gives the substitute's seat. Excerpts of dev-write documents of three publishers, with the
lines that announce no holders."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations


def seats(tmp_path: Path, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person, _, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE"):
        out.setdefault(props.get("role") or "", set()).add(person)
    return out


def test_a_line_of_names_under_de_valgte_er(tmp_path: Path) -> None:
    # darum-menighedsraad-webpage-efter-valg-2020
    text = (
        "Det nyvalgte menighedsråd skal konstitueres\n\n"
        "Det sker tirsdag 17. november 2020 kl 16.00 i Sognehuset\n\n"
        "De valgte er\n"
        "Thomas Østergård Andersen, Jan Bjerrum, Rikke Andersen, Ulla Harbo, Anton Nielsen og Birgit Hansen.\n"
        "Sognepræsten er ”født” medlem af menighedsrådet.\n"
    )
    assert {"Thomas Østergård Andersen", "Jan Bjerrum", "Ulla Harbo", "Birgit Hansen"} <= seats(tmp_path, text).get(
        "medlem", set()
    )


def test_members_and_substitutes_under_their_lines(tmp_path: Path) -> None:
    # vor-frue-sogn-aarhus-webpage-menighedsraadsvalg-2022 (shortened)
    text = (
        "Menighedsrådsvalg 2022\n\n"
        "På valgforsamlingen tirsdag 20. september 2022 i Sognegården, Vestergade 21 blev følgende valgt til "
        "menighedsrådet i Vor Frue Sogn:\n\n"
        "Frederik Kofod-Nielsen, Anna Borch, Eigil Amby, Lene Schødt og Svend Morville Schrøder.\n\n"
        "Som stedfortrædere blev valgt:\n\n"
        "Anette Hartvig Sørensen, Poul Andersen og Villy Klit-Johansen.\n"
    )
    found = seats(tmp_path, text)
    assert {"Frederik Kofod-Nielsen", "Anna Borch", "Svend Morville Schrøder"} <= found.get("medlem", set())
    assert {"Anette Hartvig Sørensen", "Villy Klit-Johansen"} <= found.get("stedfortræder", set())
    assert not {"Anette Hartvig Sørensen", "Poul Andersen"} & found.get("medlem", set())


def test_the_names_opening_a_list_s_entries(tmp_path: Path) -> None:
    # skolelederforeningen-news-hovedbestyrelse-2023-11-08 (shortened)
    text = (
        "Skolelederforeningens repræsentantskab har valgt en ny hovedbestyrelse.\n\n"
        "Kandidaterne, der blev valgt, er i alfabetisk rækkefølge:\n\n"
        "  • Lars Aaberg, skoleleder på Skolen på Strandboulevarden i København\n"
        "  • Mogens Brag, skoleleder på Strandby Skole, Frederikshavn Kommune\n"
        "  • Claus Bredahl Sørensen, skoleleder på Engesvang Skole, Ikast-Brande Kommune\n\n"
        "Foto: Lars Horn – Baghuset\n"
    )
    found = seats(tmp_path, text).get("medlem", set())
    assert {"Lars Aaberg", "Mogens Brag", "Claus Bredahl Sørensen"} <= found
    assert "Lars Horn" not in found


def test_candidates_and_those_not_re_elected_hold_no_seat(tmp_path: Path) -> None:
    # guard: a line of those not elected, of candidates who may be, of people thanked is no list of holders
    text = (
        "Menighedsrådsvalg\n\n"
        "Tak til de afgående medlemmer, der ikke blev genvalgt:\n"
        "Keld Winckelmann, Mette Bruun og Ruth Vingborg.\n\n"
        "Følgende kandidater kan blive valgt:\n"
        "Finn Buhl, Ebbe Overgaard og Thorsten Dyngby.\n"
    )
    assert not seats(tmp_path, text).get("medlem", set()) & {
        "Keld Winckelmann",
        "Mette Bruun",
        "Ruth Vingborg",
        "Finn Buhl",
        "Ebbe Overgaard",
        "Thorsten Dyngby",
    }


def test_a_line_naming_a_post_gives_no_member_seat(tmp_path: Path) -> None:
    # guard: a line electing one post's holder ("Som formand blev valgt:") is the title readers', no list of members
    text = (
        "Generalforsamling\n\n"
        "Som formand blev valgt:\nJens Hansen\n\n"
        "Valgt til bestyrelsen:\nOle Berg, Anne Holm og Per Lund.\n"
    )
    found = seats(tmp_path, text).get("medlem", set())
    assert {"Ole Berg", "Anne Holm", "Per Lund"} <= found
    assert "Jens Hansen" not in found
