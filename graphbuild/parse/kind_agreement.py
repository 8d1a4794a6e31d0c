"""An agreement's numbered sections read as agenda items: an owners' agreement, a shareholders' agreement, a
partnership's contract ("1. BAGGRUND OG FORMÅL", "3. HOLDINGSELSKABETS EJERFORHOLD", "12 Udtræden af
interessentskabet"). Its title page names it and its parties: the agreement's title, in capitals or alone on its
line ("EJERAFTALE", "AKTIONÆROVERENSKOMST", "Samarbejdsaftale"), then within a few words the parties block
("MELLEM ALLERØD KOMMUNE …", "for ”Nomi4S i/s” mellem Holstebro, …") or what it concerns ("VEDRØRENDE KLAR FORSYNING
A/S", "V E D R. Vandsamarbejde Sjælland A/S"). Minutes and agendas name agreements in their items' titles, after the
item's number ("5. Samarbejdsaftale mellem …"), never as the document's title over its parties."""

from __future__ import annotations

import re

# the title: a word naming an agreement or contract, in capitals anywhere on its line (a flattened title page runs
# on: "1 Horten … EJERAFTALE MELLEM …", "AFTALETILLÆG"), or capitalised alone on its line ("Samarbejdsaftale" / "for"
# / …); never after an item's number ("5. Samarbejdsaftale mellem")
_CAPITALS_TITLE = r"(?<![\w.])(?<!\d\.\s)[A-ZÆØÅ]*(?:AFTALE|OVERENSKOMST|KONTRAKT)[A-ZÆØÅ]*"
_LINE_TITLE = r"(?m:^)[ \t]*[A-ZÆØÅ][a-zæøå]*(?:aftale|overenskomst|kontrakt)(?=[ \t]*\n)"
# the parties or the subject, within four words of the title (a second title, "for ”Nomi4S i/s”") or at the end of a
# title in capitals ("AFTALETILLÆG NR. 3 TIL AFTALE AF 10. JUNI 2014 OM FÆLLES UDNYTTELSE AF … MELLEM"); a flattened
# title page may space its capitals out ("M E L L E M", "V E D R.")
_PARTIES = r"(?:MELLEM|[Mm]ellem|M E L L E M|VEDRØRENDE|[Vv]edrørende|V E D R\.)(?!\w)"
_CAPITALS_RUN = r"(?:\s+[A-ZÆØÅ0-9][A-ZÆØÅ0-9.,/&-]*){0,24}?"
_TITLE_PAGE = re.compile(
    rf"(?:{_CAPITALS_TITLE}|{_LINE_TITLE})(?:\s+\S+){{0,4}}?\s+{_PARTIES}|{_CAPITALS_TITLE}{_CAPITALS_RUN}\s+{_PARTIES}"
)
_FRONT = 3000  # the title page, a mirror's chrome above it


def agreement_title_page(text: str) -> bool:
    """Whether the document opens with an agreement's title over its parties."""
    return _TITLE_PAGE.search(text[:_FRONT]) is not None
