"""A body's roster as its web page prints it, read by ``roles`` and ``role_boards``: a title on a line of its
own ("Formand", "Øvrige medlemmer", "Medlemmer 2014-2017", "Medlem:   Suppleant:") over one name a line (past
an entry whose name no name list knows); a heading that names the body its members are of ("Medlemmer af
Sundhedskoordinationsudvalget", "Beredskabskommissionens medlemmer er:") runs on past its groups' headings
("Region", "Kommuner") and nominator lines, its bulleted entries may open with their title ("• Formand NAME"
is the chair), a seat in brackets or after a dash overrides the heading's ("(observatør fra …)", "- formand");
and the names that open the lines under a line that announces them ("Bestyrelsen består af\n\nA (A), formand")."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.extract.line_scan import lines_with
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_label_bodies import IS_NOW
from graphbuild.extract.role_patterns import CHAIR_ROLES, GENITIVE_S, ROLE_WORDS, role_of_word
from graphbuild.parse.lines import end_without_space, start_of_line

# a roster's heading, a line of its own: "Formand", "Øvrige medlemmer", "Medlemmer 2014-2017", "Medlem:   Suppleant:",
# "Kommunale medlemmer:", "Regionsrådsmedlemmer:"
_ROSTER_TITLE = (
    # a group's adjective: "Øvrige", "Faste", "Kommunale medlemmer:", "Regionale medlemmer"
    r"(?:(?:Andre|[A-ZÆØÅ][a-zæøå]+e)[ \t]+)?"
    r"(?i:formand|næstformand|(?:bestyrelses)?medlem(?:mer(?:ne)?)?|suppleant(?:er)?|observatør(?:er)?|"
    # the seat's own word in the plural: "Regionsrådsmedlemmer:", "Udvalgsmedlemmer:" (medlem, the README's rule 2)
    r"(?:regionsråds|byråds|kommunalbestyrelses|repræsentantskabs|udvalgs|råds)medlemmer(?:ne)?)"
)
_YEARS = r"\d{4}[ \t]*[-–][ \t]*\d{4}"
# the term before its years: "i valgperioden 2018-2022", "for perioden 2022-2025", "i funktionsperioden"
_PERIOD = r"[ \t]+(?:i|for)[ \t]+(?:den[ \t]+)?(?:valg|funktions|byråds|kommunalbestyrelses)?perioden?"
# … "Medlemmer af Sundhedskoordinationsudvalget", "Beredskabskommissionens medlemmer er:": the body the members
# are of, named in the heading
_HEADING_TAIL = (
    rf"(?P<first>{_ROSTER_TITLE})(?:[ \t]+af[ \t]+(?P<body>[\wæøå§][\wæøå&.'’-]*(?:[ \t]+[\wæøå&.§'’-]+){{0,7}}?))?"
    rf"(?:{_PERIOD})?(?:[ \t]+(?:{_YEARS}|\({_YEARS}\)))?(?:[ \t]+er{IS_NOW})?[ \t]*:?"
    rf"(?:[ \t]{{2,}}(?P<second>{_ROSTER_TITLE})[ \t]*:?)?[ \t]*"
)
ROSTER_HEADING = re.compile(rf"[ \t]*{_HEADING_TAIL}")
HEADING_WORDS = ("formand", "medlem", "suppleant", "observatør")  # every match of _ROSTER_TITLE holds one
# … the owner in the genitive, tried only on a line with "medlemmer" in it: "Beredskabskommissionens medlemmer er:"
OWNED_HEADING = re.compile(
    rf"[ \t]*(?P<owner>[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[\wæøå-]+){{0,4}}?){GENITIVE_S}[ \t]+(?=(?i:medlemmer)){_HEADING_TAIL}"
)
# what may follow a name alone on its line: a party's letters
NAME_ALONE_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,12}\))?[ \t]*")
ROSTER_ENTRY = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[•*·–-][ \t]*)?")
# a numbered or bulleted entry that opens with a name the name lists do not know ("9. Dirch Jansen Schmidt,
# Saltholmsejerlauget", "• Abeer Abo Kalefh - valgt blandt …"): the roster runs on past it (an agenda's
# "1. Godkendelse af dagsorden" or "• Erhvervslivet - …" opens with one capitalised word, and ends it)
UNREAD_NAME_ENTRY = re.compile(
    r"[ \t]*(?:\d{1,2}[.)]|[•*·])[ \t]*[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][.\wæøå-]*){1,3}"
    r"(?:[ \t]*\([^()\n]{1,40}\)[ \t]*(?=[,\n]|$))?[ \t]*(?:,|[ \t]{2}|[ \t][-–][ \t]|$)"
)  # … its party in brackets after it: "• Jette Skive (O), Aarhus"
ROSTER_ROLES = {
    "medlemmer": "medlem", "medlemmerne": "medlem", "bestyrelsesmedlemmer": "medlem",
    "bestyrelsesmedlemmerne": "medlem", "suppleanter": "suppleant",
    "observatører": "observatør",
}  # fmt: skip
# an entry of a bulleted roster that opens with the member's title: "• Formand Anne Møller Ronex (B), Regionsrådet",
# "• Kommunaldirektør Claus Thykjær, Greve Kommune"
TITLED_ENTRY = re.compile(
    rf"[ \t]*[•*·–-][ \t]*(?P<title>{ROLE_WORDS})(?:[ \t]+(?:{ROLE_WORDS}))?[ \t]*[,:]?[ \t]+", re.IGNORECASE
)  # … a chair's title and the post beside it: "• Formand borgmester Erik Nielsen (S), Rødovre Kommune"
# … or with no bullet, when the name ends the entry or a comma or a bracket follows it
# (each blank run read once, possessive: a title never opens with a blank, and after it the blanks then a comma and
# blanks, or the blanks alone; as `[ \t]*` before the title's many words, each blank of a line of them was tried as
# the title's start against each word: 0.42 s at 64,000)
TITLED_LINE = re.compile(rf"[ \t]*+(?P<title>{ROLE_WORDS})(?:[ \t]*+,[ \t]++|[ \t]++)", re.IGNORECASE)
# (the blanks before and after the bracket read once each: as two runs side by side, a line of blanks was shared
# between them every way)
ENTRY_REST = re.compile(r"[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?(?:,|$)")
# a seat in brackets after an entry's name, which it holds instead of the heading's: "• Kristine Grønbech-Jensen
# (observatør fra Beredskabsforbundet)"; never a seat labelling another holder ("• NAME (suppleant: NAME2)")
BRACKET_SEAT = re.compile(
    r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?"
    # … the member's municipality between: "Ib Boye Lauritsen (V), Ikast-Brande (næstformand)"
    r"(?:,[ \t]*(?-i:[A-ZÆØÅ])[\wæøå-]+(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå-]+){0,2}[ \t]*)?"
    r"\((?P<seat>observatør|suppleant|næstformand|formand)(?![\wæøå])(?![ \t]*:)",
    re.IGNORECASE,
)
# … or after a dash or a comma: "Minna Vadskjær - formand: minvad@…", "Lolan Ottesen (A) - formand", "Andreas Keil
# (A) , formand – Københavns Kommune"
SEAT_AFTER_DASH = re.compile(
    r"[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?[-–,][ \t]*"
    r"(?P<seat>(?i:bestyrelsesformand|næstformand|formand|suppleant|observatør))(?![\wæøå-])(?![ \t]+(?:for|i|af)[ \t])"
)
# a line between the entries of one roster that is no entry: a group's heading in a bulleted list ("Region",
# "Kommuner", "Praktiserende læger"), a column's heading or a member's nominator in a table printed one cell a
# line ("Indstillet af:", "Roskilde Kommune"); never a line of a secretariat or a contact
GROUP_LINE = re.compile(
    # (its runs of blanks read once: the line's look-ahead tried from the first word only, the colon's blanks
    # possessive)
    r"[ \t]*+(?![^\n]*(?i:sekretær|sekretariat|kontakt|administration|forvaltning|referent|læs|se\s))"
    r"[A-ZÆØÅ][\wæøå-]*(?:[ \t]++[\wæøå-]+){0,3}[ \t]*+(?::[ \t]*+)?"
)
MAX_ROSTER = 40


# the bodies a heading names by a common noun: the body the text is about ("Medlemmer af bestyrelsen")
_COMMON_BODIES = frozenset(
    {"bestyrelsen", "udvalget", "rådet", "repræsentantskabet", "forretningsudvalget", "kommissionen", "Udvalget"}
)
# names listed on one line: "Erik Kvist og Mette Juhl.", "A (V), B (S) og C"
# (the blanks before and after the bracket read once each)
LISTED_ON_LINE = re.compile(r"[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?(?:,|og|samt|,[ \t]*og)[ \t]*")


def _roster_role(title: str) -> str:
    word = title.split()[-1].lower()
    return "medlem" if word.endswith(("medlemmer", "medlemmerne")) else ROSTER_ROLES.get(word, word)


def names_by_line(text: str, people: list[PersonMention]) -> dict[int, list[PersonMention]]:
    by_line_start: dict[int, list[PersonMention]] = {}
    for p in people:
        by_line_start.setdefault(start_of_line(text, p.start), []).append(p)
    return by_line_start


def _opens_with_name(text: str, line_start: int, on_line: list[PersonMention], titled: bool) -> bool:
    """Whether the line opens with its first name (after a number or a bullet; with `titled`, after a
    bullet and a title too)."""
    if not on_line:
        return False
    opening = ROSTER_ENTRY.match(text, line_start)
    if opening is not None and on_line[0].start == opening.end():
        return True
    entry = TITLED_ENTRY.match(text, line_start) if titled else None
    if entry is not None and on_line[0].start == entry.end():
        return True
    # "Formand\nBorgmester Mikael Smed (A), Vordingborg Kommune": an entry of title and name, no sentence
    entry = TITLED_LINE.match(text, line_start)
    line_end = text.find("\n", line_start)
    return (
        entry is not None
        and on_line[0].start == entry.end()
        and ENTRY_REST.match(text, on_line[0].end, len(text) if line_end < 0 else line_end) is not None
    )


def _next_line(text: str, pos: int) -> int:
    """The start of the next line after pos's that is not blank (len(text) when there is none)."""
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if text[pos:line_end].strip():
            return pos
        pos = line_end + 1
    return len(text)


