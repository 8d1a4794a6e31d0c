"""A council member's seat and posts, as minutes record a member leaving or joining the council: "X har
anmodet om at udtræde af Kolding Byråd pr. 23. marts 2021" (a seat that ends), "Y indtræder i
Byrådet" (one that begins), and the list of one person's posts after "X's politiske poster:"
("- Medlem af Børne- og Uddannelsesudvalget", "- Stedfortræder for Hans Holmer i Handicaprådet"),
the committees listed after "er valgt til følgende udvalg", the chair marked under a body's heading
("Socialudvalg\n\nFmd: NAME"), the chairs listed body by body ("Man kan møde formændene for de faste politiske
udvalg:\n • Økonomi- og Erhvervsudvalget: Uffe Jensen (V)"), and a seat left or joined as the seat ("…
udtræder som medlem af Ældrerådet"). A body's roster is read by ``role_rosters``.
The roles step (``roles``) turns what this finds into HOLDS_ROLE facts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.extract.evidence import sentence_bounds
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_flattened_headings import (
    approved_after,
    case_account_between,
    decision_before,
    on_flattened_line,
)
from graphbuild.extract.role_rosters import names_by_line
from graphbuild.parse.dates import find_dates
from graphbuild.parse.lines import end_without_space, start_of_line
from graphbuild.vocab import ids
from graphbuild.vocab.near import plain_lowered
from graphbuild.vocab.reference import MunicipalityInfo, municipality_by_name
from graphbuild.vocab.text_patterns import capitalised_run

_COUNCIL = r"(?:byråd(?:et)?|kommunalbestyrelse(?:n)?)"
# the verbs of a seat changing: leaving ("udtræder") and taking ("indtræder") it
_SEAT_VERBS = r"(?P<verb>udtræde|udtræder|udtrådte|er\s+udtrådt|indtræde|indtræder|indtrådte|er\s+indtrådt)"
SEAT_CHANGE = re.compile(
    rf"\b{_SEAT_VERBS}\s+(?:af|i)\s+"
    rf"(?P<place>[A-ZÆØÅ][\wæøå-]*\s+)?(?P<council>(?i:{_COUNCIL}))\b(?!\s*s\b)",
)
# a seat in a council or a committee, named as the seat: "… udtræder som medlem af Ældrerådet med øjeblikkelig
# virkning", "Steen Klink indtræder som medlem af Udvalget for Læring og Trivsel"
SEAT_AS_CHANGE = re.compile(
    rf"\b{_SEAT_VERBS}\s+som\s+"
    r"(?P<role>medlem|formand|næstformand|suppleant|stedfortræder)\s+(?:af|i)\s+(?P<body>[A-ZÆØÅ][\wæøå-]*"
    r"(?:\s+(?:for|og|[A-ZÆØÅ][\wæøå-]*)){0,5})"
)
POSTS_AFTER = re.compile(r"s\s+(?:politiske\s+|øvrige\s+)?(?:poster|hverv|tillidsposter)\s*:", re.IGNORECASE)
POST_LINE = re.compile(r"[ \t]*(?:\n[ \t]*)*\n[ \t]*[-•*–][ \t]*(?P<entry>[^\n]+)")
# the same list flattened onto one line: "poster: • Medlem af X • Stedfortræder for Hans Holmer i Y • …"
POST_BULLET = re.compile(r"[ \t]*[•·][ \t]*(?P<entry>[^•·\n]+)")
MAX_BODY_WORDS = 8
POST = re.compile(
    r"(?P<role>Medlem|Formand|Næstformand|Bestyrelsesmedlem|Repræsentant|Suppleant|Stedfortræder)"
    rf"(?:\s+for\s+(?P<for>{capitalised_run('{1,3}', across_lines=True)}))?"
    r"\s+(?:af|i|for|til|v\.|ved)\s+(?P<body>[^\n]+?)\s*[.;,]?\s*$"
)
# "Socialudvalg\n\nFmd: Lone Broe Christiansen (V)": a list of a body's members under its heading, the chair marked
CHAIR_MARK = re.compile(r"[ \t]*(?P<role>Fmd|Formand|Nfmd|Næstformand)\.?[ \t]*:[ \t]*$")
HEADING = re.compile(r"[ \t]*(?P<name>[A-ZÆØÅ][\wæøå-]*(?:[ \t]+[\wæøå&-]+){0,5})[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*")
BOARD_OF = re.compile(r"^(?P<owner>.+?)s\s+bestyrelse$")
FROM_DATE = re.compile(r"\b(?:pr\.|fra|med\s+virkning\s+fra)\s+(?:den\s+)?$", re.IGNORECASE)


PROPOSAL = re.compile(r"\b(?:indstill|foreslå|anbefal|forslag)\w*", re.IGNORECASE)
DECISION = re.compile(r"(?:^|\n)[ \t]*(?:BESLUTNING|Beslutning)(?![\wæøå])")


# a decision adopting the proposal before it as it stands, the first words under its heading: "Beslutning\n\n
# Indstillingen er tiltrådt.", "Beslutning i Byrådet den 3. marts 2020:\nGodkendt." (never "Godkendt, idet …")
APPROVED = re.compile(
    r"[^\n]{0,80}\n\s*(?:Indstillingen[ \t]+(?:blev[ \t]+|er[ \t]+)?(?:enstemmigt[ \t]+)?"
    r"(?:godkendt|tiltrådt|vedtaget)|(?:Enstemmigt[ \t]+)?(?:Godkendt|Tiltrådt|Vedtaget)(?:[ \t]+som[ \t]+indstillet)?)"
    r"[ \t]*\.?[ \t]*(?:\n|$)"
)
APPROVAL_REACH = 300  # the most text between a proposed name and its decision's heading
# the heading of a case's account, which states what is so: a proposal before it is not what follows it
# ("Forvaltningen foreslår: … Sagsbeskrivelse:\n\nNAME ansøger om at blive fritaget fra hvervet som …")
CASE_ACCOUNT = re.compile(
    r"(?:^|\n)[ \t]*(?:Sagsbeskrivelse|Sagsfremstilling|Sagens[ \t]+(?:indhold|fremstilling)|"
    r"Beskrivelse[ \t]+af[ \t]+sagen)[ \t]*:?[ \t]*(?=\n)"
)


def proposed(text: str, pos: int) -> bool:
    """Whether pos is in a proposal ("Borgmesteren indstiller, … at byrådet udpeger NAME"), not in the
    record of what was decided ("Beslutning …: Venstre indstiller, at NAME vælges … godkendte dette") nor in
    the case's account a heading opens after the proposal ("Sagsfremstilling")."""
    lo = max(0, pos - 250)
    last = max((m.end() for m in PROPOSAL.finditer(text, lo, pos)), default=-1)
    if last < 0 or DECISION.search(text, lo, pos) is not None:
        return False
    # the headings a flattened page runs on inside its line (`role_flattened_headings`)
    if on_flattened_line(text, pos):
        if decision_before(text, lo, pos) or case_account_between(text, last, pos):
            return False
        if approved_after(text, pos, APPROVAL_REACH):
            return False
    return CASE_ACCOUNT.search(text, last, pos) is None and not _approved(text, pos)


