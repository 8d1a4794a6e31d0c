"""Posts printed abbreviated, as other publishers print them (issue 13 item 4): "fmd.", "nfm.", "næstfmd.",
"kd.", "adm. dir.", "udv.fmd." read as the posts they abbreviate (`role_abbreviations`), before a name and after
it; the abbreviation's dot ends no sentence. No dev-write publisher prints them: each excerpt is quoted from the
dev-write document named above it with its post abbreviated, as the stress rewrote it."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.role_abbreviations import managing_director_dot
from graphbuild.extract.role_patterns import role_of_word

HEADER = "Referat\n\n"

CASES: list[RoleCase] = [
    (
        # arc-webpage-bestyrelse, "Andreas Keil (A) , formand – Københavns Kommune" with the post abbreviated
        "an abbreviated post after a name",
        "Bestyrelsen består af\n\nAndreas Keil (A) , fmd. – Københavns Kommune\n\n"
        "Thyge Enevoldsen (Ø), nfm. – Frederiksberg Kommune\n",
        {("Andreas Keil", "formand"), ("Thyge Enevoldsen", "næstformand")},
        {("Andreas Keil", "næstformand")},
    ),
    (
        # fynbus-bestyrelse-2016-12-08, "Formand Morten Andersen, Nordfyn Næstformand Poul Andersen" abbreviated
        "an abbreviated post before a name: its dot ends no sentence",
        "Deltagere:\nFmd. Morten Andersen, Nordfyn\nNæstfmd. Poul Andersen, Region Syddanmark\n",
        {("Morten Andersen", "formand"), ("Poul Andersen", "næstformand")},
        {("Morten Andersen", "næstformand")},
    ),
    (
        # fynbus-bestyrelse-2016-12-08, "Direktør Carsten Hyldborg Jensen" abbreviated
        "a director's title abbreviated",
        "Deltagere:\nFmd. Morten Andersen, Nordfyn\nDir. Carsten Hyldborg Jensen\n",
        {("Carsten Hyldborg Jensen", "direktør")},
        {("Morten Andersen", "direktør")},
    ),
    (
        # aab-organisationsbestyrelse-2012-12-05, a flattened list of those present: "Adm." ends no sentence before
        # its director's word, so the post is the name's before it, not the next name's
        "a managing director's post after a name, capitalised",
        "Til stede: Bent Haupt Jensen, Formand Jørn Nielsen, Næstformand Michael Bendixen Palle S. Madsen David "
        "Jennow Christian Høgsbro, Adm. Direktør Inge Vilhof, Direktionssekretær Kontaktperson Inge Vilhof "
        "Direktionssekretariatet Direkte tlf.: Dato 6. december 2012 Afbud: Bjarne Lindqvist",
        {("Christian Høgsbro", "administrerende direktør"), ("Inge Vilhof", "direktionssekretær")},
        {("Inge Vilhof", "direktør"), ("Inge Vilhof", "administrerende direktør")},
    ),
    (
        "initials in capitals without a dot are no post",
        "Deltagere:\nKD Jens Hansen\n",
        set(),
        {("Jens Hansen", "kommunaldirektør")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_abbreviated_posts(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_managing_directors_dot_ends_no_sentence() -> None:
    text = "Christian Høgsbro, Adm. Direktør Inge Vilhof. Orientering fra adm. Udvalget tog den til efterretning."
    assert managing_director_dot(text, text.index("Adm.") + 3)
    # the administration's "adm." before another word may end a sentence; "Xadm." is no abbreviation of it
    assert not managing_director_dot(text, text.index("adm.") + 3)
    assert not managing_director_dot("Sysadm. direktør", 6)


def test_abbreviation_names_its_post() -> None:
    assert role_of_word("nfm.") == "næstformand"
    assert role_of_word("Adm. dir.") == "administrerende direktør"
    assert role_of_word("udv.fmd.") == "udvalgsformand"
    assert role_of_word("kd.") == "kommunaldirektør"
    assert role_of_word("kommunaldir.") == "kommunaldirektør"
    assert role_of_word("dir.") == "direktør"
    assert role_of_word("formand") == "formand"
