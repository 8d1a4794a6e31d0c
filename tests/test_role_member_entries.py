"""A body's members listed one a line with the organisation that sent each before the name
(`role_member_entries`): "Organisation, Name" lines under no heading on the council's own page, a table flattened
to "Organisation Name" under its columns' heading, an e-mail address or a second column after the name. Each case
quotes a few lines of a real page (publisher in the comment; a fixture text's names are the page's own), with the
(person, role) facts it must give and those it must not."""

from __future__ import annotations

from pathlib import Path

from text_facts import RoleCase, RolePairs, assert_role_form, role_form_cases

from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import UNPLACED
from graphbuild.extract.role_member_entries import members_after_organisations

CASES: list[RoleCase] = [
    (
        # Gladsaxe Kommune, its page on Handicaprådet (shortened): an entry whose name no name list knows in the run
        "name-first entries past one whose name is not read",
        "Handicaprådet består af medlemmerne, der er udpeget af handicaporganisationerne, herunder:\n\n"
        "Ragna Heide - repræsentant fra Landsforeningen SIND\n\n"
        "Lena Larsen - repræsentant fra Muskelsvindfonden\n\n"
        "Guri Spiegelhauer - repræsentant fra Autismeforeningen\n\n"
        "Lone Andersen - repræsentant fra CP Danmark\n\n"
        "Jannie Rasmussen - repræsentant fra Carlshuses Venner (støtteforening)\n\n"
        "Kontakt:\n\nHandicaprådet\n",
        {("Ragna Heide", "medlem"), ("Lone Andersen", "medlem"), ("Jannie Rasmussen", "medlem")},
        set(),
    ),
    (
        # Fredensborg Kommune, its page on Grønt Råd: the list under a paragraph about the council, no heading
        "organisation, name lines under a paragraph about the council",
        "Grønt Råd er et rådgivende forum i natur-, miljø- og planlægningsspørgsmål.\n\n"
        "Ideen er at bruge foreningernes og borgernes engagement og kendskab til natur, miljø og planlægning til en "
        "konstruktiv dialog om nye aktiviteter i kommunen.\n\n \n\n"
        "Medlem udpeget af byrådet, Tonny Lacomble Nielsen (B)\n"
        "Medlem udpeget af byrådet, Torben Forskov (F)\n"
        "Nordsjællands Landboforening, Søren Hansen\n"
        "Danmarks Naturfredningsforening, Jens Søndergaard\n"
        "Dansk Ornitologisk Forening, Birgitte Garde\n",
        {
            ("Tonny Lacomble Nielsen", "medlem"),
            ("Torben Forskov", "medlem"),
            ("Søren Hansen", "medlem"),
            ("Jens Søndergaard", "medlem"),
            ("Birgitte Garde", "medlem"),
        },
        set(),
    ),
    (
        # Allerød Kommune, its page on the water council 2019-20: a table flattened under its columns' heading
        "a table of organisation and representative under a label of members",
        "Medlemmer af vandrådet\n\nFølgende organisationer og foreninger har fået plads i vandrådet:\n\n"
        "Forening Repræsentant\n"
        "Danmarks Sportsfiskerforbund Rune Hylby\n"
        "Foreningen til ophjælpning af fiskeriet i Roskilde Fjord Kim Lund Jørgensen\n"
        "Friluftrådet Peter Engholm\n"
        "Gribskov Vandløbslaug Michael Ingels Andreasen\n"
        "Holbæk Ålav Ole Olsen\n",
        {
            ("Peter Engholm", "medlem"),
            ("Michael Ingels Andreasen", "medlem"),
            ("Ole Olsen", "medlem"),
            ("Kim Lund Jørgensen", "medlem"),  # the place the organisation ends in is no part of the name
        },
        {("Fjord Kim Lund Jørgensen", "medlem")},
    ),
    (
        # Aarhus Kommune, its page on Det Grønne Råd: two heading lines, an e-mail after each name; an entry that
        # prints a title before the name is that title's, no plain member
        "a table with e-mail addresses, a title printed in one entry",
        "Herunder finder du referater og bilag fra afholdte møder, samt information om rådets medlemmer.\n\n"
        "Organisation Repræsentant\nMailadresse\n\n"
        "Arternes Aarhus Nina Tofte Hansen nina@rodnet.org\n"
        "Danmarks Sportsfiskerforbund Niels Aage Skovbo naa@fokus-foto.dk\n"
        "Dansk Skovforening Søren Wümpelmann Juhl swj@skaarupgaard.dk\n"
        "Naturstyrelsen, Søhøjlandet Observatør, Søren Hald shd@nst.dk\n",
        {("Nina Tofte Hansen", "medlem"), ("Niels Aage Skovbo", "medlem"), ("Søren Wümpelmann Juhl", "medlem")},
        {("Søren Hald", "medlem")},
    ),
    (
        # Vordingborg Kommune, its page on Råd for Frivillighed og Folkeoplysning: a member and a substitute column
        "a member's column and a substitute's: the member's name is the entry's",
        "Rådet sammensættes således:\n\n"
        "Område Medlem Suppleant\n"
        "Folkeoplysende idrætsforeninger Lars Kleist  Kent Hansen\n"
        "Lokalfora Susan Thydal Flemming Tejmers\n"
        "Ungeforum Bertram Munkstrup  \n"
        "Selvorganiserede grupper Nils Vilsbøl  \n",
        {("Lars Kleist", "medlem"), ("Bertram Munkstrup", "medlem"), ("Nils Vilsbøl", "medlem")},
        {("Kent Hansen", "medlem")},
    ),
    (
        # Byregion Fyn, its organisation page: the mayors' forum named in the sentence above, each mayor's name with
        # the post beside it (a title of another post: the person is still a member)
        "name, post lines under a sentence naming the body",
        "Det politiske lederskab ligger hos de fynske kommunalbestyrelser og varetages løbende gennem Borgmesterforum "
        "Fyn.\n\n"
        "Peter Rahbæk Juhl, Borgmester, Odense\n"
        "Kenneth Muhs - Borgmester, Nyborg Kommune\n"
        "Tonni Hansen - Borgmester, Langelands Kommune\n"
        "Søren Steen Andersen - Borgmester, Assens Kommune\n",
        {
            ("Peter Rahbæk Juhl", "medlem"),
            ("Kenneth Muhs", "medlem"),
            ("Tonni Hansen", "medlem"),
            ("Søren Steen Andersen", "medlem"),
        },
        set(),
    ),
    (
        "a seat in the body printed after the name is that seat's, no plain member",
        "Borgmesterforum Fyn er samarbejdets politiske ledelse.\n\n"
        "Peter Rahbæk Juhl, Borgmester, Odense, formand\n"
        "Kenneth Muhs - Borgmester, Nyborg Kommune\n"
        "Tonni Hansen - Borgmester, Langelands Kommune\n",
        {("Kenneth Muhs", "medlem"), ("Tonni Hansen", "medlem")},
        {("Peter Rahbæk Juhl", "medlem")},
    ),
    (
        # Læsø Kommune, a news item on the constituent meeting: a committee's line-up under its short heading is its
        # members (README roles rule 2, the gold since h-gold11), read by role_lineups
        "names with parties under a committee's short heading are its members",
        "Økonomiudvalg (incl. beskæftigelse og erhverv)\n\n"
        "Karsten Nilsen (DF)\n\nTobias B. Johansen (V)\n\n Bente Faurholt (L)\n",
        {("Karsten Nilsen", "medlem"), ("Tobias B. Johansen", "medlem"), ("Bente Faurholt", "medlem")},
        set(),
    ),
    (
        "the same lines under a label of who attended are no member list",
        "Deltagere:\n\n"
        "Nordsjællands Landboforening, Søren Hansen\n"
        "Danmarks Naturfredningsforening, Jens Søndergaard\n"
        "Dansk Ornitologisk Forening, Birgitte Garde\n",
        set(),
        {("Søren Hansen", "medlem"), ("Jens Søndergaard", "medlem"), ("Birgitte Garde", "medlem")},
    ),
    (
        "… nor under a label of who answered a hearing",
        "Der er modtaget høringssvar fra:\n\n"
        "Nordsjællands Landboforening, Søren Hansen\n"
        "Danmarks Naturfredningsforening, Jens Søndergaard\n"
        "Dansk Ornitologisk Forening, Birgitte Garde\n",
        set(),
        {("Søren Hansen", "medlem"), ("Jens Søndergaard", "medlem"), ("Birgitte Garde", "medlem")},
    ),
]


