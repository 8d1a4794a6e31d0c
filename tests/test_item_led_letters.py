"""Lettered points under an item whose heading leads into them with a colon are the item's record, no items of their
own: lines of dev-write minutes of Vallensbæk Musikskole's bestyrelse (2019-12-09), quoted as printed. Lettered items
under a heading that is a title (Ulvshale Digelag's "4. Tilrettelæggelse …" / "4a. Bestyrelsen foreslår …") stay."""

from __future__ import annotations

from tests.snippet_items import items_with_decisions

_MINUTES = (
    "Bestyrelsesmøde, Vallensbæk Musikskole\n"
    "Referat Mandag 9/12 2019, kl, 19.30 – 21.15\n"
    "1. Startpunkter:\n"
    "1a. Dagsorden blev godkendt\n"
    "1b. Referat fra sidst blev godkendt.\n"
    "2. Økonomi:\n"
    "2a. Budget 2019. Orientering. Der forventes et mindreforbrug på ca. kr. 70.000,-, som er indenfor + - 5 %.\n"
    "2b. Budget 2020. Musikskolens budget stiger over de næste 4 år pga. ny tildelingsmodel.\n"
    "3. Ny strategi/Vision for musikskolen. Forslag blev gennemgået, og der var ingen yderligere ændringsforslag.\n"
    "4. Korte orienteringspunkter fra musikskolelederen:\n"
    "4a. Arrangementer indtil næste bestyrelsesmøde blev gennemgået.\n"
    "4b. Der er ansat en ny Trompetlærer, Rolf Thofte Sørensen.\n"
    "5. Evt.\n"
)


def test_lettered_points_under_a_colon_are_the_items_record() -> None:
    found = items_with_decisions(_MINUTES)
    assert [number for number, _, _ in found] == ["1", "2", "3", "4", "5"]


def test_lettered_items_under_a_title_stay() -> None:
    text = (
        "3. Økonomi\nKassereren gennemgik regnskabet.\n"
        "4. Tilrettelæggelse af ekstraordinær generalforsamling den 26.11.23\n"
        "Formanden orienterede.\n"
        "4a. Bestyrelsen foreslår at igangsætte Fase 1 fra forundersøgelsesrapporten.\n"
        "Det blev aftalt.\n"
        "5. Eventuelt\nIntet.\n"
    )
    assert [number for number, _, _ in items_with_decisions(text)] == ["3", "4", "4a", "5"]


def test_lettered_items_of_a_group_heading_with_sections_of_their_own_stay() -> None:
    text = (
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
        "2. Sager til beslutning:\n"
        "2a. Budgetopfølgning 2024\nSagsfremstilling\nForvaltningen har udarbejdet budgetopfølgningen.\n"
        "Beslutning\nGodkendt.\n"
        "2b. Lokalplan for Østerbyen\nSagsfremstilling\nForslaget har været i høring.\nBeslutning\nGodkendt.\n"
        "3. Eventuelt\nBeslutning\nIntet.\n"
    )
    assert [number for number, _, _ in items_with_decisions(text)] == ["1", "2", "2a", "2b", "3"]
