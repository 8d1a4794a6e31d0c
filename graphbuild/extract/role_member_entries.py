"""A body's members listed one a line with the organisation that sent each before the name, as council pages print
them (read by `roles`): "Danmarks Naturfredningsforening, Jens Søndergaard", "Medlem udpeget af byrådet, Tonny
Lacomble Nielsen (B)", a table flattened to "Friluftrådet Peter Engholm" under its columns' heading ("Forening
Repræsentant", "Organisation Repræsentant" over "Mailadresse", "Område Medlem Suppleant"), an e-mail address after
the name. Three entries or more, blank lines between them, under a label of members ("Medlemmer af vandrådet",
"Rådet sammensættes således:"), a heading naming a body, or a paragraph about the body (the page's own list with
no heading). Each listed person is `medlem` of the body the text is about there, unless the entry prints a title
where the organisation would be ("Naturstyrelsen, Søhøjlandet Observatør, Søren Hald", "Kasserer : Poul Sørensen"):
that is a title, read by the title readers. The same list with the name first and its post or organisation after a
comma or a dash ("Kenneth Muhs - Borgmester, Nyborg Kommune") is read under a label of members or a sentence that
names a body ("… varetages løbende gennem Borgmesterforum Fyn."), never under a short heading alone (a committee's
line-up in a news item); a seat printed after the name ("…, formand") is that seat's, no plain `medlem`. A list
under a label of who attended or was absent, of who answered a hearing or whom to contact, is none. The body is
placed at the label, never at an entry: where no chair is placed there, or the one placed is a body the list itself
prints at a line's start (an entry's organisation, "Friluftsrådet, Bente Nielsen", or its column's heading,
"Forening Repræsentant"), the list is of the body named last before the label, else of the document's own."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from graphbuild.extract.mentions import Mention
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import UNPLACED, RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_list_seats import SEAT_WORD
from graphbuild.extract.role_member_blocks import MEMBER_CUES, NOT_A_MEMBER_LABEL
from graphbuild.extract.role_patterns import ROLE_WORDS
from graphbuild.extract.role_rosters import names_by_line
from graphbuild.vocab.bodies import BODY_NOUNS, noun_pattern

# the organisation before the name, after an optional bullet: capitalised first ("Agenda 21 Foreningen", "De
# lokalhistoriske foreninger", "Medlem udpeget af byrådet"), then a comma, a colon, a dash or only a space
ORGANISATION = re.compile(r"[ \t]*(?:[•*·▪–-][ \t]*)?(?P<org>[A-ZÆØÅ0-9][^\n:]{0,79}?)[ \t]*(?:,|:|[ \t][-–])?[ \t]+")
ORGANISATION_WORDS_MAX = 10
# an organisation that ends in a place after "i", which the name reader may read on into the name
PLACE_AFTER_I = re.compile(r"(?<![\wæøå])i[ \t]+[A-ZÆØÅ][\wæøå-]*$")
# what may follow the name: a party's or an abbreviation's bracket, an e-mail address
AFTER_NAME = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:[\w.+-]+@[\w.-]+)?[ \t]*")
# a second column's name right after the first ("Lokalfora Susan Thydal Flemming Tejmers" under "Medlem
# Suppleant"): the entry is the first name's
SECOND_COLUMN = re.compile(r"[ \t]+")
# an entry of the run whose name the name lists do not know: two to four capitalised words, then a dash and the
# organisation or post, as the name-first entries around it print theirs
UNREAD_NAME_ENTRY = re.compile(
    r"[ \t]*(?:[•*·▪◦][ \t]*)?[A-ZÆØÅ][a-zæøå]+(?:[ \t]+[A-ZÆØÅ][\wæøå.-]*){1,3}[ \t]+[–-][ \t]+[^\n]{1,120}"
)
# a title where the organisation would be ("Borgmester Peter Hansted", "Kasserer : Poul Sørensen"): the entry is
# its title's, no organisation's
TITLE_IN_ENTRY = re.compile(rf"(?<![\wæøå])(?:{ROLE_WORDS})(?![\wæøå])", re.IGNORECASE)
# a name that opens its line, after a bullet, and what follows it: a bracket, then a comma or a dash and a post or
# an organisation ("Peter Rahbæk Juhl, Borgmester, Odense", "Tonni Hansen - Borgmester, Langelands Kommune")
NAME_FIRST_OPENING = re.compile(r"[ \t]*(?:[•*·▪–-][ \t]*)?")
NAME_FIRST_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:(?:,|[ \t][-–])[ \t]*[^\n]{1,120})?")
# the heading of a table's columns over the entries: "Forening Repræsentant", "Organisation Repræsentant",
# "Mailadresse", "Område Medlem Suppleant"
COLUMN_HEADING = re.compile(r"[ \t]*[A-ZÆØÅ][\wæøå/-]*(?:[ \t]+[A-ZÆØÅ][\wæøå/-]*){0,4}[ \t]*")
COLUMN_WORDS = ("repræsentant", "navn", "medlem", "suppleant", "organisation", "forening", "område", "mail")
# a label of members: the cues of `role_member_blocks` and a seat given ("har fået plads i vandrådet:")
LABEL_CUES = (*MEMBER_CUES, "plads i", "sammensættes")
# … and a heading that names a body by its kind ("Grønt Råd", "Styregruppen", "Borgerpanel"): anywhere in a word,
# but "råd" only at a word's end ("Vandrådet", never "rådgiver", "Rådhuset"); "repræsentantskab" and "netværk" were
# never among this reader's words and are left out by name, so it reads the headings it always read
BODY_WORDS = re.compile(
    noun_pattern(
        (*BODY_NOUNS, "panel"),
        without=("repræsentantskab", "netværk"),
        forms={"råd": r"råd(?:et)?(?![\wæøå])"},
    ),
    re.IGNORECASE,
)
# a label of a list no member list is: whom to contact, who answered a hearing, who was sent a copy
NOT_MEMBERS = re.compile(r"kontakt|høring|kopi|modtager|sekretariat|afsender|underskr", re.IGNORECASE)
# … and in a paragraph above the entries, a word of attendance ("I mødet deltog:")
ATTENDANCE = re.compile(r"deltag|deltog|til[ \t]*stede|fremmødt|fravær|afbud|forfald", re.IGNORECASE)
LABEL_MAX = 120  # a longer line above the entries is a paragraph about the body
MIN_ENTRIES = 3


def members_after_organisations(
    text: str,
    people: list[PersonMention],
    chair_at: Callable[[int], Target],
    found: list[RoleFact],
    attended: set[int],
    named_before: Callable[[int], Target] | None = None,
) -> list[RoleFact]:
    """`medlem` for each person of a block of "organisation, name" entries under a label of members, a body's
    heading or a paragraph, in the body the text is about there (`chair_at`), else in the one named before the
    label (`named_before`: `Chairs.named_before`) when `chair_at` places none or a body the list prints itself;
    none where the meeting's attendance was read from the block (`attended`: where its names start)."""
    if len(people) < MIN_ENTRIES:
        return []
    known = placed_titles(found)
    out: list[RoleFact] = []
    for block in _blocks(text, people):
        label, names_a_body = _label_of_members(text, block[0][0].start)
        if label is None or any(p.start in attended for p, _, _ in block):
            continue
        if not names_a_body and any(name_first for _, _, name_first in block):
            continue  # names with their posts under a paragraph about something else
        held_in = chair_at(label)  # the body the label or the paragraph is about, not an entry's organisation
        if named_before is not None and (held_in == UNPLACED or _printed_in_list(text, held_in, label, block)):
            held_in = named_before(label)  # placed at the label, not at each entry after an organisation
        for p, titled, _ in block:
            if titled or (p.name, "medlem") in known:
                continue
            known.add((p.name, "medlem"))
            out.append(role_fact(p, "medlem", held_in, p.start, p.end))
    return out


