"""A request's title a flattened contents list cut between its sender and what it asks ("Ansøgning fra
puljeinstitutionen | Dragen om oprettelse af småbørnsgruppe") stays one title (parse.flatten_request_senders
through flatten_titles.split_title_run). Runs of dev-write contents pages of Nordfyn, Skive and Hørsholm, quoted
as printed. A request that has named what it asks (Hjørring's "Ansøgning fra Løkken Golfklub om …") and one
whose sender alone is its title before a standing item (FynBus's "Henvendelse fra Datatilsynet Meddelelser") end
where they end."""

from __future__ import annotations

import pytest

from graphbuild.parse.flatten_request_senders import continues_sender
from graphbuild.parse.flatten_titles import split_title_run


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Nordfyn
            "Ansøgning om frigivelse af rådighedsbeløb til etablering af før-sfo Ansøgning fra puljeinstitutionen "
            "Dragen om oprettelse af småbørnsgruppe Lovpligtige tilsynsbesøg på botilbud",
            [
                "Ansøgning om frigivelse af rådighedsbeløb til etablering af før-sfo",
                "Ansøgning fra puljeinstitutionen Dragen om oprettelse af småbørnsgruppe",
                "Lovpligtige tilsynsbesøg på botilbud",
            ],
        ),
        (  # Skive
            "Ansøgning om ommærkning af almene familieboliger - Højslev Boligselskabs afd Ansøgning fra Sallingsund "
            "Boligselskab til afhændelse af ejendommen Hovedgaden 37, Durup Nedlæggelse af almene ungdomsboliger",
            [
                "Ansøgning om ommærkning af almene familieboliger - Højslev Boligselskabs afd",
                "Ansøgning fra Sallingsund Boligselskab til afhændelse af ejendommen Hovedgaden 37, Durup",
                "Nedlæggelse af almene ungdomsboliger",
            ],
        ),
        (  # Skive: a person as the sender
            "Parkeringskontrol Henvendelse fra Erik Mortensen vedrørende indkøb af vejsalt Godkendelser af vedtægter "
            "fra Bomiva",
            [
                "Parkeringskontrol",
                "Henvendelse fra Erik Mortensen vedrørende indkøb af vejsalt",
                "Godkendelser af vedtægter fra Bomiva",
            ],
        ),
    ],
)
def test_a_request_goes_on_from_its_sender_to_what_it_asks(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


def test_a_sender_named_after_a_comma_goes_on_too() -> None:  # Hørsholm
    run = (
        "Stutteri på Stasevangsvej 7 - lovliggørelse af byggeri Ansøgning fra HAB, afdeling Elmeparken om ommærkning "
        "af 3 ungdomsboliger, beliggende Elmeparken 51, 53 og Miljøtilsynsberetning Affaldsplan"
    )
    title = "Ansøgning fra HAB, afdeling Elmeparken om ommærkning af 3 ungdomsboliger, beliggende"
    assert title in split_title_run(run)


@pytest.mark.parametrize(
    ("run", "titles"),
    [
        (  # Hjørring: the request names what it asks, the next title its own
            "Ansøgning fra Løkken Golfklub om medfinansiering ved arealerhvervelse Ansøgning om frigivelse af beløb "
            "til renovering af haller, skoler og dagtilbud",
            [
                "Ansøgning fra Løkken Golfklub om medfinansiering ved arealerhvervelse",
                "Ansøgning om frigivelse af beløb til renovering af haller, skoler og dagtilbud",
            ],
        ),
        (  # FynBus: a standing item after a sender
            "Ændring af telefonåbningstider i Flextrafik Henvendelse fra Datatilsynet Meddelelser Eventuelt",
            [
                "Ændring af telefonåbningstider i Flextrafik",
                "Henvendelse fra Datatilsynet",
                "Meddelelser",
                "Eventuelt",
            ],
        ),
    ],
)
def test_a_request_ends_where_it_names_what_it_asks_or_a_title_opens(run: str, titles: list[str]) -> None:
    assert split_title_run(run) == titles


@pytest.mark.parametrize(
    ("before", "piece"),
    [
        ("Ansøgning fra Løkken Golfklub om medfinansiering", "Ansøgning om frigivelse af beløb"),  # asked already
        ("Henvendelse fra Datatilsynet", "Meddelelser"),  # no "om" after the name
        ("Ansøgning fra puljeinstitutionen", "Orientering om tilsyn"),  # a title's opening word, no name
        ("Godkendelser af vedtægter fra Bomiva", "Humlevej - salg af areal"),  # no request's noun before "fra"
    ],
)
def test_no_sender_goes_on(before: str, piece: str) -> None:
    assert not continues_sender(before.split(), piece.split())
