"""A flattened contents page whose numbers were lost: its run of titles cut into titles (before a
capitalised word after an ordinary lower-case word, a nominalisation, a standing one-word item, a noun
governing a preposition; never after a word that binds to what follows), and whether the pieces read
as a contents list. Labels over the titles ("DAGSORDEN:", "Sager til beslutning:") are dropped, a
dotted leader ("...5") ends a title, and titles that open with the deciding committee's abbreviation
("ØU - ", "Lukket - TM - ") are cut there."""

from __future__ import annotations

import re
from itertools import pairwise

from graphbuild.parse.flatten_abbreviation_ends import rejoin_abbreviation_ends
from graphbuild.parse.flatten_title_adjectives import before_its_noun
from graphbuild.parse.flatten_title_after_place import ends_at_place
from graphbuild.parse.flatten_title_compounds import goes_on_before, is_acronym_compound
from graphbuild.parse.flatten_title_places import rejoin_lone_places
from graphbuild.parse.flatten_title_plan_areas import is_plan_number, opens_plan_area
from graphbuild.parse.flatten_title_prepositions import governs_name
from graphbuild.parse.flatten_title_tails import is_group_heading, names_a_person, rejoin_name_tails
from graphbuild.parse.flatten_title_words import (
    ACRONYM,
    ADJECTIVE,
    ARTICLES,
    ASSOCIATION,
    BINDING,
    CLOSING_WORDS,
    CODES_BRACKET,
    GENITIVE,
    GOVERNED_BY,
    HALF_YEAR,
    NUMBERED_BY,
    OPENING_ADJECTIVES,
    OPENS_TITLE,
    PLACE_GENITIVES,
    PLACE_TAILS,
    READ_CASE,
    READING_OF,
    REGIONS,
    YEAR_BEFORE,
    is_municipality_name,
)
from graphbuild.vocab.municipality_names import municipality_named

_STOP = re.compile(r"^(?:Afbud|Fraværende|Deltagere|Bemærkninger|Bermærkninger|Mødet|Tilstede|Referent):?$")
_HEADING_WORD = re.compile(r"(?i)indhold|indholdsfortegnelse|dagsorden|punkter")
_NUMBERED_WORD = re.compile(r"\d{1,3}\.")
_PAGE_OR_YEAR = re.compile(r"\d{1,3}|(?:19|20)\d\d")
_AGENDA_REMARKS = re.compile(r"(?i)bemærkninger\s+til\s+dagsorden")
_GROUP_WORDS = 4  # a label over a contents list or a group of its titles is this short
_LEADER_END = re.compile(r"(.*?[\wæøå)])\.{3,}\d{0,3}")
# "ØU - Godkendelse af dagsorden ØU - Orientering BU - ...", "Lukket - TM - Udbud ...": titles that
# open with the deciding committee's abbreviation and a dash
_PREFIX = re.compile(r"(?<!\S)(?:Lukket\s+-\s+)?(?-i:[A-ZÆØÅ]{2,4})\s+[-–]\s+(?=[A-ZÆØÅ])")
_PREFIXED_RUN = 3
_COMMITTEE_CODE = re.compile(r"[A-ZÆØÅ]{2,4}")


def _prefixed_titles(text: str) -> tuple[str, list[str]]:
    """A run of three or more titles each opening with a committee's abbreviation and a dash, cut
    before each abbreviation, and the text before the first (titles without an abbreviation, cut as
    any run is: "1. Godkendelse af dagsorden Valg af valgstyrerformænd ØU - Diæter ..."); no titles when
    there are fewer."""
    starts = [m.start() for m in _PREFIX.finditer(text)]
    if len(starts) < _PREFIXED_RUN:
        return text, []
    bounds = [*starts, len(text)]
    pieces = [text[a:b].strip() for a, b in pairwise(bounds)]
    return text[: starts[0]], [_LEADER_END.sub(r"\1", p) for p in pieces if p]


# an opening bracket, a list's mark ("3)", or ")" alone where the number was lost) or a bracket glued to a word
_BRACKET = re.compile(r"(?P<open>\()|(?<!\S)(?P<mark>\d{1,2})?\)(?=\s|$)|\)")
_LEAST_PARENTHESISED = 3  # "1) ... 2) ... 3) ...": fewer may be a title's own brackets


