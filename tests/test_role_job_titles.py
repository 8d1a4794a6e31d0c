"""Titles of the reference list of job titles (role_patterns.JOB_TITLES, from graphbuild/data/danish_job_titles.csv)
read as roles where printed after the holder's name, and held by no one where printed before a name in running
text or where the annotation rules name no post (a case handler). Each case is an excerpt as minutes print it,
with the (person, role) facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.role_patterns import JOB_TITLES

CASES: list[RoleCase] = [
    (
        "a trade's title in the bracket after the name, in a ferry committee's list of those present",
        "Færgeudvalget Grenaa - Anholt færgefart BESLUTNINGSPROTOKOL\n\nDeltagere: Annagrethe Poulsen "
        "(overfartsleder) Klaus Henriksen (skibsfører) Christina Lundbergh (sekretariatschef)\n",
        {("Klaus Henriksen", "skibsfører")},
        set(),
    ),
    (
        "a trade's title after the name and its comma, in a list of a body's staff",
        "Referat af bestyrelsesmøde\n\nTil stede:\nJens Hansen, formand\nOle Berg, webmaster\n",
        {("Ole Berg", "webmaster")},
        set(),
    ),
    (
        "a trade's title as a label, its colon before the name (the annotation rules' 'Referent: X')",
        "Referat af bestyrelsesmøde\n\nWebmaster: Ole Hansen\nGraver: Peter Nørgaard\n",
        {("Ole Hansen", "webmaster"), ("Peter Nørgaard", "graver")},
        set(),
    ),
    (
        "a trade printed before a name in running text describes the person: no post",
        "Arkivet har afholdt sin årlige forårsudstilling med bl.a. en omfattende udstilling af den lokale "
        "kunstner Søren Lunds raderinger.",
        set(),
        {("Søren Lund", "kunstner")},
    ),
    (
        "a guest named by his trade before his name: no post",
        "Klokken 16.00 mødes dem der kan med journalist Mikkel Hamann Johnsen (Viby-Stavtrup-LIV). Mikkel er "
        "inviteret med til at overvære forretningsudvalgsmødet.",
        set(),
        {("Mikkel Hamann Johnsen", "journalist")},
    ),
    (
        "a case handler named for a case holds no post (the annotation rules)",
        "Referat af Økonomiudvalget\n\n1. Budget 2018\n\nSagsnr.: 2017-004392\nSagsbehandler: Jacob Kloch\n\n"
        "Beslutning: Godkendt.\n",
        set(),
        {("Jacob Kloch", "sagsbehandler")},
    ),
]


@role_form_cases(CASES)
def test_job_titles(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_the_list_adds_only_titles_the_readers_did_not_know() -> None:
    assert {"skibsfører", "webmaster", "graver", "kordegn"} <= set(JOB_TITLES)
    assert not {"direktør", "formand", "dirigent", "referent", "observatør", "revisor"} & set(JOB_TITLES)
