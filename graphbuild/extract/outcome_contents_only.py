"""An item known only from a contents list (parse's ``from_contents``: its text is not in the document), read by
`agenda`: it has no decision text of this meeting, so none by the written rule, unless the list itself marks it
("Lukket" in its entry or a closed part's heading over it: closed; "Udgår"/"Udsat": postponed). What its title or its
contents line alone would give is not its outcome: an agenda's "Indstilling af en repræsentant …" read as proposed
from the line's "indstilling", an information title ("Formanden orienterer") read as noted."""

from __future__ import annotations

from graphbuild.models import Outcome

# the outcomes a contents list itself prints for an entry (tests/realworld/README.md, the outcome rule's last rows)
_CONTENTS_MARKS: frozenset[Outcome] = frozenset({"closed", "postponed"})


def contents_only_outcome(outcome: Outcome) -> Outcome:
    """The outcome of an item known only from a contents list: its list's closed or taken-off mark, else none."""
    return outcome if outcome in _CONTENTS_MARKS else "none"
