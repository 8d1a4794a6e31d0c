"""Labels read by their head noun, whatever words qualify it: a short line start whose noun phrase ends in a word
of members or of those who came ("Udvalgets medlemmer:", "Faste medlemmer:", "Medlemmer i valgperioden 2022-2025:",
"Bestyrelsens medlemmer", "Mødets deltagere:") or names the meeting's body ("Økonomiudvalget: A, B, C"), followed by
names. Publishers vary the words before and after the head; the head is what they share. A phrase holding a word of
absence, of guests or of staff ("Øvrige deltagere:", "Deltagere fra forvaltningen:") is never such a label."""

from __future__ import annotations

import re
from typing import NamedTuple

from graphbuild.parse.attendance_groups import FollowingNames, names_follow
from graphbuild.parse.attendance_reading import CueLines, CueWords, matches_on_lines
from graphbuild.vocab.near import lowered
from graphbuild.vocab.person_names import NAME_RUN

# a line's opening words, up to a colon not of a time ("Kl. 16:00") or a dash between spaces ("Medlemmer - A, B"): the
# phrase a label would be
_COLON_PHRASE = re.compile(
    r"(?m)^[ \t*_#>•·-]*(?P<phrase>[^\W\d_][^\n:]{0,79}?)[ \t*_]*(?P<colon>:(?!\d)|(?<=[ \t])[-–](?=[ \t]+[A-ZÆØÅ]))"
)

# a line of a few words alone (no colon): a label on a line of its own, the names below
_LINE_ALONE = re.compile(r"(?m)^[ \t*_#>•·-]*(?P<phrase>[A-ZÆØÅ][\w'-]*(?:[ \t]+[\w'-]+){0,5})[ \t*_]*$")

# a line opening with a few words that end in a head noun of members or of those who came, the names after it on
# the same line with no colon: "Udvalgets medlemmer Kirsten Nørgård Christensen, Dorte Ballhorn Soll"
_PHRASE_BEFORE_NAMES = re.compile(
    r"(?m)^[ \t*_#>•·-]*(?P<phrase>(?:[^\W\d_][\w'.-]*[ \t]+){0,4}?"
    r"(?i:[a-zæøå-]*medlemmer(?:ne)?|(?:møde)?deltager(?:e|ne)|tilstede|til[ \t]stede|fremmødte))"
    r"[ \t]+(?=(?:[•·*][ \t]*)?[A-ZÆØÅ])"
)

# the head nouns: members (any compound: "Udvalgsmedlemmer", "Bestyrelsesmedlemmerne") and those who came
_MEMBERS_HEAD = re.compile(r"[a-zæøå-]*medlemmer(?:ne)?")
_CAME_HEAD = re.compile(r"(?:møde)?deltager(?:e|ne)?|tilstede|tilstedeværende|fremmødte")
# a body ("Økonomiudvalget", "Børne- og Uddannelsesudvalg", "Byrådet", "Bestyrelsen", "Vækstforum"), the meeting's own
# body as a label; the bare "Udvalg:" is a header's field naming the body, not a list
_BODY_HEAD = re.compile(
    r"[a-zæøå-]*(?:udvalg(?:et)?|råd(?:et)?|bestyrelse(?:n)?|repræsentantskab(?:et)?|styregruppe(?:n)?|nævn(?:et)?|"
    r"kommission(?:en)?|forum(?:met)?|komit[ée](?:en)?|præsidi(?:um|et)|magistrat(?:en)?|borgerrepræsentation(?:en)?|"
    r"formandskab(?:et)?)"
)
_FIELD_NAMES = frozenset({"udvalg", "råd", "nævn", "forum", "bestyrelse"})  # "Udvalg: Byrådet", a header's field

# a body's period after its name: "Forretningsudvalget 2018-2021:", "Folkeoplysningsudvalget (18-21):"
_PERIOD = re.compile(r"\(?\d[\d/-]*\)?")

_TIL_STEDE = re.compile(r"(?i)\btil[ \t]+stede\b")  # read as one word, the head "tilstede"

# a preposition after the head opens a qualifier ("i valgperioden 2022-2025", "af udvalget", "på mødet")
_QUALIFIER_WORDS = frozenset({"i", "af", "for", "ved", "på", "under", "til"})

