"""A sentence that names an item by its number word and goes on in lower case, "Punkt 7 (lukket) udgik.", "Punkt 8
vedr. budget blev udsat.", "Punkt 3 på dagsordenen blev trukket af forvaltningen.", after a comma too, "Sag nr. 13,
bilag til sag nr. 7 og sag nr. 21 samt en tillægsdagsorden var eftersendt.": a decision's or a note's sentence about
the item, no item's heading, read by `item_headings` for its explicit headings ("Punkt N", "Pkt. N", "Sag nr. N";
one such sentence in the agenda's approval was read as the only heading, the items' own bare numbers passed over). A
title that opens with a capital ("Punkt 4 Godkendelse af referat", "Punkt 4, Godkendelse af referat"), a bracket
("Pkt. 3 (Malou)", "Sag nr. 103 (ØU 137/07)") or is an agenda's standing item in lower case ("Pkt. 7 eventuelt")
stays a heading."""

from __future__ import annotations

import re

from graphbuild.parse.item_lines import STANDING_ITEM

# "udgik.", "vedr. budget …", ", bilag til …", "(lukket) udgik.", "7 og 8 blev udsat.": a word in lower case, also
# after a comma, a bracketed note in lower case or the other numbers of a list of items ("Punkt 6, 7 og 8 …")
_LOWER_CASE_GOES_ON = re.compile(
    r"^,?\s*(?:\((?-i:[a-zæøå][^()]*)\)\s+|(?:\d{1,3}\s*(?:,|og)\s*)+\d{1,3}\s+)?(?P<rest>[a-zæøå]{2}.*)$"
)


def sentence_after_number(title: str) -> bool:
    """Whether what follows an explicit heading's number goes on as a sentence in lower case, no standing item's."""
    opening = title[:1]
    match = _LOWER_CASE_GOES_ON.match(title) if opening in ",(" or opening.isdigit() or opening.islower() else None
    return match is not None and STANDING_ITEM.match(match["rest"]) is None
