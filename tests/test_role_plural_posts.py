"""A post in the plural said of a list of names (`extract/role_plural_posts`), as associations' and boards' minutes
and news items print it at several publishers (Idrætssamvirket Frederikshavn, KIF Gymnastik, Gjesso Lokalråd, a
Business Region North Denmark news item): each name holds the post in the singular; never substitutes called in or
recorded attending, a substitutes' label, a proposal, nor a list whose first name is a clause's object."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.role_plural_posts import singular

HEADER = "Referat af ordinær generalforsamling i Borgerforeningen Nørreby\nTirsdag den 14. marts 2023 kl. 19.00\n\n"

CASES: list[RoleCase] = [
    (
        "names elected as tellers, the verb without 'blev' (Idrætssamvirket Frederikshavn)",
        "Steen Jensen og Henrik Carlsen valgt som stemmetællere.\n\n2. Tommy Thomsen aflagde bestyrelsens beretning.",
        {("Steen Jensen", "stemmetæller"), ("Henrik Carlsen", "stemmetæller")},
        {("Tommy Thomsen", "stemmetæller")},
    ),
    (
        "first names printed alone after a clause's comma, elected 'til' the post (KIF Gymnastik)",
        "2) Valg af stemmetællere\nDer var brug for 2 stemmetællere, Lone og Aksel blev valgt til stemmetællere.",
        {("Lone", "stemmetæller"), ("Aksel", "stemmetæller")},
        set(),
    ),
    (
        "the post's label opening the line the first names fill (Gjesso Lokalråd)",
        "  1. Valg af to stemmetællere\n\nStemmetællere: Carina og Vita\n\n  1. Årsberetning",
        {("Carina", "stemmetæller"), ("Vita", "stemmetæller")},
        set(),
    ),
    (
        "two names, each with a party and a post of its own between commas, elected deputy chairs (a BRN news item)",
        "Ulla Astmann (S), regionsrådsformand og Thomas Kastrup-Larsen (S), borgmester i Aalborg Kommune blev "
        "valgt som næstformænd.",
        {("Ulla Astmann", "næstformand"), ("Thomas Kastrup-Larsen", "næstformand")},
        set(),
    ),
    (
        "the post first, then the verb and the names",
        "7. Valg af revisorer\nSom revisorer genvalgtes Karen Holm og Bent Madsen.",
        {("Karen Holm", "revisor"), ("Bent Madsen", "revisor")},
        set(),
    ),
    (
        "a compound post keeps its first part",
        "Karen Holm og Bent Madsen blev valgt som bestyrelsessuppleanter.",
        {("Karen Holm", "bestyrelsessuppleant"), ("Bent Madsen", "bestyrelsessuppleant")},
        {("Karen Holm", "suppleant")},
    ),
    (
        "substitutes recorded attending or called in hold no post (Hedensted Landdistriktsråd, Svendborg)",
        "Kenneth Dahl og Morten Juhl deltog som suppleanter.\n\n"
        "Som suppleanter er indkaldt Claus Krossteig (A) og Astrid Ejlersen (A).",
        set(),
        {
            ("Kenneth Dahl", "suppleant"),
            ("Morten Juhl", "suppleant"),
            ("Claus Krossteig", "suppleant"),
            ("Astrid Ejlersen", "suppleant"),
        },
    ),
    (
        "a substitutes' label under the attendance may name who stood in: no post from the label",
        "Deltagere: Jens Berg, Ole Olsen, Per Holm\nSuppleanter: Anne Madsen og Bo Sørensen\nAfbud: Kim Larsen",
        set(),
        {("Bo Sørensen", "suppleant")},
    ),
    (
        "a proposal elects no one",
        "Bestyrelsen foreslår, at Karen Holm og Bent Madsen vælges som revisorer.",
        set(),
        {("Karen Holm", "revisor"), ("Bent Madsen", "revisor")},
    ),
    (
        "a list whose first name is a clause's object is not read at all",
        "Formanden takkede Jens Berg, og Karen Holm og Bent Madsen blev valgt som revisorer.",
        set(),
        {("Jens Berg", "revisor"), ("Karen Holm", "revisor"), ("Bent Madsen", "revisor")},
    ),
    (
        "a label whose line holds more than names gives none (Københavns Borgerrepræsentation)",
        "Stedfortrædere:\n\nDer forelå anmodning fra Socialistisk Folkeparti om, at Dorte Skovgård indtræder.\n\n"
        "Revisorer: Karen Holm og Bent Madsen har revideret regnskabet.",
        set(),
        {("Dorte Skovgård", "stedfortræder"), ("Karen Holm", "revisor"), ("Bent Madsen", "revisor")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_plural_post_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def test_singular_of_a_plural_post() -> None:
    assert singular("Stemmetællerne") == "stemmetæller"
    assert singular("næstformænd") == "næstformand"
    assert singular("revisorsuppleanter") == "revisorsuppleant"
