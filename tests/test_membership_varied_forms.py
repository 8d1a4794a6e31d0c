"""Membership statements of dev-write documents written the way other publishers write them (issue 13 item
3, the stress test of the membership readers): each form a publisher varies (the verb, a year between the
verb and its members, the body named before or after the list) and a near miss that states no membership.
The bodies and municipalities are those of dev-write documents (svjb-news-samlet-beredskaberne-2015,
struer-news-destination-limfjorden-2020-02-24, trekantbrand-webpage-ledelse-og-udvalg)."""

from __future__ import annotations

from pathlib import Path

from text_facts import facts_of_text, named_relations

from graphbuild.models import DocumentFacts

NEWS = "Nyheder\n\nDet oplyser sekretariatet i en pressemeddelelse. "


def members(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {(member, network) for member, network, _ in named_relations(facts, "MEMBER_OF")}


def test_a_year_between_set_up_and_its_founders(tmp_path: Path) -> None:
    # svjb-news-samlet-beredskaberne-2015: "Siden 1. januar 2015 har redningsberedskaberne i Esbjerg, Varde og
    # Fanø Kommune samlet ressourcerne …", as a publisher dates the setting up: "blev stiftet i 2015 af"
    text = NEWS + "Sydvestjysk Brandvæsen blev stiftet i 2015 af Esbjerg, Varde og Fanø Kommuner.\n"
    assert members(facts_of_text(tmp_path, text)) == {
        (m, "Sydvestjysk Brandvæsen") for m in ("Esbjerg", "Varde", "Fanø")
    }


def test_a_year_and_founders_who_are_people_are_no_members(tmp_path: Path) -> None:
    text = NEWS + "Sydvestjysk Brandvæsen blev stiftet i 2015 af tre frivillige brandmænd.\n"
    assert members(facts_of_text(tmp_path, text)) == set()
