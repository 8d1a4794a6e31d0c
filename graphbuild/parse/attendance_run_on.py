"""Entries a PDF's text layer ran together on one line, read by ``attendance_entries``: names with no separator
between them (a flattened table), the next entry run on after this one's affiliation, initials, an abbreviation or
"ved afbud", a name that ends a piece after the entry before's affiliation (its unknown first name kept after the
affiliation's lower-case last word), one run that is two names, a name whose first name is unknown between two
places of a "Name, Place Name, Place" list; and whether what follows a name is prose that ends the list."""

from __future__ import annotations

import re

from graphbuild.models import AttendanceStatus
from graphbuild.parse.attendance_names import TITLE_WORD, NameHit, person_name, read_name, split_run
from graphbuild.parse.attendance_rows import Row
from graphbuild.parse.attendance_run_segments import covering_cut
from graphbuild.parse.attendance_stand_ins import ABSENT_REST, person_entry, row_of
from graphbuild.vocab.person_names import NAME_RUN, is_body_genitive, is_municipality
from graphbuild.vocab.reference import first_names

_WORDS = re.compile(r"\w+")

_AFFILIATION_REST = re.compile(
    r"[ \t]+(?:(?P<region>Region[ \t]+[A-ZÆØÅ][a-zæøå]+)|(?P<body>[A-ZÆØÅ][a-zæøå]+)[ \t]+[a-zæøå]+)"
    r"[ \t]*(?=[A-ZÆØÅ(]|$)"
)

_BY_APOLOGY = re.compile(r"(?i)[ \t,\-–]*(?:ved|med|pga\.?)[ \t]+(?:afbud|forfald)\b[ \t.]*")

# between two names of a flattened table of "Title Name" entries: the next one's title ("Plan- og udviklingschef")
_TITLE_BETWEEN = re.compile(
    r"[ \t]+(?:[A-ZÆØÅ][a-zæøå]+-[ \t]+og[ \t]+)?"
    rf"(?i:{TITLE_WORD})[ \t]+"
)

# a bracket that closes the piece after its last name: whom the member stood in for ("(stedfortræder for X)", "(for
# X)"), a post ("(formand for Vandrådet)"), a status ("(afbud)"): the entry's own rest, as in a comma list
_CLOSING_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t.]*$")

_PAGE_FOOTER = re.compile(r"[ \t]+Side[ \t]+\d+[ \t]+af[ \t]+\d+\b")

_INITIALS_REST = re.compile(
    r"[ \t]+(?P<initials>[A-ZÆØÅ]{2,4})(?:[ \t]+(?P<title>(?:[\w-]+[ \t]+og[ \t]+)?"
    rf"(?i:{TITLE_WORD})))?(?:[ \t]+|$)"
)

# after the last name of a flattened header's list, the next field's abbreviated or colon-ended label
_FIELD_NEXT = re.compile(r"[ \t]+(?:[A-ZÆØÅ][a-zæøå]*\.[a-zæøå]+\.|[A-ZÆØÅ][a-zæøå]+\.?:)")

# after a name on a flattened line, a capitalised word starts what follows the list; prose after a name
# goes on in lower case ("ankom kl. 17.54")
CAPITAL_WORD_NEXT = re.compile(r"[ \t]+[A-ZÆØÅ][a-zæøåA-ZÆØÅ]")  # "Til toppen", "GODKENDELSE AF …"

# a post's title opening a run of names, one word: "Næstformand", "Formand", "Direktør"
_LEADING_TITLE = re.compile(rf"(?i:{TITLE_WORD})[ \t]+(?=[A-ZÆØÅ])")

# the same said with a time only: "gik kl. 20.15", "kom kl 19"
_CAME_OR_LEFT_AT = re.compile(r"(?i)[ \t]*(?:ankom|kom|gik|forlod[ \t]+mødet)[ \t]+(?:kl\b|klokken\b)")


