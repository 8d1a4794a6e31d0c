"""A flattened contents list's title that ends in a definite noun phrase opened by "den"/"det" and a definite
adjective ("... for den nedlagte | Langeskov Kommune", "... svar til Det regionale | Udviklingsråd", "Vedtægter for
den selvejende institution | Otterup Geværfabrik") stays one title with the short name after it
(parse.flatten_title_definite_phrases through flatten_titles.split_title_run). Runs of dev-write contents pages of
Kerteminde, Haderslev and Nordfyn, quoted as printed. A word a title opens with, a standing item, a longer run, the
plural "de" or a phrase with no article still opens a title of its own."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_title_definite_phrases import names_definite_phrase
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Kerteminde
            "Etablering af frivillighedscenter i Kerteminde Kommune Vedrørende borgmesterkæden for den nedlagte "
            "Langeskov Kommune Reform af førtidspension og fleksjob Beskæftigelsesplan",
            [
                "Etablering af frivillighedscenter i Kerteminde Kommune",
                "Vedrørende borgmesterkæden for den nedlagte Langeskov Kommune",
                "Reform af førtidspension og fleksjob",
                "Beskæftigelsesplan",
            ],
        ),
        (  # Haderslev
            "Ungdomsuddannelsen for unge med særlige behov Høringssag- svar til Det regionale Udviklingsråd Vedtægter "
            "for bruger- og pårørenderåd",
            [
                "Ungdomsuddannelsen for unge med særlige behov",
                "Høringssag- svar til Det regionale Udviklingsråd",
                "Vedtægter for bruger- og pårørenderåd",
            ],
        ),
        (  # Nordfyn
            "Ansøgning om nyt gulv - Langesøhallen Vedtægter for den selvejende institution Otterup Geværfabrik "
            "Ansøgning om frigivelse af midler til trafiksikkerhed",
            [
                "Ansøgning om nyt gulv - Langesøhallen",
                "Vedtægter for den selvejende institution Otterup Geværfabrik",
                "Ansøgning om frigivelse af midler til trafiksikkerhed",
            ],
        ),
    ],
)
def test_a_name_after_a_definite_phrase_stays_in_its_title(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    ("before", "piece"),
    [
        ("Orientering om den kommunale indsats", "Budgetopfølgning"),  # a word a title opens with
        ("Status for det tværkommunale projekt", "Meddelelser"),  # a standing item
        ("Status for det tværkommunale projekt", "Eventuelt"),  # a standing item
        ("Vedtægter for den selvejende institution", "Struer Museums Hus"),  # three words: no short name
        ("Aktiviteter for de ældre", "Kulturmidler"),  # the plural "de": a whole noun phrase
        ("Høringssvar til regionale", "Udviklingsråd"),  # no article before the adjective
        ("Salg af det gamle rådhus i byen", "Skovgården"),  # the phrase does not end the title
        ("Aftale med den nuværende", "Vej 7, Silkeborg"),  # a digit and a comma: no short name
    ],
)
def test_a_title_opening_after_a_definite_phrase_is_cut(before: str, piece: str) -> None:
    assert not names_definite_phrase(before.split(), piece.split())


def test_the_phrase_may_end_in_its_noun_or_its_adjective() -> None:
    assert names_definite_phrase(["Vedtægter", "for", "den", "selvejende", "institution"], ["Otterup", "Geværfabrik"])
    assert names_definite_phrase(["svar", "til", "Det", "regionale"], ["Udviklingsråd"])
    assert names_definite_phrase(["borgmesterkæden", "for", "den", "nedlagte"], ["Langeskov", "Kommune"])
