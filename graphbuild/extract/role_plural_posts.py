"""A post in the plural said of a list of names (read by `roles`): the names elected to it ("Steen Jensen og Henrik
Carlsen valgt som stemmetællere", "A (S), regionsrådsformand og B (S), borgmester i Aalborg Kommune blev valgt som
næstformænd", "Lone og Aksel blev valgt til stemmetællere", "Som revisorer genvalgtes A og B"), or the post's label
opening the line the names fill ("Stemmetællere: Carina og Vita", "Revisorer: A og B"): each name holds the post in
the singular, in the body the text is about there; a known first name printed alone in such a list is a name (the
one fuller spelling the document gives it, if any). Only a meeting's officers and a board's posts (chairs,
substitutes, auditors, tellers, observers), never a member's seat (the member readers'). Never a substitute the
text calls in or records attending ("deltog som suppleanter", "Som suppleanter er indkaldt": attendance), nor a
substitutes' label ("Suppleanter: A og B" under an attendance list names who stood in as well as a post), a
proposal ("foreslås valgt som"), a list whose first name is a clause's object ("takkede A, og B og C blev valgt som
revisorer"), or a line whose label is followed by anything but names."""

from __future__ import annotations

import re
from collections.abc import Callable

import ahocorasick

from graphbuild.extract.name_words import is_first_name
from graphbuild.extract.people import PersonMention
from graphbuild.extract.role_facts import RoleFact, Target, placed_titles, role_fact
from graphbuild.extract.role_posts import proposed
from graphbuild.vocab.near import lowered_as_written

# the posts: each one's singular, plural and definite plural ("stemmetællerne"); a compound's first part is kept
# ("revisorsuppleanter" -> "revisorsuppleant")
_FORMS = (
    ("næstformand", "næstformænd", "næstformændene"),
    ("formand", "formænd", "formændene"),
    ("suppleant", "suppleanter", "suppleanterne"),
    ("revisor", "revisorer", "revisorerne"),
    ("stemmetæller", "stemmetællere", "stemmetællerne"),
    ("referent", "referenter", "referenterne"),
    ("dirigent", "dirigenter", "dirigenterne"),
    ("ordstyrer", "ordstyrere", "ordstyrerne"),
    ("observatør", "observatører", "observatørerne"),
    ("stedfortræder", "stedfortrædere", "stedfortræderne"),
)
# a post in the plural: its last word found in the lower-cased text, "stemmetællere", "revisorsuppleanter" (its
# first part read back to the word's start), found by one automaton pass (a pattern's alternation of the words is
# tried at every letter of the text)
_PLURAL_AUTOMATON = ahocorasick.Automaton()
for _form in {form for _, *plurals in _FORMS for form in plurals}:
    _PLURAL_AUTOMATON.add_word(_form, len(_form))
