"""The publisher's municipality from a document's web address, and the guards on using it for a meeting."""

from __future__ import annotations

import pytest

from graphbuild.build_extract import document_url
from graphbuild.extract import extract_facts
from graphbuild.parse import parse_meeting
from graphbuild.parse.publisher_site import municipality_of_host, publisher_municipality
from graphbuild.sources import source_from_text


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        # a municipality's own site: its name folded to ASCII, under any subdomain
        ("www.aabenraa.dk", "Aabenraa"),
        ("dagsordener.roedovre.dk", "Rødovre"),
        ("kommune.viborg.dk", "Viborg"),
        ("politik.herning.dk", "Herning"),
        ("www.hoeje-taastrup.dk", "Høje-Taastrup"),
        ("www.ringkoebing-skjern.dk", "Ringkøbing-Skjern"),
        ("brondby.dk", "Brøndby"),
        ("www.helsingor.dk", "Helsingør"),
        ("WWW.Greve.DK.", "Greve"),
        # "kommune" glued to the name, with or without the genitive s
        ("vardekommune.dk", "Varde"),
        ("www.langelandkommune.dk", "Langeland"),
        ("nordfynskommune.dk", "Nordfyns"),
        ("aeroekommune.dk", "Ærø"),
        # the official short domains
        ("www.kk.dk", "København"),
        ("fmk.dk", "Faaborg-Midtfyn"),
        ("ltk.dk", "Lyngby-Taarbæk"),
        ("www.rksk.dk", "Ringkøbing-Skjern"),
        ("www.balk.dk", "Ballerup"),
        # newspapers
        ("sn.dk", None),
        ("jv.dk", None),
        ("nordjyske.dk", None),
        ("www.tv2fyn.dk", None),
        # regions
        ("www.regionh.dk", None),
        ("rm.dk", None),
        ("regionsyddanmark.dk", None),
        # hosts of many publishers, a municipality's name only as their subdomain
        ("docplayer.dk", None),
        ("viborg.firstagenda.dk", None),
        ("github.com", None),
        ("yumpu.com", None),
        ("trung.dk", None),
        ("docslib.org", None),
        # a company or a council with a municipality's name in a longer name; a name outside .dk
        ("aarhusvand.dk", None),
        ("aeldreraadetdragoer.dk", None),
        ("seniorraadet-rudersdal.dk", None),
        ("herning.dk.example.com", None),
        ("kommune.dk", None),
        ("dk", None),
    ],
)
def test_the_host_of_a_municipalitys_own_site(host: str, expected: str | None) -> None:
    found = municipality_of_host(host)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize("url", [None, "", "ftp://www.greve.dk/a", "mailto:post@greve.dk", "https://"])
def test_no_web_address_no_publisher(url: str | None) -> None:
    assert publisher_municipality(url) is None


MINUTES = (
    "{body}\nReferat\nMødedato: 3. marts {year} kl. 17.00\n{extra}\n"
    "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Budget\nBeslutning\nGodkendt.\n"
)


def municipality_of(
    url: str | None, body: str = "Byrådet", year: int = 2021, extra: str = "", text: str = ""
) -> str | None:
    source = source_from_text(text or MINUTES.format(body=body, year=year, extra=extra), url=url)
    facts = extract_facts(parse_meeting(source))
    assert document_url(facts) == url
    return facts.municipality.name if facts.municipality else None


