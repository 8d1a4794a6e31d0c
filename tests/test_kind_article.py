"""A blog post that tells of a board meeting in paragraphs and then links to its minutes ("Referat af
bestyrelsesmøde" under five paragraphs, bosserup-vandvaerk-news-bestyrelsesmoede-2020-04-10, dev-write) is no
meeting's document. A municipality's agenda page whose site prints two paragraphs of prose above the heading
"DAGSORDEN" (samsoe-kommunalbestyrelsen-2025-10-07, dev-write) keeps its kind."""

from __future__ import annotations

from graphbuild.parse import parse_meeting
from graphbuild.parse.kind_article import below_an_article
from graphbuild.parse.lines import Line
from graphbuild.sources import source_from_text

# bosserup-vandvaerk-news-bestyrelsesmoede-2020-04-10 (dev-write), the post and the first of its links
POST = (
    "Virtuelt bestyrelsesmøde via Hangouts\n\n"
    "Bestyrelsen gennemførte fredag 10. april et planlagt bestyrelsesmøde. På grund af Covid-19 situationen kunne vi"
    " ikke mødes, som vi plejer. Så vi holdt mødet virtuelt via vores skærme og app’en Hangouts. Vi oplevede"
    " selvfølgelig lidt tekniske startvanskeligheder, men det lykkedes med god mødedisciplin at nå hele dagsordenen"
    " igennem på næsten den afsatte tid.\n\n"
    "Den vigtigste sag på dagsordenen var sagen om etablering af en nødforsyningsforbindelse i samarbejde med"
    " Odsherred Forsyning. Bestyrelsen vil skrive ud til alle andelshavere særskilt om denne sag.\n\n"
    "Derudover var der sager, som blev afsluttede; blandt andet blev beredskabsplanen og strategi- og"
    " udviklingsplanen endeligt vedtaget. Begge planer er lagt op på hjemmesiden. Også sagen om kodeks for godt"
    " bestyrelsesarbejde blev afsluttet med bestyrelsens redegørelse for, hvordan vi vil følge Danske Vandværkers"
    " anbefalinger.\n\n"
    "Af nye sager kan nævnes, at bestyrelsen har besluttet at få udarbejdet en tilstandsrapport for vandværket. Den"
    " skal munde ud i forslag til, hvordan vandværket skal udvikles og optimeres i fremtiden. Og bestyrelsen valgte at"
    " indhente tre tilbud på servicen på vandværket for de næste fire år.\n\n"
    "Endelig valgte bestyrelsen af aflyse den planlagte generalforsamling 21. maj på grund af Covid-19 situationen."
    " Der vil blive indkaldt til generalforsamling, når situationen igen tillader det. Årsregnskab, budget og"
    " beredskabsplanens afsnit om serviceniveau vil være på dagsordenen til generalforsamlingen.\n\n"
    "Referat af bestyrelsesmøde\n\n"
    "Beredskabsplan for Bøsserup Vandværk\n"
)

# samsoe-kommunalbestyrelsen-2025-10-07 (dev-write), the page's top and its first items
AGENDA_PAGE = (
    "Der afholdes ordinært kommunalbestyrelsesmøde i Kantinen på rådhuset, Søtofte 10, tirsdag den 7. oktober 2025"
    " kl. 17.30.\n"
    "Kommunalbestyrelsens møder livestreames og videooptages af Kommune TV, så du har mulighed for at følge møderne"
    " derhjemme. De åbne møder kan ses direkte via Samsø Kommunes underside på Kommune-TV´s hjemmeside,"
    " https://samsoe.kommune-tv.dk eller via den gratis Kommune TV App.\n"
    "Efterfølgende kan du også se optagelsen af mødet på Samsø Kommunes underside på Kommune-TV´s hjemmeside,"
    " https://samsoe.kommune-tv.dk. Som regel vil mødet være online samme aften, dog senest dagen efter kl. 12.00.\n"
    "Du har også mulighed for at møde fysisk op i kantinen på Samsø Rådhus.\n"
    "DAGSORDEN\n"
    "Åbent møde:\n"
    "Godkendelse af dagsorden\n"
    "2. behandling af Budget 2026 og overslagsår 2027, 2028 og 2029\n"
    "Opsætning valgplakater KV 2025\n"
)


def test_a_posts_link_to_the_minutes_makes_no_meeting() -> None:
    meeting = parse_meeting(source_from_text(POST))
    assert meeting.kind is None
    assert meeting.start is None


def test_an_agenda_under_a_sites_prose_keeps_its_kind() -> None:
    meeting = parse_meeting(source_from_text(AGENDA_PAGE))
    assert meeting.kind == "dagsorden"


def test_a_long_line_under_the_paragraphs_is_read_as_before() -> None:
    line = Line(
        "Referat fra bestyrelsesmødet den 10. april, hvor bestyrelsen besluttede at aflyse den planlagte"
        " generalforsamling",
        0,
        0,
    )
    assert not below_an_article(line, 5)
    assert below_an_article(Line("Referat af bestyrelsesmøde", 0, 0), 4)
    assert not below_an_article(Line("Referat af bestyrelsesmøde", 0, 0), 3)
    # a committee's page that tells of the committee before its minutes' dated heading, or a heading over the day
    assert not below_an_article(Line("Referat fra mødet den 3. maj 2022", 0, 0), 5)
    assert not below_an_article(Line("Referat", 0, 0), 5, Line("Mødedato: 3. maj 2022", 0, 1))
    assert below_an_article(
        Line("Referat af bestyrelsesmøde", 0, 0), 5, Line("Beredskabsplan for Bøsserup Vandværk", 0, 1)
    )
