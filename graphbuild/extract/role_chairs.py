"""The body an unnamed chair chairs, as the roles step places it (`Chairs`), and the networks a text names, known or
named by their form (`network_mentions`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from typing import cast

from graphbuild.extract.membership_network_forms import named_networks
from graphbuild.extract.membership_networks import NETWORK_KINDS
from graphbuild.extract.mentions import Mention
from graphbuild.extract.role_facts import UNPLACED, Target
from graphbuild.extract.role_page_appointers import named_as_appointer
from graphbuild.extract.role_page_body import page_board
from graphbuild.extract.role_page_entries import PageEntries
from graphbuild.extract.role_page_kind_body import page_kind_body
from graphbuild.extract.role_page_lead import page_lead_organisation
from graphbuild.extract.role_page_one_board import page_one_board
from graphbuild.extract.role_page_organisation import page_organisation
from graphbuild.extract.role_parish_council import parish_council
from graphbuild.extract.role_unnamed import heading_body, unnamed_body
from graphbuild.models import Meeting
from graphbuild.vocab import ids

CHAIR_BEFORE = re.compile(r"\bformand(?:skab(?:et)?)?\s+(?:for|i)\s+$", re.IGNORECASE)


class Chairs:
    """The body an unnamed chair chairs: the one named last with "formand for" before it, else the
    network the text named last before it, else the meeting's body (in its header and in its items:
    "Sten Brincker (formand) meddelte …", "Mødet blev ledet af næstformand Lise Holm")."""

    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        body_id: str | None,
        meeting: Meeting,
        networks: list[Mention],
        entries: PageEntries | None = None,
    ) -> None:
        self.text = text
        self.orgs = [m for m in mentions if m.type == "Organization" and m.kind != "region"]
        self.starts = [m.start for m in self.orgs]
        self.networks = networks
        self.network_starts = [m.start for m in networks]
        self.body: Target | None = (body_id, meeting.body or body_id, "Organization") if body_id else None
        self._source = meeting.source
        self._meeting = meeting
        self.entries = entries  # a page's list entries (`role_page_entries`): their organisations hold no list

    @cached_property
    def unnamed(self) -> Target:
        """The body a text that names none is about ("Tilstede var: Overborgmester NAME …" on a page that names
        neither its committee nor a municipality): the one its heading names, else the board a page that is no
        meeting's names in its headline or first sentence ("Konstituering af Hirtshals Havns nye bestyrelse"),
        else the body such a page names only by its kind's word ("Bestyrelsen", "Medlemmer af vandrådet"), else the
        organisation such a page names as a board's or a director's owner ("Vestforbrændings nye bestyrelse"), else the
        organisation such a page leads with ("Ærøxpressen - der forbinder Marstal med Rudkøbing - …"), else the one
        parish council a page about its menighedsråd names ("Hilsen Darum menighedsråd"), else the one board a page
        names with its owner ("Midttrafiks nye bestyrelse"), else one of its own, known only as the document's (read
        only when a rule falls back to it)."""
        return (
            self.named_unnamed
            or page_lead_organisation(self.text, self._meeting)
            or parish_council(self.text, self._source.doc_id)
            or page_one_board(self.text, self._source.doc_id)
            or self.unnamed_of_its_own
        )

    @property
    def unnamed_if_asked(self) -> Target | None:
        """`unnamed` when a reader has asked for it, else None: a fact no reader held there is not held there, and
        the page readers behind it are not run to say so."""
        unnamed = self.__dict__.get("unnamed")  # where cached_property keeps it once read
        return cast("Target", unnamed) if unnamed is not None else None

    @cached_property
    def unnamed_for_a_municipal_title(self) -> Target:
        """`unnamed`, never the organisation a page leads with: a mayor's title whose municipality the page never
        names is no post of the page's subject ("borgmester NAME" in a news item about a ferry company)."""
        return self.named_unnamed or self.unnamed_of_its_own

    @cached_property
    def heading(self) -> Target | None:
        """The body the text's heading names, else None."""
        return heading_body(self.text, self._source.doc_id)

    @cached_property
    def named_unnamed(self) -> Target | None:
        return (
            self.heading
            or page_board(self.text, self._meeting)
            or page_kind_body(self.text, self._meeting)
            or page_organisation(self.text, self._meeting)
        )

    @cached_property
    def unnamed_of_its_own(self) -> Target:
        return unnamed_body(self.text, self._source)

    def __call__(self, pos: int) -> Target | None:
        before = self.orgs[max(0, bisect_left(self.starts, pos - 800)) : bisect_left(self.starts, pos)]
        for m in reversed(before):
            if CHAIR_BEFORE.search(self.text[max(0, m.start - 25) : m.start]):
                return m
        networks = self.networks[: bisect_left(self.network_starts, pos)]
        if networks:
            if self.entries is not None and self.entries.on_an_entry(networks[-1].start):
                return self.unnamed  # "NAME valgt af Sinding Borgerforening" on the line above: the page's body
            if self.entries is not None and named_as_appointer(self.text, networks[-1].start):
                return self.unnamed  # "5 medlemmer udpeget af … (KKR Hovedstaden):" over the list: the page's body
            return networks[-1]
        return self.body  # "Jens Hansen (formand) bød velkommen" in an item: the meeting's body

    def or_unplaced(self, pos: int) -> Target:
        """The body an unnamed chair at pos chairs, else UNPLACED (the step places it when no reader did)."""
        return self(pos) or UNPLACED

    def named_before(self, pos: int) -> Target:
        """The body a list that starts at pos is of when no chair is placed there: the body the text named last
        before it, else the document's own (its heading's, else one known only as the document's)."""
        return self.last_named(pos) or self.unnamed

    def listed_in(self, pos: int) -> Target | None:
        """The body a listed seat at pos is held in when no reader placed it: the body the text named last before
        it, unless a page's entry names it (`role_page_entries`): then the body the page is about."""
        named = self.last_named(pos)
        if named is not None and self.entries is not None and self.entries.on_an_entry(named.start):
            return self.unnamed
        return named

    def last_named(self, pos: int, reach: int = 1500) -> Mention | None:
        """The body the text named last before pos (a web page's section about one committee)."""
        index = bisect_left(self.starts, pos)
        return self.orgs[index - 1] if index and pos - self.orgs[index - 1].start <= reach else None


def network_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The networks the text names: those the mention readers know, and those `named_networks` reads by their form."""
    found = [m for m in mentions if m.type == "Organization" and m.kind in NETWORK_KINDS]
    taken = [(m.start, m.end) for m in found]
    for start, end, name in named_networks(text):
        if not any(a < end and start < b for a, b in taken):
            found.append(Mention(start, end, ids.organization_id(name), "Organization", name, "network"))
    return sorted(found, key=lambda m: m.start)
