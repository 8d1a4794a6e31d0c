"""The body a list's label names by its own name, read by the list readers `role_member_blocks` and
`role_heading_seats`: a label of its members ("Medlemmerne af KL's bestyrelse i valgperioden 2018-2022 er:",
"Medlemmer i Færgeudvalget", "Beredskabskommissionens medlemmer er:") or of its make-up ("Beredskabskommissionen
består af følgende medlemmer:", "Derfor har Skægkærområdets Lokalråd følgende sammensætning:"). The term after the
name is no part of it ("… i valgperioden 2018-2022", "Handicaprådet 2022-25"). A label that names the body by its
kind's word alone ("Medlemmer af udvalget:", "Den øvrige bestyrelse består af") names none of its own: the text
around it tells which body that is."""

from __future__ import annotations

import re

from graphbuild.extract.role_lower_bodies import GENERIC_BODY
from graphbuild.vocab.bodies import ends_in_body_noun

# the adverb of time a label's "er" may take, no part of the body's name: "Medlemmerne af Letbanerådet er nu:"
IS_NOW = r"(?:[ \t]+(?:nu|p\.[ \t]*t\.|pt\.))?"
# a label of a body's members that names the body: "Medlemmerne af X … er:", "Medlemmer i X", "Xs medlemmer er:"
MEMBERS_OF = re.compile(
    r"[ \t]*(?:(?i:medlemmer(?:ne)?)[ \t]+(?:af|i)[ \t]+(?P<of>[^\n:]{3,80}?)|"
    r"(?P<owner>[A-ZÆØÅ][\wæøå-]{2,60})s[ \t]+(?i:medlemmer))(?:[ \t]+er"
    rf"{IS_NOW})?[ \t]*:?[ \t]*"
)
# a label of the body's make-up: "X består af[ følgende …]:", "Derfor har X følgende sammensætning:"
MADE_UP_OF = re.compile(
    r"[ \t]*(?:(?P<subject>[A-ZÆØÅ][^\n:,.]{2,60}?)[ \t]+består[ \t]+af(?:[ \t]+følgende[^\n:]{0,60})?|"
    r"(?:[A-ZÆØÅ][a-zæøå]+[ \t]+)?har[ \t]+(?P<holder>[A-ZÆØÅ][^\n:,.]{2,60}?)[ \t]+følgende[ \t]+sammensætning)"
    r"[ \t]*:[ \t]*"
)
# the term after the body's name: "… i valgperioden 2018-2022", "… for 2022-2025", "… 2022-25"
TERM_AFTER = re.compile(r" (?:i (?:valg)?perioden|for \d{4}|\d{4}).*$")


def label_body(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the body's name starts in the label text[start:end] and the name, when the label names a body by its
    own name; else None."""
    label = MEMBERS_OF.fullmatch(text, start, end) or MADE_UP_OF.fullmatch(text, start, end)
    if label is None:
        return None
    group = next(g for g in ("of", "owner", "subject", "holder") if label.groupdict().get(g) is not None)
    name = TERM_AFTER.sub("", " ".join(label[group].split()))
    if GENERIC_BODY.fullmatch(name.lower()) or not name[0].isupper() or not ends_in_body_noun(name.split()[-1]):
        return None  # "Medlemmer af udvalget", "Den øvrige bestyrelse": no body of its own
    return label.start(group), name