def _parenthesised_pieces(text: str) -> list[str] | None:
    """The titles of a run numbered "1) Præsentationsrunde 2) Godkendelse af dagsorden ...", each as "1. Titel"; a
    mark whose number the text layer lost (" ) Orientering ...") opens an unnumbered one; a bracket that closes one
    the title opened ("(ca. kl )") is the title's. None unless three or more numbers go up through the run."""
    depth, cuts = 0, []
    for match in _BRACKET.finditer(text):
        if match["open"]:
            depth += 1
        elif depth:
            depth -= 1  # "(ca. kl )": the title's own bracket closed
        elif match[0][:1].isdigit() or match.start() == 0 or text[match.start() - 1].isspace():
            cuts.append(match)
    numbers = [int(m["mark"]) for m in cuts if m["mark"]]
    if len(numbers) < _LEAST_PARENTHESISED or any(b <= a for a, b in pairwise(numbers)):
        return None
    pieces: list[str] = []
    for mark, following in zip(cuts, [*cuts[1:], None], strict=True):
        title = text[mark.end() : following.start() if following else len(text)].strip()
        if title:
            pieces.append(f"{mark['mark']}. {title}" if mark["mark"] else title)
    return pieces


def split_title_run(text: str) -> list[str]:
    """Titles of a contents list whose numbers were lost, run together on one line: cut before a
    capitalised word that follows an ordinary lower-case word (or a year), before a capitalised
    nominalisation, after a standing one-word item ("Meddelelser"), and before a capitalised noun that
    governs a preposition ("Støtte til ..."); never after a word that binds to what follows ("af", "for", "-")."""
    parenthesised = _parenthesised_pieces(text) if ")" in text else None
    if parenthesised is not None:
        return parenthesised
    lead, prefixed = _prefixed_titles(text)
    if prefixed:
        return [*_cut_run(lead), *prefixed] if lead.strip() else prefixed
    return _cut_run(text)


def _cut_run(text: str) -> list[str]:
    """A run of titles cut word by word (split_title_run's cuts)."""
    words = _numbered_in_sequence(text.split())
    heading = _all_caps_runs(words)
    pieces: list[list[str]] = [[]]
    guessed: set[int] = set()  # the pieces the word-by-word guess opened
    for k, word in enumerate(words):
        if word.islower() and word.isalpha() and word != "behandling" and not word.startswith("bilags"):
            # a plain lower-case word ("af", "budget"): it ends no list (only the back matter's name may, "Samlet
            # bilagsliste"), is no marker, kind, label, leader, page or kept number, and opens no title
            # (_opens_title): it goes on the title
            pieces[-1].append(word)
            continue
        if _list_ends(words, k, pieces):
            if pieces[-1][-1:] in (["Samlet"], ["SAMLET"]):
                pieces[-1].pop()  # "Samlet Bilagsliste": the first word of the back matter's name
            break
        if _may_be_taken(word, k, heading) and (
            _closed_marker(words, k, pieces)
            or _case_kind(words, k, pieces)
            or _label(words, k, pieces)
            or _leader(words, k, pieces)
            or _page_or_heading(words, k, heading, pieces)
            or _kept_number(words, k, pieces)
        ):
            continue
        if k and pieces[-1] and not _NUMBERED_WORD.fullmatch(words[k - 1]) and _opens_title(words, k, len(pieces[-1])):
            guessed.add(len(pieces))
            pieces.append([])
        pieces[-1].append(word)
    pieces, guessed = rejoin_abbreviation_ends(pieces, guessed)  # "… Fyn, afd." / "Elmehaven, …": one title
    pieces, guessed = rejoin_lone_places(pieces, guessed)
    pieces = rejoin_name_tails(pieces, guessed)
    # "INDHOLD Indhold...": the list's own heading, not a title
    titles = [" ".join(p) for p in pieces if p and not all(_HEADING_WORD.fullmatch(w.rstrip(".:")) for w in p)]
    return [t for t in titles if not is_group_heading(t)]


def _may_be_taken(word: str, k: int, heading: set[int]) -> bool:
    """Whether one of the walk's takers (a closed marker, a case's kind, a label, a leader, a page or heading, a kept
    number) may take ``words[k]``: each needs a colon ("Lukket:", "Beslutning:", "DAGSORDEN:"), dots ("...5"), a
    digit first ("148.", "12"), an all-caps run or the closed marker's word; any other word is only asked whether it
    opens a title."""
    return ":" in word or "..." in word or word[:1].isdigit() or k in heading or word in ("Lukket", "LUKKET")