_PLURAL_AUTOMATON.make_automaton()
_WORD_START = re.compile(r"[a-zæøå]*\Z")
_WORD_GOES_ON = re.compile(r"[\wæøå-]")
# an election's verb: "(blev) valgt", "genvalgt", "udpeget", "valgtes", "vælges", "konstitueret"
_ELECTED = r"(?:(?:blev|er|bliver|var)[ \t]+)?(?:(?:gen|nyt?)?valgt(?:es)?|udpeget|udpegedes|vælges|konstitueret)"
# the names before the verb, the post after it: "… og Henrik Carlsen (blev) valgt som stemmetællere"
ELECTED_AS = re.compile(rf"[ \t]+{_ELECTED}[ \t]+(?:som|til)[ \t]+(?:nye?[ \t]+)?\Z", re.IGNORECASE)
# the post before the verb, the names after it: "Som revisorer genvalgtes A og B", "Til stemmetællere valgtes A"
AS_BEFORE = re.compile(r"(?<![\wæøå])(?:som|til)[ \t]+(?:nye?[ \t]+)?\Z", re.IGNORECASE)
AS_ELECTED = re.compile(
    r"[ \t]+(?:(?:gen)?valgtes|udpegedes|vælges|(?:blev|er)[ \t]+(?:gen)?valgt|(?:blev|er)[ \t]+udpeget)[ \t]+",
    re.IGNORECASE,
)
# a substitute's posts: a label of them names no post of its own (see `plural_posts`)
_DEPUTIES = ("suppleant", "stedfortræder")
# the post's label opening its line: "Stemmetællere: ", "  • Revisorer: "
LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t•*-]*\Z")
LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*")
# between two names of a list: a party in brackets, an apposition between commas or before "og" ("A (S),
# regionsrådsformand og B"), then a comma, "og" or "samt"
_GAP = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*[a-zæøå][^,.;:()\n]{0,60}?)?"
    r"(?:[ \t]*,[ \t]*(?:og[ \t]+|samt[ \t]+)?|[ \t]+(?:og|samt)[ \t]+)"
)
# after the last name, before the verb: a party in brackets, an apposition after a comma ("(S), borgmester i
# Aalborg Kommune")
_TAIL = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*[^,.;:()\n]{1,60}?)?")
# the names after a label or a verb: a party in brackets, then a comma, "og" or "samt"
_NEXT = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*(?:og[ \t]+|samt[ \t]+)?|[ \t]+(?:og|samt)[ \t]+)")
# a capitalised word ending right before a list's gap: a first name printed alone
_LONE_BEFORE = re.compile(r"(?<![\wæøå.&/-])(?-i:[A-ZÆØÅ])[a-zæøå]+(?:-(?-i:[A-ZÆØÅ])[a-zæøå]+)?(?=[ \t,(])")
# where a list's first name may stand: a line's or a sentence's start, after a clause's comma ("Der var brug for 2
# stemmetællere, Lone og Aksel blev valgt …") or an item's number
_LIST_OPENS = re.compile(r"(?:^|\n|[.!?:][ \t]+|,[ \t]+|(?:^|\n)[ \t]*\d+[.)][ \t]*)[ \t•*-]*\Z")
# the end of a label's line or of the sentence after the last name ("… og Vita", "… og Vita Jensen.")
# (the blanks before and after the stop read once each: as "[ \t]*\.?[ \t]*", two runs side by side, a line of blanks
# after a name that went on was shared between them every way; the same strings)
_LINE_END = re.compile(r"(?:[ \t]*+\([^()\n]{1,40}\))?[ \t]*+(?:\.[ \t]*+)?(?:\n|$)")
_SENTENCE_END = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[.;]")
# a capitalised word: a first name printed alone is read as a name only in a list of this reader
_WORD = re.compile(r"(?-i:[A-ZÆØÅ])[a-zæøå]+(?:-(?-i:[A-ZÆØÅ])[a-zæøå]+)?(?![\wæøå-])")


def singular(post: str) -> str:
    """The post of one holder: "stemmetællerne" -> "stemmetæller", "revisorsuppleanter" -> "revisorsuppleant"."""
    word = post.lower()
    for one, *plurals in _FORMS:
        for plural in plurals:
            if word.endswith(plural):
                return word.removesuffix(plural) + one
    return word


def plural_posts(
    text: str, people: list[PersonMention], chair: Callable[[int], Target], found: list[RoleFact]
) -> list[RoleFact]:
    """Each listed name's post, the plural's singular, held in the body the text is about at the name."""
    lowered = lowered_as_written(text)  # a letter lower-cased to two ("İ"): read the text as written
    known = placed_titles(found)
    out: list[RoleFact] = []

    def add(names: list[PersonMention], post: str) -> None:
        role = singular(post)
        if len(names) < 2 or any(proposed(text, p.start) for p in names):
            return
        for p in names:
            if (p.name, role) not in known:
                known.add((p.name, role))
                out.append(role_fact(p, role, chair(p.start), p.start, p.end))

    for start, end in _posts(lowered):
        post = text[start:end]
        verb = ELECTED_AS.search(text, max(0, start - 60), start)
        if verb is not None:
            add(_names_before(text, people, verb.start()), post)
            continue
        elected = AS_ELECTED.match(text, end)
        opens = AS_BEFORE.search(text, max(0, start - 12), start)
        if elected is not None and opens is not None and _opens_clause(text, opens.start()):
            add(_names_after(text, people, elected.end(), sentence=True), post)
            continue
        label = LABEL_AFTER.match(text, end)
        opens_line = start == 0 or LABEL_BEFORE.search(text, max(0, start - 12), start) is not None
        # ("Suppleanter: A og B" may be who stood in at the meeting, attendance, as well as a standing post)
        if label is not None and opens_line and not singular(post).endswith(_DEPUTIES):
            add(_names_after(text, people, label.end(), sentence=False), post)
    return out


