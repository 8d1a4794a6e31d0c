"""A flattened contents page's group label with a dotted leader and a page and no title under it ("Sager til
drøftelse:... 9") is a label, not a title (parse.flatten_titles' labels). The dev-write agenda of FynBus's bestyrelse
(24 October 2013, a docplayer transcript), quoted as printed; a guard: a title before its leader stays a title."""

from __future__ import annotations

from graphbuild.parse.flatten_titles import split_title_run

FYNBUS = (
    "DAGSORDEN Sager til beslutning: Rammer for udbud af buskørsel i Nyborg Høringssvar vedr. fælles telekoncept "
    "på Fyn Ændringer til budget 2013 vedr. anlægsprojekt Tidsplan for Trafikplan Sager til drøftelse:... 9 Sager "
    "til orientering: Plan for udarbejdelse af vision i Syddanmark Kundecenter Svendborg Meddelelser Eventuelt"
)


def test_an_empty_group_label_before_its_leader_is_no_title() -> None:
    titles = split_title_run(FYNBUS)
    assert not any("drøftelse" in title for title in titles)
    assert titles[3] == "Tidsplan for Trafikplan"
    assert titles[-2:] == ["Meddelelser", "Eventuelt"]


def test_a_title_before_its_leader_stays() -> None:
    titles = split_title_run("Godkendelse af dagsorden...3 Orientering fra formanden...5 Eventuelt...19")
    assert titles == ["Godkendelse af dagsorden", "Orientering fra formanden", "Eventuelt"]