def _lines_of_names(
    text: str,
    line_start: int,
    by_line_start: dict[int, list[PersonMention]],
    across_groups: bool = False,
    titled: bool = False,
) -> list[list[PersonMention]]:
    """The names on each line from line_start on that opens with a name (after a number or a bullet),
    blank lines skipped, down to the first line that does not. With `across_groups` (a roster its heading
    names the body of), a bulleted entry may open with a title, and the roster runs on past a short line
    that is no entry when the next line is one (a group's heading, a nominator's name)."""
    lines: list[list[PersonMention]] = []
    while (line_start := _next_line(text, line_start)) < len(text) and len(lines) < MAX_ROSTER:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        on_line = by_line_start.get(line_start, [])
        if not _opens_with_name(text, line_start, on_line, across_groups or titled):
            if lines and UNREAD_NAME_ENTRY.match(text, line_start, line_end):
                line_start = line_end + 1  # "9. Dirch Jansen Schmidt, Saltholmsejerlauget": a name no list knows
                continue
            after = _next_line(text, line_end + 1)
            if (
                across_groups
                and GROUP_LINE.fullmatch(text, line_start, line_end)
                and ROSTER_HEADING.fullmatch(text, line_start, line_end) is None
                and _opens_with_name(text, after, by_line_start.get(after, []), across_groups)
            ):
                line_start = line_end + 1
                continue
            break
        lines.append(on_line)
        line_start = line_end + 1
    return lines