_LEAST_IN_SEQUENCE = 3  # three bare numbers each one more than the last are the items' own, no pages


def _numbered_in_sequence(words: list[str]) -> list[str]:
    """The words with the items' bare numbers written as "70.": a run of a "Pkt. Tekst Side" table whose numbers
    before the titles and pages after them both stand bare ("70 Ansættelser ... Kommune 4 ... 71 Ekstraopgaver ...
    fleksjob 7"); the numbers before a capital that go up by one, three or more, with other bare numbers (the
    pages) between them, are the items'."""
    bare = [
        k for k, word in enumerate(words[:-1]) if word.isdecimal() and len(word) <= 3 and words[k + 1][:1].isupper()
    ]
    best: list[int] = []
    for start in bare:
        chain = [start]
        for k in bare:
            if k > chain[-1] and int(words[k]) == int(words[chain[-1]]) + 1:
                chain.append(k)
        best = chain if len(chain) > len(best) else best
    pages = [k for k in bare if k not in best]
    if len(best) < _LEAST_IN_SEQUENCE or not any(best[0] < k < best[-1] for k in pages):
        return words  # no page numbers between them: the numbers may be the pages, one an entry, themselves
    marked = set(best)
    return [f"{word}." if k in marked else word for k, word in enumerate(words)]


def _list_ends(words: list[str], k: int, pieces: list[list[str]]) -> bool:
    """The contents list has ended: "Afbud", "Fraværende", "Bemærkninger til ..."; after an item's number,
    or as "Bemærkninger til dagsordenen", the word opens a title. The list of attachments after the
    titles ("... arbejdsplan for Bilagsoversigt...12 Norddjurs Kommune", "... Eventuelt...19
    Bilagsoversigt...20 Underskriftsside...21") is its back matter: what follows it is no title."""
    samlet = k and words[k - 1] in ("Samlet", "SAMLET") and _BACK_MATTER.fullmatch(words[k].capitalize())
    if (
        k
        and (_BACK_MATTER.fullmatch(words[k]) or samlet)
        # "Orientering om Bilagsliste ...": a title's word; after "for" a year the transcript lost ("arbejdsplan
        # for Bilagsoversigt...12")
        and (words[k - 1].lower() not in BINDING or words[k - 1] in YEAR_BEFORE)
        and sum(1 for piece in pieces if piece) >= _TITLES_BEFORE_BACK
    ):
        return True
    return bool(
        k
        and _STOP.match(words[k])
        and not _NUMBERED_WORD.fullmatch(words[k - 1])
        and not _AGENDA_REMARKS.match(" ".join(words[k : k + 3]))
    )


# "Bilagsliste", "Bilagsoversigt...20", "BILAGSLISTE": the attachments' list, after a contents list's titles
_BACK_MATTER = re.compile(
    r"(?:Bilags(?:liste|oversigt|fortegnelse)|BILAGS(?:LISTE|OVERSIGT|FORTEGNELSE)):?(?:\.{2,}\s*\d{0,3})?"
)
_TITLES_BEFORE_BACK = 2  # before the first titles, "Bilagsoversigt 3" is one of the list's entries


def ends_in_back_matter(text: str) -> bool:
    """A run of titles whose last word is the attachments' list ("... Eventuelt...19 Bilagsoversigt...")."""
    words = text.split()
    return len(words) > 1 and _BACK_MATTER.fullmatch(words[-1]) is not None


def _closed_marker(words: list[str], k: int, pieces: list[list[str]]) -> bool:
    """A closed item's marker opens its title: "Orientering Lukket punkt: Låneoptagelse", "... Eskegårdsvej
    Lukket - Ejendomshandel Lukket - Orientering"."""
    word = words[k]
    closed = word.lower() == "lukket:" or (
        word.lower().rstrip(".") == "punkt:" and pieces[-1][-1:] in (["Lukket"], ["LUKKET"])
    )
    if closed:
        # "PUNKT:... 27": the last closed marker before its page's leader, written without the dots
        marker = [*pieces[-1][-1:], word.rstrip(".")] if word.lower().startswith("punkt:") else [word]
        rest = pieces[-1][: len(pieces[-1]) - len(marker) + 1]
        pieces[-1] = rest
        pieces.append(marker)
        return True
    if word in ("Lukket", "LUKKET") and k + 1 < len(words) and words[k + 1] in ("-", "–") and pieces[-1]:
        pieces.append([word])
        return True
    return _bare_closed_marker(words, k, pieces)