def names_run_together(text: str, s: int, e: int, status: AttendanceStatus, rows: list[Row]) -> bool | None:
    """Names run together without separators (a flattened table), read one by one into ``rows``; whether the
    list has ended, or None when the piece holds no such run."""
    run = NAME_RUN.match(text, s, e)
    if not (run and (len(run.group(0).split()) >= 4 or " Kommune " in run.group(0))):
        return None
    hits = split_run(text, s, e)
    # "Næstformand Michael Bagge Kuehn Jette Kragh": the entry's title opens the run, no name's word to cut
    title = _LEADING_TITLE.match(text, run.start(), run.end())
    cut = covering_cut(text, title.end() if title else run.start(), run.end(), hits)
    if cut is not None:  # "John Engelhardt Lisa Ward Piet Papageorge": words the word-by-word reading left over
        hits = cut + [h for h in hits if h.start >= run.end()]
    for index, h in enumerate(hits):
        following = text[h.end : hits[index + 1].start if index + 1 < len(hits) else e]
        if index + 1 == len(hits) and _CLOSING_BRACKET.match(following):
            # "… Lars Egedal Martin Hillerup (stedfortræder for Benny Christensen)": the last entry's bracket read as
            # a comma list's entry reads it
            person_entry(text, h, e, status, rows)
            return False
        if _PAGE_FOOTER.match(following):  # "... Martin Bødker Krogh Side 1 af 23": the page ends the list
            rows.append(row_of(h, status))
            return True
        # "Jan Gudmann Hansen Plan- og udviklingschef Anne Daugbjerg Mortensen": the next entry's title
        if is_prose(following) and not _TITLE_BETWEEN.fullmatch(following):
            if _FIELD_NEXT.match(following) or CAPITAL_WORD_NEXT.match(following):
                # "… Jacob Funder J.nr. Ref.: eloes Dato: …": a header field; "Uden afbud: Rasmus Petersen
                # Bo Sand Birthe Illemann Inden mødet orienterede …": a sentence of its own starts
                rows.append(row_of(h, status))
            return True  # "Torben Myrup gik efter punkt 141" is a sentence, not a list entry
        # "Peter Christensen Hans Peter Geil (afbud) Erwin Andresen": an entry's status in brackets
        sent_apology = status == "present" and ABSENT_REST.match(following) is not None
        # "Mogens Petersen gik kl Hans Mejlshede gik kl": came late or left early, so attended
        came_or_left = _CAME_OR_LEFT_AT.match(following) is not None
        rows.append(row_of(h, "present" if came_or_left else "absent" if sent_apology else status))
    return False if hits else None


def name_ending_piece(text: str, s: int, e: int, rows: list[Row], first: bool, annotation: bool) -> NameHit | None:
    """The name that ends a piece opening with other words: the first entry after a room or a heading, or a
    flattened entry after the previous one's affiliation."""
    if first:
        return _last_name_in(text, s, e)  # "Borgmesterens mødelokale Johnny Søtrup (V)"
    if rows and ("\n" not in text[rows[-1].end : e] or annotation):
        # "Jacob Christensen, FKB s bestyrelse Flemming Nygaard-Jørgensen, FKB …" (flattened): the words
        # before the name are the previous entry's affiliation, the name ends the piece
        last = _last_name_in(text, s, e)
        after = _name_after_affiliation(text, s, e)
        last = _unknown_first_kept(text, last, after) if last is not None else after
        return last if last is not None and not text[last.rest_start : e].strip() else None
    return None


def _unknown_first_kept(text: str, last: NameHit, after: NameHit | None) -> NameHit:
    """The name that ends the piece, its first word one no list knows kept when the affiliation before it ended in
    lower case: "…, Dragør kommune Toni Lykke Christiansen, …" is Toni Lykke Christiansen, not Lykke Christiansen
    (a known first name after the unknown one, a middle name). The affiliation's lower-case end says where the name
    begins; one word more than the known first name's reading, and only a word the document never prints apart
    from the name ("…, kommune Ørestad Lykke Christiansen, …" beside "…, Ørestad": a place, the next affiliation's)."""
    if after is None or after.end != last.end or after.start >= last.start:
        return last
    words = after.name.split()
    if len(words) != len(last.name.split()) + 1 or words[0] in first_names() or words[1:] != last.name.split():
        return last
    alone = re.compile(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])(?![ \t]+{re.escape(words[1])}(?![\w-]))")
    return last if alone.search(text) else after


