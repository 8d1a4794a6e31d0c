"""Titled roles in wider forms: a member of parliament and a manager by the everyday word before a name, a chair
by a compound ("kredsformand") placed where the text is, a first election, a hire or a start
in a post ("blev nyvalgt som", "er ansat som", "er tiltrådt som"), a meeting's officer on the line above the name
as a web page's header table prints it, and an agenda heading's posts run into the name after it (no title of
that name's). Each case is an excerpt in the shape minutes print it (names paraphrased), with the (person, role)
facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

HEADER = "Aarhus Kommune\nReferat af møde i Integrationsrådet\n\n"


CASES: list[RoleCase] = [
    (
        "a former post said after the name, a row like a post held (README roles rule 1; Venstre i Jammerbugt's "
        "news); a former workplace is no title, and the post is never the next name's",
        "Han overtager formandsposten efter Lene Jensen (K), forhenværende borgmester i Thisted Kommune, som har "
        "været formand siden 2015. Mødet blev åbnet af Jens Hansen, tidligere formand for Ældrerådet, og Bo Berg, "
        "tidligere Holbæk Kommune.",
        {("Lene Jensen", "borgmester"), ("Jens Hansen", "formand")},
        {("Bo Berg", "formand"), ("Bo Berg", "borgmester")},
    ),
    (
        "a member of parliament by the title before the name, beside a mayor's",
        "Byens tidligere borgmester Hanne Olsen (S) og folketingsmedlem Karin Due (DF) træder ud af byrådet.",
        {("Hanne Olsen", "borgmester"), ("Karin Due", "folketingsmedlem")},
        {("Hanne Olsen", "folketingsmedlem")},
    ),
    (
        "a manager by the everyday two words",
        "Daglig leder Lise Holm deltog under punkt 3.",
        {("Lise Holm", "daglig leder")},
        set(),
    ),
    (
        "a district's chair by the compound, placed where the text is",
        "Afbud fra kredsformand Jens Hansen.",
        {("Jens Hansen", "kredsformand")},
        set(),
    ),
    (
        "a first election beside a re-election, each its own seat",
        "Ingrid Myre blev nyvalgt som 1. suppleant og Jesper Hansen genvalgt som 2. suppleant.",
        {("Ingrid Myre", "1. suppleant"), ("Jesper Hansen", "2. suppleant")},
        {("Ingrid Myre", "2. suppleant")},
    ),
    (
        "a hire in a post, 'ny' before the title",
        "Status og videre forløb.\nBetina Dahl er ansat som ny afdelingsleder for udskolingen.",
        {("Betina Dahl", "afdelingsleder")},
        set(),
    ),
    (
        "a start in a post",
        "Lise Holm er tiltrådt som ny skolechef.",
        {("Lise Holm", "skolechef")},
        set(),
    ),
    (
        "a hire with no post named gives none",
        "Lise Holm er ansat i Teknik og Miljø.",
        set(),
        {("Lise Holm", "ansat")},
    ),
    (
        "a meeting's officers on the line above their names (a web page's header table)",
        "Sted\n\nBorup Aktivitetshus\n\nOrdstyrer\n\nFormand Marlene Gjøstrup\n\nReferent\n\nMaria Lind Kristensen"
        "\n\nReferat\n\n1. Temaoplæg",
        {("Maria Lind Kristensen", "referent"), ("Marlene Gjøstrup", "formand")},
        {("Maria Lind Kristensen", "formand")},
    ),
    (
        "a label with its colon above the name",
        "Dirigent:\nLise Holm\n\n1. Valg af dirigent",
        {("Lise Holm", "dirigent")},
        set(),
    ),
    (
        "a heading 'Referat' above a name is no post",
        "Referat\n\nLise Holm deltog.",
        set(),
        {("Lise Holm", "referent")},
    ),
    (
        "an agenda heading's posts run into the text after it: the heading's second title is no name's",
        "2. Valg af formand og næstformand Jens Hansen blev valgt som formand og Lise Holm blev valgt som næstformand.",
        {("Jens Hansen", "formand"), ("Lise Holm", "næstformand")},
        {("Jens Hansen", "næstformand")},
    ),
    (
        "a definite title with what it heads in lower-case words right before the name (news prose: Aabenraa, "
        "Sjællandske Medier, UU Danmark)",
        "Det vurderer direktøren for det nye sønderjyske beredskab Jens Lund Hansen. Chefen for alle "
        "brandstationerne i Midt- og Sydsjællands Brand og Redning (MSBR) Erik Holm kom fra Næstved. Dialog med "
        "formanden for børne- og kulturdirektørforeningen Claus Berg:",
        {("Jens Lund Hansen", "direktør"), ("Erik Holm", "chef"), ("Claus Berg", "formand")},
        {("Erik Holm", "chefen")},
    ),
    (
        "a verb, a clause's word or a comma between the definite title and the name: no apposition",
        "Han takkede direktøren for at Ib Ek kom. Formanden for foreningen er nu Bo Berg. Direktøren for "
        "området havde inviteret Eva Lund. Formanden for klubben, Per Dam og Ole Mark talte.",
        set(),
        {("Ib Ek", "direktør"), ("Eva Lund", "direktør"), ("Ole Mark", "formand")},
    ),
]


@role_form_cases(CASES, HEADER)
def test_widened_role_forms(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