def _approved(text: str, pos: int) -> bool:
    """Whether the decision right after the proposal at pos adopts it as it stands: "Indstillingen er tiltrådt.",
    "Godkendt." (never one with changes, "Godkendt, idet …")."""
    decision = DECISION.search(text, pos, min(len(text), pos + APPROVAL_REACH))
    return decision is not None and APPROVED.match(text, decision.end()) is not None


@dataclass(frozen=True)
class Post:
    person: PersonMention
    role: str
    target: tuple[str, str, str]  # (id, name, "Organization" or "Municipality")
    valid_from: str | None = None
    valid_to: str | None = None


def _municipality(name: str) -> MunicipalityInfo | None:
    return municipality_by_name().get(name.strip().lower())


def find_posts(text: str, people: list[PersonMention], own: tuple[str, str] | None) -> list[Post]:
    """`own`: the meeting's municipality (id, name), which "Byrådet" unqualified is the council of."""
    return (
        _seat_changes(text, people, own)
        + _seats_as_changed(text, people)
        + _listed_posts(text, people)
        + _chairs_under_headings(text, people)
        + _chairs_listed_by_body(text, people)
    )


def _seat_changes(text: str, people: list[PersonMention], own: tuple[str, str] | None) -> list[Post]:
    if "dtr" not in text:
        return []  # every verb SEAT_CHANGE reads (in lower case) holds "dtr": udtræde … indtrådt
    out: list[Post] = []
    for change in SEAT_CHANGE.finditer(text):
        lo, hi = sentence_bounds(text, change.start(), change.end())
        subject = [p for p in people if lo <= p.start and p.end <= change.start()]
        if not subject or proposed(text, subject[0].start):
            continue
        place = _municipality(change["place"]) if change["place"] else None
        target = (ids.municipality_id(place.code), place.name) if place else own
        if target is None or (change["place"] and place is None):
            continue
        role = "byrådsmedlem" if change["council"].lower().startswith("byråd") else "kommunalbestyrelsesmedlem"
        date = _date_after(text, change.end(), hi)
        leaves = change["verb"].lower().startswith("udtr")
        out.append(
            Post(subject[0], role, (*target, "Municipality"), None if leaves else date, date if leaves else None)
        )
    return out