Entry = tuple[PersonMention, bool, bool]  # the entry's person, whether it prints a seat, whether the name opens it


def _printed_in_list(text: str, target: Target, label: int, block: list[Entry]) -> bool:
    """Whether the list (from its label to its last entry's line) prints the target's name at a line's start: an
    entry's organisation ("Friluftsrådet, Bente Nielsen") or its column's heading ("Forening Repræsentant"), which
    a reader of the document's body may have taken for it, no body the list is of."""
    name = target.name if isinstance(target, Mention) else target[1]
    if not name.strip():
        return False
    end = text.find("\n", block[-1][0].end)
    at_line_start = re.compile(rf"^[ \t]*(?:[•*·▪–-][ \t]*)?{re.escape(name.strip())}(?![\wæøå])", re.I | re.M)
    return at_line_start.search(text, label, len(text) if end < 0 else end) is not None


def _blocks(text: str, people: list[PersonMention]) -> list[list[Entry]]:
    """The runs of entry lines, blank lines between them, of three entries or more."""
    blocks: list[list[Entry]] = []
    run: list[Entry] = []
    last_end = -1
    for line_start, on_line in sorted(names_by_line(text, people).items()):
        entry = _entry(text, line_start, on_line)
        if entry is not None and run and not _only_unread_entries(text, last_end, line_start):
            blocks.append(run)
            run = []
        if entry is None:
            if run:
                blocks.append(run)
            run = []
            continue
        run.append(entry)
        line_end = text.find("\n", line_start)
        last_end = len(text) if line_end < 0 else line_end
    if run:
        blocks.append(run)
    return [block for block in blocks if len(block) >= MIN_ENTRIES]


