"""The people a meeting elects or appoints to a body as its members (read by `roles`), as association, board and
council minutes record it: the names before the verb ("Jens Hansen og Peter Olsen blev genvalgt til bestyrelsen",
"A (A) og B (V) blev udpeget som medlemmer af bestyrelsen"), the body and the verb before them ("Til bestyrelsen
valgtes A og B", "Nyvalgt til bestyrelsen blev A", "Valgt til bestyrelsen: A, B", "Som medlemmer af Ældrerådet
udpeges A og B"), the names between the verb and the body ("Generalforsamlingen genvalgte A og B til bestyrelsen",
"Kommunalbestyrelsen udpegede A og B til Ældrerådet"), the names' seats stated ("A, B og C er medlemmer af
udvalget", "I udvalget sidder A, B og C"), or the names the item on electing the board records as
elected ("5. Valg af bestyrelsesmedlemmer" over "A og B blev genvalgt."), or the sitting members a list of who is up
for election marks as standing again or not ("Gitte Holm (genopstiller)", "A, B og C ønsker ikke genvalg"), members of
the body the text is about there until the election, or the names `role_elected_over_lines` reads on the lines under
a line announcing the election ("De valgte er"; a substitutes' line gives theirs). A list of names is read as
`role_elected_names` reads it. Each is `medlem` of that body (README roles rule 2: a person the text elects or
appoints to a body); never a substitute's or an auditor's election ("valgt som suppleant til bestyrelsen", "Valg af
revisor"), nor a name only proposed ("indstiller, at …")."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.line_scan import finditer_on_lines
from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_denials import not_yet
from graphbuild.extract.role_elected_names import TAIL, names_after, names_before
from graphbuild.extract.role_elected_over_lines import elected_over_lines
from graphbuild.extract.role_facts import RoleFact, Target, role_fact
from graphbuild.extract.role_member_appositions import body_after
from graphbuild.extract.role_patterns import BOARD_ROLES
from graphbuild.extract.role_posts import proposed
from graphbuild.vocab.near import finditer_around, plain_lowered

_ELECTED = r"(?:gen|ny)?valgt(?:es)?|(?:gen|ny)?valgtes|(?:gen)?udpeget|(?:gen)?udpeges|(?:gen)?udpegedes"
_INTO = r"(?:til|ind[ \t]+i|som[ \t]+(?:nye?[ \t]+)?medlem(?:mer)?[ \t]+(?:af|i|til))[ \t]+"
# the names before the verb, the body after it: "A og B blev genvalgt til bestyrelsen", "… valgt ind i bestyrelsen"
# (the blanks after the auxiliary read inside its optional group, not as a second run beside the first: a line of
# blanks before "valgt" was shared between them every way, cubic in the window; the same strings). The opening blanks
# are read only from their run's first character ("(?<![ \t])"): tried from inside a run, they ran to its end and
# failed there again, quadratic in a run of blanks in the window. The same matches: one that starts inside a run also
# starts where the run starts, and a search never starts inside a run (a window starts on a word, a match ends after
# all its closing blanks)
NAMES_THEN_BODY = re.compile(
    rf"(?:(?<![ \t])[ \t]+)?(?:(?:blev|er|bliver|var)[ \t]*)?(?:(?:begge|alle|enstemmigt)[ \t]+)?(?:{_ELECTED})[ \t]+"
    rf"{_INTO}|"
    # … or the names' seats stated: "A, B og C er medlemmer af udvalget"
    r"(?<![ \t])[ \t]+(?:er|bliver)[ \t]+(?:(?:nu|også|fortsat)[ \t]+)?(?:(?:nye|faste)[ \t]+)?medlemmer[ \t]+af[ \t]+",
    re.IGNORECASE,
)
# a word each match holds (lower case), and how many runs of non-space characters a match reaches before the run the
# word stands in (the name's, where its white space opens: "er nu nye medlemmer") and after it ("valgt som nye
# medlemmer af"): the pass reads only there (near.finditer_around)
NAMES_THEN_BODY_WORDS = ("valgt", "udpege", "medlemmer")
NAMES_THEN_BODY_RUNS = 4
# the body, then the names that sit in it: "I udvalget sidder A, B og C"
SITS_IN = re.compile(
    r"(?:^|(?<=[.:\n]))[ \t]*I[ \t]+(?P<body>[^\n.:]{3,60}?)[ \t]+sidder[ \t]+(?:(?:nu|fremover|desuden)[ \t]+)?"
)
# the body and the verb before the names: "Til bestyrelsen valgtes", "Nyvalgt til bestyrelsen blev", "Valgt til
# bestyrelsen:", "Som medlemmer af Ældrerådet udpeges"
BODY_THEN_NAMES = re.compile(
    rf"(?:^|(?<=[.:\n]))[ \t]*(?:(?:(?:gen|ny)?valgt|(?:gen)?udpeget)[ \t]+)?{_INTO}(?P<body>[^\n.:]{{3,80}}?)"
    rf"[ \t]+(?:(?:blev|er)[ \t]+)?(?:{_ELECTED}|blev)[ \t]*:?[ \t]+|"
    rf"(?:^|(?<=[.:\n]))[ \t]*(?:Følgende[ \t]+(?:blev|er)[ \t]+)?(?:(?:gen|ny)?valgt|(?:gen)?udpeget)[ \t]+til[ \t]+"
    r"(?P<body2>[^\n.:]{3,80}?)[ \t]*:[ \t]*",
    re.IGNORECASE,
)
BODY_THEN_NAMES_WORDS = ("valgt", "udpege", "blev")
# the verb, then the names, then the body: "Generalforsamlingen genvalgte A og B til bestyrelsen"
VERB_THEN_NAMES = re.compile(
    r"(?<![\wæøå])(?:(?:gen)?(?:valgte|udpegede|udpeger|vælger)|(?:har|have)[ \t]+(?:gen)?(?:valgt|udpeget))[ \t]+",
    re.IGNORECASE,
)
# a word each match of these holds (lower case), no match running past its line: the pass reads only the lines
# holding one
VERB_THEN_NAMES_WORDS = ("valgt", "udpege", "vælger")
BODY_AFTER_NAMES = re.compile(rf"[ \t]*{_INTO}", re.IGNORECASE)
# the item on electing the board, a heading line of its own: "5. Valg af bestyrelsesmedlemmer", "Ad 5. Valg til
# bestyrelsen", "Pkt. 4 Valg af bestyrelse"
BOARD_ITEM = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:Ad|Pkt\.?|Punkt)[ \t]*)?(?:\d{1,2}[.)]?[ \t]*)?Valg[ \t]+(?:af|til)[ \t]+"
    r"(?:(?:nye?|[0-9]|to|tre|fire|fem)[ \t]+)?(?P<body>bestyrelse(?:n|smedlemmer|smedlem)?)"
    r"[ \t]*:?[ \t]*(?=\n|[A-ZÆØÅ])",
)
ITEM_END = re.compile(r"\n[ \t]*(?:(?:Ad|Pkt\.?|Punkt)[ \t]*)?\d{1,2}[.)]?[ \t]+[A-ZÆØÅ]")
ITEM_REACH = 600
# "A og B blev genvalgt." with no post after it: the item's election
# (the blanks after "blev"/"er" inside its optional group: two runs of blanks side by side shared a line of blanks
# every way between them, cubic in a line of blanks within the item's reach; the same strings)
ELECTED_BARE = re.compile(
    rf"[ \t]*(?:(?:blev|er)[ \t]*)?(?:(?:begge|alle|enstemmigt)[ \t]+)?(?:{_ELECTED})"
    r"(?=[ \t]*[.,;\n]|[ \t]+(?:for|uden|med|på)[ \t])",
    re.IGNORECASE,
)
# a substitute's or an auditor's election is no seat as a member
NOT_A_MEMBER = re.compile(r"suppleant|revisor|stedfortræder|observatør", re.IGNORECASE)
# the body's own seats, which take the place of `medlem`, and how near the election another reader must find one
SEATED_ROLES = BOARD_ROLES | {"sekretær", "suppleant"}
SEAT_REACH = 400
# a sitting member up for election, marked as standing again or not ("Gitte Holm (genopstiller)", "A, B og C ønsker
# ikke genvalg", "NAME, Vester Aaby. Genopstiller ikke.", "NAME er på valg og genopstiller", "A, B og C. Alle
# genopstiller."): the seat is held until the election
STANDING_AGAIN = re.compile(
    r"\(?[ \t]*(?:genopstiller|ønsker[ \t]+(?:ikke[ \t]+)?genvalg|modtager[ \t]+(?:ikke[ \t]+)?genvalg)"
    r"(?![\wæøå])",
    re.IGNORECASE,
)
STANDING_AGAIN_WORDS = ("genopstiller", "genvalg")
# the words one of the passes below reads in a text (lower case), asked once of the whole text before any of them
CUE_WORDS = ("valgt", "udpeg", "medlemmer", "sidder", *STANDING_AGAIN_WORDS)
# a heading of substitutes or auditors over the entry: "Suppleanter på valg hvert år." (never an item electing both,
# "8. Valg af lokalrådsmedlemmer og suppleanter.")
NOT_A_HEADING = re.compile(r"[ \t]*(?:suppleant|revisor|stedfortræder|observatør)", re.IGNORECASE)
# between the last name and the mark: a party's bracket, a place after a comma, a full stop, "er på valg og", "Alle"
BEFORE_STANDING = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*[A-ZÆØÅ][^\n.,()]{0,40}?)?[ \t]*\.?[ \t]*"
    r"(?:(?:er[ \t]+)?på[ \t]+valg[ \t]+og|[Aa]lle|[Bb]egge)?"
)


def members_elected(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` of the body each election or appointment of members names, for each name it lists."""
    lower = plain_lowered(text)
    if not people or not any(word in lower for word in CUE_WORDS):
        return []
    starts = [p.start for p in people]
    known = {(f.person.name, f.role, f.target) for f in found}
    seated = [f for f in found if f.role in SEATED_ROLES]
    elected: list[tuple[list[PersonMention], Target | None, int]] = []
    for verb in finditer_around(NAMES_THEN_BODY, text, NAMES_THEN_BODY_WORDS, NAMES_THEN_BODY_RUNS):
        names = names_before(text, people, starts, verb.start())
        elected.append((names, body_after(text, verb.end(), mentions, chairs), verb.start()))
    for verb in finditer_on_lines(BODY_THEN_NAMES, text, BODY_THEN_NAMES_WORDS, any_case=True):
        body_start = verb.start("body") if verb["body"] is not None else verb.start("body2")
        names = names_after(text, people, starts, verb.end())
        elected.append((names, body_after(text, body_start, mentions, chairs), verb.start()))
    for sits in finditer_on_lines(SITS_IN, text, ("sidder",)):
        names = names_after(text, people, starts, sits.end())
        elected.append((names, body_after(text, sits.start("body"), mentions, chairs), sits.start()))
    for verb in finditer_on_lines(VERB_THEN_NAMES, text, VERB_THEN_NAMES_WORDS, any_case=True):
        names = names_after(text, people, starts, verb.end())
        tail = TAIL.match(text, names[-1].end) if names else None
        into = BODY_AFTER_NAMES.match(text, tail.end()) if tail is not None else None
        if into is not None:
            elected.append((names, body_after(text, into.end(), mentions, chairs), verb.start()))
    elected += _elected_in_board_items(text, people, starts, chairs)
    out: list[RoleFact] = []
    for names, body, at in elected:
        if not names or body is None or proposed(text, at):
            continue
        sentence = text[max(text.rfind(".", 0, names[0].start), text.rfind("\n", 0, names[0].start)) + 1 : at + 60]
        if NOT_A_MEMBER.search(sentence):
            continue
        first, last = min(names, key=lambda q: q.start), max(names, key=lambda q: q.end)
        # (the hedge read between the names and the verb after them; a verb before the names, the condition only)
        if not_yet(text, first.start, last.end, at):
            continue  # "Det forventes, at A og B bliver valgt til bestyrelsen", "Hvis A og B vælges til …"
        body_id = body.id if isinstance(body, Mention) else body[0]
        for p in names:
            if _seated(seated, p.name, body_id, at):
                continue  # "… blev valgt til bestyrelsen. Bestyrelsen konstituerede sig med NAME som formand"
            if (p.name, "medlem", body_id) not in known:
                known.add((p.name, "medlem", body_id))
                out.append(role_fact(p, "medlem", body, p.start, p.end))
    for names, body, seat in elected_over_lines(text, lower, people, starts, mentions, chairs):
        body_id = body.id if isinstance(body, Mention) else body[0]
        for p in names:
            if seat == "medlem" and _seated(seated, p.name, body_id, p.start):
                continue
            if (p.name, seat, body_id) not in known:
                known.add((p.name, seat, body_id))
                out.append(role_fact(p, seat, body, p.start, p.end))
    # a seat up for election is held now, whatever is proposed or hedged about the election itself
    for names, body in _standing_again(text, lower, people, starts, chairs):
        body_id = body.id if isinstance(body, Mention) else body[0]
        for p in names:
            if not any(f.person.name == p.name and f.target == body_id for f in seated) and (
                (p.name, "medlem", body_id) not in known
            ):
                known.add((p.name, "medlem", body_id))
                out.append(role_fact(p, "medlem", body, p.start, p.end))
    return out