def _seats_as_changed(text: str, people: list[PersonMention]) -> list[Post]:
    """The first person of the sentence leaves or joins the seat it names in a body it names by a name."""
    if "træde" not in text and "trådt" not in text and "trådte" not in text:
        return []
    out: list[Post] = []
    for change in SEAT_AS_CHANGE.finditer(text):
        lo, hi = sentence_bounds(text, change.start(), change.end())
        subject = [p for p in people if lo <= p.start and p.end <= change.start()]
        if not subject or proposed(text, subject[0].start):
            continue
        body = " ".join(change["body"].split())
        while body.split()[-1] in ("for", "og"):
            body = body.rsplit(" ", 1)[0]
        date = _date_after(text, change.end(), hi)
        leaves = change["verb"].lower().startswith("udtr")
        target = (ids.organization_id(body), body, "Organization")
        out.append(Post(subject[0], change["role"], target, None if leaves else date, date if leaves else None))
    return out


def _date_after(text: str, pos: int, hi: int) -> str | None:
    """The date a seat changes on: "pr. 23. marts 2021", "fra 1. april", right after the council."""
    window = text[pos : min(hi, pos + 60)]
    for found in find_dates(window):
        if FROM_DATE.search(window[: found.start]):
            return found.value.isoformat()
    return None


def _listed_posts(text: str, people: list[PersonMention]) -> list[Post]:
    out: list[Post] = []
    for p in people:
        head = POSTS_AFTER.match(text, p.end)
        if head is None:
            if "følgende" in text[p.end : p.end + 40]:
                out += _committees_listed(text, p)
            continue
        pos = head.end()
        while (line := POST_LINE.match(text, pos) or POST_BULLET.match(text, pos)) is not None:
            pos = line.end()
            post = POST.match(line["entry"].strip())
            if post is None or len(post["body"].split()) > MAX_BODY_WORDS:
                continue  # the last entry of a list flattened onto a line may run on into the page
            role, body = post["role"].lower(), " ".join(post["body"].split())
            board = BOARD_OF.match(body)
            if role == "medlem" and board is not None:
                role, body = "bestyrelsesmedlem", board["owner"]  # "Medlem af Ungdommens Studiefonds bestyrelse"
            if post["for"]:
                role = f"{role} for {post['for']}"
            out.append(Post(p, role, (ids.organization_id(body), body, "Organization")))
    return out


