"""h-speed18 (issue 13 item 7): the networks a document names are read once for every membership reader that asks
(``membership_networks.networks_of``), and each reader gets what reading them again would give."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from graphbuild.extract.membership_networks import _networks_in, networks_of
from graphbuild.extract.mentions import find_all

_TEXT = (
    "Kolding Kommune er sammen med Vejle, Fredericia og Middelfart medlem af Business Region Aarhus. "
    "Trekantområdet er et fælleskommunalt samarbejde mellem Billund, Fredericia, Haderslev og Kolding kommuner."
)


def _ctx(text: str) -> Any:
    return SimpleNamespace(text=text, mentions=find_all(text, 0, len(text)))


def test_the_networks_of_a_document_are_read_once_and_each_reader_gets_its_own_list() -> None:
    ctx = _ctx(_TEXT)
    first = networks_of(ctx)
    assert first == _networks_in(ctx) and first
    first.clear()  # a reader's list is its own
    again = networks_of(ctx)
    assert again == _networks_in(ctx) and again is not first


def test_another_document_or_other_mentions_are_read_again() -> None:
    ctx = _ctx(_TEXT)
    networks_of(ctx)
    other = _ctx("Lejre Kommune er medlem af KKR Sjælland og Business Region Aarhus.")
    known = networks_of(other)
    assert known == _networks_in(other) and [n.mention.name for n in known if n.mention] == ["KKR Sjælland"]
    fewer = SimpleNamespace(text=other.text, mentions=[])  # the same text, another list of mentions: no known one
    assert networks_of(fewer) == _networks_in(fewer) and all(n.mention is None for n in networks_of(fewer))
    assert networks_of(ctx) == _networks_in(ctx)