@pytest.mark.parametrize(
    ("case", "url", "kwargs", "expected"),
    [
        ("a council's minutes on its site", "https://dagsordener.roedovre.dk/vis?id=1", {}, "Rødovre"),
        ("a committee's", "https://www.kk.dk/dagsordener/m", {"body": "Økonomiudvalget"}, "København"),
        ("a council every municipality has", "https://www.gribskov.dk/m", {"body": "Handicaprådet"}, "Gribskov"),
        ("no address", None, {}, None),
        ("a shared host", "https://docplayer.dk/123-referat.html", {}, None),
        ("a newspaper", "https://sn.dk/artikel/1", {}, None),
        (
            "a cross-municipal body on a municipality's site",
            "https://www.kolding.dk/kkr",
            {"body": "KKR Syddanmark"},
            None,
        ),
        ("a body of unknown reach", "https://www.greve.dk/x", {"body": "Styregruppen"}, None),
        # a municipal school's board and a municipality's udsatteråd on the municipality's own site
        ("a school board", "https://mejrupskole.holstebro.dk/om-os/referat", {"body": "Skolebestyrelsen"}, "Holstebro"),
        ("a youth school board", "https://www.lejre.dk/x", {"body": "Ungdomsskolebestyrelsen"}, "Lejre"),
        ("an udsatteråd", "https://referater.aalborg.dk/raad/referat", {"body": "Udsatterådet"}, "Aalborg"),
        (
            "a school board off a municipality's site",
            "http://skovboskolen-data.dk/x",
            {"body": "Skolebestyrelsen"},
            None,
        ),
        # a fællesråd is a residents' association: a town it names ("Med hjertet for Aarhus") is no owner
        ("a fællesråd", "https://www.aarhus.dk/x", {"body": "Viby Fællesråd"}, None),
        (
            "a fællesråd naming a town",
            "https://www.vibyfaellesraad.dk/moede-19-01-2023/",
            {
                "text": "Fællesrådsmøde 19. januar 2023\n\nDer indkaldes hermed til forretningsudvalgsmøde torsdag "
                "d. 19.01. 2023 klokken 16.30. Mødet afholdes på Viby Bibliotek\n\n"
                "  1. Godkendelse af dagsorden\n  2. Skrivelse fra Med hjertet for Aarhus om borgerinddragelse. "
                "Hvad siger vi?\n  3. Eventuelt.\n"
            },
            None,
        ),
        ("minutes from before the reform", "https://www.aabenraa.dk/x", {"year": 2005}, None),
        # a municipality the reform merged nothing into was the same one before it
        ("before the reform, unchanged by it", "https://kk.dk/dagsordener/m", {"year": 2005}, "København"),
        ("before the reform, only respelt", "https://www.ltk.dk/m", {"year": 2004}, "Lyngby-Taarbæk"),
        ("before the reform, merged by it", "https://www.silkeborg.dk/m", {"year": 2006}, None),
        ("before the 1970 reform", "https://kk.dk/dagsordener/m", {"year": 1965}, None),
        (
            "a header listing several municipalities",
            "https://www.roskilde.dk/x",
            {"body": "Økonomiudvalget", "extra": "Møde om Roskilde, Lejre og Frederikssund Kommune\n"},
            None,
        ),
        ("the text's municipality wins", "https://dagsordener.roedovre.dk/x", {"extra": "Holbæk Kommune\n"}, "Holbæk"),
        # an archived copy is read by the address it copies
        ("an archived copy", "https://web.archive.org/web/20190101000000/https://www.greve.dk/x", {}, "Greve"),
        ("an archived copy, raw", "http://web.archive.org/web/2019id_/www.greve.dk/x", {}, "Greve"),
        ("an archived newspaper", "https://web.archive.org/web/2019/https://sn.dk/a", {}, None),
        # a region's own site: its meeting's place or a municipality its header names is no owner
        ("a region's site", "https://www.regionsyddanmark.dk/wm1", {"extra": "Mødested: Middelfart Rådhus\n"}, None),
        ("a region's short site", "https://rsyd.dk/x", {"extra": "Vejle Kommune\n"}, None),
        (
            "a region's subdomain",
            "https://edagsorden.regionh.dk/cms/x.html",
            {"extra": "Mødested: 3400 Hillerød\n"},
            None,
        ),
        (
            "a municipality's site",
            "https://www.middelfart.dk/x",
            {"extra": "Mødested: Middelfart Rådhus\n"},
            "Middelfart",
        ),
        # a portal of many municipalities names the one it shows in a parameter
        (
            "a portal's parameter",
            "https://polweb.nethotel.dk/Produkt/PolWeb/Sog/ShowAgenda.asp?p=nyborg07&ID=2",
            {},
            "Nyborg",
        ),
        (
            "a portal's parameter, no digits",
            "https://polweb.nethotel.dk/x/ShowAgenda.asp?p=odsherred&ID=1",
            {},
            "Odsherred",
        ),
        (
            "a portal without the parameter",
            "https://polweb.nethotel.dk/Produkt/PolWeb/Sog/ShowAgenda.asp?ID=2",
            {},
            None,
        ),
        ("a portal's parameter naming none", "https://polweb.nethotel.dk/x/ShowAgenda.asp?p=demo07&ID=1", {}, None),
        # a council's own site names its municipality for that council's meetings only
        ("a council's site", "https://aeldreraadetdragoer.dk/2016/02/", {"body": "Ældrerådet"}, "Dragør"),
        ("a council's site, name after", "https://seniorraadet-rudersdal.dk/r", {"body": "Seniorrådet"}, "Rudersdal"),
        ("a council's site, name first", "http://hillerodaeldreraad.dk/r", {"body": "Ældrerådet"}, "Hillerød"),
        ("a council's site, hyphens", "https://handicapraad-gentofte.dk/r", {"body": "Handicaprådet"}, "Gentofte"),
        ("another body on a council's site", "https://aeldreraadetdragoer.dk/x", {"body": "Byrådet"}, None),
        ("a council's site naming no municipality", "https://aeldreraadet.dk/x", {"body": "Ældrerådet"}, None),
        # a municipal school's own site, named with its municipality: for that school's board or council only
        ("a school's site", "http://www.lejreungdomsskole.dk/b", {"body": "Ungdomsskolebestyrelsen"}, "Lejre"),
        ("a school's site, a council", "https://www.favrskovmusikskole.dk/r", {"body": "Musikskolerådet"}, "Favrskov"),
        (
            "a school's site, hyphen",
            "https://gribskov-kulturskole.dk/r",
            {"body": "Kulturskolens bestyrelse"},
            "Gribskov",
        ),
        (
            "a school's board on the municipality's site",
            "http://web.gribskov.dk/m",
            {"body": "Kulturskolens bestyrelse"},
            "Gribskov",
        ),
        (
            "another board on the municipality's site",
            "http://web.gribskov.dk/m",
            {"body": "Kulturhusets bestyrelse"},
            None,
        ),
        ("another body on a school's site", "http://lejreungdomsskole.dk/x", {"body": "Bestyrelsen"}, None),
        (
            "a school's site naming no municipality",
            "http://ungdomsskole.dk/x",
            {"body": "Ungdomsskolebestyrelsen"},
            None,
        ),
        ("a private school's site", "http://privatmusikskole.dk/x", {"body": "Musikskolerådet"}, None),
        # a former municipality's own site, kept after the reform: its successor's, from 2007 on only
        ("a former municipality's site", "http://www.sydthy.dk/Politik/x", {"body": "Kommunalbestyrelsen"}, "Thisted"),
        ("a former municipality's, raw", "https://thyholm.dk/x", {"body": "Økonomiudvalget"}, "Struer"),
        ("a former municipality's site before the reform", "http://spottrup.dk/x", {"year": 2004}, None),
        ("a former short name is a word", "https://give.dk/x", {}, None),
        (
            "a news page",
            "https://www.greve.dk/nyheder/x",
            {"text": "Nyheder\nByrådet vedtog i aftes budgettet. Borgmesteren var glad.\n"},
            None,
        ),
    ],
)
def test_the_address_gives_a_meeting_its_municipality_only_when_nothing_speaks_against_it(
    case: str, url: str | None, kwargs: dict[str, object], expected: str | None
) -> None:
    assert municipality_of(url, **kwargs) == expected, case  # type: ignore[arg-type]
