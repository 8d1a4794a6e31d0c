"""A title printed before a name (read by `roles`): "borgmester Jan Petersen", "Borgmester - Erik Lund (C)" in a
list, "Formand: Jens Hansen", "Sekretær for Beredskabskommissionen: Klaus V. Hebsgaard" (the body the label
names), a chair's title right before another ("den nyudnævnte formand, borgmester Jan Petersen", "Formand:
Borgmester Mikael Smed (A)"), "formand for Følgegruppen til Fødeplanen, sygeplejedirektør Ditte Thinggaard"; a
title that is the name before's in a list or a flattened table is not this name's ("Birgit S. Hansen (A),
Formand Bjarne Kvist (A)", "Jan Eriksen Friluftsrådets direktør Mads Ellegaard")."""

from __future__ import annotations

import re

from graphbuild.extract.role_facts import PENDING, UNPLACED, Target
from graphbuild.extract.role_joined_after import joined_to_previous
from graphbuild.extract.role_joined_titles import joined_title
from graphbuild.extract.role_patterns import (
    BOARD_ROLES,
    CHAIR_ROLES,
    GENITIVE_S,
    NAME_BRACKET,
    NAME_BRACKET_ON_LINE,
    ROLE_STEMS,
    ROLE_WORDS,
    is_municipal,
    owner_words,
    role_of_word,
)
from graphbuild.extract.role_sentence import Reading, Sentence, ending, span_at
from graphbuild.extract.role_targets import COUNCIL_SEATS, kept_unplaced, placed_by_the_step, title_target
from graphbuild.extract.role_titles import named_target
from graphbuild.extract.role_trailing_titles import closes_previous_entry
from graphbuild.extract.role_workplace_after_comma import workplace_after_comma
from graphbuild.extract.role_workplace_from import workplace_from
from graphbuild.extract.word_gate import gated
from graphbuild.vocab import ids
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES
from graphbuild.vocab.pattern_dispatch import dispatched

