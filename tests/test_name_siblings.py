"""A name its list's other entries vouch for: an entry whose words no name list knows, in a run of entries printed
the same way that open with names already read."""

from graphbuild.extract.people import find_people


def _names(text: str) -> list[str]:
    return [p.name for p in find_people(text, 0, len(text))]


def test_bulleted_entries_vouch_for_an_unknown_name() -> None:
    text = (
        "Rådet består af:\n\n"
        " • Martin Bech - valgt blandt Byrådets medlemmer\n"
        " • Rashid Mohamed - valgt blandt borgere under integrationsloven\n"
        " • Abeer Abo Kalefh - valgt blandt borgere under integrationsloven\n"
        " • Kamomo K. Ruhinduka - valgt blandt borgere under integrationsloven\n"
    )
    assert "Abeer Abo Kalefh" in _names(text)
    assert "Kamomo K. Ruhinduka" in _names(text)


def test_entries_with_blank_lines_between_and_numbered_entries() -> None:
    text = (
        "Lena Larsen - repræsentant fra Muskelsvindfonden\n\n"
        "Guri Spiegelhauer - repræsentant fra Autismeforeningen\n\n"
        "Lone Andersen - repræsentant fra CP Danmark\n"
    )
    assert _names(text) == ["Lena Larsen", "Guri Spiegelhauer", "Lone Andersen"]
    numbered = (
        "1. Jørgen Jensen, afdelingschef, Dragør Kommune\n"
        "2. Dirch Jansen Schmidt, Saltholmsejerlauget\n"
        "3. Svend-Erik Fangel Petersen, Friluftsrådet\n"
    )
    assert "Dirch Jansen Schmidt" in _names(numbered)


def test_no_name_without_named_siblings_nor_for_a_body() -> None:
    # one named entry is no run of names; a body's name is no name whatever its siblings
    lone = "Grønne Tage - bestyrelsens forslag\nOle Hansen - kasserer\nBlå Bølge - udvalgets forslag\n"
    assert "Grønne Tage" not in _names(lone)
    bodies = (
        "Lena Larsen - repræsentant fra Muskelsvindfonden\n"
        "Lone Andersen - repræsentant fra CP Danmark\n"
        "Dansk Handicap Forbund - to pladser\n"
    )
    assert "Dansk Handicap Forbund" not in _names(bodies)


def test_two_named_entries_vouch_for_a_long_run_printed_with_brackets() -> None:
    # lejre-webpage-folkeoplysningsudvalget's form, its first names unknown but two: "(-)" for no party
    text = (
        "Efter valg til udvalget er der konstitueret nyt udvalg:\n\n"
        "Xandor Lauridsen (-)\nQuell Hovmand (-)\nAnne Meibom (-)\n"
        "Zorva Behr (-)\nBamdra Rex (-)\nPeter Rasmussen (-)\n"
    )
    assert _names(text) == [
        "Xandor Lauridsen",
        "Quell Hovmand",
        "Anne Meibom",
        "Zorva Behr",
        "Bamdra Rex",
        "Peter Rasmussen",
    ]


def test_no_name_of_words_the_text_also_writes_in_lower_case() -> None:
    text = (
        "Udvalget for kultur og fritid, børn og unge. Mødet blev hævet kl. 20.\n\n"
        "Lone Hansen - formand\nPeter Madsen - kasserer\nKultur Fritid - punkt 4\nBørn Unge - punkt 5\n"
        "Mødet Hævet - kl. 20\n"
    )
    assert _names(text) == ["Lone Hansen", "Peter Madsen"]


def test_names_alone_on_their_lines_vouch_for_an_unknown_one() -> None:
    # aarhus-magistraten-2020-06-22's form: a bullet list of names alone, one whose words no name list knows
    text = (
        "  Deltagere på det virtuelle møde:\n"
        "  • Almaz Mengesha  \n"
        "  • Birte Rerup  \n"
        "  • Jan Sejersdahl Kirkegaard  \n"
        "  • Jens Hougesen Lassen\n"
    )
    assert "Almaz Mengesha" in _names(text)


def test_lines_alone_vouch_for_no_heading_nor_words_the_text_writes_in_lower_case() -> None:
    # a run of lines alone: a heading's words ("Teknisk Forvaltning") are written in lower case elsewhere, and a
    # run of one-word lines is no run of names
    text = (
        "Den tekniske forvaltning og teknisk udvalg.\n\n"
        "Birte Rerup\nJens Hougesen Lassen\nTeknisk Forvaltning\nMahad Yussuf\n"
    )
    assert "Teknisk Forvaltning" not in _names(text)
    lone = "Birte Rerup\nNaturstyrelsen\nØkonomiudvalget\n"
    assert _names(lone) == ["Birte Rerup"]
