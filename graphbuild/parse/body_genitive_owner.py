"""The meeting's board named with its owner in the genitive where the text names it so and the header does not:
a body the header reads only as "Bestyrelse(n)" in minutes or an agenda whose items name "KTCs bestyrelse" ("Pkt. 7
Mødeplan KTCs bestyrelse"), "Movias bestyrelse" ("Tilpasning af forretningsorden for Movias bestyrelse"): the body
in full, "KTCs bestyrelse". Read by the parse stage into `Meeting.body_in_full` after `body_owner`'s and
`body_place`'s readings of the header. Only where the text names one owner's board so; never a common noun's
("Foreningens bestyrelse", "Selskabets bestyrelse"), a municipality's or a region's."""

from __future__ import annotations

import re

from graphbuild.vocab.municipality_names import municipality_named

_BARE_BOARD = re.compile(r"(?i)bestyrelse(?:n)?")
# one capitalised word before its genitive "s" and the board's word: "KTCs bestyrelse", "Movias bestyrelse"
_OWNERS_BOARD = re.compile(
    r"(?<![\wæøåÆØÅ&'’-])(?P<owner>[A-ZÆØÅ][\wæøåÆØÅ&-]*?)(?P<s>s|'s|’s)[ \t]+(?P<board>bestyrelse(?:n)?)(?![\wæøå])"
)
# a common noun's definite form in the genitive names whose board only by the text around it
_DEFINITE = re.compile(r"(?:en|et|ne)$")
_NOT_OWNER = frozenset({"region", "regionen", "kommune", "kommunen", "danmark", "forretningsorden"})


def board_in_genitive(text: str, body: str | None) -> str | None:
    """The meeting's bare board ("Bestyrelse") as the text names it with its one owner in the genitive, "KTCs
    bestyrelse"; None where the text names no such board, or several owners' boards."""
    if _BARE_BOARD.fullmatch((body or "").strip()) is None:
        return None
    named: dict[str, str] = {}
    for found in _OWNERS_BOARD.finditer(text):
        owner = found["owner"]
        if _DEFINITE.search(owner) and not owner.isupper():
            continue  # "Foreningens bestyrelse": a common noun's, whose it is the text around it says
        if owner.lower() in _NOT_OWNER or municipality_named(owner) is not None:
            continue
        named.setdefault(owner, f"{owner}{found['s']} bestyrelse")
    if len(named) != 1:
        return None
    return next(iter(named.values()))