def listed_one_a_line(text: str, pos: int, people: list[PersonMention]) -> list[PersonMention]:
    """The names that open the lines after pos's line ("Bestyrelsen består af\n\nA (A), formand\n\nB …"), a
    bulleted entry's after its titles ("  • Næstformand Erik Fabrin (V), Rudersdal Kommune")."""
    line_end = text.find("\n", pos)
    if line_end < 0 or text[pos:line_end].strip(" \t:"):
        return []
    return [line[0] for line in _lines_of_names(text, line_end + 1, names_by_line(text, people), titled=True)]


def roster_entries(text: str, people: list[PersonMention]) -> list[tuple[PersonMention, str, str | None, int]]:
    """Each name that opens a line under a roster's heading, with the heading's title, the body the
    heading names ("Medlemmer af X", else None) and where the heading is, down to the first line that does not
    open with a name;
    the second name on a line under a heading of two columns ("Medlem:   Suppleant:") takes the second
    title; an entry that opens with a chair's title ("• Formand NAME") takes that title."""
    if not people:
        return []
    by_line_start = names_by_line(text, people)
    out: list[tuple[PersonMention, str, str | None, int]] = []
    for line_start in lines_with(text, HEADING_WORDS, any_case=True):  # a line without one is no heading
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        heading = ROSTER_HEADING.fullmatch(text, line_start, line_end)
        if heading is None and "edlemmer" in text[line_start:line_end]:
            heading = OWNED_HEADING.fullmatch(text, line_start, line_end)
        one_title = heading is not None and ":" not in heading.group(0) and "medlemmer" not in heading["first"].lower()
        if one_title and _title_of_the_name_above(text, line_start, by_line_start):
            heading = None  # "Hans Jensen\nFormand\n\nLise Holm\nNæstformand": each title the name's above it
        next_line = line_end + 1
        if heading is None:
            continue
        first, second = _roster_role(heading["first"]), heading["second"] and _roster_role(heading["second"])
        named_as = heading["body"] or heading.groupdict().get("owner")
        if named_as is None and heading["first"].lower().endswith("ne"):
            continue  # "Medlemmerne er:" of a body named elsewhere: a list of people with their own posts
        body = " ".join(named_as.split()) if named_as else None
        named = body is not None or heading["first"].lower().startswith("bestyrelsesmedlem")
        if body is not None and body.lower() in _COMMON_BODIES:
            body = None  # "Medlemmer af bestyrelsen": the body the text is about
        for on_line in _lines_of_names(text, next_line, by_line_start, across_groups=named):
            titled = TITLED_ENTRY.match(text, text.rfind("\n", 0, on_line[0].start) + 1, on_line[0].start)
            title = role_of_word(titled["title"]) if titled is not None else ""
            seat = BRACKET_SEAT.match(text, on_line[0].end) or SEAT_AFTER_DASH.match(text, on_line[0].end)
            role = title if title in CHAIR_ROLES else seat["seat"].lower() if seat is not None else first
            out.append((on_line[0], role, body, heading.start()))
            if second and len(on_line) > 1:
                out.append((on_line[1], second, body, heading.start()))
            elif named:
                out += [(p, first, body, heading.start()) for p in _listed_after(text, on_line)]
    return out


def _title_of_the_name_above(text: str, heading_at: int, by_line_start: dict[int, list[PersonMention]]) -> bool:
    """Whether the line above the heading (blank lines skipped) is a name alone on its line: the heading is then
    that name's title, as a page of posts or a signature prints it, not a roster's."""
    above_end = end_without_space(text, heading_at)
    above = text.rfind("\n", 0, above_end) + 1 if above_end > 0 else -1
    on_line = by_line_start.get(above, [])
    return (
        len(on_line) == 1
        and not text[above : on_line[0].start].strip()
        and NAME_ALONE_REST.fullmatch(text, on_line[0].end, above_end) is not None
    )


def _listed_after(text: str, on_line: list[PersonMention]) -> list[PersonMention]:
    """The names after a line's first that the line lists with it ("Erik Kvist og Mette Juhl.")."""
    listed = []
    for before, p in pairwise(on_line):
        if not LISTED_ON_LINE.fullmatch(text, before.end, p.start):
            break
        listed.append(p)
    return listed