@role_form_cases(CASES, id_chars=60)
def test_members_after_their_organisation(tmp_path: Path, text: str, present: RolePairs, absent: RolePairs) -> None:
    assert_role_form(tmp_path, text, present, absent)


def _person(text: str, name: str) -> PersonMention:
    start = text.index(name)
    return PersonMention(start, start + len(name), name)


def test_two_entries_are_no_block_and_a_label_of_something_else_none() -> None:
    text = (
        "Grønt Råd\n\nNordsjællands Landboforening, Søren Hansen\nFriluftsrådet, Bente Nielsen\n\n"
        "Kontaktpersoner:\nBevaringsforeningen, Lisbeth Gram Holdum\nAgenda 21 Foreningen, Finn Langgaard\n"
        "Dansk Cyklist Forbund, Frank Elm Jakobsen\n"
    )
    names = ["Søren Hansen", "Bente Nielsen", "Lisbeth Gram Holdum", "Finn Langgaard", "Frank Elm Jakobsen"]
    people = [_person(text, name) for name in names]
    assert members_after_organisations(text, people, lambda _pos: UNPLACED, [], set()) == []


def test_the_attendance_lists_block_gives_none() -> None:
    text = (
        "Grønt Råd\n\nNordsjællands Landboforening, Søren Hansen\nFriluftsrådet, Bente Nielsen\n"
        "Bevaringsforeningen, Lisbeth Gram Holdum\n"
    )
    people = [_person(text, name) for name in ("Søren Hansen", "Bente Nielsen", "Lisbeth Gram Holdum")]
    held = members_after_organisations(text, people, lambda _pos: UNPLACED, [], set())
    assert [f.person.name for f in held] == ["Søren Hansen", "Bente Nielsen", "Lisbeth Gram Holdum"]
    assert members_after_organisations(text, people, lambda _pos: UNPLACED, [], {people[0].start}) == []