def _bare_closed_marker(words: list[str], k: int, pieces: list[list[str]]) -> bool:
    """A closed item's marker in capitals, its title left out: "LUKKEDE SAGER LUKKET PUNKT: LUKKET PUNKT:... 27". The
    marker is no all-caps heading between the titles but its item's entry ("LUKKET PUNKT:"), as a marker before a
    title is; its second word joins it (``_closed_marker``)."""
    after = words[k + 1] if k + 1 < len(words) else ""
    if words[k] != "LUKKET" or after.rstrip(".") != "PUNKT:":
        return False
    if pieces[-1]:
        pieces.append([])
    pieces[-1].append(words[k])
    return True


# "Beslutning: Budgetopfølgning", "Temadrøftelse: Fattigdomsanalyse": a case's kind opening its title, before
# a colon (a title's own word, not a label over the titles)
CASE_KIND = re.compile(
    r"(?:Beslutning|Orientering|Drøftelse|Temadrøftelse|Tema|Godkendelse|Høring|Debat|Status|Information|Oplæg):"
)


def _case_kind(words: list[str], k: int, pieces: list[list[str]]) -> bool:
    """A case's kind opens a title of its own: "... Budgetopfølgning III UNMG Beslutning: Investeringsaftale
    for 2019 ...", "... Beskæftigelse Temadrøftelse: Fattigdomsanalyse"."""
    if CASE_KIND.fullmatch(words[k]) and k + 1 < len(words) and words[k + 1][:1].isupper():
        if len(pieces[-1]) < _GROUP_WORDS and pieces[-1][-1:] in (["sager"], ["punkter"]):
            pieces[-1] = []  # "Regionalpolitiske sager Temadrøftelse: ...": a group's heading, no title
        if pieces[-1]:
            pieces.append([])
        pieces[-1].append(words[k])
        return True
    return False


def _label(words: list[str], k: int, pieces: list[list[str]]) -> bool:
    """A label over the titles (or over a group of them), not a title: "DAGSORDEN:", "Sager til beslutning:",
    "Til behandling forelå:"; a colon before a lower-case word or standing apart is a title's own ("Velfærd frem
    for mursten: antal skoledistrikter", "Forslag til Helhedsplan : Retningslinjer for ..."), unless a case's kind
    ("Beslutning: godkendt af alle") ends in it."""
    word = words[k]
    if word.endswith("...") and word.rstrip(".").endswith(":"):
        word = word.rstrip(".")  # "Sager til drøftelse:... 9": a group's label with its page and no title under it
    after = words[k + 1] if k + 1 < len(words) else ""
    own = word == ":" or (after[:1].islower() and CASE_KIND.fullmatch(word) is None)  # "Beslutning: godkendt": a label
    if word.endswith(":") and not own and len(pieces[-1]) < _GROUP_WORDS:
        pieces[-1] = []
        return True
    return False


def _leader(words: list[str], k: int, pieces: list[list[str]]) -> bool:
    """A dotted leader and page number end the title: "Friluftsspil...5"; the word before the dots may open
    a title of its own ("Mødeplan for beredskabskommissionen Eventuelt... 10")."""
    leader = _LEADER_END.fullmatch(words[k])
    if leader:
        # the words around it (the readers look two back and one on), the dots dropped: no copy of the whole run
        window = [*words[max(0, k - 2) : k], leader[1], *words[k + 1 : k + 2]]
        if k and pieces[-1] and _opens_title(window, min(k, 2), len(pieces[-1])):
            pieces.append([])
        pieces[-1].append(leader[1])
        pieces.append([])
    return leader is not None


def _page_or_heading(words: list[str], k: int, heading: set[int], pieces: list[list[str]]) -> bool:
    """A page number between titles or after the last one (not a postcode, "7800 Skive", nor the number
    of "Lokalplan nr. 5"), or an all-caps section heading between the titles: left out, ending a title."""
    word = words[k]
    page_number = word.isdigit() and (
        (k + 1 < len(words) and words[k + 1][:1].isupper() and len(word) <= 3 and not is_plan_number(words, k))
        or (k + 1 == len(words) and k and len(word) <= 3 and words[k - 1].lower() not in NUMBERED_BY)
    )
    if page_number or k in heading:
        if pieces[-1]:
            pieces.append([])
        return True
    return False


