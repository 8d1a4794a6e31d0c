"""A title opening an entry on a line of its own, more words of the entry after it (issue 13 item 4,
`role_entry_titles`): "NAME, formand og valgt af …", "NAME, Områdechef for kystbeskyttelse – …", "NAME (S),
regionsrådsformand og NAME2 (S), …"; a capitalised title after a bracket opens the next entry where the entry
before reads title first (`role_title_before`). Each case is an excerpt quoted from a dev-write document of
tests/realworld, with the (person, role) facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Nyheder\n\n"


CASES: list[RoleCase] = [
    (
        # lemming-omegn-webpage-skaegkaeromraadets-lokalraad
        "a chair's title opening the entry, the entry going on after 'og'",
        "Derfor har Skægkærområdets Lokalråd følgende sammensætning:\n \nJørgen Brendstrup valgt af Lemming Sogns "
        "Borgerforening\nKan træffes over mail\n\nPeter Bernt, formand og valgt af Sejling Borgerforening\n"
        "Kan træffes over mail\nKlaus Hansen valgt af Sinding Borgerforening\nSøren Nollin, Skægkær\n",
        {("Peter Bernt", "formand")},
        {("Søren Nollin", "formand"), ("Klaus Hansen", "formand")},
    ),
    (
        # thisted-erhverv-klima-miljoe-teknik-2022-11-14
        "a chief's title opening the entry, the field it heads after 'for'",
        "Fra Kystdirektoratet deltager:\n\nNiels Kristian Kvistgaard, Områdechef for kystbeskyttelse – Drift og "
        "Anlæg\n\nOle Zilstorff Dalgaard, Projektleder, ingeniør\n",
        {("Niels Kristian Kvistgaard", "områdechef"), ("Ole Zilstorff Dalgaard", "projektleder")},
        set(),
    ),
    (
        # venstre-jammerbugt-news-brn-ny-formand-2018-02-13
        "a title after the party's bracket opening the line, the next name's entry after 'og'",
        "Ulla Astmann (S), regionsrådsformand og Thomas Kastrup-Larsen (S), borgmester i Aalborg Kommune blev valgt "
        "som næstformænd.\n",
        {("Ulla Astmann", "regionsrådsformand"), ("Thomas Kastrup-Larsen", "borgmester")},
        {("Thomas Kastrup-Larsen", "regionsrådsformand")},
    ),
    (
        # midttrafik-repraesentantskab-2008-05-23
        "a title after a bracket opens the next entry where the entry before opens with its own title",
        "Mødedeltagere: næstformand for bestyrelsen Bjarne Schmidt Nielsen (Region Midtjylland), bestyrelsesmedlem "
        "Aleksander Aagaard (Region Midtjylland) Bestyrelsesmedlem Hans Bang-Hansen deltog under punkt 5 og 6.\n",
        {("Aleksander Aagaard", "bestyrelsesmedlem"), ("Hans Bang-Hansen", "bestyrelsesmedlem")},
        set(),
    ),
    (
        "a title after a bracket closes the entry before where that entry has no title before its name",
        "Til stede: Birgit S. Hansen (A), Formand Bjarne Kvist (A), Lise Holm (V)\n",
        {("Birgit S. Hansen", "formand")},
        {("Bjarne Kvist", "formand")},
    ),
    (
        # midttrafik-repraesentantskab-2008-05-23
        "a title opening the line's entry whose words run on into the next name is that name's",
        "Kurt Andreasen (Favrskov Kommune), næstformand for bestyrelsen Bjarne Schmidt Nielsen (Region Midtjylland)\n",
        {("Bjarne Schmidt Nielsen", "næstformand")},
        {("Kurt Andreasen", "næstformand")},
    ),
    (
        "a name inside a sentence is no entry: the words after its comma are the sentence's",
        "Sagen blev forelagt af Jens Ole Hansen, formand for en tid og senere menigt medlem.\n",
        set(),
        {("Jens Ole Hansen", "formand")},
    ),
    (
        # tv2fyn-news-udvikling-fyn-navn: the initials' full stop splits no sentence, so the run reads name first
        "a run of 'name, title' entries opened by a name's initials: each title the name's before it",
        "De seks valgte til formandskabet er C.C. Nielsen, formand, Anker Boye, næstformand, Per Michael Johansen, "
        "Jan Johansen, Curt Sørensen og Kate Turch.",
        {("C.C. Nielsen", "formand"), ("Anker Boye", "næstformand")},
        {("Anker Boye", "formand"), ("Per Michael Johansen", "næstformand")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_entry_titles_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
