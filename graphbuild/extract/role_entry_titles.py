"""A title after a name in an entry of a list (read by `roles`): "Jens Hansen, formand", "Anne Holm,
kommunaldirektør, Struer Kommune", "Helge Tang Holbek (HTH), operativ chef, Nordsjælland Politi", "Birgit S.
Hansen (A), Formand" in a list of the body's members, "Christian Sabber Jensen - Fagchef Plan og Byg" (the title
before its workplace), "Henrik Rasmussen, Formand, Borgmester Vallensbæk Kommune" (a second title), "Torben Nøhr
TN Formand" and "Ane Marie Clausen AMC Sekretariatsleder" (a table flattened onto a line), "Ulla Astman (i
formandskab)", "Jens Hansen, Odder Kommune, næstformand" (a chair's title closing the entry)."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import PENDING, UNPLACED, Target
from graphbuild.extract.role_joined_after import joined_after
from graphbuild.extract.role_patterns import (
    BOARD_ROLES,
    CHAIR_ROLES,
    NAME_BRACKET,
    ROLE_WORDS,
    is_municipal,
    role_of_word,
)
from graphbuild.extract.role_sentence import Reading, Sentence
from graphbuild.extract.role_targets import COUNCIL_SEATS, chief, kept_unplaced, placed_by_the_step, title_target
from graphbuild.extract.role_titles import body_seat, bracket_title, listed_seat, named_target
from graphbuild.extract.role_workplace_titles import title_after_workplace
from graphbuild.parse.lines import start_of_line

# "operativ chef", "teknisk chef", "faglig koordinator"; one who holds a post for now: "(fungerende formand)",
# "konstitueret direktør", "kst. centerchef"
ACTING = r"fungerende|konstitueret|kst\.|fg\."
TITLE_ADJECTIVE = rf"(?:[a-zæøå]+(?:isk|iv|ig)|{ACTING})"
ACTING_WORD = re.compile(rf"^(?:{ACTING})\s+")
# "Birgit S. Hansen (A), Formand", "Birgit S. Hansen (A) - Formand" in a list of the body's members
# … or after the person's initials in a table flattened onto one line: "Torben Nøhr TN Formand Anders Thanning AT"
# (a title before a colon labels the next name: "Formand: Bo Ek (A), næstformand: Anna Hansen (V)")
LIST_ROLE = re.compile(
    r"^\s*(?:\([^)]{1,12}\)|(?-i:[A-ZÆØÅ]{2,4})(?=\s+(?-i:[A-ZÆØÅ])))\s*[-–,]?\s*(næstformand|formand)(?![a-zæøå])"
    r"(?![ \t]*:)(?![ \t]+(?:for|i|af)[ \t])",  # "(K), formand for X NAME2": a title of X, read with its body
    re.IGNORECASE,
)
# … any title after the initials: "Ane Marie Clausen AMC Sekretariatsleder Dagsorden"
INITIALS_TITLE = re.compile(
    rf"^[ \t]+(?-i:[A-ZÆØÅ]{{2,4}})[ \t]+(?P<role>(?:[\wæøå]+-[ \t]+og[ \t]+)?(?:{ROLE_WORDS}))"
    r"(?![\wæøå-])(?=[ \t]+(?-i:[A-ZÆØÅ])|[ \t]*(?:\n|$))",
    re.IGNORECASE,
)
# the preposition of a title's body after it
_PREPOSITION = r"(?:for|i|ved|hos|på|af|fra|under|til|med|over|mod|uden|indenfor|inden)"
# what closes a title after a name besides a stop: the party's or the workplace's bracket ("Erik Lund, borgmester
# (C)", "NAME, bestyrelsesformand (Viborg Kommune)"), the next entry joined by "og" ("NAME, sekretær og NAME2,
# kasserer"; a second title joined, `role_joined_after`), or the clause's own words ("NAME, rådmand om parkering",
# "NAME, centerchef deltog"); never a preposition, whose body the readers of a title and its body read ("NAME, direktør
# for X")
TITLE_CLOSED = (
    r"[ \t]*\((?-i:[A-ZÆØÅ])[^()\n]{0,40}\)|[ \t]+og[ \t]+|"
    rf"[ \t]+(?:samt|&)[ \t]+(?=(?:{ROLE_WORDS})(?![\wæøå-]))|"  # a second title joined: "(formand & kasserer)"
    rf"[ \t]+(?!{_PREPOSITION}[ \t])(?-i:[a-zæøå])[a-zæøå]+(?![\wæøå.-])"
)
# a title after the name, alone: "Jens Hansen, formand", "Anne Holm, kommunaldirektør, Struer Kommune"
# … or in brackets, after the party's too: "Anna Hansen (formand)", "Anna Hansen (A) (formand)"
POST_TITLE = re.compile(
    r"^(?:(?:\s*\([^)]{1,40}\))?\s*[,–-]\s*|(?:[ \t]*\([^()\n]{1,12}\))?\s*\()"
    rf"((?:{TITLE_ADJECTIVE}[ \t]+)?(?:{ROLE_WORDS}))"
    rf"(?=\s*(?:[,.;)\n/]|$)|[ \t]+[–-][ \t]|{TITLE_CLOSED})(?:\s*[,)]\s*|[ \t]+[–-][ \t]+)?",
    re.IGNORECASE,
)  # "Helge Tang Holbek (HTH), operativ chef, Nordsjælland Politi", "Sara Al-Saudi, observatør/mulig ny suppleant"
# … the title before its workplace with no comma between, as staff and guest lists print them: "Christian Sabber
# Jensen - Fagchef Plan og Byg", "Søren Hyldgaard, kommunalbestyrelsesmedlem Rudersdal Kommune"
POST_TITLE_WORKPLACE = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?[ \t]*(?:,|[ \t][–-])[ \t]*((?:{TITLE_ADJECTIVE}[ \t]+)?(?:{ROLE_WORDS}))"
    r"[ \t]+(?=(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
# … or opening an entry on a line of its own, more words of the entry after it: "Peter Bernt, formand og valgt af
# Sejling Borgerforening", "Niels Kristian Kvistgaard, Områdechef for kystbeskyttelse – Drift og Anlæg"
ENTRY_OPENING_TITLE = re.compile(
    rf"^(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*,[ \t]*((?:{TITLE_ADJECTIVE}[ \t]+)?(?:{ROLE_WORDS}))"
    r"(?=[ \t]+(?:og|for|af|ved|med|i)[ \t]+[\wæøå])",
    re.IGNORECASE,
)
ENTRY_LEAD = re.compile(r"[ \t•*·-]*")
ENTRY_BREAK = re.compile(r"[,.;:]|[ \t]og[ \t]")  # where one entry's words end before the next name
# a second title after the first and its comma or dash: "Formand, Borgmester Vallensbæk Kommune", "observatør,
# medarbejderrepræsentant Rudersdal Kommune", "Viceborgmester - Formand"
CHAINED_TITLE = re.compile(
    rf"[ \t]*((?:{TITLE_ADJECTIVE}[ \t]+)?(?:{ROLE_WORDS}))"
    r"(?:[ \t]+(?=(?-i:[A-ZÆØÅ]))|[ \t]*(?P<closes>(?=[,.;\n]|$)))",
    re.IGNORECASE,
)
# a chair's title after the name's workplace, closing its entry: "Erik Fabrin (EF), Rudersdal Kommune, formand
# Borgmester Morten Slotved (MS), …", "Jens Hansen, Odder Kommune, næstformand"
# … or in brackets after it: "Ib Boye Lauritsen (V), Ikast-Brande (næstformand)", "NAME, Kolding Kommune (formand)"
CHAIR_AFTER_WORKPLACE = re.compile(
    rf"^{NAME_BRACKET}\s*,\s*(?-i:[A-ZÆØÅ])[^,()\n]{{0,40}}?(?:,\s*|[ \t]*\((?=[^()\n]{{1,12}}\)))"
    r"(?P<role>næstformand|formand)(?![\wæøå])(?!\s+(?:for|i|af)\s)",
    re.IGNORECASE,
)
CHAIRMANSHIP_SEAT = re.compile(r"[ \t]*\((?:i|medlem\s+af)[ \t]+formandskab(?:et)?\)", re.IGNORECASE)
# the workplace after a title after a name: "…, operativ chef, Nordsjælland Politi"
WORKPLACE = re.compile(r"(?-i:[A-ZÆØÅ])[^,.;()\n]{1,50}?(?=[ \t]*(?:[,.;(\n]|$))")


def entry_titles(s: Sentence, r: Reading, role_match: re.Match[str] | None) -> None:
    """The titles after the name in its entry; a title the same as the one before the name is read once."""
    text, p, after, here = s.text, r.p, r.after, s.here
    titled = s.may_name_a_title(p.end, p.end + len(after))  # each pattern on `after` below holds a title
    listed = LIST_ROLE.match(after) if titled else None
    if listed is not None and role_match is not None and _opens_next_entry(s, r, listed.end()):
        listed = None  # "Formand Jens Hansen (A) næstformand Lise Holm (V)": a roster read title first
    post = POST_TITLE.match(after) if titled else None
    before_workplace = POST_TITLE_WORKPLACE.match(after) if post is None and titled else None
    if (
        before_workplace is not None
        and r.i + 1 not in s.titles_of_previous  # a run of "name, title" entries on a line: the title is p's
        and (
            role_of_word(before_workplace.group(1)) in BOARD_ROLES
            or any(q.start == p.end + before_workplace.end() for q in here)
        )
    ):
        before_workplace = None  # "A, Formand B", "A, Teamleder B": a title before the next entry's name
    post = post or before_workplace
    if post is None and titled:
        post = _entry_opening_title(s, r)
    initialled = INITIALS_TITLE.match(after) if not listed and titled else None
    if initialled is not None and role_of_word(initialled["role"]) not in BOARD_ROLES:
        # "Jesper Hedegaard JH IT- og specialkonsulent Ane Marie Clausen AMC Sekretariatsleder": a table of
        # name, initials and title flattened onto a line
        role = role_of_word(initialled["role"])
        target = title_target(s, role, p.start, p, None, r.staff)
        if target is not None:
            s.add(p, role, target)
    bracketed = "(" in after[:16] and not listed and bracket_title(text, p, after, s.orgs, s.chair, s.add)
    bracketed = bracketed or (not listed and post is None and title_after_workplace(s, r))
    if listed and s.body is not None:
        s.add(p, role_of_word(listed.group(1)), s.body)
    elif bracketed:
        pass
    elif post and not (
        role_match and role_of_word(role_match.group(role_match.lastindex or 0)) == role_of_word(post.group(1))
    ):
        _post_title(s, r, post, before_workplace is not None)
    in_chairmanship = CHAIRMANSHIP_SEAT.match(after) if "ormandskab" in after[:30] else None
    if in_chairmanship is not None and (chaired := s.chair(p.start)) is not None:
        s.add(p, "medlem af formandskab", chaired)  # "Ulla Astman (i formandskab)" in a list of a body's members
    closing = CHAIR_AFTER_WORKPLACE.match(after) if "ormand" in after[:90] and not post else None
    if closing is not None and not any(p.end < q.start < p.end + closing.end() for q in here):
        chaired = s.chair(p.start)
        if chaired is not None:
            s.add(p, role_of_word(closing["role"]), chaired)


def _entry_opening_title(s: Sentence, r: Reading) -> re.Match[str] | None:
    """The title after the comma of a name that opens its line, more of the entry after it ("Peter Bernt, formand og
    valgt af …"); not one read with its body already ("NAME, formand for Børneudvalget"), nor one whose words run on
    into the next name with no comma or "og" between ("Kurt Andreasen (Favrskov Kommune), næstformand for
    bestyrelsen Bjarne Schmidt Nielsen": the next name's title)."""
    text, p = s.text, r.p
    if not ENTRY_LEAD.fullmatch(text, start_of_line(text, p.start), p.start):
        return None
    post = ENTRY_OPENING_TITLE.match(r.after)
    if post is None or any(f.person is p and f.role == role_of_word(post.group(1)) for f in s.out):
        return None
    at = p.end + post.end()
    line_end = text.find("\n", at)
    following = next((q for q in s.here if at < q.start and (line_end < 0 or q.start < line_end)), None)
    if following is not None and not ENTRY_BREAK.search(text, at, following.start):
        return None
    return post


def _opens_next_entry(s: Sentence, r: Reading, title_end: int) -> bool:
    """Whether the next name follows the title right after p's bracket, in a run that reads title first (its
    first name has a title before it): the title is then the next name's, as a title before p was p's."""
    at = r.p.end + title_end
    following = r.i + 1
    return (
        following < len(s.here)
        and following not in s.titles_of_previous
        and not s.text[at : s.here[following].start].strip()
    )


def _post_title(s: Sentence, r: Reading, post: re.Match[str], before_workplace: bool) -> None:
    """The title after the name, held in the workplace after it, else where a title before a name would be;
    and a second title after its comma, in its own workplace."""
    text, hi, p, here = s.text, s.hi, r.p, s.here
    held = role_of_word(post.group(1))
    role = ACTING_WORD.sub("", held)  # "(fungerende formand)": a chair's post, held for now
    at = p.end + post.end()
    named: Target | None = next((m for m in s.orgs if m.type == "Municipality" and m.start == at), None)
    if named is None and role not in BOARD_ROLES and not body_seat(role):
        workplace = WORKPLACE.match(text, at, hi) if post.group(0).rstrip().endswith(",") or before_workplace else None
        end = workplace.end() if workplace is not None else at
        # a list flattened onto a line runs on into the next entry: "…, operativ chef, Nordsjælland
        # Politi Tommy Simonsen (TS), …": the workplace ends where the next name begins
        end = min([end, *(q.start for q in here if at < q.start < end)])
        if workplace is not None and end > at and not any(at == q.start for q in here):
            named = named_target(text, at, end, s.orgs)
    target = named or _target_after_name(s, r, role)
    if target is not None:
        s.add(p, held, target)
    next_name_at = here[r.i + 1].start if r.i + 1 in s.titles_of_previous else None
    joined = joined_after(text, at, hi, next_name_at) if post.end() == post.end(1) else None
    if joined is not None and (joined_role := role_of_word(joined["role"])) != role:
        # "Jens Hansen, formand og kasserer, Ole Olsen", "Jens Hansen (formand & kasserer)": the joined title is his too
        joined_target = _target_after_name(s, r, joined_role)
        if joined_target is not None:
            s.add(p, joined_role, joined_target)
    second = CHAINED_TITLE.match(text, p.end + post.end(), hi) if post.group(0).rstrip()[-1:] in ",–-" else None
    second_at = second.end() if second is not None else 0
    if second is not None and not any(q.start == second_at for q in here):
        # "Henrik Rasmussen, Formand, Borgmester Vallensbæk Kommune", "Tommy Simonsen (TS), observatør,
        # medarbejderrepræsentant Rudersdal Kommune": a second title, and its own workplace after it
        second_role = role_of_word(second.group(1))
        workplace = WORKPLACE.match(text, second_at, hi)
        end = workplace.end() if workplace is not None else second_at
        end = min([end, *(q.start for q in here if second_at < q.start < end)])
        second_target = named_target(text, second_at, end, s.orgs) if end > second_at else None
        second_target = second_target or title_target(s, second_role, p.start, p, None, r.staff)
        if second_target is None and s.own is None and chief(second_role):
            second_target = UNPLACED
        if second_target is not None and second_role not in BOARD_ROLES:
            s.add(p, second_role, second_target)
        elif second_role in CHAIR_ROLES and second["closes"] is not None and (chaired := s.chair(p.start)):
            # "Tobias Johansen (V), Viceborgmester - Formand" closing its line: the chair of the listed body (a
            # chair's title before a name is that name's)
            s.add(p, second_role, chaired)


def _target_after_name(s: Sentence, r: Reading, role: str) -> Target | None:
    """Where a title after the name is held, no workplace named after it: where a title before a name would be,
    else a seat in the body listed, else where the step places it."""
    p = r.p
    target = title_target(s, role, p.start, p, None, r.staff)
    if target is None and listed_seat(role):
        # "Birgit Frederiksen (observatør)", "Kent Hvirring Jensen, medarbejderrepræsentant" in a list of a body's
        # members: a seat in that body
        target = s.chair(p.start)
    if target is None and placed_by_the_step(role, s.own):
        target = UNPLACED  # "Lone Lindsby, Koncerndirektør" on a page that names no body of hers
    if target is None and role != "løsgænger" and (is_municipal(role) or role in COUNCIL_SEATS):
        # "Anna Hansen, borgmester": as "borgmester Anna Hansen", the person's municipality's ("NAME, løsgænger"
        # after a name is the member's party, as "(V)")
        target = PENDING
    if target is None and kept_unplaced(role):
        # "Karen Schur (chef) indstiller", "Ole Nielsen (revisor) fra BDO": a title printed with the name is never
        # dropped for want of its body; the step holds it where the text is (the meeting's body, the body named last)
        target = UNPLACED
    return target