def _kept_number(words: list[str], k: int, pieces: list[list[str]]) -> bool:
    """A number the text layer kept opens its title: "... KOMMUNER 148. Køkkenet på Aars Rådhus"."""
    if _NUMBERED_WORD.fullmatch(words[k]) and k + 1 < len(words) and words[k + 1][:1].isupper():
        if pieces[-1]:
            pieces.append([])
        pieces[-1].append(words[k])
        return True
    return False


def _opens_title(words: list[str], k: int, piece_length: int) -> bool:
    """Whether ``words[k]`` opens a new title after the word before it (``piece_length`` words into the
    current title)."""
    word, before = words[k], words[k - 1]
    starts = word[:1].isupper() and not word.isupper() and word[1:2].islower()
    compound = is_acronym_compound(word) and not goes_on_before(before)  # "... dokning SMS-orientering"
    if not starts and not compound and word != "behandling" and ACRONYM.fullmatch(word) is None:
        return False  # no capitalised word, acronym nor lost reading: no title opens here, whatever binds
    if _binds(words, k, piece_length, starts) or names_a_person(words, k):
        return False
    # a lower-case word, a page number or a year ends a title; a postcode ("7800 Skive") does not
    # ("CO2-udslip Projekt ...": a compound whose last part is lower-case is an ordinary word)
    tail = before.rsplit("-", 1)[-1]
    # "... budget 2014/ Fælles ledelse ...": a year whose second half the text layer lost ends its title
    ordinary = (tail.islower() and len(tail) > 2) or bool(_PAGE_OR_YEAR.fullmatch(before))
    ordinary = ordinary or HALF_YEAR.fullmatch(before) is not None
    # "... Kommunegaranti på 50 mio. kr Modulboliger ...": an amount's "kr" ends a title as a lower-case word does
    ordinary = ordinary or before in ("kr", "kr.")
    # "... daginstitutioner (BUU) Kapacitetsbehov ...": the deciding committees' codes in brackets end a title
    ordinary = ordinary or (before.endswith(")") and CODES_BRACKET.search(before) is not None)
    if compound:  # an acronym's compound opens a title after an ordinary word only
        return ordinary
    # "Til orientering ODIN rapport 3. kvartal IDV 3. kvartal": an acronym before a lower-case word
    # or a number opens a title after an ordinary word
    after_acronym = words[k + 1][:1] if k + 1 < len(words) else ""
    acronym = bool(ACRONYM.fullmatch(word)) and (after_acronym.islower() or after_acronym.isdigit())
    opens = ordinary or bool(OPENS_TITLE.match(word)) or _closes(words, k) or _governs(words, k)
    opens = opens or _after_lone_title(words, k, piece_length) or ends_at_place(words, k)
    return (starts and (opens or _dash_subject(words, k))) or (acronym and ordinary) or _lost_reading(words, k)


# Words that make "behandling" a reading of its own title ("Endelig behandling af ...", "til behandling")


def _after_lone_title(words: list[str], k: int, piece_length: int) -> bool:
    """The title so far is one capitalised case word, a whole title of its own ("Mødeplan", "Budgetopfølgning",
    "Boligstrategi"): a capitalised word after it that opens a phrase of lower-case words opens the next
    ("Mødeplan Gensidig orientering", "Budgetopfølgning Indkomne ansøgninger"; not a name, "Indtægtsbevilling
    Kunst, Multicenter Præstø")."""
    before = words[k - 1]
    after = words[k + 1] if k + 1 < len(words) else ""
    return (
        piece_length == 1
        and words[k].lower() not in BINDING  # "Regnskab Til efterretning - ...": the group's label goes on
        and before not in OPENING_ADJECTIVES
        and OPENS_TITLE.match(before) is not None
        and after.isalpha()
        and after.islower()
        and after not in BINDING
    )