# the end of a flattened entry's affiliation before the next entry's name: a word in lower case or a number
# ("FKB, kreds 5 Marcello Francati, FKB, …")
_AFFILIATION_END = re.compile(r"(?<!\S)(?:[a-zæøå][\w-]*|\d+)[ \t]+$")

_BEFORE_WORKPLACE = frozenset({"i", "for", "ved", "på", "af", "hos", "fra", "til", "og"})

_TITLE_WORD = re.compile(rf"(?i){TITLE_WORD}")


def _name_after_affiliation(text: str, s: int, e: int) -> NameHit | None:
    """A name whose first name the list does not know, at the end of a piece of a flattened "Name,
    affiliation Name, affiliation" list: the affiliation's last word says where it begins ("kreds 5 Marcello
    Francati"), the comma after it that the entry goes on."""
    if text[e : e + 1] != ",":
        return None
    runs = list(NAME_RUN.finditer(text, s, e))
    end_word = _AFFILIATION_END.search(text, s, runs[-1].start()) if runs else None
    if end_word is None or text[runs[-1].end() : e].strip():
        return None
    word = end_word.group(0).strip()
    tokens = runs[-1].group(0).split()
    if (word in _BEFORE_WORKPLACE or _TITLE_WORD.fullmatch(word)) and not _after_workplace_town(tokens):
        return None  # "direktør Væksthus Hovedstadsregionen", "chef i Region Sjælland": the workplace
    begin = runs[-1].start()
    if _after_workplace_town(tokens):
        # "kommunalbestyrelsesmedlem Frederiksberg Winni Grosbøll, observatør, …": the post, its town, the name
        begin = text.index(tokens[1], begin + len(tokens[0]), e)
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 3 or not person_name(tokens):
        return None
    return read_name(text, begin, e)


def _after_workplace_town(tokens: list[str]) -> bool:
    """A run that opens with a municipality's name and goes on with a name of two or three words: the town the
    post before it is held in, then the next entry's name."""
    return 3 <= len(tokens) <= 4 and is_municipality(tokens[0]) and person_name(tokens[1:])


# an organisation's or party's abbreviation in capitals after a name, another name straight after it
_ABBREVIATION_REST = re.compile(r"[ \t]+[A-ZÆØÅ]{2,5}[ \t]+(?=[A-ZÆØÅ][a-zæøå])")


def next_entry_run_on(rest: str, hit: NameHit, status: AttendanceStatus, rows: list[Row]) -> int | None:
    """In a flattened table the next entry runs on after this one's affiliation, initials or "ved afbud":
    this entry read into ``rows``, and the offset in ``rest`` where the next one starts; None otherwise."""
    affiliation = _AFFILIATION_REST.match(rest)
    if affiliation and (affiliation["region"] or is_body_genitive(affiliation["body"])):
        # "Jan Eriksen Friluftsrådets direktør Mads Ellegaard Friluftsrådets sekretariat", "Thyge Steffensen
        # Region Nordjylland Anni Juhl Jørgensen": a flattened table of names and whom they come for
        rows.append(row_of(hit, status))
        return affiliation.end()
    initials = _INITIALS_REST.match(rest)
    if initials and initials["initials"] == "".join(t[0] for t in hit.name.split()).upper():
        # "Bestyrelse: Torben Nøhr TN Formand Anders Thanning AT Trine L. Holmberg TLH": a table of names, their
        # initials and titles flattened onto one line
        row = row_of(hit, status)
        row.role = row.role or (" ".join(initials["title"].lower().split()) if initials["title"] else None)
        rows.append(row)
        return initials.end()
    abbreviation = _ABBREVIATION_REST.match(rest)
    if abbreviation and read_name(rest, abbreviation.end()) is not None:
        # "Bente Ullits Eckmann DH Annelise Hansen DH": a two-column table flattened, each name followed by the
        # abbreviation of whom the member comes for
        rows.append(row_of(hit, status))
        return abbreviation.end()
    apology = _BY_APOLOGY.match(rest)
    if apology:  # "Fraværende: Lars Rytter ved afbud Niels F. Dahlmann ved afbud": the next name runs on
        rows.append(row_of(hit, "absent"))
        return apology.end()
    return None


