"""A title and its body printed before a name (read by `roles`): "Kommunaldirektør i Struer Kommune Anne Holm",
"Bestyrelsesmedlem NAME, Svendborg" (the holder's affiliation), "Der er kommet ny direktør på Vestbanen: NAME",
"Formanden for Børne- & kulturudvalget Niels Heinel", "Direktør for Social og Sundhed Morten Winther" and
"Souschef i Ældre og Handicap, NAME" (a department of the municipality), "næstformand i Danske Metal Vendsyssel
Mogens Bjerre" (a body no list knows)."""

from __future__ import annotations

import re

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_definite_titles import definite_title_before
from graphbuild.extract.role_facts import UNPLACED, Target
from graphbuild.extract.role_joined_after import JOINED_TITLE_WITH_BODY
from graphbuild.extract.role_joined_titles import joined_title
from graphbuild.extract.role_lower_bodies import lower_case_body
from graphbuild.extract.role_patterns import BOARD_ROLES, ROLE_STEMS, ROLE_WORDS, TITLE_BEFORE, is_staff, role_of_word
from graphbuild.extract.role_sentence import Reading, Sentence, ending
from graphbuild.extract.role_targets import chief, placed_by_the_step
from graphbuild.extract.role_titles import named_target
from graphbuild.extract.word_gate import gated
from graphbuild.vocab import ids

