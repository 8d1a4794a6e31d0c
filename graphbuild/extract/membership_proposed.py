"""A membership only proposed: a sentence whose word of proposing ("indstiller, at", "foreslås", "anbefaler", an
indstilling's "at …" line) stands before a word of joining or setting up ("melder sig ind i", "bliver medlem af",
"indtræder i", "tilslutter sig", "etableres"; never a word that may state a membership that is, "deltager i",
"medlemskab") states the membership only when its agenda item's decision approves it (README `memberships`: one
"only applied for, proposed … with no decision" gives no row, "a decision recorded in the text approving membership"
does): an agenda's proposal, or one the decision rejects or postpones, gives none. The adoptions step reads its
proposals the same way (adoption_cues.PROPOSAL, APPROVING). A proposal about something else that describes a
membership ("at budgettet for X, som ejes af A og B, godkendes") proposes no membership and keeps its row."""

from __future__ import annotations

import re

from graphbuild.extract.adoption_cues import APPROVING, PROPOSAL
from graphbuild.extract.membership_relation import Context

# joining a body or setting one up, what a proposal may propose (not "deltager i" or "medlemskab", which may
# describe a membership that is: "at budgettet for X, som A og B deltager i, godkendes")
JOINING = re.compile(
    r"\b(?:meld(?:er|e|es)\s+(?:sig\s+|kommunen\s+)?ind|indmeld\w*|bliv(?:e|er)\s+(?:nyt?\s+)?medlem(?:mer)?|"
    r"indtræd\w*|tilslut(?:ter|te|tes)\s+sig|tilslutning|optag(?:es|else)|etabler(?:e|es)|stift(?:e|es)|"
    r"opret(?:te|tes))\b",
    re.IGNORECASE,
)


def proposed_only(ctx: Context, lo: int, hi: int) -> bool:
    """Whether the sentence text[lo:hi] only proposes joining or setting up a body: a word of proposing before a word
    of joining, and no decision of its agenda item approving it."""
    proposal = PROPOSAL.search(ctx.text, lo, hi)
    if proposal is None or JOINING.search(ctx.text, proposal.end(), hi) is None:
        return False
    scope = ctx.scope_at(lo)
    key = scope.key if scope is not None else None
    return (ctx.item_outcomes.get(key) if key is not None else None) not in APPROVING
