"""The outcome the written rule gives one public item of minutes: the outcome guards' shared reading (a title, and a
decision under a decision heading)."""

from graphbuild.extract.outcomes import outcome_of
from graphbuild.models import Outcome


def headed_outcome(title: str, decision: str) -> Outcome:
    """The outcome of a public item of minutes titled ``title`` whose ``decision`` stands under a decision heading
    (the item's text the title over the decision)."""
    return outcome_of(title, True, decision, False, f"{title}\n{decision}", headed=True)
