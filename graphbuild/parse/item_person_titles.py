"""A numbered line whose title is a person's name and nothing else, "4. Lise Karlsson -", "1. Vagn Dinesen": a point
of a numbered list of people (a board's deputies in their order, those elected), no agenda item; an item's title
names a matter, and one that names a person says what of them ("Stefan Agger - udtræden af kommunalbestyrelsen",
"Inge Nørbjerg blev valgt som dirigent."). Read by `items` of every candidate heading and item found."""

from __future__ import annotations

import re

from graphbuild.vocab.person_names import NAME_RUN, listed_first_name, plausible

# what a list of names may print after each name: a dash before the next, a full stop or comma at the end
_TRAILING = re.compile(r"[\s\-–,.;]+$")
_MOST_WORDS = 4  # "Brit Kæseler Grell", "Anne Birgitte Duus Hansen"


def is_person_name(title: str) -> bool:
    """Whether a title is one person's name alone: a listed first name, then capitalised name words."""
    name = title.strip()
    # the marks after a name end the stripped title: one that ends otherwise is spared the search, tried at each mark
    name = _TRAILING.sub("", name) if name[-1:] in "-–,.;" else name
    if not name or not name[:1].isupper() or NAME_RUN.fullmatch(name) is None:
        return False
    tokens = name.split()
    return len(tokens) <= _MOST_WORDS and listed_first_name(tokens[0]) and plausible(tokens)