ROLE_BEFORE_NAME = gated(
    re.compile(
        r"(?:(daværende|tidligere|konstitueret|konst\.|kst\.|fungerende|fg\.|ny)\s+)?"
        rf"\b({ROLE_WORDS})(?:\s*,\s*|[ \t]+[-–][ \t]+|\s+)$",
        re.IGNORECASE,
    ),
    ROLE_STEMS,
)  # "borgmester Jan Petersen", "Borgmester - Erik Lund (C)" in a list
# … or a chair's title right before another: "• Formand borgmester Erik Nielsen (S), Rødovre Kommune", "Formand:
# Borgmester Mikael Smed (A), Vordingborg Kommune"
# (only where the chair's title opens the entry: in "NAME (EF), Rudersdal Kommune, formand Borgmester NAME2" it
# closes the entry before)
ROLE_BEFORE_ROLE = gated(
    re.compile(rf"\b({ROLE_WORDS})\s*,\s*$|\b((?:næst)?formand)[ \t]*:?[ \t]+$", re.IGNORECASE), ROLE_STEMS
)
ENTRY_OPENS = re.compile(r"(?:^|[\n•*·:])[ \t]*$")
# "som" right before the chained title: the post of the name before it in a run of posts ("Bjarne Hald som kasserer,
# administrationsleder NAME som sekretær"), not the next name's
AS_BEFORE = re.compile(r"(?<![\wæøå])som[ \t]+$", re.IGNORECASE)
# "Formand: Jens Hansen"
# … "Sekretær for Beredskabskommissionen: Klaus V. Hebsgaard": the body the label names ("Sekretær for udvalget:
# NAME", a body in lower case: the one the text is about)
# … or the next label on the same line, after a full stop or a comma: "Formand: Bo Ek (A). Næstformand: Anna
# Hansen (V).", "Formand: Bo Ek (A), næstformand: Anna Hansen (V)"; after a bracket or another label, as a PDF's
# header flattens them: "Medlemmer: Formand: Bo Ek (A) Næstformand: Anna Hansen (V) Per Olsen (A)"
LABEL_BEFORE_NAME = re.compile(
    rf"(?:^|\n|(?<=[.;,):])[ \t])[ \t]*(?:(?:{ROLE_WORDS})[ \t]*(?:og|&|/)[ \t]*)?({ROLE_WORDS})"
    r"(?:[ \t]+(?:for|i)[ \t]+(?:(?-i:[A-ZÆØÅ])[^:\n]{1,60}?|(?=(?-i:[a-zæøå]))[a-zæøå]*"
    r"(?:udvalget|rådet|bestyrelsen|foreningen|nævnet|styregruppen|gruppen|forummet|forum)))?[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# (each blank run read once, the same spans as `[ \t]+(?:for|i)[ \t]+(?P<of>[^:\n]+?)[ \t]*:`, whose runs before and
# inside the body were split every way, a hang at 4,000 blanks: the body opens at its first non-blank and ends
# before the blanks before the line's first colon; or, on a colon right after the blanks, it is the last blank)
LABEL_OF = re.compile(
    r"[ \t]++(?:for|i)[ \t](?:[ \t]*+(?=[^:\n \t])|[ \t]*(?=[ \t]:))"
    r"(?P<of>[ \t]|[^:\n \t](?:[^:\n \t]|[ \t]++(?!:))*+)[ \t]*+:"
)
# "Jens Hansen, formand, Lise Jensen": a title between commas after a name is that name's
TITLE_FOR_NAMED = gated(
    re.compile(rf"\b(?P<role>{ROLE_WORDS})\s+for\s+(?P<org>(?-i:[A-ZÆØÅ])[^,.;:()\n]{{1,60}}?)\s*,\s*$", re.IGNORECASE),
    ROLE_STEMS,
)  # a second title, of a body named by its words, before the title before a name
# … or after a dash: "Jens Hansen - formand, Lise Holm - næstformand" (the title before the comma closes the entry)
TITLE_OF_PREVIOUS = re.compile(r"(?:\s*\([^)]{1,40}\))?\s*(?:,|[ \t][-–])\s*")
# a title right after a bracket belongs to the name before it: "Birgit S. Hansen (A), Formand Bjarne Kvist (A)"
OWN_TITLE_BEFORE = re.compile(r"(?:\([^()\n]{1,40}\)|(?<=[a-zæøå] )[A-ZÆØÅ]{2,4})\s*[-–,]?\s*$")
# (an enumeration's "a) Økonomichef Mads Toftegaard Madsen" closes no bracket of a name before)
# the posts an agenda's heading puts up for election, run into the text after it as a PDF flattens it: "2. Valg af
# formand og næstformand NAME blev valgt som formand" (the heading's title is no name's)
ELECTION_HEADING = re.compile(
    rf"\bvalg[ \t]+af[ \t]+(?:ny[ \t]+)?(?:(?:{ROLE_WORDS})[ \t]*(?:,|og|&)[ \t]*)?$", re.IGNORECASE
)
# the word that makes a title a post taken in the clause before: "… konstituerede sig med NAME som formand, NAME2
# som næstformand", "NAME blev valgt til formand, NAME2 til næstformand"
POST_TAKEN_BEFORE = re.compile(r"(?<![\wæøå])(?:som|til)[ \t]+(?:nye?[ \t]+|nyt[ \t]+)?$", re.IGNORECASE)
GENITIVE_GAP = re.compile(rf"[ \t]+(?P<owner>{owner_words(2)}){GENITIVE_S}[ \t]+")
AFTER_INITIALS = re.compile(r"(?<=[a-zæøå] )[A-ZÆØÅ]{2,4}[ \t]+(?:[\wæøå]+-[ \t]+og[ \t]+)?$")
CLOSING_CHAIR_GAP = re.compile(rf"{NAME_BRACKET}\s*,\s*(?-i:[A-ZÆØÅ])[^,()\n]{{1,40}}?,\s*")
# the body right after a titled name: "direktør Carsten Rasmussen fra FynBus", "… (A) fra Team Danmark"
WORKPLACE_AFTER_NAME = re.compile(
    rf"{NAME_BRACKET_ON_LINE}[ \t]+(?:fra|hos)[ \t]+"
    r"(?P<body>(?-i:[A-ZÆØÅ])[\wæøå&-]*(?:[ \t]+(?-i:[A-ZÆØÅ])[\wæøå&-]*){0,3})"
)


def title_before(s: Sentence, r: Reading) -> re.Match[str] | None:
    """The title printed right before the name, if it is the name's (its match on r.before), with the titles
    read with it: a chair's title before it, a second title of a body named by its words."""
    role_match = _title_match(s, r)
    if role_match is None:
        return None
    text, p, before = s.text, r.p, r.before
    word = role_match.lastindex or 0
    role = role_of_word(role_match.group(word))
    if word == 2 and role_match.group(1) and role_match.group(1).lower() == "daværende":
        role = f"daværende {role}"
    role_at = p.start - len(before) + role_match.start(word)
    label_of = LABEL_OF.match(before, role_match.end(1)) if role_match.re is LABEL_BEFORE_NAME else None
    if label_of is not None and label_of["of"][:1].islower():
        label_of = None  # "Sekretær for udvalget: NAME": the body the text is about, as an unnamed title's
    target = (
        named_target(text, *span_at(p.start - len(before), label_of, "of"), s.orgs)
        if label_of is not None
        else (role not in BOARD_ROLES and workplace_from(s, r, role))
        or workplace_after_comma(s, r, role)  # "Adm. direktør NAME, Scandlines Danmark"
        or title_target(s, role, role_at, p, r.after_from, r.staff)
    )
    if target is None and role not in BOARD_ROLES and (workplace := WORKPLACE_AFTER_NAME.match(r.after)):
        # "direktør Carsten Rasmussen fra FynBus": a body no list knows, named right after the name
        at = p.end + workplace.start("body")
        target = named_target(text, at, at + len(workplace["body"]), s.orgs)
    if target is None and (is_municipal(role) or role in COUNCIL_SEATS):
        target = PENDING  # "byrådsmedlem Ole Ørnbøl": a seat in the council of the person's municipality
    if target is None and (placed_by_the_step(role, s.own) or kept_unplaced(role)):
        # "direktør Stig Madsen" in a text that names no body of his, "Chef Karen Schur indstiller": a title printed
        # with the name is never dropped for want of its body; the step places it
        target = UNPLACED
    if target is not None:
        s.add(p, role, target)
    joined_title(s, r, p, role_at)  # "Formand og kasserer: NAME"
    chained = _chained_title(s, r, role_at)
    if not chained:
        _title_for_named(s, r, role_at)
    return role_match


# what str.lower keeps of a letter re.IGNORECASE reads as another ("ı", "ſ"; "İ" lowers to "i" and a combining dot)


def _may_end_in_a_title(before: str) -> bool:
    """Whether the text before a name may end in a title, as ROLE_BEFORE_NAME asks: the letters that end it (before
    its white space, a comma or a dash) hold a title's word (ROLE_STEMS), where every title of ROLE_WORDS ends, an
    abbreviation before its dot."""
    tail = before.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    elif tail.endswith(("-", "–")):
        tail = tail[:-1].rstrip(" \t")
    tail = tail.removesuffix(".")  # an abbreviated title's dot, "fmd." (role_abbreviations)
    start = len(tail)
    while start > 0 and tail[start - 1].isalpha():
        start -= 1
    return _STEM_OR_LOOKALIKE_PLACES.search(tail[start:].lower()) is not None


# one pass over the word for all the stems and lookalike letters, not a substring test for each; at each place only
# the stems that open with its letter (``pattern_dispatch``: it finds one where the alternation does)
_STEM_OR_LOOKALIKE = re.compile("|".join(map(re.escape, (*ROLE_STEMS, *CASE_BLIND_LOOKALIKES))))
_STEM_OR_LOOKALIKE_PLACES = dispatched(_STEM_OR_LOOKALIKE)


def _title_match(s: Sentence, r: Reading) -> re.Match[str] | None:
    """The title before the name, unless it is the name before's (a list's or a flattened table's entry)."""
    text, here, i, p, before = s.text, s.here, r.i, r.p, r.before
    if i in s.titles_of_previous:
        return None  # "A, Arbejdsmiljøtovholder B, Personalechef C, Løn og Personale": the title closes A's entry
    role_match = ending(ROLE_BEFORE_NAME, before, 0, len(before)) if _may_end_in_a_title(before) else None
    if role_match is None and ":" in before:
        role_match = LABEL_BEFORE_NAME.search(before)
    if role_match is None:
        return None
    word = role_match.lastindex or 0
    labels_next = role_match.re is LABEL_BEFORE_NAME  # "(A), Næstformand: NAME": a label's colon, of the next name
    capital = role_match.group(word)[0].isupper()
    if (
        capital
        and not labels_next
        and OWN_TITLE_BEFORE.search(before[: role_match.start(word)])
        and not (i > 0 and _titled_itself(text, here[i - 1].start))
    ):
        # "Birgit S. Hansen (A), Formand Bjarne Kvist (A)": the label of the name before; not where that name has
        # a title of its own before it, the list reading title first ("bestyrelsesmedlem A (Region Midtjylland)
        # Bestyrelsesmedlem B deltog …")
        return None
    title_at = p.start - len(before) + role_match.start(word)
    if "alg" in before and ending(ELECTION_HEADING, before, 0, role_match.start(word), 5):
        return None  # "Valg af formand og næstformand NAME blev valgt …": the heading's posts
    if i > 0 and role_match.group(word)[:1].islower():
        owner_gap = GENITIVE_GAP.fullmatch(text, here[i - 1].end, title_at)
        if owner_gap is not None and municipality_named(owner_gap["owner"]) is None:
            # "Jan Eriksen Friluftsrådets direktør Mads Ellegaard Friluftsrådets sekretariat": a table of
            # name and post flattened onto a line; the post is the name before's
            owner = " ".join(owner_gap["owner"].split())
            named = next((m for m in s.orgs if m.start == owner_gap.start("owner")), None)
            s.add(here[i - 1], role_of_word(role_match.group(word)),
                  named or (ids.organization_id(owner), owner, "Organization"))  # fmt: skip
            return None
    if i > 0 and _column_gap_after(role_match, word) and _same_cell(text, here[i - 1].end, title_at):
        return None  # "Jens Hansen, formand      Lise Holm, næstformand": two columns; the title closes the cell before
    if AFTER_INITIALS.search(before, 0, role_match.start(word)):
        return None  # "Jesper Hedegaard JH IT- og specialkonsulent Ane Marie Clausen": the name before's
    comma_after = role_match.group(0).rstrip().endswith(",")
    if comma_after and i > 0 and TITLE_OF_PREVIOUS.fullmatch(text, here[i - 1].end, title_at):
        return None  # "Jens Hansen, formand, Lise Jensen": the title of the name before
    if comma_after and i > 0 and joined_to_previous(text, here[i - 1].end, title_at):
        return None  # "Jens Hansen, formand og kasserer, Lise Jensen": joined to the title of the name before
    if comma_after and closes_previous_entry(s, r, title_at):
        return None  # "Hans Jensen formand, Lise Holm": the post closes the entry before
    if comma_after and ending(POST_TAKEN_BEFORE, before, 0, role_match.start(word), 4):
        return None  # "… med Hans Jensen som formand, Lise Holm som næstformand": the post the clause before took
    closes_before = i > 0 and role_of_word(role_match.group(word)) in CHAIR_ROLES
    if closes_before and CLOSING_CHAIR_GAP.fullmatch(text, here[i - 1].end, title_at):
        return None  # "NAME (EF), Rudersdal Kommune, formand NAME2": the chair closes the entry before
    return role_match


def _titled_itself(text: str, name_start: int) -> bool:
    """Whether a title stands right before the name starting at name_start ("bestyrelsesmedlem NAME")."""
    return ending(ROLE_BEFORE_NAME, text, max(0, name_start - 60), name_start) is not None


# the gap between two cells of a row a PDF or a web page printed on one line: a tab, three spaces or more, a bar
COLUMN_GAP = re.compile(r"\t|[ ]{3,}|[ \t]*\|[ \t]*")


def _column_gap_after(role_match: re.Match[str], word: int) -> bool:
    """Whether a column's gap parts the title from the name after it (it is another cell's)."""
    return COLUMN_GAP.search(role_match.string, role_match.end(word), role_match.end()) is not None


def _same_cell(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies on one line with no column's gap in it: a name and the title after it."""
    between = text[start:end]
    return "\n" not in between and COLUMN_GAP.search(between) is None


def _chained_title(s: Sentence, r: Reading, role_at: int) -> re.Match[str] | None:
    """A title right before the title before the name: "den nyudnævnte formand, borgmester Jan Petersen",
    "2. viceborgmester, rådmand …", "Formand: Borgmester NAME"."""
    text, lo, p = s.text, s.lo, r.p
    # "Formand: Borgmester NAME": the colon ended the sentence; the label on its line is read with it
    chain_lo = text.rfind("\n", 0, lo) + 1 if text[max(0, lo - 8) : lo].rstrip().endswith(":") else lo
    chained = ending(ROLE_BEFORE_ROLE, text, max(chain_lo, role_at - 60), role_at)
    if (
        chained
        and chained.lastindex == 2
        and text[chain_lo : chained.start()].strip()
        and not ENTRY_OPENS.search(text, chain_lo, chained.start())
    ):
        chained = None  # "NAME (EF), Rudersdal Kommune, formand Borgmester NAME2": the name before's
    if chained and AS_BEFORE.search(text, max(chain_lo, chained.start() - 8), chained.start()):
        chained = None  # "NAME som kasserer, administrationsleder NAME2": the name before's
    if chained:
        other = role_of_word(chained.group(chained.lastindex or 1))
        chain_target: Target | None = (
            s.chair(role_at) if other in BOARD_ROLES else title_target(s, other, role_at, p, r.after_from, r.staff)
        )
        if chain_target in (None, UNPLACED) and chained.lastindex == 2 and s.named_before is not None:
            chain_target = s.named_before(role_at) or chain_target  # a chair's label opening its entry
        if chain_target is not None:
            s.add(p, other, chain_target)
    return chained


def _title_for_named(s: Sentence, r: Reading, role_at: int) -> None:
    """ "formand for Følgegruppen til Fødeplanen, sygeplejedirektør Ditte Thinggaard": a second title, of a body
    named by its words, before the title before the name."""
    held_for = ending(TITLE_FOR_NAMED, s.text, max(s.lo, role_at - 90), role_at, 12)
    if held_for is None or any(
        held_for.start("org") <= m.start < held_for.end("org") for m in s.orgs if m.type == "Municipality"
    ):
        return
    inside = next((m for m in s.orgs if held_for.start("org") <= m.start < held_for.end("org")), None)
    words = " ".join(held_for.group("org").split())
    s.add(r.p, role_of_word(held_for.group("role")), inside or (ids.organization_id(words), words, "Organization"))