def _lost_reading(words: list[str], k: int) -> bool:
    """A title of a council's reading whose ordinal the transcript lost ("2. behandling af budget 2019"):
    "... for mødet den 1. oktober behandling af budget ...", "Halvårsregnskab behandling af budgetforslag"."""
    before = words[k - 1]
    return (
        words[k] == "behandling"
        and k + 1 < len(words)
        and words[k + 1] == "af"
        and k + 2 < len(words)
        and READ_CASE.match(words[k + 2]) is not None
        and before.lower() not in BINDING
        and before.lower() not in READING_OF
        and not before.endswith((".", ",", "-", "–", "/"))
        and not before.isdigit()
    )


def _binds(words: list[str], k: int, piece_length: int, starts: bool) -> bool:
    """The word before ``words[k]`` binds to it: a preposition, an article, a word ending in a dash or a
    comma, a capitalised adjective ("af ny Risikobaseret Dimensionering"), the deciding committee's code
    opening its title ("TM Byggemodning af ...", "ØK Mødekalender"), "region" before a region's name."""
    word, before = words[k], words[k - 1]
    # "... for skoleårene 2010/11 og 2011/ Det nære sundhedsvæsen": a year whose second half the text
    # layer lost ends its title; any other word ending in a dash or slash binds to the next
    lost_year = HALF_YEAR.fullmatch(before) is not None
    binding = before.lower() in BINDING or (before.endswith((",", "-", "–", "/")) and not lost_year)
    binding = binding or bool(ADJECTIVE.fullmatch(before)) or CASE_KIND.fullmatch(before) is not None
    binding = binding or before_its_noun(words, k)  # "med en fast Kattegatforbindelse": the adjective's noun
    binding = binding or before in OPENING_ADJECTIVES  # "Ny Sundhedspolitik": the adjective opens the title
    binding = binding or (piece_length == 1 and _COMMITTEE_CODE.fullmatch(before) is not None)
    binding = binding or (before.lower() == "region" and word in REGIONS)
    # "til Silkeborg Kommuneplan": a municipality's own plan, as "Silkeborg Kommune" is its name
    binding = binding or (word.startswith("Kommune") and is_municipality_name(before))
    # "Tønder Kommunes Strategiplan", "Byrådets Forretningsorden": a genitive binds to the noun after it
    binding = binding or before in PLACE_GENITIVES or bool(GENITIVE.fullmatch(before))
    binding = binding or _names_association(words, k, piece_length)
    binding = binding or opens_plan_area(words, k)  # "lokalplan nr. 237 Centerområde …": the plan's area
    binding = binding or governs_name(words, k)  # "byudvikling langs Helsingørmotorvejen": the preposition's object
    return binding and not _year_lost_before(words, k, starts)


def _names_association(words: list[str], k: int, piece_length: int) -> bool:
    """A one-word name before an association's word is its name ("Klage fra Særslev Gymnastikforening", "Ørslev
    Kulturforening søger om ...", "Ny forening - Afghansk Kvindeforening"): the word ends the name, opening no title,
    though it ends in "-ing" as a nominalisation does. The name opens its title or stands after a lower-case word or
    a dash; after another capitalised word it may be the next title's ("... gadekæret i Særslev | Bogense
    Andelsboligforening - Regnskab"), and after a title's own opening or closing word ("Status Idrætsforeningen ...",
    "Eventuelt Grundejerforeningen ...") the word may open the next."""
    word, before = words[k], words[k - 1]
    # the name opens its title or stands after a lower-case word, a dash or a comma ("Tilskud i 2015, Varde
    # Musikforening")
    name_alone = piece_length == 1 or (
        k >= 2 and (words[k - 2].islower() or words[k - 2] in ("-", "–") or words[k - 2].endswith(","))
    )
    return (
        ASSOCIATION.fullmatch(word) is not None
        and name_alone
        and before[:1].isupper()
        and before[1:2].islower()
        and before.isalpha()
        and before not in CLOSING_WORDS
        and before not in PLACE_TAILS
        and OPENS_TITLE.match(before) is None
    )


def _year_lost_before(words: list[str], k: int, starts: bool) -> bool:
    """A year a transcript lost after "for" ("... Amts årsregnskab for Tillæg til efterreguleringsoversigten"):
    a capitalised word that opens a phrase of lower-case words opens the next title."""
    word, before = words[k], words[k - 1]
    after_word = words[k + 1] if k + 1 < len(words) else ""
    return (
        before in YEAR_BEFORE
        and starts
        and not word.endswith("-")
        and word not in ARTICLES
        and word.removesuffix("s") not in REGIONS
        and municipality_named(word) is None
        and after_word.islower()
        and (len(after_word) > 2 or OPENS_TITLE.match(word) is not None or after_word == "i")
        and after_word not in ("og", "samt", "eller")
        # "Status for Tangeværkets drift", "Mødeplan for Sydtrafiks bestyrelse": a genitive goes on to its noun
        and (not word.endswith("s") or OPENS_TITLE.match(word) is not None)
        and not after_word.startswith(("kommune", "amt"))  # "for Støvring kommune": a place's name
    )


