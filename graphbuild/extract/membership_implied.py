"""The network a membership cue with no object refers to: "Fanø, Læsø og Samsø, de er også medlem, og derfor …",
"Kolding Kommune er allerede medlem." The cue says what the members are members of no more than "foreningen" does:
the network named last before the statement (or stated last, if later), within IMPLIED_REACH; never the meeting's own
body."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.membership_networks import NetworkRef, network_id
from graphbuild.extract.membership_relation import Context

# what may follow a cue that has no object: an adverb, then the clause's or the sentence's end
# nothing after the cue but a mark, the text's end or "og"/"men": each blank run read once (possessive), as
# `[ \t]*` beside `[ \t]+og` split a run of blanks every way; the same truth (its one use)
NO_OBJECT = re.compile(
    r"(?:[ \t]++(?:igen|også|nu|fortsat|stadig|allerede))*(?:[ \t]++(?:og|men)\b|[ \t]*+(?:[,.;!?)]|$))"
)
# cues a bare word of membership ends: "er (også) medlem(mer)", "er medejer(e)", "er interessent(er)"
BARE_MEMBER = re.compile(r"(?i:medlem(?:mer)?|medejere?|ejere?|interessent(?:er)?|deltager(?:e)?)$")
IMPLIED_REACH = 1200


def has_no_object(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether the subject cue at text[cue_start:cue_end] ends in a bare word of membership with nothing after it."""
    return BARE_MEMBER.search(text, cue_start, cue_end) is not None and NO_OBJECT.match(text, cue_end) is not None


def implied_network(
    ctx: Context,
    networks: list[NetworkRef],
    starts: list[int],
    lo: int,
    stated: list[tuple[int, int, str]],
) -> str | None:
    """The network named last before text[lo:] within IMPLIED_REACH, or stated last by a statement after it."""
    before = networks[: bisect_left(starts, lo)]
    named = before[-1] if before and before[-1].start >= lo - IMPLIED_REACH else None
    if stated and stated[-1][0] >= lo - IMPLIED_REACH and (named is None or stated[-1][0] > named.start):
        return stated[-1][2]
    network = network_id(ctx, named) if named is not None else None
    # the meeting's own body, named in its heading, is not referred to by a bare cue in its minutes ("Odder og
    # Horsens Kommuner er medlem." under "Møde i Direktørnetværket")
    return None if network is None or network == ctx.body_id else network
