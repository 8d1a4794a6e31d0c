"""Municipalities as members of a network or association, from the text that says so: the step that
runs each membership rule in turn, each rule in a module of its own that finds its form and builds the
MEMBER_OF relation (Municipality -> Organization):

- membership_prose: a sentence that states it (a list after the statement, the subject before it,
  joining, a count of municipalities followed by that many, a labelled list);
- membership_joint_bodies: a joint body named by its members ("Den fælles Beredskabskommission for A og
  B Kommuner");
- membership_lists: a body's member list by the municipality each member sits for.

They share membership_municipalities (the municipalities a statement names), membership_networks (the
network it names or refers back to) and membership_relation (the working state they read, and
MEMBER_OF). The names other modules and tests read are re-exported here.
"""

from __future__ import annotations

from graphbuild.extract.membership_joint_bodies import add_joint_bodies, joint_bodies
from graphbuild.extract.membership_lists import add_member_lists, member_lists
from graphbuild.extract.membership_municipalities import (
    _first_words,
    _may_start_a_name,
    list_at,
    municipalities_in,
    municipality_at,
)
from graphbuild.extract.membership_networks import (
    BACK_REFERENCE,
    NETWORK_KINDS,
    body_is_network,
    defined_networks,
    fire_services,
    named_networks,
)
from graphbuild.extract.membership_prose import (
    COUNT_CUE,
    CUE_REACH,
    CUE_WORDS,
    CUES,
    KOMMUNER,
    MORE_CUE_WORDS,
    MORE_CUES,
    _count_cues,
    add_prose_memberships,
)
from graphbuild.extract.membership_relation import Context
from graphbuild.vocab.municipality_names import municipality_named

__all__ = [
    "BACK_REFERENCE",
    "COUNT_CUE",
    "CUES",
    "CUE_REACH",
    "CUE_WORDS",
    "KOMMUNER",
    "MORE_CUES",
    "MORE_CUE_WORDS",
    "NETWORK_KINDS",
    "Context",
    "_count_cues",
    "_first_words",
    "_may_start_a_name",
    "add_memberships",
    "body_is_network",
    "defined_networks",
    "fire_services",
    "joint_bodies",
    "list_at",
    "member_lists",
    "municipalities_in",
    "municipality_at",
    "municipality_named",
    "named_networks",
]


def add_memberships(ctx: Context) -> None:
    """MEMBER_OF for every membership the text states: in prose, by a joint body's name, in a member list."""
    add_prose_memberships(ctx)
    add_joint_bodies(ctx)
    add_member_lists(ctx)