# the words in lower case an organisation's name holds ("Netværk af Aktive Kystbyer", "Museet for Thy og
# Vester Hanherred"): alone they make no sentence
_NAME_LINKS = frozenset({"af", "for", "og", "i", "på", "til"})


def is_prose(following: str) -> bool:
    """Three or more words, one of them in lower case and not a word that links an organisation's name:
    a sentence goes on after the name."""
    words = _WORDS.findall(following)
    return len(words) > 2 and any(len(w) > 1 and w.islower() and w not in _NAME_LINKS for w in words)


def looks_flattened(name: str) -> bool:
    tokens = name.split()
    return any(
        t in first_names() and tokens[i - 1] not in first_names() and not tokens[i - 1].endswith(".")
        for i, t in enumerate(tokens)
        if 2 <= i < len(tokens) - 1
    )


def _last_name_in(text: str, s: int, e: int) -> NameHit | None:
    runs = list(NAME_RUN.finditer(text, s, e))
    for run in reversed(runs):
        tokens = run.group(0).split()
        while tokens and (not person_name(tokens) or tokens[0] not in first_names()) and len(tokens) > 2:
            tokens = tokens[1:]  # "… ved Bjerges Leje Erland Madsen": the name is the run's tail from a first name
        if person_name(tokens) and tokens[0] in first_names():
            begin = run.end() - len(" ".join(tokens))
            return read_name(text, begin, e)
    return None


# the next piece of a flattened "Name, Place Name, Place" list opening with the place of the name before it
_PLACE_AFTER_SEPARATOR = re.compile(
    r"[ \t]*,[ \t]*(?P<place>Region[ \t]+[A-ZÆØÅ]\w+|[A-ZÆØÅ][\w-]+(?:[ \t]+Kommunes?)?)(?![\w-])"
)

_SHORT_BODY = re.compile(r"[A-ZÆØÅ]{2,6}")


def name_closes_piece(text: str, hit: NameHit, e: int, lead_word: str) -> bool:
    """Whether, after the entry before's place, the name runs to the piece's end and the next piece opens with a
    place again, and the place says it is one or a title introduces the name: "…, Aalborg Kommune Meho Alic,
    Vesthimmerland Kommune …", "…, Middelfart Bestyrelsesmedlem Meho Alic, Kerteminde …" (a flattened "Name,
    Place" list, its form repeated). The list's form says a name follows, whatever its first name; a department
    after the place ("Aalborg Kommune Erhverv Nord, Lars Berg") is followed by a name."""
    explicit = lead_word.split()[-1] in ("Kommune", "Kommunes") or lead_word.startswith("Region ")
    if not 2 <= len(hit.name.split()) <= 4 or text[hit.rest_start : e].strip():
        return False
    place = _PLACE_AFTER_SEPARATOR.match(text, e)
    if place is None:
        return False
    if not (explicit or hit.role is not None):
        # a bare town before the name ("…, Vejle Winni Grosbøll, Kolding …"): the form repeated says so only when the
        # next piece opens with a town too
        return is_municipality(lead_word) and is_municipality(place["place"])
    # the place as the list prints places: a municipality, or a body's short name ("NT", "KKR")
    return is_municipality(place["place"]) or _SHORT_BODY.fullmatch(place["place"]) is not None
