"""A title in the plural before a list of names (read by `roles`): "kommunalbestyrelsesmedlemmerne Gunvor Wibroe,
Sine Heltberg og Malte Mathies Løcke", "rådmænd Lotte Kofoed, Gunvor Wibroe og Freja Fokdal", "byrådsmedlemmerne
Gunnar Karlsen (A) og Jens Borup (V)", "borgmestrene A og B": each name of the list holds the title in the singular,
held where the same title before one name would be."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import PENDING, UNPLACED
from graphbuild.extract.role_patterns import is_municipal
from graphbuild.extract.role_sentence import Reading, Sentence
from graphbuild.extract.role_targets import placed_by_the_step, title_target

PLURAL_TITLE = re.compile(
    r"(?<![\wæøå-])(?P<title>(?:byråds|kommunalbestyrelses|regionsråds|bestyrelses|udvalgs)medlemmer(?:ne)?|"
    r"rådmænd(?:ene)?|(?:vice)?borgmestre(?:ne)?)[ \t]+$",
    re.IGNORECASE,
)
SINGULAR = (("medlemmer", "medlem"), ("rådmænd", "rådmand"), ("borgmestre", "borgmester"))
# what lies between two names of the list: a party in brackets, a comma, "og", "samt"
LIST_GAP = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*|[ \t]+(?:og|samt)[ \t]+|[ \t]*,[ \t]*(?:og|samt)[ \t]+)"
)
COUNCIL_SEATS = ("byrådsmedlem", "kommunalbestyrelsesmedlem", "regionsrådsmedlem")


def singular(title: str) -> str:
    word = title.lower().removesuffix("ne")
    for plural, one in SINGULAR:
        if word.endswith(plural):
            return word.removesuffix(plural) + one
    return word


def plural_title_list(s: Sentence, r: Reading) -> None:
    """ "kommunalbestyrelsesmedlemmerne A, B og C": each listed name's title, the plural's singular."""
    text, here = s.text, s.here
    first = r.i
    while first > 0 and LIST_GAP.fullmatch(text, here[first - 1].end, here[first].start):
        first -= 1
    head = here[first].start
    match = PLURAL_TITLE.search(text, max(s.lo, head - 40), head)
    if match is None:
        return
    role = singular(match["title"])
    role_at = match.start("title")
    target = title_target(s, role, role_at, r.p, r.after_from, r.staff)
    if target is None and (is_municipal(role) or role in COUNCIL_SEATS):
        target = PENDING  # a seat in the council of the person's municipality
    if target is None and placed_by_the_step(role, s.own):
        target = UNPLACED
    if target is not None:
        s.add(r.p, role, target)
