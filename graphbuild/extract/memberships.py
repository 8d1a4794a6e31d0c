"""Municipalities as members of a network or association, from the text that says so: the step that
runs each membership rule in turn, each rule in a module of its own that finds its form and builds the
MEMBER_OF relation (Municipality -> Organization):

- membership_prose: a sentence that states it (a list after the statement, the subject before it,
  joining, a count of municipalities followed by that many, a labelled list);
- membership_joint_bodies: a joint body named by its members ("Den fælles Beredskabskommission for A og
  B Kommuner");
- membership_lists: a body's member list by the municipality each member sits for;
- membership_owner_shares: a table or list of the municipalities' shares in a body they own;
- membership_agreement_parties: the municipalities an owners' agreement is made between ("EJERAFTALE MELLEM A
  KOMMUNE, B KOMMUNE …"), members of the body its title, preamble or section headings name;
- membership_owners_heard: the owners heard as a group, then each named answering ("ejerne skulle høres …
  A, B og C kommuner ønsker …");
- membership_counted_next: a sentence counting a network's municipalities, the list in the next sentence;
- membership_withdrawals: a municipality's application or decision to leave a body ("X Kommunes ansøgning
  om udtrædelse af Y"), which states the membership it would end;
- membership_council_seats: the organisations a vandråd or naturråd is made of, listed under a label naming it
  or a heading of who sits in it;
- membership_organisation_lists: the organisations (or municipalities) listed one a line under a line that says a
  body has them as members ("Foreningen har 12 medlemmer:", "Medlemmer af X:");
- membership_cooccurring: the generic reader after them all: one body and a list of municipalities in a sentence,
  tied by any word of membership in any order, the body also named only by its kind's word;
- membership_definitions: a body defined by what it is, the municipalities its definition lists ("X er en forening
  for turismeerhvervene i A, B og C Kommune");
- membership_group_owners: the named owners or members a body that opens its sentence lists beside an unnamed group
  of municipalities ("Fynbus ejes af Region Syddanmark og de fynske kommuner");
- membership_naming (last): a body renamed ("skifter beredskabet navn til X") takes its new name as an alias, so
  its members' rows hold under either name.

The step reads the text with a flattened PDF's page breaks inside a statement blanked (membership_page_breaks).
They share membership_municipalities (the municipalities a statement names, and the regions and KKRs
listed with them), membership_networks (the network it names or refers back to) and membership_relation
(the working state they read, and MEMBER_OF; ADOPTED when the "network" is a known shared initiative:
"Følgende kommuner er med i DK2020: …" states adoptions, README `memberships`).
"""

from __future__ import annotations

from graphbuild.extract.membership_agreement_parties import add_agreement_parties, add_parties_clause
from graphbuild.extract.membership_cooccurring import add_cooccurring
from graphbuild.extract.membership_council_seats import add_council_seats
from graphbuild.extract.membership_counted_next import add_counted_next
from graphbuild.extract.membership_definitions import add_definitions
from graphbuild.extract.membership_group_owners import add_group_owners
from graphbuild.extract.membership_joint_bodies import add_joint_bodies
from graphbuild.extract.membership_lists import add_member_lists
from graphbuild.extract.membership_naming import add_renames
from graphbuild.extract.membership_organisation_lists import add_organisation_lists
from graphbuild.extract.membership_owner_shares import add_owner_shares
from graphbuild.extract.membership_owners_heard import add_owners_heard
from graphbuild.extract.membership_page_breaks import JoinedPages, joined_pages
from graphbuild.extract.membership_prose import add_prose_memberships
from graphbuild.extract.membership_relation import Context
from graphbuild.extract.membership_withdrawals import add_withdrawals


def add_memberships(ctx: Context) -> None:
    """MEMBER_OF for every membership the text states: in prose, by a joint body's name, in a member list,
    in a table of owners' shares, in the owners' answers to a hearing, in a withdrawal from the body; a flattened
    PDF's page breaks inside a statement read as spaces (membership_page_breaks)."""
    joined = joined_pages(ctx.text)
    if joined is not ctx.text:
        ctx = JoinedPages(ctx, joined)
    add_prose_memberships(ctx)
    add_counted_next(ctx)
    add_joint_bodies(ctx)
    add_member_lists(ctx)
    add_owner_shares(ctx)
    add_agreement_parties(ctx)
    add_parties_clause(ctx)
    add_owners_heard(ctx)
    add_withdrawals(ctx)
    add_council_seats(ctx)
    add_organisation_lists(ctx)
    add_cooccurring(ctx)
    add_definitions(ctx)
    add_group_owners(ctx)
    add_renames(ctx)
