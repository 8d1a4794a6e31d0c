"""A presented case's page that a flattened text ran on into its item's line, read by `outcome_prose.narrative`: where a
PDF-to-text step put a page on one line, the case page's headings are no lines of their own any more and the item
reader may keep them in the title ("Forretningsorden for Børne- og Familieudvalget Udskriv Sagstema Godkendelse af
…", "Beslutningskompetence: KB Sagens kerne") or end the title early and find the case page's own heading, the
title printed again, after it ("Oplæg fra Det syddanske" / "EU-kontor Oplæg fra Det syddanske EU-kontor …"). What
follows is the case presented, not the minutes' narrative of the meeting.
"""

from __future__ import annotations

import re

# a case page's heading, capitalised as a heading is, after the title's first word: "… Udskriv Sagstema …",
# "… Redegørelse …", "Beslutningskompetence: KB Sagens kerne"; never the title's first word ("Resumé af mødet …")
_CASE_HEADING_IN_TITLE = re.compile(
    r"(?<=\S)\s+(?:Sagstema|Sagsfremstilling|Sagsresum[eé]|Resum[eé]|Redegørelse|Beslutningstema|Sagens\s+kerne"
    r"|Punkttype|Lovgrundlag|Retsgrundlag|Sagsbehandler|Sagsnr\.)(?=[\s:]|$)"
    r"|(?<![\w-])(?-i:[A-ZÆØÅ])[\wæøå]*kompetence:"
)
# the title printed again as its own case page's heading, this far into the text after the title at most
_TITLE_AGAIN_REACH = 80
_TITLE_WORDS = 3  # a title of fewer words may well be said again in a sentence
_REST_WORDS = 4  # the words of the title the item reader left out, at most


def case_run_on(title: str, body: str) -> bool:
    """Whether the item's title holds a case page's heading run on into it, or the text after the title opens with
    the rest of the printed title and then the whole title again (a title of three words or more, as printed): the
    item's text is a presented case."""
    if _CASE_HEADING_IN_TITLE.search(title):
        return True
    wanted = title.strip()
    if len(wanted.split()) < _TITLE_WORDS:
        return False
    at = body.find(wanted, 0, _TITLE_AGAIN_REACH + len(wanted))
    rest = body[:at].strip() if at > 0 else ""
    # the rest of the title the item reader left out, then the whole title again ("EU-kontor Oplæg fra Det syddanske
    # EU-kontor"); not a sentence that names the title ("Der afholdes Vestegnstræf i Ballerup den 3. maj")
    return bool(rest) and len(rest.split()) <= _REST_WORDS and body[at + len(wanted) :].lstrip().startswith(rest)
