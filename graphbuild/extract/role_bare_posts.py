"""A post said after the name with no body after it (read by `roles`), as news items and minutes announce a new chair
or deputy: "Michael Ziegler er ny næstformand.", "NAME (D) er ny 1. viceborgmester, og NAME2 (IA) er ny 2.
viceborgmester", "NAME bliver formand, mens …", "Her bliver NAME næstformand", "NAME forbliver som næstformand",
"NAME har været formand siden 2015", "NAME (K), forhenværende borgmester i X, som har været formand siden …"; the
post is held where an unnamed chair is (the meeting's body, the body the text is about), a mayor's post in the
municipality."""

from __future__ import annotations

import re

from graphbuild.extract.role_clauses import clause_end, dates_of
from graphbuild.extract.role_facts import PENDING, Target
from graphbuild.extract.role_patterns import GENITIVE_S, ROLE_WORDS, is_municipal, role_of_word
from graphbuild.extract.role_sentence import Reading, Sentence, ending, in_apposition
from graphbuild.extract.word_gate import gated

# the chair's, the deputy's and the mayor's posts: a bare "medlem" or a staff title says too little without a body
# … and a list's ranked substitute, a standing post: "NAME er 1. stedfortræder valgt på Liste A"; a board's
# officers: "Louise Andersen(loan15@frederiksberg.dk) er sekretær, og man melder punkter ind til hende"
_POST = (
    r"(?P<role>(?:[1-3]\.\s*)?(?:næst)?formand|(?:[1-3]\.\s*)?viceborgmester|borgmester|"
    r"[1-9]\.\s*(?:stedfortræder|suppleant)|sekretær|kasserer|referent|"
    # … a standing substitute's seat, unranked or personal: "Maija Hastrup er suppleant.", "NAME har været personlig
    # stedfortræder for NAME2" (never one who stands in at a meeting: `standing_seat`)
    r"(?:personlig\s+)?(?:stedfortræder|suppleant))"
)
_POST_STEMS = ("formand", "borgmester", "stedfortræder", "suppleant", "sekretær", "kasserer", "referent")  # _POST's
# the post ends its clause: a stop, a comma, the end of the line, or the next clause ("og", "mens", "med"), or the
# list it was elected on
_POST_END = (
    r"(?=[ \t]*(?:[.,;!]|\n|$)|[ \t]+(?:og|mens|samt|med|efter|siden|i\s+stedet)\b|[ \t]+valgt[ \t]+på[ \t]+liste\b|"
    # a personal substitute's member after "for": "personlig stedfortræder for Jens Christian Gjesing"
    r"(?<=personlig stedfortræder)[ \t]+for\b|(?<=personlig suppleant)[ \t]+for\b)"
)
# a substitute's seat said where the text records attendance: one who stands in at this meeting, no standing seat
# ("Lise Holm har meldt afbud. Jens Hansen er suppleant.")
_STANDS_IN = re.compile(
    r"afbud|fravær|forfald|deltog|deltager|indkald|mødte|mødt\b|i\s+stedet\s+for|til\s+stede", re.IGNORECASE
)
_SUBSTITUTE = re.compile(r"(?:[1-9]\.\s*|personlig\s+)?(?:stedfortræder|suppleant)", re.IGNORECASE)
_NEW = r"(?:(?:den\s+)?(?:nye?|nyvalgte?|konstitueret|fungerende)\s+)?"
BARE_AFTER = re.compile(
    r"^(?:[ \t]*\([^()\n]{1,40}\))?"
    # … or in a relative clause, an apposition before it: "NAME (K), forhenværende borgmester i X, som har været"
    r"(?:(?:[ \t]*,[ \t]*[^,.;:()\n]{1,60})?[ \t]*,[ \t]*(?:som|der))?"
    # … or the comma closing the name's apposition: "Kalundborgs borgmester, Martin Damm (V), bliver ny formand"
    r"(?P<closing>(?<!som|der)[ \t]*,)?"
    r"[ \t]+(?:er|bliver|blev|forbliver|fortsætter|har[ \t]+været)[ \t]+"
    rf"(?:(?:også|nu|fortsat|dermed|så)[ \t]+)?(?:som[ \t]+)?{_NEW}{_POST}{_POST_END}",
    re.IGNORECASE,
)
# the verb before the name: "Her bliver NAME næstformand", "Nu er NAME (V) ny formand"
VERB_BEFORE = re.compile(r"(?:^|[.!?:]\s+|\n)(?:Her|Nu|Så|Samtidig|Dermed|Desuden)\s+(?:er|bliver|blev)\s+$")
BARE_INVERTED = re.compile(
    rf"^(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]+(?:(?:også|nu|fortsat)[ \t]+)?{_NEW}{_POST}{_POST_END}", re.IGNORECASE
)


_ORDINAL = re.compile(r"^([1-3]\.)\s*")  # "1.næstformand" -> "1. næstformand"


def bare_post_after_name(s: Sentence, r: Reading) -> None:
    """ "NAME er ny næstformand.", "Her bliver NAME næstformand": the post of the body an unnamed chair chairs."""
    match = BARE_AFTER.match(r.after)
    if match is None and VERB_BEFORE.search(s.text, max(0, r.p.start - 30), r.p.start):
        match = BARE_INVERTED.match(r.after)
    if match is None or any(r.p.end < q.start < r.p.end + match.start("role") for q in s.here):
        return  # "A, B, som er formand": the post is the nearer name's
    if match.groupdict().get("closing") and not in_apposition(s, r.p):
        return  # "A, B, er formand"? no apposition: a list's name
    role = role_of_word(_ORDINAL.sub(r"\1 ", match.group("role")))
    if not standing_seat(s, r, role):
        return
    target: Target | None
    if is_municipal(role):
        target = s.own if s.own is not None else PENDING
    else:
        target = s.body if s.body is not None else s.chair(r.p.start)
    if target is None:
        return
    end = r.p.end + match.end()
    statement = s.text[s.clause_start(r.p.start) : clause_end(s.text, end, s.hi)]
    s.add(r.p, role, target, *dates_of(statement))


def standing_seat(s: Sentence, r: Reading, role: str) -> bool:
    """Whether an unranked substitute's seat is a standing one: no word of attendance in its sentence or in the
    200 characters before the name (a ranked one, "1. stedfortræder", is a list's seat and always standing)."""
    if not _SUBSTITUTE.fullmatch(role) or role[:1].isdigit():
        return True
    return _STANDS_IN.search(s.text, max(0, min(s.lo, r.p.start - 200)), s.hi) is None


# the post before the verb and the name: "Ny 2. viceborgmester er formanden for Børne- og Ungeudvalget NAME", "Ny
# borgmester bliver NAME", "Formand de næste to år er Greves borgmester NAME", "Næstformand bliver fortsat NAME",
# "Næstformanden hedder NAME"; a chair's post with no time said, no "fortsat" and no "hedder" is `role_chair_posts`'
_TERM = (
    r"(?:[ \t]+(?:(?:for[ \t]+)?de[ \t]+(?:næste|kommende)[ \t]+(?:[a-zæøå0-9]+[ \t]+)?år|"
    r"i[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?|"
    r"(?:fra|pr\.)[ \t]+(?:den[ \t]+)?\d{1,2}\.[ \t]+[a-zæøå]+(?:[ \t]+\d{4})?|fremover|resten[ \t]+af[ \t]+perioden))"
)
_HOLDER_TITLE = (
    rf"(?:(?:[A-ZÆØÅ][\wæøå-]+{GENITIVE_S}[ \t]+)?(?:{ROLE_WORDS})(?:[ \t]+(?:for|i)[ \t]+[^.;:\n]{{1,60}}?)?[ \t]+)?"
)
POST_IS = gated(
    re.compile(
        rf"(?<![\wæøå-])(?:(?:den[ \t]+)?(?:nye?|nyvalgte)[ \t]+)?{_POST}(?:en)?(?P<term>{_TERM})?[ \t]+"
        r"(?:er|bliver|blev|(?P<named>hedder))[ \t]+"
        rf"(?P<still>(?:nu|fortsat|igen)[ \t]+)?{_HOLDER_TITLE}$",
        re.IGNORECASE,
    ),
    _POST_STEMS,
)
POST_IS_VERB = re.compile(r"[ \t](?:er|bliver|blev|hedder)[ \t]", re.IGNORECASE)  # what every match of POST_IS holds


def post_is_name(s: Sentence, r: Reading) -> None:
    """ "Ny 2. viceborgmester er … NAME", "Formand de næste to år er … NAME": the post before the verb."""
    clause = s.clause_start(r.p.start)
    if not POST_IS_VERB.search(s.text, max(clause, r.p.start - 24 * 16), r.p.start):
        return  # no verb in the window `ending` reads: POST_IS cannot match there
    match = ending(POST_IS, s.text, clause, r.p.start, 16)
    if match is None:
        return
    role = role_of_word(_ORDINAL.sub(r"\1 ", match.group("role")))
    if not is_municipal(role) and not (match.group("term") or match.group("still") or match.group("named")):
        return
    if any(match.start() < q.start < r.p.start for q in s.here):
        return  # "Formand er NAME2, og næstformand er NAME": the post is the nearer name's
    if not standing_seat(s, r, role):
        return
    target: Target | None
    if is_municipal(role):
        target = s.own if s.own is not None else PENDING
    else:
        target = s.body if s.body is not None else s.chair(match.start())
    if target is None:
        return
    s.add(r.p, role, target, *dates_of(s.text[match.start() : clause_end(s.text, r.p.end, s.hi)]))
