"""A rank printed before a title ("1. næstformand", "2. viceborgmester"), read by `roles` over every reader's facts:
a reader that reads the title without its rank ("næstformand" of "Jacob Jensen (V), 2. næstformand") states the
same post as the reader that reads the rank, so the ranked fact stands alone for the person in that body."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import RoleFact

_RANK = re.compile(r"^[1-3]\.\s+")


def ranked_kept(found: list[RoleFact]) -> list[RoleFact]:
    """The facts found, less a title held without its rank where the same person holds it ranked in the same body."""
    ranked = {
        (f.person.name, _RANK.sub("", f.role), f.target) for f in found if f.role is not None and _RANK.match(f.role)
    }
    if not ranked:
        return found
    return [f for f in found if (f.person.name, f.role, f.target) not in ranked]