def _seated(seated: list[RoleFact], name: str, body_id: str, at: int) -> bool:
    """Whether the person holds a seat of the body's own (a chair, a treasurer) in the same body or stated near the
    election: the seat is the person's there, and no `medlem` beside it (README roles rule 2)."""
    return any(f.person.name == name and (f.target == body_id or abs(f.start - at) <= SEAT_REACH) for f in seated)


def _elected_in_board_items(
    text: str, people: list[PersonMention], starts: list[int], chairs: ChairOf
) -> list[tuple[list[PersonMention], Target | None, int]]:
    """The names the item on electing the board records as elected with no post named ("A og B blev genvalgt.")."""
    out: list[tuple[list[PersonMention], Target | None, int]] = []
    if "Valg" not in text or "bestyrelse" not in text:
        return out  # every item BOARD_ITEM reads holds both as printed (no pass of it over the whole text)
    for item in BOARD_ITEM.finditer(text):
        end = ITEM_END.search(text, item.end(), item.end() + ITEM_REACH)
        stop = end.start() if end is not None else min(len(text), item.end() + ITEM_REACH)
        body = chairs(item.start("body")) or chairs.last_named(item.start("body")) or chairs.unnamed
        for verb in ELECTED_BARE.finditer(text, item.end(), stop):
            out.append((names_before(text, people, starts, verb.start()), body, verb.start()))
    return out


def _standing_again(
    text: str, lower: str, people: list[PersonMention], starts: list[int], chairs: ChairOf
) -> list[tuple[list[PersonMention], Target]]:
    """The sitting members a list of who is up for election marks as standing again or not ("Gitte Holm
    (genopstiller)", "A, B og C ønsker ikke genvalg"), members of the body the text is about there."""
    out: list[tuple[list[PersonMention], Target]] = []
    if not any(word in lower for word in STANDING_AGAIN_WORDS):
        return out
    for mark in finditer_on_lines(STANDING_AGAIN, text, STANDING_AGAIN_WORDS, any_case=True):
        names = names_before(text, people, starts, mark.start(), BEFORE_STANDING)
        if not names:
            continue
        line_start = text.rfind("\n", 0, names[0].start) + 1
        above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
        heading_above = bisect_left(starts, line_start) == bisect_left(starts, max(0, line_start - len(above)))
        if NOT_A_MEMBER.search(text, line_start, mark.end()) or (heading_above and NOT_A_HEADING.match(above)):
            continue  # "Suppleanter på valg hvert år." over "NAME, Pejrup. Genopstiller ikke."
        body = chairs(mark.start()) or chairs.last_named(mark.start()) or chairs.unnamed
        out.append((names, body))
    return out
