"""Items whose headings came out as bullets, the minute at the margin after each (item_bullet_headings)."""

from __future__ import annotations

from snippet_items import item_titles

# dmk-generalforsamling-2019-03-01 (dev-write): a numbered list whose later numbers the page text turned into bullets
GENERAL_MEETING = (
    "Beslutningsreferat - ekstraordinær generalforsamling\n\n"
    "Beslutningsreferat ved ekstraordinær generalforsamling i Danske Musik- og Kulturskoler 1. marts kl. 10.00-12.30, "
    "Park Hotel, Middelfart\n\n"
    " 1. Valg af dirigent og stemmetællere\n\nDirigent: Lars-Ole Vestergaard\n\nReferent: Rasmus Byg\n\n"
    "Generalforsamling indkaldt lovligt.\n\n"
    " • Orientering om interimbestyrelsens arbejde.\n\nAnja (Formand) orienterer.\n\n"
    "95 ud af 96 skoler er blevet medlem af DMK\n\n"
    " • Indkomne forslag\n\nDer er ikke modtaget indkomne forslag\n\n"
    " • Budget for 2019\n\nAnja fremlægger budget.\n\nBudget for 2019 godkendt.\n\n"
    "Ny bestyrelse præsenteret.\n\n"
    " • Valg af formand\n"
)

# aeblegaard-friskole-bestyrelse-2016-11-02 (dev-write): a minutes' table whose item column came out as bullets
BOARD_TABLE = (
    "Bestyrelsesmøde\nDato: 02.11 2016\n\nReferent: Marianne\n\nAfbud: Birthe, Bjarke\n\n"
    "Dagsordenspunkt: Hvem: Tildelt tid: Referat / Beslutning:\n"
    "  • Thomas præsenterer resultat af indeklima\n"
    "15 min. Thomas fremlægger sin kortlægning af Æblegård Friskoles indeklima rapport.\n\n"
    "Det besluttes at bestyrelsen og personalet skal definere nogle indsatsområder for indeklima.\n\n"
    "  • Godkendelse af referat\n5 min. OK\n"
    "  • Busrute – orientering\n"
    "BP 5 min. Ruten for skolebus bliver Avnbøl, Ullerup, Sottrup, Nybøl, Broager, Egernsund.\n"
)

# halgaardskole-skolebestyrelse-2021-10-12 (dev-write): bullets of points inside a lettered item, one under the next
POINTS = (
    "Referat 12. oktober 2021\n\nAfbud: Louise Hebsgaard, Line Gråkjær.\n\nReferat\n\n"
    "a) Nyt fra skolen /HH, MK\n\n"
    " • Det er noget besværligt at lægge videoref. op på facebook. HH følger op på indstillingerne.\n"
    " • Bestyrelsen er blevet orienteret om en mobbesag og brug af vores antimobbstrategi.\n"
    " • Pædagogisk weekend:\n"
    "  Udbytterig med spændende oplæg om højtbegavede børn.\n\n"
)

# regionsyddanmark-sundhedssamordningsudvalget-2012-08-21 (dev-write): a portal page indented whole, a bullet in an
# item's case text at the item's own indentation
INDENTED_PAGE = (
    "  Sagsnr. 12/838\n"
    "  1. Fødeplanen i Region Syddanmark\n"
    "  fold dette punkt ind Sagsfremstilling\n\n"
    "  Fødeplanen i Region Syddanmark v. formand for Følgegruppen til Fødeplanen.\n\n"
    "  • Status for implementeringen og samarbejdet omkring Fødeplanen i Region Syddanmark.\n"
    "    \n"
    "  fold dette punkt ind Beslutning i Sundhedssamordningsudvalget den 21-08-2012\n\n"
    "  Orienteredes.\n\n"
    "  • Udvalget afventer den samlede evaluering af fødeplanen\n"
)


def test_bullets_after_a_numbered_item_are_the_later_items() -> None:
    assert item_titles(GENERAL_MEETING) == [
        "Valg af dirigent og stemmetællere",
        "Orientering om interimbestyrelsens arbejde",
        "Indkomne forslag",
        "Budget for 2019",
        "Valg af formand",
    ]


def test_bullets_alone_each_over_its_minute_are_the_items() -> None:
    assert item_titles(BOARD_TABLE) == [
        "Thomas præsenterer resultat af indeklima",
        "Godkendelse af referat",
        "Busrute – orientering",
    ]


def test_bullet_points_inside_an_item_are_no_items() -> None:
    assert not any(title.startswith(("Det er", "Bestyrelsen er", "Pædagogisk")) for title in item_titles(POINTS))


def test_bullets_at_the_minutes_own_indentation_are_no_items() -> None:
    titles = item_titles(INDENTED_PAGE)
    assert len(titles) == 1 and titles[0].startswith("Fødeplanen i Region Syddanmark")
