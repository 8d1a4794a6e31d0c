"""Whether a member list's entry prints the person's own seat in the body the list is of (asked by the member-list
readers `role_member_blocks`, `role_lineups`, `role_member_paragraphs`, `role_member_lists` and
`role_member_sentences`): a chair's, a deputy's or an observer's
seat bare ("Formand", "NAME (formand)", "Fmd.: NAME", "Næstformand Jens Hansen", "(observatør …)"), or "for"/"i" a
body the list's label or page names ("Formand for Beredskabskommissionen" on its page), or an association's board's
own posts ("NAME, kasserer"). Its holder is no plain member: the README's roles rule 2 gives that title, read by the
readers of titles, and no `medlem` beside it. A chair of another body ("Formand for PLO-Hovedstaden Karin Zimmer")
is a member too, and so is a substitute "for" a named member ("NAME (A), Suppleant for NAME (A)"). The body's own
chair in a bracket after the name ("NAME (borgmester) (C)" in a council's members, "NAME (A) (næstformand)") is that
chair, whatever the reader."""

from __future__ import annotations

import re

# a seat in the body the list is of ("bestyrelsesformand og borgmester i Hillerød", "udvalgsformand", "Fmd.:"), the
# body after it when the entry names one
SEAT_WORD = re.compile(
    r"(?<![\wæøå])(?:bestyrelses|udvalgs|råds|nævns|forenings)?(?P<seat>næstformand|formand|(?:næst)?forperson|observatør|"
    r"suppleant|stedfortræder|medarbejderrepræsentant|(?:n|næst)?fmd(?=\.|[ \t]*:))(?![\wæøå])"
    r"(?P<of>[ \t]+(?:for|i)[ \t]+(?P<body>(?-i:[A-ZÆØÅ])[\wæøå-]+))?",
    re.IGNORECASE,
)
# a post in the body itself: an association's board's own posts besides its chairs ("NAME, kasserer")
OWN_POST = re.compile(r"(?<![\wæøå])(?:kasserer|sekretær|revisor|referent)(?![\wæøå])", re.IGNORECASE)
# the body's own chair in a bracket after the name, a party's bracket before it or not: "NAME (formand)", "NAME
# (borgmester) (C)" in a council's members, "NAME (A) (næstformand)"
CHAIR_IN_BRACKET = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\)){0,2}?[ \t]*"
    r"\([ \t]*(?:bestyrelses|udvalgs)?(?:næst|vice)?(?:formand|borgmester)[ \t]*\)",
    re.IGNORECASE,
)
BODY_STEM = 8  # "Beredskabskommissionen" is named by its first letters in "Medlemmer af beredskabskommissionen"
# a substitute "for" a member, a person's name and party after it ("Birgitte Glifberg (A), Suppleant for Brian Møller
# (A)" in a council's members): no seat in a body, the substitute is listed as a member (README roles rule 2)
FOR_A_MEMBER = re.compile(
    r"[ \t]+for[ \t]+(?-i:[A-ZÆØÅ][a-zæøå]+(?:[ \t]+[A-ZÆØÅ][\wæøå.-]+)+)[ \t]*\([^()\n]{1,10}\)", re.IGNORECASE
)


def prints_own_seat(entry: str, bodies: str = "") -> bool:
    """Whether an entry's text (its line, the seat line over it, its bracket) prints the person's seat in the body
    the list is of: a bare seat or a board's own post, or a seat for a body whose name `bodies` (the list's label
    and the page's opening, lower case) holds."""
    for seat in SEAT_WORD.finditer(entry):
        if seat["seat"].lower() in ("suppleant", "stedfortræder") and FOR_A_MEMBER.match(entry, seat.end("seat")):
            continue
        if seat["body"] is None or seat["body"].lower()[:BODY_STEM] in bodies:
            return True
    return OWN_POST.search(entry) is not None


def chair_in_bracket(text: str, name_end: int) -> bool:
    """Whether a bracket after the name (a party's before it or not) prints the listed body's chair: "NAME
    (formand)", "NAME (borgmester) (C)"."""
    return CHAIR_IN_BRACKET.match(text, name_end) is not None