TITLE_GAP = re.compile(rf"\s*,?\s*{TITLE_BEFORE}", re.IGNORECASE)
ROLE_FOR_ORG = gated(
    re.compile(
        rf"\b({ROLE_WORDS}|(?:bestyrelses)?medlem|suppleant)\s+(?:for|i|af)\s+(?:(?:den|det)\s+)?$",
        re.IGNORECASE,
    ),
    (*ROLE_STEMS, "suppleant"),
)
# "Direktør for Social og Sundhed Morten Winther": a department of the municipality, by its words, the words after
# its first in lower case too: "Chef for Aktiv hele livet Karen Schur", "Direktør for Børn og unge Bo Ek"
ROLE_FOR_WORDS = gated(
    re.compile(
        rf"\b({ROLE_WORDS})\s+for\s+((?-i:[A-ZÆØÅ][\wæøå&-]*)(?:,?[ \t]+(?:og|&|[\wæøå-]+)){{0,4}}?|"
        r"bestyrelsen|direktionen|repræsentantskabet)\s*,?\s*$",
        re.IGNORECASE,
    ),
    ROLE_STEMS,
)
# "Souschef i Ældre og Handicap, Susanne Samuelsen": a department of the municipality, then a comma
ROLE_IN_WORDS = gated(
    re.compile(
        rf"\b({ROLE_WORDS})\s+i\s+((?-i:[A-ZÆØÅ][\wæøå-]*)(?:[ \t]+(?:og|&|(?-i:[A-ZÆØÅ][\wæøå-]*)))*?)\s*,\s*$",
        re.IGNORECASE,
    ),
    ROLE_STEMS,
)
IN_CAPITAL = re.compile(r"\s(?:i|på|ved|hos)\s+[A-ZÆØÅ]")
# a new holder of a post, announced before the name: "Der er kommet ny direktør på Vestbanen: Jens Kristian Ørnskov",
# "Ny formand for Trekantområdet er Jens Ejner Christensen"
NEW_POST = gated(
    re.compile(
        rf"\b(?:ny|nyt|nye|nyvalgte?)\s+(?P<role>{ROLE_WORDS})\s+(?:på|i|for|hos|ved)\s+"
        r"(?P<body>(?-i:[A-ZÆØÅ])[\wæøå&-]*(?:[ \t]+(?:og|(?-i:[A-ZÆØÅ])[\wæøå&-]*)){0,4}?)"
        r"\s*(?::|,|\s(?:er|bliver|blev)(?:\s+(?:nu|herefter))?)\s*$",
        re.IGNORECASE,
    ),
    ROLE_STEMS,
)
# "næstformand i Danske Metal Vendsyssel Mogens Bjerre": a body by its capitalised words right before the name
# … after any preposition of a workplace: "direktør ved TV MidtVest Lone Sunesen", "chef på Vestbanen Bo Ek"
ROLE_IN_BODY = gated(
    re.compile(
        rf"\b({ROLE_WORDS})\s+(?:i|på|ved|hos)\s+"
        r"((?-i:[A-ZÆØÅ])[\wæøå&-]*(?:[ \t]+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå&-]*)){0,4}?)"
        r"[ \t]*,?[ \t]*$",
        re.IGNORECASE,
    ),
    ROLE_STEMS,
)
# "Formanden for Børne- & kulturudvalget Niels Heinel": a committee named by its words, lower case and all
ROLE_FOR_BODY = gated(
    re.compile(
        rf"\b({ROLE_WORDS})\s+for\s+((?-i:[A-ZÆØÅ])[\wæøå,&-]*(?:[ \t]+[\wæøå,&-]+){{0,5}}?"
        r"(?:udvalg(?:et)?|råd(?:et)?|nævn(?:et)?|kommission(?:en)?))\s*,?\s*$",
        re.IGNORECASE,
    ),
    ROLE_STEMS,
)
# "formanden for udvalget, Bo Ek,", "Næstformand for rådet Anna Hansen": the chair of the body the text is about,
# named by its kind
CHAIR_OF_THE_BODY = gated(
    re.compile(
        r"\b((?:næst)?formand(?:en)?)\s+for\s+(?:udvalget|rådet|nævnet|bestyrelsen|kommissionen|styregruppen|"
        r"forretningsudvalget|repræsentantskabet|foreningen)\s*,?\s*$",
        re.IGNORECASE,
    ),
    ("formand",),
)
# a title and its body in words between the title and a comma before the name, the body in lower case too:
# "teamleder for jordfordelingsplanlæggerne, Jesper Graversen", "leder af Lejre kommunes Bibliotek & Arkiv, Erik
# Barfoed", "afdelingsleder på Rolloskolen, Nanna S. Rolvsen"
TITLE_OF_WORDS = gated(
    re.compile(
        rf"\b({ROLE_WORDS})\s+(?:for|af|på|ved|hos)\s+(?P<words>[^,.;:()\n]{{2,60}}?)\s*,\s*$",
        re.IGNORECASE,
    ),
    ROLE_STEMS,
)
# a title, its preposition and words in lower case (a body `role_lower_bodies` reads) right before the name
LOWER_BODY_BEFORE = gated(
    re.compile(
        rf"\b(?P<role>{ROLE_WORDS})\s+(?:for|i)\s+(?P<body>(?-i:[a-zæøå])[^,.;:()\n]{{2,60}}?)[ \t]*,?[ \t]*$",
        re.IGNORECASE,
    ),
    ROLE_STEMS,
)
TRAILING_AND = re.compile(r",?\s+(?:og|samt)$")  # "Ribe Fritidscenter og Svømmehal, og": the list's "og" after
# the gap from the name before to a title closing its entry: its comma, a title of its own joined by "og" after it too
# ("Jens Hansen, direktør og sekretær for bestyrelsen, Ole Olsen", "Jens Hansen, borgmester i Odder Kommune og formand
# for bestyrelsen, Ole Olsen": `role_joined_after`)
ENTRY_GAP = re.compile(rf"[ \t]*(?:\([^()\n]{{1,40}}\))?[ \t]*,[ \t]*{JOINED_TITLE_WITH_BODY}?", re.IGNORECASE)
NEW_WORDS = ("ny ", "Ny ", "nyt ", "nye ", "nyvalgt")


# the last letter of every match of ROLE_FOR_ORG before its closing white space ("for", "i", "af", "den", "det"), in
# any case re.IGNORECASE reads it ("İ" and "ı" are read as "i")
_ROLE_FOR_ORG_LAST = frozenset("rRiIİıfFnNtT")


def titled_bodies(s: Sentence) -> list[tuple[Mention, re.Match[str]]]:
    """The sentence's bodies with a title right before them: "Kommunaldirektør i Struer Kommune"; a body whose last
    word before it cannot end the title's preposition is not asked."""
    text, lo = s.text, s.lo
    return [
        (m, t)
        for m in s.orgs
        if text[max(lo, m.start - 40) : m.start].rstrip()[-1:] in _ROLE_FOR_ORG_LAST
        and (t := ending(ROLE_FOR_ORG, text, max(lo, m.start - 40), m.start))
    ]


