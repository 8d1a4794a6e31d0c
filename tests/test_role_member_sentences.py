"""A body's members listed in one sentence after a members noun, each name with its post or place beside it
(`role_member_sentences`): "Derudover er medlemmerne: A (V), Region Syddanmark, B (S) fra Assens, …",
"Styregruppemedlemmer, A, Overfartsleder …, B, …", "to nye medlemmer: direktør ved X A, Holstebro, og …", "De
øvrige bestyrelsesmedlemmer er A, B og C". Each case quotes a few lines of a real page (publisher in the comment),
with the (person, role) facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

CASES: list[RoleCase] = [
    (
        # Fyens Stiftstidende, on FynBus' board constituting itself (2018): party, region or town after each name
        "members after 'er medlemmerne:', a party and a town beside each",
        "Formanden for bestyrelsen er igen Morten Andersen (V), borgmester på Nordfyn.\n\n"
        "Derudover er medlemmerne: Bo Libergren (V), Region Syddanmark, Leif Rothe Rasmussen (S) fra Assens, "
        "Kristian Nielsen (V) fra Faaborg-Midtfyn, Jesper Hempler (SF) fra Kerteminde, Jan Ole Jakobsen (V) fra "
        "Langeland, Regitze Tilma (V) fra Middelfart, Per Jespersen (S) fra Nyborg, Anders W. Berthelsen (S) fra "
        "Odense samt Flemming Madsen (S) fra Svendborg.\n",
        {
            ("Bo Libergren", "medlem"),
            ("Leif Rothe Rasmussen", "medlem"),
            ("Kristian Nielsen", "medlem"),
            ("Jan Ole Jakobsen", "medlem"),
            ("Anders W. Berthelsen", "medlem"),
            ("Flemming Madsen", "medlem"),
        },
        set(),
    ),
    (
        # Færgesekretariatet, its page on the steering group (2020): a post and a municipality after each name; the
        # list ends with its sentence, the referent named in the next is none of its members
        "a compound members noun and a comma, a post beside each name, the next sentence not in the list",
        "Fra venstre ses Styregruppeformand Michel van der Linden, Direktør i Kalundborg Kommune og Formand for "
        "Færgesekretariatet samt Styregruppemedlemmer, Bjarne Møllgaard, Overfartsleder Tunøfærgen fra Odder "
        "Kommune, Max Møller Christensen, Overfartsleder fra Lolland Kommune, Flemming Kortsen, Centerchef fra "
        "Slagelse Kommune, Henrik Jess Jensen, Afdelingsleder Veje og Infrastruktur fra Aalborg Kommune samt Søren "
        "Bach-Hansen, Ejendomschef fra Svendborg Kommune. Derudover er Sekretariatsleder for Færgesekretariatet Jan "
        "Fritz Hansen fungerende referent.\n",
        {
            ("Bjarne Møllgaard", "medlem"),
            ("Max Møller Christensen", "medlem"),
            ("Flemming Kortsen", "medlem"),
            ("Henrik Jess Jensen", "medlem"),
            ("Søren Bach-Hansen", "medlem"),
        },
        {("Jan Fritz Hansen", "medlem"), ("Michel van der Linden", "medlem")},
    ),
    (
        # Aarhus Universitet, news on Skive joining AU Campus Herning's external council: a title before each name
        "new members after a colon, a title and a workplace before each name",
        "Rådet får yderligere to nye medlemmer: direktør ved TV MidtVest Lone Sunesen, Holstebro, og erhvervsmanden "
        "og håndboldformanden i Skjern, Carsten Thygesen.\n\nTidligere direktør for TV MidtVest Ivar Brændgaard er "
        "udtrådt i forbindelse med sin fratræden.\n",
        {("Lone Sunesen", "medlem"), ("Carsten Thygesen", "medlem")},
        {("Ivar Brændgaard", "medlem")},
    ),
    (
        # Korsør Kunstforening, minutes of its general assembly 2005: the board's other members after "er"
        "the other board members after 'er', joined by commas and 'og'",
        "Generalforsamling i Korsør Kunstforening\n\n"
        "De øvrige bestyrelsesmedlemmer er Jens Sejr, Peder Skau, Helle Purup og Finn Mikkelsen\n"
        "Til revisor genvalgtes Sonni Jørgensen.\n",
        {("Jens Sejr", "medlem"), ("Peder Skau", "medlem"), ("Helle Purup", "medlem"), ("Finn Mikkelsen", "medlem")},
        {("Sonni Jørgensen", "medlem")},
    ),
    (
        # Geopark Odsherred, its page on the board: new members after a colon; the list stops at "mens"
        "two new members after a colon, a clause turning after them",
        "Endvidere godkendte byrådet sammensætningen af den øvrige bestyrelse, hvor to nye medlemmer indtrådte: "
        "naturvejleder Jørgen Stoltz, Nykøbing, og kunstner, formand for Huset i Asnæs, Charlotte Krogh, "
        "Vallekilde, mens følgende er gengangere fra den gamle bestyrelse: kommunikationsrådgiver Michael "
        "Kristiansen (formand), direktør for Nationalmuseet, Per Kristian Madsen.\n",
        {("Jørgen Stoltz", "medlem"), ("Charlotte Krogh", "medlem")},
        {("Michael Kristiansen", "medlem")},
    ),
]


@role_form_cases(CASES, id_chars=60)
def test_members_listed_in_a_sentence(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


NEGATIVE: list[RoleCase] = [
    (
        # look-alike: absent members in a sentence are attendance, no seat
        "absent members after a colon",
        "Mødet blev holdt på rådhuset. Fraværende medlemmer: Bo Libergren (V), Region Syddanmark, Leif Rothe "
        "Rasmussen (S) fra Assens.\n",
        set(),
        {("Bo Libergren", "medlem"), ("Leif Rothe Rasmussen", "medlem")},
    ),
    (
        # look-alike: the members noun then a count, the names in a later sentence of something else
        "a count after the noun, the names later",
        "Bestyrelsen har 9 medlemmer, og på mødet i går talte direktør Jan Fritz Hansen og Søren Bach-Hansen om "
        "budgettet.\n",
        set(),
        {("Jan Fritz Hansen", "medlem"), ("Søren Bach-Hansen", "medlem")},
    ),
    (
        # Region Midtjylland, minutes of Hospitalsudvalget 2019-06-11: those absent named after "alle medlemmer"
        "all members present but two",
        "Alle medlemmer var mødt undtagen Jørgen Winther og Else Kayser, der havde meldt afbud.\n",
        set(),
        {("Jørgen Winther", "medlem"), ("Else Kayser", "medlem")},
    ),
    (
        # Danske Ældreråd, board minutes 2011-02-02: the members noun in a clause, a name in the next sentence
        "a relative clause after the noun, the name after a full stop",
        "John Dybdal og Jens Erik Madsen gennemgår valgprocedurer og holder møde med de bestyrelsesmedlemmer, der "
        "bliver valgansvarlige. Kirsten Feld oplyste, at ikke alle ældreråd er medlem af regionsældreråd.\n",
        set(),
        {("Kirsten Feld", "medlem")},
    ),
    (
        # the chair the list prints in a bracket is the chair's, no plain member
        "a chair in a bracket in the list",
        "Derudover er medlemmerne: Michael Kristiansen (formand), Region Sjælland, Per Jespersen (S) fra Nyborg.\n",
        {("Per Jespersen", "medlem")},
        {("Michael Kristiansen", "medlem")},
    ),
]


@role_form_cases(NEGATIVE, id_chars=60)
def test_look_alikes_give_no_member(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)
