"""A flattened contents list's title cut after an abbreviation's printed full stop ("… Fyn, afd. | Elmehaven, …",
"… (tidl. | Hjørring Boligselskab …") stays one title (parse.flatten_abbreviation_ends through
flatten_titles.split_title_run). Runs of dev-write contents pages of Nordfyn and Hjørring, quoted as printed. The
same word with its stop lost (the number after it lost too: "… Højslev Boligselskabs afd | Ansøgning …" in Skive,
"… Stensved afd | Trafikbestilling" in Vordingborg) and an abbreviation a title ends in ("NT-økonomi m.v." in
Rebild) still end their titles."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_abbreviation_ends import ends_in_abbreviation
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Nordfyn
            "Boligselskabet Søndersø Kommunes Ældreboliger - Regnskab Boligselskabet L.A.B. Fyn, afd. Elmehaven, "
            "Otterup - Huslejefastsættelse Boligselskabet L.A.B. Fyn, afdeling 05-19, Otterup - Huslejeforhøjelse",
            [
                "Boligselskabet Søndersø Kommunes Ældreboliger - Regnskab",
                "Boligselskabet L.A.B. Fyn, afd. Elmehaven, Otterup - Huslejefastsættelse",
                "Boligselskabet L.A.B. Fyn, afdeling 05-19, Otterup - Huslejeforhøjelse",
            ],
        ),
        (  # Hjørring
            "BoVendia afd. 9 (tidl. Hjørring Boligselskab afd. 25.) - godkendelse af 43 huslejestigning for 2017 "
            '(budgettvist) Leje af Åstrupvej 15 til "Den Gode Modtagelse"',
            [
                "BoVendia afd. 9 (tidl. Hjørring Boligselskab afd. 25.) - godkendelse af 43 huslejestigning for 2017 "
                "(budgettvist)",
                'Leje af Åstrupvej 15 til "Den Gode Modtagelse"',
            ],
        ),
    ],
)
def test_a_title_goes_on_after_an_abbreviations_full_stop(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Skive: the department's number and the stop lost, the next title its own
            "Ansøgning om ommærkning af almene familieboliger - Højslev Boligselskabs afd Ansøgning fra Sallingsund",
            [
                "Ansøgning om ommærkning af almene familieboliger - Højslev Boligselskabs afd",
                "Ansøgning fra Sallingsund",
            ],
        ),
        (  # Vordingborg
            "Forslag til tillæg til spildevandsplan vedrørende separering/renovering af kloakkerne på Kulsbjerg skole, "
            "Stensved afd Trafikbestilling Justering af pladser i forhold til Rammeaftale",
            [
                "Forslag til tillæg til spildevandsplan vedrørende separering/renovering af kloakkerne på Kulsbjerg "
                "skole, Stensved afd",
                "Trafikbestilling",
                "Justering af pladser i forhold til Rammeaftale",
            ],
        ),
        (  # Rebild: "m.v." ends a title (the acronym's compound opens one of its own, flatten_title_compounds)
            "Endelig beslutning om ekspropriation på Bavnehøjvej ifm. udvidelse af vej NT-økonomi m.v. Frigivelse af "
            "midler til 3 mulige vådområdeprojekter",
            [
                "Endelig beslutning om ekspropriation på Bavnehøjvej ifm. udvidelse af vej",
                "NT-økonomi m.v.",
                "Frigivelse af midler til 3 mulige vådområdeprojekter",
            ],
        ),
    ],
)
def test_a_title_ends_at_an_abbreviation_that_ends_titles_or_lost_its_stop(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    ("piece", "points_on"),
    [
        ("Boligselskabet L.A.B. Fyn, afd.", True),
        ("BoVendia afd. 9 (tidl.", True),
        ("Forslag til lokalplan nr.", True),
        ("Højslev Boligselskabs afd", False),  # its stop lost
        ("NT-økonomi m.v.", False),  # a title ends so
        ("Evt.", False),  # an item of its own
        ("Anlægsregnskaber på over 2 mio. kr.", False),  # an amount
    ],
)
def test_which_abbreviations_point_on(piece: str, points_on: bool) -> None:
    assert ends_in_abbreviation(piece.split()) is points_on