def body_before(
    s: Sentence, r: Reading, titled: list[tuple[Mention, re.Match[str]]], role_match: re.Match[str] | None
) -> None:
    """The title and the body printed before the name, or the holder's affiliation after it; the first
    form that fits is read."""
    text, p, before, own = s.text, r.p, r.before, s.own
    for_org = [
        (m, t)
        for m, t in titled
        if m.end <= p.start and p.start - m.end < 60 and TITLE_GAP.fullmatch(text, m.end, p.start)
    ]
    if for_org:
        org, role_word = for_org[-1]
        holder = _holder(s, r, role_word.start())
        s.add(holder, role_of_word(role_word.group(1)), org)
        joined_title(s, r, holder, role_word.start())  # "formand og borgmester i Herning Kommune, NAME"
    elif r.after_from is not None and (not role_match or r.after_from.type == "Municipality"):
        s.add(p, None, r.after_from)  # "Bestyrelsesmedlem NAME, Svendborg": a title's holder is from there
        if not role_match and definite_title_before(s, r):
            pass  # "Chefen for alle brandstationerne i MSBR NAME kom ned fra Næstved": the title's too
        elif not role_match and own is None and IN_CAPITAL.search(before):
            _role_in_body(s, r)  # "direktør ved TV MidtVest Lone Sunesen, Holstebro": the title's too
    elif role_match:
        return
    elif any(word in before for word in NEW_WORDS) and (new_post := ending(NEW_POST, before, 0, len(before), 12)):
        # "Der er kommet ny direktør på Vestbanen: Jens Kristian Ørnskov", "Ny formand for X er NAME"
        at = p.start - len(before) + new_post.start("body")
        body_named = named_target(text, at, at + len(new_post["body"]), s.orgs)
        if body_named is not None:
            s.add(p, role_of_word(new_post["role"]), body_named)
    elif " for " in before and (of_the_body := ending(CHAIR_OF_THE_BODY, before, 0, len(before), 5)):
        title_at = p.start - len(before) + of_the_body.start()
        # "Ejner Frøkjær, formand for bestyrelsen, Bo Ek": a title between commas closes the entry of the name
        # before ("NAME (X Kommune), næstformand for bestyrelsen NAME2" opens NAME2's)
        closes = of_the_body.group(0).rstrip().endswith(",") and r.i > 0
        holder = s.here[r.i - 1] if closes and ENTRY_GAP.fullmatch(text, s.here[r.i - 1].end, title_at) else p
        chaired = s.chair(p.start)
        if chaired is not None:
            s.add(holder, role_of_word(of_the_body.group(1)), chaired)
    elif " for " in before and (named_body := ending(ROLE_FOR_BODY, before, 0, 80, 10)):
        words = " ".join(named_body.group(2).split())
        inside = next((m for m in s.orgs if m.end == p.start - len(before) + named_body.end(2)), None)
        s.add(p, role_of_word(named_body.group(1)), inside or (ids.organization_id(words), words, "Organization"))
    elif (" for " in before or " i " in before) and _lower_body_before(s, r):
        pass  # "formand for teknisk udvalg NAME", "formanden for social- og sundhedsudvalget, NAME"
    elif (" for " in before or " af " in before) and before.rstrip().endswith(",") and _title_of_words(s, r):
        pass
    elif definite_title_before(s, r):
        pass  # "direktøren for det nye sønderjyske beredskab NAME" (its words may reach past `before`)
    elif " for " in before:
        dept = ending(ROLE_FOR_WORDS, before, 0, len(before), 10)
        dept_at = p.start - len(before) + dept.start(2) if dept else p.start
        if (
            dept
            and not any(m.start >= dept_at for m in s.orgs if m.end <= p.start)
            and not any(dept_at <= q.start < p.start for q in s.here)  # "direktøren for S&N, NAME, NAME2"
        ):
            role = role_of_word(dept.group(1))
            words = TRAILING_AND.sub("", " ".join(dept.group(2).split()))
            holder = _holder(s, r, p.start - len(before) + dept.start())
            if own is not None and (is_staff(role) or role in ("direktør", "chef")):
                s.add(holder, role, own)
            elif own is None:
                s.add(holder, role, (ids.organization_id(words), words, "Organization"))
    elif " i " in before and own is not None:
        dept = ending(ROLE_IN_WORDS, before, 0, len(before), 10)
        if (
            dept
            and is_staff(role_of_word(dept.group(1)))
            and not any(m.start >= p.start - len(before) + dept.start(2) for m in s.orgs if m.end <= p.start)
        ):
            s.add(p, role_of_word(dept.group(1)), own)  # a chief of one of its own departments
    elif own is None and IN_CAPITAL.search(before):
        _role_in_body(s, r)


