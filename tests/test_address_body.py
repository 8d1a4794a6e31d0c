"""The body a document's web address names, for a meeting whose text names none."""

from __future__ import annotations

import pytest

from graphbuild.parse import parse_meeting
from graphbuild.parse.address_body import body_in_address
from graphbuild.sources import source_from_text


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        # a path segment as written, with its spaces
        (
            "https://www.kk.dk/dagsordener-og-referater/Christianshavns%20Lokaludvalg/m%C3%B8de-29012014/referat/punkt-21",
            "",
            "Christianshavns Lokaludvalg",
        ),
        (
            "https://github.com/x/y/blob/c3/data/greve/dagsordener/%C3%98konomiudvalget_2025-08-22T07.json",
            "",
            "Økonomiudvalget",
        ),
        (
            "https://www.lemvig.dk/Files/Sites/Kommunalbestyrelsen/internet/april/InfRef4351.html",
            "",
            "Kommunalbestyrelsen",
        ),
        # a slug: kind words before the name, its date or the kind of page after it
        ("https://www.samsoe.dk/nyheder/moede-i-kommunalbestyrelsen-28--marts", "", "Kommunalbestyrelsen"),
        (
            "https://www.x.dk/referat-til-moedet-i-kommunalbestyrelsen2018-21-den-16-november-2020",
            "",
            "Kommunalbestyrelsen",
        ),
        (
            "https://dagsordenarkiv.gribskov.dk/dagsordener/2017/handicapraadet-2017-10-25",
            "Handicaprådet behandlede sagen.",
            "Handicaprådet",
        ),
        (
            "https://www.kk.dk/indhold/folkeoplysningsudvalgets-modemateriale/05042019/edoc-agenda/08be71e0-0447",
            "Folkeoplysningsudvalgets beslutning",
            "Folkeoplysningsudvalget",
        ),
        (
            "https://www.x.dk/udvalg/erhvervs-klima-og-arbejdskraftudvalget/dagsordener-referater?AgendaID=6255",
            "Erhvervs-, Klima- og Arbejdskraftudvalget",
            "Erhvervs-, klima- og arbejdskraftudvalget",
        ),
        ("https://www.x.dk/politik/oekonomiudvalget/2020-01-02", "i Økonomiudvalget", "Økonomiudvalget"),
        (
            "https://www.x.dk/politik/udvalget-for-kultur-og-fritid/referat",
            "Udvalget for Kultur og Fritid",
            "Udvalget for kultur og fritid",
        ),
        # a site's page about the body, whose text writes its name without the definite ending
        (
            "https://seniorraad.x.dk/om-seniorraadet/kalender-dagsorden-og-referater/referat-fra-moede-den-9-juni-2022",
            "Referat fra møde i Hørsholm Seniorråd",
            "Seniorrådet",
        ),
        ("https://www.x.dk/om-kommunen/referat-fra-moede-den-9-juni-2022", "Kommunen", None),
        # a slug's spelling the text does not bear out: a letter dropped or folded another way
        ("https://seniorraad.x.dk/om-seniorraadet/referat-fra-moede-den-9-juni-2022", "Senior", None),
        ("https://vdocuments.pub/referat-konomiudvalget-2018-2021.html", "Økonomiudvalget", None),
        ("https://www.x.dk/dagsordener-og-referater/okonomiudvalget/12-09-2023-5349", "Økonomiudvalget", None),
        # several bodies, a list of bodies, words glued, a section of the site
        ("https://www.koege.dk/byraad-udvalg/Dagsordener-og-referater/cd8a5b84/EFCEF359.aspx", "", None),
        ("https://www.x.dk/Politik/ByraadOgUdvalg/DagsordnerOgReferater2018-2021/148/148-2085.aspx", "", None),
        (
            "https://www.x.dk/politik/dagsordener-og-referater-fra-kommunalbestyrelsen-og-udvalg/politiske-udvalg-2014-17",
            "",
            None,
        ),
        ("http://www.x.dk/Politik/Politiske%20udvalg/BorneFamilieUdvalget/214/214-2189.aspx", "", None),
        ("https://www.x.dk/lokalraad/bestyrelsesmoeder/bestyrelsesmoede-d-21-februar-2017/", "", None),
        ("https://www.x.dk/bestyrelsen/dagsordener_referater/", "", None),
        # a council's own site, named with its municipality
        ("https://seniorraadet-rudersdal.dk/referat-af-5-november-2018", "", "Seniorrådet"),
        ("https://aeldreraadetdragoer.dk/2016/02/", "", "Ældrerådet"),
        ("https://aeldreraadet.dk/2016/02/", "", None),
        # no address, no path, an archived copy
        (None, "", None),
        ("https://www.greve.dk/", "", None),
        ("https://web.archive.org/web/2019/https://www.x.dk/moede-i-byraadet-3-maj", "", "Byrådet"),
    ],
)
def test_the_body_an_address_names(url: str | None, text: str, expected: str | None) -> None:
    assert body_in_address(url, text) == expected


MINUTES = "Referat\nMødedato: 3. marts 2021 kl. 17.00\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        (MINUTES, "https://www.samsoe.dk/nyheder/moede-i-kommunalbestyrelsen-28--marts", "Kommunalbestyrelsen"),
        ("Økonomiudvalget\n" + MINUTES, "https://www.samsoe.dk/moede-i-kommunalbestyrelsen", "Økonomiudvalget"),
        ("Nyheder\nByrådet vedtog budgettet i aftes.\n", "https://www.x.dk/moede-i-kommunalbestyrelsen", None),
    ],
)
def test_the_address_names_the_body_only_when_the_text_of_a_meeting_names_none(
    text: str, url: str, expected: str | None
) -> None:
    assert parse_meeting(source_from_text(text, url=url)).body == expected