# words that make a list one of the absent, of guests or of staff, not of the members who came
_NOT_MEMBERS = re.compile(
    r"fravær|afbud|øvrig|gæst|ekstern|extern|inviter|suppleant|stedfortræd|sekretær|referent|administration|forvaltning|"
    r"embeds|observatør|tilforordne|udebl|forhindr|forfald|desuden|derudover|endvidere|herudover|tidligere|valgt|"
    r"udpeg|afgå|udtræd|personlig|medarbejder|ansatte|deputere|kontakt|direktion|chef|direktør|konsulent|leder|"
    r"sagsbehandler"
)
_VERBS = frozenset({"er", "var", "blev", "bliver"})  # a phrase that ends in its verb is a sentence, no label
_NOT_MEMBERS_WORDS = frozenset({"ikke", "andre", "anden", "nye", "ny", "fra", "med", "uden", "eller", "også"})

_MAX_WORDS_BEFORE_HEAD = 4  # "Kommunalbestyrelsens faste medlemmer": a determiner, a genitive, an adjective or two


# a members' label with a word of absence in it, before or after the head: the list is of the absent
_ABSENT_MEMBERS = re.compile(
    r"(?:[a-zæøå-]+s[ \t])?(?:(?:fraværende|udeblevne|forhindrede)[ \t][a-zæøå-]*medlemmer"
    r"|[a-zæøå-]*medlemmer[ \t](?:med[ \t](?:afbud|forfald)|fraværende|med[ \t]fravær|ikke[ \t](?:tilstede|mødt)))"
)
ABSENT_KEY = "fraværende med afbud"  # the label a list of the absent members reads as (no bare "Fraværende")
_ONE_NAME_LISTS = frozenset({"deltagere", ABSENT_KEY})  # lists that may name one person


class HeadLabel(NamedTuple):
    start: int  # where the label's words begin
    end: int  # after its colon, or its line's end
    key: str  # the label it reads as: "medlemmer" (members), "deltagere" (those who came), "udvalget" (the body)
    colon: bool


def _key_of(phrase: str, colon: bool) -> str | None:
    """The label a phrase reads as, by its head noun, or None."""
    words = _TIL_STEDE.sub("tilstede", phrase).split()
    lower = [word.lower().strip(".,") for word in words]
    if colon and _ABSENT_MEMBERS.fullmatch(" ".join(lower)):
        return ABSENT_KEY  # "Udvalgets fraværende medlemmer:", "Medlemmer med afbud:"
    if any(_NOT_MEMBERS.search(word) or word in _NOT_MEMBERS_WORDS for word in lower):
        return None
    cut = next((k for k, word in enumerate(lower) if k > 0 and word in _QUALIFIER_WORDS), len(lower))
    if lower[-1] in _VERBS or (cut < len(lower) and lower[cut] == "af"):
        return None  # "Medlemmerne af Ældrerådet i valgperioden 2018-2022 er:": another body's roster, a sentence
    noun_phrase = lower[:cut]
    while len(noun_phrase) > 1 and _PERIOD.fullmatch(noun_phrase[-1]):
        noun_phrase = noun_phrase[:-1]
    if len(noun_phrase) > _MAX_WORDS_BEFORE_HEAD + 1:
        return None
    head = noun_phrase[-1]
    if _MEMBERS_HEAD.fullmatch(head):
        return "medlemmer"
    if _CAME_HEAD.fullmatch(head) and cut == len(lower):
        return "deltagere"  # a qualifier after it names a group ("Deltagere på det fysiske møde:"), not the meeting's
    # the body's name needs its colon and a capital: "Økonomiudvalget:", "Kultur- og Fritidsudvalget:", "Udvalget for
    # det nære sundhedsvæsen:" (what it is for is its name's)
    if (
        colon
        and _BODY_HEAD.fullmatch(head)
        and head not in _FIELD_NAMES
        and words[0][0].isupper()
        and (cut == len(lower) or lower[cut] == "for")
    ):
        return "udvalget"
    return None


# the words some head of `_key_of` holds, lower-cased: a phrase holding none is no label, and is not read word by word
_COLON_HEAD_WORDS = (
    "medlem",
    "deltager",
    "stede",
    "fremmødte",
    "udvalg",
    "råd",
    "bestyrelse",
    "repræsentantskab",
    "styregruppe",
    "nævn",
    "kommission",
    "forum",
    "komit",
    "præsidi",
    "magistrat",
    "borgerrepræsentation",
    "formandskab",
)
_ALONE_HEAD_WORDS = ("medlem", "deltager", "stede", "fremmødte")  # no body's name alone on its line heads a list
HEAD_WORDS = _COLON_HEAD_WORDS  # the words the lines of a head label hold, for the document's one pass


def _may_head(phrase: str, words: tuple[str, ...]) -> bool:
    low = phrase.lower()
    return any(word in low for word in words)