def _role_in_body(s: Sentence, r: Reading) -> None:
    """ "næstformand i Danske Metal Vendsyssel Mogens Bjerre": a body no list knows, right before the name."""
    p, before = r.p, r.before
    held_in = ending(ROLE_IN_BODY, before, 0, len(before), 10)
    if held_in is not None:
        at = p.start - len(before) + held_in.start(2)
        body_named = named_target(s.text, at, at + len(held_in.group(2)), s.orgs)
        if body_named is not None:
            holder = _holder(s, r, p.start - len(before) + held_in.start())
            s.add(holder, role_of_word(held_in.group(1)), body_named)


def _lower_body_before(s: Sentence, r: Reading) -> bool:
    """A title and a body in lower case right before the name: "formand for teknisk udvalg Keld Hvalsø",
    "formanden for social- og sundhedsudvalget, NAME" (that committee), "næstformand i bestyrelsen NAME" (the body
    the text is about there)."""
    p, before = r.p, r.before
    match = ending(LOWER_BODY_BEFORE, before, 0, len(before), 8)
    if match is None:
        return False
    offset = p.start - len(before)
    target = lower_case_body(s, offset + match.start("body"), offset + match.end("body"))
    if target is None:
        return False
    s.add(_holder(s, r, offset + match.start()), role_of_word(match.group("role")), target)
    return True


def _holder(s: Sentence, r: Reading, title_at: int) -> PersonMention:
    """Whose a title and its body before a name are: the name's, unless the title follows the name before it after
    a comma and is closed by a comma (or "og") itself: "NAME, borgmester i X Kommune, NAME2, direktør for Y, og NAME3"
    (a news item's appositive list: each title closes its own entry)."""
    if r.i == 0 or not ENTRY_GAP.fullmatch(s.text, s.here[r.i - 1].end, title_at):
        return r.p
    between = s.text[title_at : r.p.start]
    closed = "," in between or between.rstrip().endswith((" og", " samt"))
    return s.here[r.i - 1] if closed else r.p


def _title_of_words(s: Sentence, r: Reading) -> bool:
    """ "teamleder for jordfordelingsplanlæggerne, NAME", "leder af Lejre kommunes Bibliotek & Arkiv, NAME": a title
    whose body the words between it and the comma before the name name (a staff title of the own municipality's
    where the words name none the text knows; placed by the step where the text has no municipality of its own)."""
    p, before = r.p, r.before
    match = ending(TITLE_OF_WORDS, before, 0, len(before), 12)
    if match is None:
        return False
    words_at = p.start - len(before) + match.start("words")
    if any(words_at <= q.start < p.start for q in s.here):
        return False  # "formand for X, NAME, NAME2": a list, not one body's words
    title_at = p.start - len(before) + match.start()
    if r.i > 0 and ENTRY_GAP.fullmatch(s.text, s.here[r.i - 1].end, title_at):
        p = s.here[r.i - 1]  # "Bo Ek, direktør for Teknik og Miljø, Per Lund": the title closes Bo Ek's entry
    role = role_of_word(match.group(1))
    named = next((m for m in s.orgs if words_at <= m.start < p.start), None)
    target: Target | None = named
    if target is None and role in BOARD_ROLES:
        target = s.chair(p.start)
    if target is None and s.own is not None and (is_staff(role) or chief(role)):
        target = s.own
    if target is None and placed_by_the_step(role, s.own):
        target = UNPLACED
    if target is None:
        return False
    s.add(p, role, target)
    joined_title(s, r, p, title_at)  # "byrådsmedlem og formand for TSF, NAME"
    return True