def _posts(lowered: str) -> list[tuple[int, int]]:
    """Where a post in the plural stands in the lower-cased text, a whole word (a compound's first part with it:
    "revisorsuppleanter")."""
    out: list[tuple[int, int]] = []
    for found, end in plural_words(lowered):
        if _WORD_GOES_ON.match(lowered, end):
            continue
        word_start = _WORD_START.search(lowered, max(0, found - 30), found)
        start = word_start.start() if word_start is not None else found
        if start > 0 and (lowered[start - 1] in "-_" or lowered[start - 1].isalnum()):
            continue
        out.append((start, end))
    return out


def plural_words(lowered: str) -> list[tuple[int, int]]:
    """Where the plural forms stand in the lower-cased text, as a pattern of their alternation, longest first, finds
    them: from the left, the longest form where one starts, none overlapping the one before."""
    spans = sorted((end + 1 - length, -length) for end, length in _PLURAL_AUTOMATON.iter(lowered))
    out: list[tuple[int, int]] = []
    taken = 0
    for start, minus_length in spans:
        if start >= taken:
            taken = start - minus_length
            out.append((start, taken))
    return out


def _opens_clause(text: str, pos: int) -> bool:
    return pos == 0 or _LIST_OPENS.search(text, max(0, pos - 12), pos) is not None


def _name_at(text: str, people: list[PersonMention], start: int) -> PersonMention | None:
    """The person whose name starts at `start`, else a known first name printed alone there, named by the one
    fuller spelling the document gives it (none when two names share it)."""
    found = next((p for p in people if p.start == start), None)
    if found is not None:
        return found
    word = _WORD.match(text, start)
    if word is None or not is_first_name(word.group()) or (start > 0 and text[start - 1] in ".-"):
        return None
    spellings = {p.name for p in people if p.name.split()[0] == word.group()}
    if len(spellings) > 1:
        return None
    return PersonMention(start, word.end(), next(iter(spellings)) if spellings else word.group())


def _name_before(
    text: str, people: list[PersonMention], lo: int, head: int, gap: re.Pattern[str]
) -> PersonMention | None:
    """The name that ends where `gap` runs up to `head` (a found name, else a first name printed alone)."""
    for p in reversed(people):
        if lo <= p.start and p.end <= head and gap.fullmatch(text, p.end, head):
            return p
    window = _LONE_BEFORE.finditer(text, max(lo, head - 60), head + 1)  # its look-ahead may read the char at head
    lone = [m for m in window if m.end() <= head and gap.fullmatch(text, m.end(), head)]
    return _name_at(text, people, lone[-1].start()) if lone else None


def _names_before(text: str, people: list[PersonMention], verb: int) -> list[PersonMention]:
    """The list of names that ends right before an election's verb at `verb` (a party or an apposition after the
    last), when its first name opens its clause."""
    lo = max(0, verb - 400)
    last = _name_before(text, people, lo, verb, _TAIL)
    if last is None:
        return []
    names = [last]
    while (previous := _name_before(text, people, lo, names[0].start, _GAP)) is not None:
        names.insert(0, previous)
    return names if _opens_clause(text, names[0].start) else []


def _names_after(text: str, people: list[PersonMention], start: int, sentence: bool) -> list[PersonMention]:
    """The names that fill the rest of the line from `start` (or the sentence, with `sentence`), a gap between
    each; none when anything else stands there."""
    names: list[PersonMention] = []
    at = start
    while (p := _name_at(text, people, at)) is not None:
        names.append(p)
        if _LINE_END.match(text, p.end) or (sentence and _SENTENCE_END.match(text, p.end)):
            return names
        step = _NEXT.match(text, p.end)
        if step is None:
            return []
        at = step.end()
    return []