def head_labels(
    text: str,
    limit: int,
    records_meeting: bool = True,
    cues: CueWords | None = None,
    follows: FollowingNames = names_follow,
) -> list[HeadLabel]:
    """The labels read by their head noun before ``limit`` (a member list inside an item is an appointment more
    often than attendance), each with names after it (``cues``: the document's cue words found once, ``HEAD_WORDS``
    among them; ``follows``: ``names_follow``, or the document's ``NamesFollow``)."""
    found: list[HeadLabel] = []
    bodies: list[HeadLabel] = []
    # each pattern is matched only on the lines that hold one of its phrase's head words: the lines that hold any head
    # word, taken from the document's one pass over its cue words where its lower case is the text's, each pattern's
    # taken from them
    lower = lowered(text)
    lines = None
    if cues is not None and LOWERS_TO_TWO not in text:  # then the cues' lower case (attendance_rows') is this one
        lines = cues.lines_holding(text, _COLON_HEAD_WORDS, limit)
    cue = CueLines(text, lower, _COLON_HEAD_WORDS, limit, lines)
    for m in matches_on_lines(_COLON_PHRASE, text, cue.lines):
        if not _may_head(m["phrase"], _COLON_HEAD_WORDS):
            continue
        key = _key_of(m["phrase"], colon=True)
        if key is None or not follows(text, m.end(), 1 if key in _ONE_NAME_LISTS else 2):
            continue
        if key == "medlemmer" and not records_meeting:
            continue  # a page's roster ("Udvalgets medlemmer:" on a committee's page) is the old labels' to read
        label = HeadLabel(m.start("phrase"), m.end(), key, colon=True)
        if key != "udvalget":
            found.append(label)
        elif _names_on_line_or_below(text, m.end()):
            bodies.append(label)
    if len(bodies) == 1:  # the meeting's own body is one; a run of bodies each with its person is no attendance
        found += bodies
    # on a page that records no meeting a heading on its own line is its section's (a roster's), not a list's
    # the lines holding a head word of a label alone or before names: the cues' where the lines above are theirs
    alone_lines = (
        cues.lines_holding(text, _ALONE_HEAD_WORDS, limit)
        if cues is not None and lines is not None
        else cue.holding(_ALONE_HEAD_WORDS)
    )
    alone = matches_on_lines(_LINE_ALONE, text, alone_lines) if records_meeting else []
    for m in alone:
        if not _may_head(m["phrase"], _ALONE_HEAD_WORDS):
            continue
        key = _key_of(m["phrase"], colon=False)
        below = key is not None and key != "udvalget" and _NAME_LINE_BELOW.match(text, m.end()) is not None
        if records_meeting and below and key is not None and follows(text, m.end(), 2):
            found.append(HeadLabel(m.start("phrase"), m.end(), key, colon=False))
    for m in _phrases_before_names(text, limit, alone_lines):
        key = _key_of(m["phrase"], colon=False)
        if key is not None and follows(text, m.end(), 2):
            found.append(HeadLabel(m.start("phrase"), m.end("phrase"), key, colon=False))
    return sorted(found)


# the one letter whose lower case is two characters ("İ"): ``vocab.near.lowered`` writes it "i", the cues' lower case
# (``attendance_rows.lowered``) keeps it
LOWERS_TO_TWO = "\u0130"

# the letters a case-blind pattern takes for "i" and "s" ("TıLSTEDE") that lower case does not turn into them
_CASE_BLIND_ODD = ("ı", "ſ")


def _phrases_before_names(text: str, limit: int, lines: list[tuple[int, int]]) -> list[re.Match[str]]:
    """``_PHRASE_BEFORE_NAMES``'s matches before ``limit``: each holds one of the head words of ``_ALONE_HEAD_WORDS``
    ("medlemmer", "deltager", "til stede", "fremmødte"), so only ``lines`` (those holding one) are matched."""
    if any(odd in text for odd in _CASE_BLIND_ODD):
        return list(_PHRASE_BEFORE_NAMES.finditer(text, 0, limit))
    return matches_on_lines(_PHRASE_BEFORE_NAMES, text, lines)


# the next line that is not blank opens with a name (not a title's line: "Bestyrelsesmedlemmer\n\nFormand\n\nLars
# Vedsmand" heads a page's roster by posts)
_NAME_LINE_BELOW = re.compile(rf"[ \t]*\n(?:[ \t]*\n)*[ \t*•·-]*{NAME_RUN.pattern}")
_NAMES_ON_LINE = re.compile(rf"[ \t]*{NAME_RUN.pattern}[^\n]*?(?:,|[ \t]og[ \t]|[ \t]\()")


def _names_on_line_or_below(text: str, pos: int) -> bool:
    """Names after a label on its own line ("Økonomiudvalget: A (V), B (C)"), or a name on the next line."""
    return _NAMES_ON_LINE.match(text, pos) is not None or _NAME_LINE_BELOW.match(text, pos) is not None
