"""A seat in a body printed beside a name as "medlem af X" (read by `roles`), as news and minutes write it: after the
name ("Poul Andersen (S), medlem af regionsrådet", "NAME, der også er medlem af Ældrerådet"), before it in an
apposition ("Venstres byrådsmedlem og medlem af beredskabskommissionen, Niels Nicolaisen, …", "har genudpeget medlem
af borgerrepræsentationen, NAME"), as what the name becomes ("NAME bliver nu medlem af Eksternt Råd", "NAME (C) er
nyt medlem af Ældrerådet"), or said of the one person the sentence before names ("… er Kuno Danielsen. Han bliver
medlem af Børne- og Ungeudvalget", "Hun indtræder også som medlem af Børne- og kulturudvalget"). Each is `medlem` of
the body named after "af" (README roles rule 2: a person the text lets enter a body, a seat printed with a name);
never a seat denied, past ("tidligere medlem af") or only proposed ("foreslås som medlem af")."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_boards import ChairOf
from graphbuild.extract.role_denials import not_yet
from graphbuild.extract.role_facts import RoleFact, Target, role_fact
from graphbuild.extract.role_lower_bodies import GENERIC_BODY, LOWER_NAMED_BODY
from graphbuild.parse.lines import end_without_space
from graphbuild.vocab import ids
from graphbuild.vocab.near import lowered, word_positions

SEAT = re.compile(r"(?<![\wæøå-])medlem[ \t]+af[ \t]+", re.IGNORECASE)
_PARTY = r"(?:[ \t]*\([^()\n]{1,40}\))?"
_NOW = r"(?:(?:nu|også|tillige|fortsat|desuden|samtidig)[ \t]+)*"
# the seat after the name: "NAME (S), medlem af", "NAME, der også er medlem af", "NAME bliver nu medlem af",
# "NAME (C) er nyt medlem af", "NAME, byrådsmedlem og medlem af"
AFTER_NAME = re.compile(
    rf"{_PARTY}(?:[ \t]*,[ \t]*(?:(?:der|som)[ \t]+{_NOW}(?:er|bliver|blev)[ \t]+{_NOW})?"
    rf"(?:[a-zæøå-]+[ \t]+og[ \t]+)?|[ \t]+(?:er|bliver|blev|er[ \t]+blevet)[ \t]+{_NOW})"
    r"(?:(?:nyt|ny|fast|menigt)[ \t]+)?$",
    re.IGNORECASE,
)
# … the verb before the name and the seat after it: "bliver kommunens borgmester NAME nu medlem af X"
INVERTED = re.compile(rf"{_PARTY}[ \t]+{_NOW}(?:(?:nyt|ny)[ \t]+)?$", re.IGNORECASE)
INVERTED_VERB = re.compile(r"(?<![\wæøå])(?:bliver|blev)[ \t]", re.IGNORECASE)
# the seat before the name in an apposition closed by a comma: "… og medlem af beredskabskommissionen, NAME"
APPOSITION_REST = re.compile(r"[^.;:!?\n]{1,80}?,[ \t]*$")
# a word before "medlem" that makes the seat another's clause, not the name's apposition
NOT_APPOSITION = re.compile(r"(?<![\wæøå])(?:er|var|som|ikke|blev|bliver|tidligere|været|et|nyt)[ \t]+$", re.IGNORECASE)
# … said of the one person the sentence before names: "Han bliver medlem af X", "Hun indtræder også som medlem af X"
PRONOUN = re.compile(
    rf"(?:Han|Hun)[ \t]+(?:bliver|blev|er[ \t]+blevet|indtræder|indtrådte|er[ \t]+indtrådt)[ \t]+{_NOW}"
    r"(?:som[ \t]+)?(?:(?:nyt|ny)[ \t]+)?$"
)
SENTENCE_STOP = re.compile(r"[.!?][ \t]*\n?[ \t]*$")
DENIED_OR_PROPOSED = re.compile(r"ikke|tidligere|forhenværende|foreslå|indstill|kandidat|ønsker", re.IGNORECASE)
REACH = 120
# "medlem" alone after a name, ending its entry: "Peter Olsen, medlem", "NAME (medlem)", "NAME (A) - menigt medlem"
BARE_SEAT = re.compile(
    rf"{_PARTY}[ \t]*(?:[,–-][ \t]*(?:menigt[ \t]+)?[Mm]edlem(?=[ \t]*(?:$|\n|;|,[ \t]*\n))|"
    r"\((?:menigt[ \t]+)?[Mm]edlem\))"
)
BODY_REACH = 80
# … a council by its kind: "medlem af borgerrepræsentationen", "medlem af kommunalbestyrelsen"
NAMED_BODY = re.compile(
    rf"{LOWER_NAMED_BODY.pattern}|(?:borgerrepræsentation|kommunalbestyrelse|regionsråd|byråd)(?:en|et)?(?![\wæøå-])",
    re.IGNORECASE,
)
CAPITALISED_BODY = re.compile(r"[A-ZÆØÅ][\wæøå-]*(?:[ \t]+(?:[A-ZÆØÅ][\wæøå-]*|for|og|i|ved|&)){0,5}")
# a post, not a body: "valgt til Formand", "medlem af Formandskabet" is a body and stays
POST_FIRST = re.compile(
    r"(?:(?:næst)?formand(?:en)?|suppleant|revisor|kasserer|sekretær|dirigent|referent|medlem)(?![\wæøå])",
    re.IGNORECASE,
)


def _seats(text: str) -> list[re.Match[str]]:
    """``SEAT.finditer(text)``'s matches: SEAT matched only where "medlem" stands (`near.word_positions` on the text
    lowered once; no letter of "medlem" has a look-alike the case-blind pattern reads otherwise than ``str.lower``),
    not tried at every position of the text; two matches never overlap, as no "medlem" stands inside one."""
    return [m for at in word_positions(text, ("medlem",)) if (m := SEAT.match(text, at)) is not None]


TRAILING_JOIN = re.compile(r"(?:[ \t]+(?:for|og|i|ved|&))+$")


def members_beside_names(
    text: str, people: list[PersonMention], mentions: list[Mention], chairs: ChairOf, found: list[RoleFact]
) -> list[RoleFact]:
    """`medlem` of the body after each "medlem af" printed beside a name or said of the person the sentence before
    names; a person already `medlem` of that body is skipped."""
    if not people or "medlem" not in lowered(text):
        return []
    starts = [p.start for p in people]
    known = {(f.person.name, f.role, f.target) for f in found}
    out: list[RoleFact] = []
    for seat in _seats(text):
        holder = _holder(text, people, starts, seat.start())
        if holder is None or not_yet(text, holder.start, holder.end, seat.start()):
            continue  # "Hvis NAME bliver nyt medlem af Ældrerådet, …"
        body = body_after(text, seat.end(), mentions, chairs)
        if body is None:
            continue
        body_id = body.id if isinstance(body, Mention) else body[0]
        if (holder.name, "medlem", body_id) in known:
            continue
        known.add((holder.name, "medlem", body_id))
        out.append(role_fact(holder, "medlem", body, holder.start, holder.end))
    return out + bare_seats(text, people, chairs, known)


def bare_seats(
    text: str, people: list[PersonMention], chairs: ChairOf, known: set[tuple[str, str | None, str]]
) -> list[RoleFact]:
    """`medlem` of the body the text is about there for each name a list prints "medlem" after with no body named
    ("Peter Olsen, medlem", "NAME (medlem)", "NAME - menigt medlem")."""
    out: list[RoleFact] = []
    for p in people:
        if BARE_SEAT.match(text, p.end) is None:
            continue
        body = chairs(p.start) or chairs.last_named(p.start) or chairs.unnamed
        body_id = body.id if isinstance(body, Mention) else body[0]
        if (p.name, "medlem", body_id) not in known:
            known.add((p.name, "medlem", body_id))
            out.append(role_fact(p, "medlem", body, p.start, p.end))
    return out


def _holder(text: str, people: list[PersonMention], starts: list[int], at: int) -> PersonMention | None:
    """The person the seat at `at` is printed beside: the name right before it, the name its apposition ends at,
    or the one person the sentence before names when a pronoun holds it."""
    index = bisect_left(starts, at) - 1
    before = people[index] if index >= 0 and people[index].end <= at else None
    lead = text[max(0, at - REACH) : at]
    if before is not None and at - before.end <= REACH:
        gap = text[before.end : at]
        if AFTER_NAME.fullmatch(gap) and not DENIED_OR_PROPOSED.search(gap):
            return before
        clause = text[max(0, before.start - 60) : before.start]
        if INVERTED.fullmatch(gap) and INVERTED_VERB.search(clause) and not SENTENCE_STOP.search(clause):
            return before
    pronoun = PRONOUN.search(lead)
    if pronoun is not None:
        return _only_person_before(text, people, starts, at - len(lead) + pronoun.start())
    after = bisect_left(starts, at)
    if after < len(people) and not NOT_APPOSITION.search(lead) and not DENIED_OR_PROPOSED.search(lead[-40:]):
        nxt = people[after]
        if APPOSITION_REST.fullmatch(text, at, nxt.start) and _opens_apposition(lead):
            return nxt
    return None


def _opens_apposition(lead: str) -> bool:
    """Whether the words before "medlem af" open an apposition: the sentence's start, "og" after another title, or a
    verb of appointment ("har genudpeget medlem af X, NAME")."""
    words = lead.split()
    if not words or SENTENCE_STOP.search(lead):
        return True
    return words[-1].lower() in ("og", "genudpeget", "udpeget", "genvalgt", "valgt")


def _only_person_before(text: str, people: list[PersonMention], starts: list[int], pos: int) -> PersonMention | None:
    """The one person the sentence ending right before pos names (none when it names two or none)."""
    stop = end_without_space(text, pos)
    if stop == 0 or text[stop - 1] not in ".!?":
        return None
    start = max(text.rfind(". ", 0, stop - 1), text.rfind(".\n", 0, stop - 1), text.rfind("\n\n", 0, stop - 1)) + 1
    named = people[bisect_left(starts, start) : bisect_left(starts, stop)]
    return named[-1] if len({p.name for p in named}) == 1 else None


def body_after(text: str, pos: int, mentions: list[Mention], chairs: ChairOf) -> Target | None:
    """The body named right after "medlem af": a mention, the body the text is about by its kind ("bestyrelsen"), a
    committee or council by its name in lower case or capitalised; none for anything else."""
    named = next((m for m in mentions if m.start == pos and m.type == "Organization"), None)
    if named is not None:
        return named
    end = min(len(text), pos + BODY_REACH)
    generic = GENERIC_BODY.match(text, pos, end)
    if generic is not None:
        return chairs(pos) or chairs.last_named(pos) or chairs.unnamed
    found = NAMED_BODY.match(text, pos, end) or CAPITALISED_BODY.match(text, pos, end)
    if found is None or POST_FIRST.match(found.group(0)):
        return None
    name = TRAILING_JOIN.sub("", " ".join(found.group(0).split()))
    name = name[0].upper() + name[1:]
    return (ids.organization_id(name), name, "Organization")
