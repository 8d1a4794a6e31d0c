"""A statute's or an agreement's title is no body's name (membership_networks.DOCUMENT_LINE,
membership_relation.DOCUMENT_TITLE): a page headed "Vedtægter" names no network "Vedtægter", and a title run into the
name it heads ("VEDTÆGTER FOR X I/S", its linking word in capitals too) names X I/S alone, once; nor is a page's
section label alone on its line ("Ejerforhold", "Historie")."""

from __future__ import annotations

from pathlib import Path

import pytest
from text_facts import member_pairs_of_text

MEMBERS = "\n\nMedlemskommuner:\nSkive Kommune\nStruer Kommune\n"


@pytest.mark.parametrize(
    ("heading", "network"),
    [
        ("Vedtægter for Vestfors I/S", "Vestfors I/S"),
        # the title in capitals: read as the name in capitals, once, without the title's words
        ("VEDTÆGTER FOR VESTFORS I/S", "VESTFORS I/S"),
        # the other titles of a body's own documents: the title word is no name (main named "Forretningsorden for
        # Vestfors I/S", which the guard's title word alone would have lost)
        ("Forretningsorden for Vestfors I/S", "Vestfors I/S"),
        ("Ejerstrategi for Vestfors I/S", "Vestfors I/S"),
        ("Interessentskabskontrakt for Vestfors I/S", "Vestfors I/S"),
    ],
)
def test_a_title_heads_the_body_it_names(tmp_path: Path, heading: str, network: str) -> None:
    # invented statutes' first lines (no dev-write publisher prints a statute with its members)
    assert member_pairs_of_text(tmp_path, heading + MEMBERS) == {("Skive", network), ("Struer", network)}


@pytest.mark.parametrize("heading", ["Vedtægter", "Ejeraftale", "Interessentskabskontrakt"])
def test_a_documents_title_word_alone_names_no_body(tmp_path: Path, heading: str) -> None:
    assert member_pairs_of_text(tmp_path, heading + MEMBERS) == set()


@pytest.mark.parametrize("heading", ["Ejerforhold", "Ejerskab", "Historie", "Baggrund", "Formål"])
def test_a_section_label_alone_names_no_body(tmp_path: Path, heading: str) -> None:
    # a company's page whose owners' clause refers back to a body no line names: no network of the label's name
    text = heading + "\n\nSelskabets ejere er Norddjurs Kommune og Syddjurs Kommune.\n"
    assert member_pairs_of_text(tmp_path, text) == set()


def test_a_section_label_over_the_bodys_own_heading(tmp_path: Path) -> None:
    # the label skipped, the page's name under it heads the page
    text = "Ejerforhold\n\nVestfors I/S\n\nSelskabets ejere er Skive Kommune og Struer Kommune.\n"
    assert member_pairs_of_text(tmp_path, text) == {("Skive", "Vestfors I/S"), ("Struer", "Vestfors I/S")}
