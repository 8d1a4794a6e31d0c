"""A member list's group label is never the body its seats are held in (`vocab.group_labels`, read by
`role_lineups` and `role_elected_over_lines`): "Udpeget af byrådet:" over a list, "Udpeget af DA" under an entry's
name; nor is a seat's word in capitals over each entry ("MEDLEM", `mention_organisations`). Excerpts of dev-write
documents of three publishers (Frilandsmuseet Hjerl Hede's, Faaborg-Midtfyn Produktionsskole's and Sønderborg
Statsskole's pages), with a body heading that still reads."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.vocab.group_labels import is_group_label


def member_bodies(tmp_path: Path, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person, body, props in named_relations(facts_of_text(tmp_path, text), "HOLDS_ROLE"):
        if props.get("role") == "medlem":
            out.setdefault(person, set()).add(body)
    return out


def test_what_a_group_label_is() -> None:
    for label in (
        "Udpeget af byrådet:",
        "Valgt af generalforsamlingen",
        "Indstillet af:",
        "Repræsentanter for foreningerne:",
        "a. Medlemsgruppen borgere:",
        "Medl.gruppen erhverv:",
    ):
        assert is_group_label(label), label
    for heading in ("Socialudvalget", "Bestyrelsen", "Valgudvalget", "Medlemmer af Grønt Råd:", "Følgende er valgt:"):
        assert not is_group_label(heading), heading


def test_a_list_under_udpeget_af_byraadet_is_not_held_in_the_label(tmp_path: Path) -> None:
    # hjerlhede-webpage-organisation
    text = (
        "Bestyrelsen\n"
        "Bestyrelsen har 8 medlemmer - 4 er udpeget af byrådet, 3 af museernes venneforeninger og 1 af personalet.\n\n"
        "Udpeget af byrådet:\n"
        "•    Henrik Tvarnø (formand)\n"
        "•    Holger Hedegaard (næstformand)\n"
        "•    Kenneth Tønning\n"
        "•    Jytte Dideriksen\n"
    )
    bodies = member_bodies(tmp_path, text)
    assert "Kenneth Tønning" in bodies
    assert not any("Udpeget" in body for held in bodies.values() for body in held)


def test_a_caption_under_a_name_is_no_announcement_over_the_next(tmp_path: Path) -> None:
    # fmps-webpage-ledelse
    text = (
        "Skolens bestyrelse:\n\n"
        "Steffen Jørgensen\n"
        "Udpeget af DA\n\n"
        "Arne Brunholm\n"
        "Udpeget af DA\n\n"
        "Flemming Sørensen\n"
        "Udpeget af LO\n\n"
        "Henrik Jørgensen\n"
        "Udpeget af LO\n\n"
        "Susanne Sommer\n"
        "Faaborg-Midtfyn Ungdomsskole\n"
    )
    bodies = member_bodies(tmp_path, text)
    assert not any(body in ("DA", "LO") for held in bodies.values() for body in held), bodies


def test_a_body_heading_over_its_line_up_still_reads(tmp_path: Path) -> None:
    # guard: a heading that names a body heads its line-up as before
    text = "Socialudvalget\n\nJette Strøm (V)\nOle Hansen (A)\nLise Berg (C)\n"
    bodies = member_bodies(tmp_path, text)
    assert bodies.get("Ole Hansen") == {"Socialudvalget"}, bodies


def test_a_seat_word_in_capitals_over_each_entry_is_no_body(tmp_path: Path) -> None:
    # statsskolen-webpage-bestyrelse-2022 (`mention_organisations`: a seat's word alone is no acronym of a body)
    text = (
        "Bestyrelsen\n"
        "Sønderborg Statsskole bestyrelse\n"
        "FORMAND\n"
        "Erik Johannsen\n"
        "Advokat\n"
        "NÆSTFORMAND\n"
        "Jesper Smaling\n"
        "Medlem af Sønderborg byråd\n"
        "MEDLEM\n"
        "Michael Jacobsen\n"
        "Skoleleder Dybbøl-skolen\n"
        "MEDLEM\n"
        "Lise Kanstrup\n"
        "Senior Kommunikationsrådgiver, Teknisk Fakultet, SDU\n"
    )
    bodies = member_bodies(tmp_path, text)
    assert "Lise Kanstrup" in bodies
    assert not any(body == "MEDLEM" for held in bodies.values() for body in held), bodies