def _only_unread_entries(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], between two entries, holds nothing but blank lines and entries whose name no name
    list knows ("Guri Spiegelhauer - repræsentant fra Autismeforeningen"): the run goes on past them."""
    return all(not line.strip() or UNREAD_NAME_ENTRY.fullmatch(line) for line in text[start:end].split("\n"))


def _entry(text: str, line_start: int, on_line: list[PersonMention]) -> Entry | None:
    """The line's entry: an organisation, then a name that ends the line (or a second column's name after it); or
    the name, then its post or organisation after a comma or a dash ("Kenneth Muhs - Borgmester, Nyborg Kommune")."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    p = on_line[0]
    if len(on_line) == 1 and NAME_FIRST_OPENING.fullmatch(text, line_start, p.start):
        rest = NAME_FIRST_REST.fullmatch(text, p.end, line_end)
        if rest is None or not rest.group(0).strip():
            return None
        return p, SEAT_WORD.search(rest.group(0)) is not None, True
    org = ORGANISATION.fullmatch(text, line_start, p.start)
    if org is None or len(org["org"].split()) > ORGANISATION_WORDS_MAX or org["org"].rstrip().endswith("."):
        return None
    rest = AFTER_NAME.match(text, p.end, line_end)
    end = rest.end() if rest is not None else p.end
    if end < line_end:
        second = on_line[1] if len(on_line) > 1 else None
        if second is None or not SECOND_COLUMN.fullmatch(text, p.end, second.start):
            return None
        tail = AFTER_NAME.match(text, second.end, line_end)
        if tail is None or tail.end() != line_end:
            return None
    return _without_the_organisations_word(text, org, p), TITLE_IN_ENTRY.search(org["org"]) is not None, False


def _without_the_organisations_word(text: str, org: re.Match[str], p: PersonMention) -> PersonMention:
    """The name with no word of the organisation a space alone parts it from: a place the organisation ends in
    after "i" goes on in the name's first word ("Foreningen til ophjælpning af fiskeriet i Roskilde" before "Fjord
    Kim Lund Jørgensen": "Roskilde Fjord")."""
    words = p.name.split()
    if len(words) < 3 or text[org.end("org") : p.start].strip() or not PLACE_AFTER_I.search(org["org"]):
        return p
    start = text.index(words[1], p.start + len(words[0]))
    return replace(p, start=start, name=" ".join(words[1:]))


def _label_of_members(text: str, first: int) -> tuple[int | None, bool]:
    """Where the line above the entries (past up to two lines of a table's column headings) ends, when it labels
    members, is a heading naming a body or a paragraph (the text's start counts as one); and whether it names members
    or a body."""
    line_start = text.rfind("\n", 0, first) + 1
    for _ in range(3):
        above_end = _end_of_text_before(text, line_start)
        if above_end <= 0:
            return 0, False
        above_start = text.rfind("\n", 0, above_end) + 1
        line = text[above_start:above_end].strip()
        lower = line.lower()
        line_start = above_start
        if COLUMN_HEADING.fullmatch(line) and any(word in lower for word in COLUMN_WORDS):
            continue  # "Forening Repræsentant": the table's heading, the label is above it
        paragraph = len(line) > LABEL_MAX
        if NOT_MEMBERS.search(line) or (ATTENDANCE if paragraph else NOT_A_MEMBER_LABEL).search(line):
            return None, False
        if any(cue in lower for cue in LABEL_CUES):
            return above_end, True
        if line.endswith(":"):
            return None, False  # a label of something else
        sentence = paragraph or line.endswith(".")
        names_a_body = BODY_WORDS.search(line) is not None
        # names with their posts under a short heading are a committee's line-up in a news item as often, no list
        # of the body's members the page states
        return (above_end if sentence or names_a_body else None), sentence and names_a_body
    return None, False


def _end_of_text_before(text: str, pos: int) -> int:
    """Where the last line with text on it before pos ends (0 when there is none)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos
