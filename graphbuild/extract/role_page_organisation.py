"""The organisation a web page or a news article is about, read by `role_chairs` where the page names no body of its
own, no board in its headline and no body by its kind's word: a capitalised name the page prints where only an
organisation can stand, as the owner of a board, its meeting, a general meeting or a director's post
("Vestforbrændings nye bestyrelse", "bestyrelsesmøde i Udvikling Fyn", "Generalforsamling i BRMV", "Holte Fjernvarmes
adm. direktør"), and that its opening (its headline and first lines, `role_page_body`'s, no byline) also prints; of
several, the one the opening prints first. Only in a document that is no meeting's. Never a municipality's name, a
region's, a name a person's first name opens ("Jens Hansens bestyrelse"), nor the words a sentence or a headline opens
with ("Om", "Den nye")."""

from __future__ import annotations

import re

from graphbuild.extract.mention_owner_places import owner_names
from graphbuild.extract.role_page_body import opening_lines
from graphbuild.models import Meeting
from graphbuild.vocab import ids
from graphbuild.vocab.printed_places import places

# a character of a name's word, which may not stand right before the name; where the name does not end (no genitive's
# ending and then no such character after it)
_NAME_CHAR = re.compile(r"[\wæøåÆØÅ&-]")
_NOT_NAME_END = re.compile(r"(?!(?:s|'s|’s|'|’)?(?![\wæøåÆØÅ&-]))")


def page_organisation(text: str, meeting: Meeting) -> tuple[str, str, str] | None:
    """The organisation a page that is no meeting's is about, as an (id, name, type) target; else None."""
    if meeting.kind is not None or meeting.body is not None:
        return None
    opening = "\n".join(opening_lines(text))  # a byline is no opening: "Af: Redaktionen Midttrafiks nye bestyrelse"
    printed = []
    for name in owner_names(text):
        # the name alone or in the genitive ("Vestforbrænding klar med ny bestyrelse", "Vestforbrændings")
        found = places(opening, name, _NAME_CHAR, _NOT_NAME_END)
        if found:
            printed.append((found[0], name))
    if not printed:
        return None
    name = min(printed)[1]
    return ids.organization_id(name), name, "Organization"