# Fredensborg Kommune, its page on Grønt Råd (shortened): the page's own list, no heading, under a paragraph
GROENT_RAAD = (
    "Grønt Råd er et rådgivende forum i natur-, miljø- og planlægningsspørgsmål.\n\n"
    "Ideen er at bruge foreningernes og borgernes engagement og kendskab til natur, miljø og planlægning til en "
    "konstruktiv dialog om nye aktiviteter i kommunen.\n\n\n"
    "Medlem udpeget af byrådet, Tonny Lacomble Nielsen (B)\n"
    "Nordsjællands Landboforening, Søren Hansen\n"
    "Friluftsrådet, Bente Nielsen\n"
    "Bevaringsforeningen, Lisbeth Gram Holdum\n"
)
GROENT_RAAD_NAMES = ("Tonny Lacomble Nielsen", "Søren Hansen", "Bente Nielsen", "Lisbeth Gram Holdum")
OWN_BODY = ("organization:groent-raad", "Grønt Råd", "Organization")


def test_a_body_the_list_prints_as_an_entrys_organisation_is_not_the_lists_body() -> None:
    people = [_person(GROENT_RAAD, name) for name in GROENT_RAAD_NAMES]
    entry = ("organization:friluftsraad", "Friluftsrådet", "Organization")  # the document's body read off an entry
    held = members_after_organisations(GROENT_RAAD, people, lambda _pos: entry, [], set(), lambda _pos: OWN_BODY)
    assert [(f.person.name, f.target_name) for f in held] == [(name, "Grønt Råd") for name in GROENT_RAAD_NAMES]
    # without the body named before the label the reader keeps what it is given
    kept = members_after_organisations(GROENT_RAAD, people, lambda _pos: entry, [], set())
    assert {f.target_name for f in kept} == {"Friluftsrådet"}


def test_a_body_the_list_names_only_within_an_entry_stays_the_lists_body() -> None:
    # near miss: "byrådet" is printed in the first entry, but not at a line's start: no entry's organisation
    people = [_person(GROENT_RAAD, name) for name in GROENT_RAAD_NAMES]
    council = ("organization:byraadet", "Byrådet", "Organization")
    held = members_after_organisations(GROENT_RAAD, people, lambda _pos: council, [], set(), lambda _pos: OWN_BODY)
    assert {f.target_name for f in held} == {"Byrådet"}


def test_an_unplaced_list_is_placed_at_its_label_not_at_each_entry() -> None:
    # Gladsaxe Kommune, its page on Handicaprådet (shortened): no chair placed at the label; the body named before
    # it holds every entry, none is left for the step to place after an entry's organisation
    text = (
        "Se medlemmerne af Handicaprådet, der er udpeget af handicaporganisationerne, herunder:\n\n"
        "Ragna Heide - repræsentant fra Landsforeningen SIND\n\n"
        "Alice Rasmussen - repræsentant fra Landsforeningen LEV\n\n"
        "Lena Larsen - repræsentant fra Muskelsvindfonden\n\n"
        "Kontakt:\n\nHandicaprådet\n"
    )
    people = [_person(text, name) for name in ("Ragna Heide", "Alice Rasmussen", "Lena Larsen")]
    council = ("organization:handicapraadet", "Handicaprådet", "Organization")
    asked: list[int] = []

    def named_before(pos: int) -> tuple[str, str, str]:
        asked.append(pos)
        return council

    held = members_after_organisations(text, people, lambda _pos: UNPLACED, [], set(), named_before)
    assert {f.target_name for f in held} == {"Handicaprådet"} and len(held) == 3
    assert set(asked) == {text.index("herunder:") + len("herunder:")}  # at the label, once per list
