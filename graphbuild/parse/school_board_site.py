"""A board named by its bare word ("Bestyrelsesmøde", "Bestyrelse") on a school's pages of Aula, the platform every
Danish public school publishes on ("nydamskolen.aula.dk/skolebestyrelsen/…", "frb-ny.aula.dk"): the school's board,
"Skolebestyrelsen", which the law gives every municipal school; a daycare's Aula pages (its "forældrebestyrelse"),
another host's pages and a board named with its owner are left as they are."""

from __future__ import annotations

import re

from graphbuild.parse.publisher_site import host_of

SCHOOL_BOARD = "Skolebestyrelsen"
_BARE_BOARD = re.compile(r"(?i)^\s*bestyrelse(?:n|smøde|smødet)?\s*$")
_AULA = ".aula.dk"
# the pages tell a school's: the host's name or the page's first words ("Fra skolen:", "SKOLENS PERSONALE",
# "Skoleleder:")
_SCHOOL = re.compile(r"(?i)skole")
_SCHOOL_WORD = re.compile(r"(?i)\bskole(?:n|ns|leder|lederen|bestyrelse[a-z]*)?\b")
# a daycare's pages, whose board is its parents' ("forældrebestyrelsen")
_OTHER_INSTITUTION = re.compile(r"(?i)dagtilbud|børnehave|vuggestue|daginstitution|børnehus|forældrebestyrelse")
_HEAD_REACH = 1500


def school_board(url: str | None, text: str, body: str | None) -> str | None:
    """ "Skolebestyrelsen" for a bare board on a school's Aula pages; else None."""
    if not url or not body or not _BARE_BOARD.match(body):
        return None
    host = host_of(url)
    if host is None or not host.endswith(_AULA):
        return None
    head = text[:_HEAD_REACH]
    if _OTHER_INSTITUTION.search(host) or _OTHER_INSTITUTION.search(head):
        return None
    return SCHOOL_BOARD if _SCHOOL.search(host) or _SCHOOL_WORD.search(head) else None