# "Stefan Agger er valgt til følgende udvalg m.v.\n\n·  Familie- og Kulturudvalget.\n\n·  Social- og Sundhedsudvalget."
COMMITTEES_AFTER = re.compile(
    r"[ \t]+(?:er|var)[ \t]+(?:valgt[ \t]+til|medlem[ \t]+af)[ \t]+følgende[ \t]+(?:udvalg|hverv|poster)"
    r"(?:[ \t]+m\.\s?v\.?)?[ \t]*:?[ \t]*(?=\n)"
)
BULLET_LINE = re.compile(r"\s*\n[ \t]*[-•*–·][ \t]*(?P<entry>[^\n]+)")
# an entry that is a committee or a council (a company or an association on the list is a seat of another kind)
COMMITTEE_ENTRY = re.compile(
    r"(?P<body>[A-ZÆØÅ][\wæøå,&-]*(?:[ \t]+[\wæøå,&-]+){0,6}?(?:udvalg|råd|nævn)(?:et)?)[ \t]*\.?"
)


def _committees_listed(text: str, p: PersonMention) -> list[Post]:
    """A member's seats in the committees a bulleted list after the name names: each is "medlem"."""
    head = COMMITTEES_AFTER.match(text, p.end)
    if head is None:
        return []
    out: list[Post] = []
    pos = head.end()
    while (line := BULLET_LINE.match(text, pos)) is not None:
        pos = line.end()
        entry = COMMITTEE_ENTRY.fullmatch(line["entry"].strip())
        if entry is not None:
            body = " ".join(entry["body"].split())
            out.append(Post(p, "medlem", (ids.organization_id(body), body, "Organization")))
    return out


def _chairs_under_headings(text: str, people: list[PersonMention]) -> list[Post]:
    """ "Teknik og Havneudvalg (incl. kultur)\n\nFmd.: Folmer Hjorth Kristensen (A)": the chair (or vice
    chair) of the body whose name heads the list, the heading the nearest line above with no name in it."""
    out: list[Post] = []
    for p in people:
        line_start = start_of_line(text, p.start)
        mark = CHAIR_MARK.fullmatch(text, line_start, p.start)
        if mark is None:
            continue
        above_end = end_without_space(text, line_start)
        heading_start = text.rfind("\n", 0, above_end) + 1
        heading = HEADING.fullmatch(text, heading_start, above_end)
        if heading is None or any(heading_start <= q.start < above_end for q in people):
            continue
        name = " ".join(heading["name"].split())
        role = "næstformand" if mark["role"].lower().startswith("n") else "formand"
        out.append(Post(p, role, (ids.organization_id(name), name, "Organization")))
    return out


# "formændene for de faste politiske udvalg:", "Udvalgsformænd", "Næstformændene er:" closing its line, a list below
CHAIRS_LIST = re.compile(
    r"(?<![\wæøå])(?P<role>(?i:(?:udvalgs)?(?:næst)?formænd(?:ene)?))(?![\wæøå])[^\n.]{0,80}?[ \t]*:?[ \t]*\n"
)
# an entry of it: " • Økonomi- og Erhvervsudvalget: Uffe Jensen (V)"
CHAIR_ENTRY = re.compile(
    r"[ \t]*(?:[•*·–-][ \t]*)?(?P<body>[A-ZÆØÅ][\wæøå,&-]*(?:[ \t]+[\wæøå,&-]+){0,7})[ \t]*:[ \t]*"
)


def _chairs_listed_by_body(text: str, people: list[PersonMention]) -> list[Post]:
    """Under a line that announces chairs ("… formændene for de faste politiske udvalg:"), each line
    "Body: NAME" makes NAME the chair (or vice chair) of that body; the list ends at the first line that
    is not such an entry."""
    if "formænd" not in plain_lowered(text) or not people:
        return []
    by_line_start = names_by_line(text, people)
    out: list[Post] = []
    for cue in CHAIRS_LIST.finditer(text):
        role = "næstformand" if "næst" in cue["role"].lower() else "formand"
        line_start = cue.end()
        while line_start < len(text):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            if not text[line_start:line_end].strip():
                line_start = line_end + 1
                continue
            entry = CHAIR_ENTRY.match(text, line_start, line_end)
            on_line = by_line_start.get(line_start, [])
            if entry is None or not on_line or on_line[0].start != entry.end():
                break
            body = " ".join(entry["body"].split()).rstrip(",")
            out.append(Post(on_line[0], role, (ids.organization_id(body), body, "Organization")))
            line_start = line_end + 1
    return out