def _closes(words: list[str], k: int) -> bool:
    """The word before ``words[k]`` ends its title: a one-word standing item or a municipality's name ("... i
    Tønder Kommune Sydtrafik budget ...", "Meddelelser Principper for ..."), a region's; a long definite
    noun when a lower-case word follows the next word ("Sundhedsaftalen Tværkommunal koordinering ...";
    "Børnehaven Spirevippen Rådighedsbeløb" is a name)."""
    before = words[k - 1]
    if before in CLOSING_WORDS or (before in REGIONS and k >= 2 and words[k - 2].lower() == "region"):
        return True
    after = words[k + 1] if k + 1 < len(words) else ""
    return (
        before[:1].isupper()
        and len(before) >= 9
        and before.endswith(("en", "et"))
        and after.islower()
        and len(after) > 3
        and after not in BINDING
    )


def _governs(words: list[str], k: int) -> bool:
    """A capitalised noun and a preposition open a title ("... Udviklingsråd Støtte til videreførelse ...";
    a municipality's name before one, "Holbæk til ...", stays in its title)."""
    word = words[k]
    return (
        k + 1 < len(words)
        and words[k + 1] in GOVERNED_BY
        and len(word) >= 5
        and municipality_named(word) is None
        and word.removesuffix("s") not in REGIONS
    )


def _dash_subject(words: list[str], k: int) -> bool:
    """A one-word subject after a dash ends its title: "Bogense Andelsboligforening - Regnskab Boligselskabet
    BSB Søndersø - Regnskab"."""
    word, before = words[k], words[k - 1]
    dash_subject = k >= 2 and words[k - 2] in ("-", "–") and before[:1].isupper() and before.isalpha()
    # the subject a case word ("- Regnskab") or a closed item's one word ("Lukket - Personalesag"); a name's first
    # word goes on ("Ny forening - Aalborg Bordfodboldforening", "Ændret samarbejde - Ølgod Ungdomshus")
    closed = k >= 3 and words[k - 3] in ("Lukket", "LUKKET")
    dash_subject = dash_subject and (closed or OPENS_TITLE.match(before) is not None)
    return (
        dash_subject
        and word.removesuffix("s") not in REGIONS
        and municipality_named(word) is None
        and word not in PLACE_TAILS  # "- Silkeborg Kommune": the place's own word
    )


def _all_caps_runs(words: list[str]) -> set[int]:
    """Indexes of words in runs of two or more all-caps words ("GODKENDELSER AF BESLUTNINGER")."""
    caps = [w.isupper() and any(c.isalpha() for c in w) for w in words]
    found: set[int] = set()
    k = 0
    while k < len(words):
        if caps[k]:
            end = k
            while end + 1 < len(words) and caps[end + 1]:
                end += 1
            if end > k and any(len(w) > 3 for w in words[k : end + 1]):
                found.update(range(k, end + 1))
            k = end + 1
        else:
            k += 1
    return found


def looks_like_contents(pieces: list[str]) -> bool:
    """Whether the pieces of a flattened page read as a contents list: five or more short titles,
    many opening with a nominalisation, no sentences; one in five may be longer (titles the cut
    could not tell apart)."""
    long = sum(len(p.split()) > 20 for p in pieces)
    if len(pieces) < 5 or long * 5 > len(pieces) or any(len(p.split()) > 60 for p in pieces):
        return False
    firsts = [_first_word(p) for p in pieces]
    opening = sum(bool(OPENS_TITLE.match(first) or first.endswith(("er", "else"))) for first in firsts)
    return opening * 10 >= len(pieces) * 4


def _first_word(piece: str) -> str:
    """A title's first word, past the number a piece kept ("1. Præsentationsrunde")."""
    words = piece.split()
    return words[1] if len(words) > 1 and _NUMBERED_WORD.fullmatch(words[0]) else words[0]
