"""The meeting's body as the header names it: a labelled field, the lexicon of body names in the first
lines ("Byrådet - Referat", "Referat fra møde i Økonomiudvalget", "Bestyrelsesmøde hos NT"); the decision
headings, the agenda-approval item or a header line the dated decisions name are header_decisions'."""

from __future__ import annotations

import re

from graphbuild.parse.body_names import BodyPhrase, body_phrases, despace
from graphbuild.parse.dates import DANISH_MONTHS, find_date
from graphbuild.parse.header_acronym_meeting import acronym_body, acronym_heading
from graphbuild.parse.header_labels import LABEL_KEYS, first_field
from graphbuild.parse.header_name_lines import BARE_HEADS, owned_name_line, plural
from graphbuild.parse.header_owner_board import owner_board
from graphbuild.parse.lines import Line
from graphbuild.vocab.gazetteer import lookup_alias
from graphbuild.vocab.near import case_blind_key

# Long names a body's header uses, mapped to the short name its members use.
BODY_ALIASES = {
    "kommunaldirektørnetværket i den midtjyske region": "KD-Net",
    "kommunaldirektørnetværket": "KD-Net",
    "kommunekontaktrådet": "KKR",
}
_BODY_AFTER_KIND = re.compile(
    r"(?i)^(?:\d{1,3}\s+)?(?:møde)?(?:referat|dagsorden|beslutningsprotokol)\s*(?:fra|for|til|af)?\s*(?:(?:det\s+)?møde(?:t)?\s+i\s+)?"
    r"(?P<body>[A-ZÆØÅa-zæøå][\wæøåÆØÅ\- ]*?)\s*(?:[–,]|(?<![\w-])-|\s+(?:d\.|den)\s*\d|\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b|\s+\d|"  # noqa: E501
    # "Referat Sejs-Svejbæk Lokalrådsmøde oktober": a hyphen inside a name, a month after it, end none
    rf"\s+(?:{'|'.join(DANISH_MONTHS)})\b|$)"
)
_BODY_BEFORE_KIND = re.compile(
    r"(?i)^(?P<body>[A-ZÆØÅ][\wæøåÆØÅ\- ]*?)\s*[-–:|]\s*(?:referat|dagsorden|beslutningsprotokol)\b"
)
_MEETING_IN = re.compile(
    r"(?i)\bmøde\s+i\s+(?P<body>[\wæøåÆØÅ\-]+(?:\s+[\wæøåÆØÅ\-]+){0,6}?)"
    r"(?=\s+(?:den|d\.)\s*\d|\s+(?:mandag|tirsdag|onsdag|torsdag|fredag)\b|\s*$|\s*[,\-–])"
)
# the kind compounded with what it records, before the body as the plain kind: "Mødereferat – Ældrerådet",
# "Beslutningsreferat fra …" (dragoer-aeldreraadet, gribskov-grundejerkontaktudvalg, rsyd-vaekstforum, vejen-vandraad)
_COMPOUND_KIND = r"(?:møde|beslutnings)?"
_KIND_BEFORE = re.compile(  # also "Ordinært møde Økonomiudvalget"
    rf"(?i)(?:\b{_COMPOUND_KIND}(?:referat|dagsorden|beslutningsprotokol|protokol)\b\.?[^\n.:]{{0,30}}|\bmødet?\s+i\s+|"
    # "1 Referat 11. april 2014 Bestyrelse Væksthus Hovedstadsregionen": the kind, the day it was written, the body
    r"\b(?:referat|dagsorden)\.?\s+\d{1,2}\.\s*[a-zæøå]{3,9}\.?\s+(?:19|20)\d\d\.?\s+|"
    r"\b(?:udvalg|organ|mødeforum|forum)\s*:?\s*|\b(?:ordinært|ekstraordinært)\s+møde\s+)$"
)
_KIND_AFTER = re.compile(r"(?i)^\s*(?:[-–:|•.]\s*)?(?:referat|dagsorden|beslutningsprotokol|ordinært|ekstraordinært)\b")
BEFORE_DATE = re.compile(
    r"(?i)^\s*[,–-]?\s*(?:(?:den|d\.)\s*)?(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s*,?\s*)?(?:(?:den|d\.)\s*)?"
)
# "Næstved Kommune - ", "1 ALLERØD KOMMUNE " (its caller asks only whether it matches; the lead of marks and digits
# read once, possessive, up to the name's first letter, or lazily up to a digit or dash that is the name itself,
# "2 kommune"; as `[\W\d]*` beside `[\w-]+?` a run of digits or dashes was split every way, quadratic: 1.8 s at 4,000)
_MUNICIPALITY_BEFORE = re.compile(r"(?i)^(?:[\W\d]*+[\w-]+?|[\W\d]*?[\d-])s?\s++kommunes?\s*+[-–—:|,]?+\s*+$")
# "Referat fra møde i Lyngby-Taarbæk Kommune – Integrationsrådet": the municipality, then its body, after the kind
_KIND_THEN_MUNICIPALITY = re.compile(r"(?i)^(?P<lead>.*?)\b[A-ZÆØÅ][\w-]+?s?\s+kommunes?\s*[-–—:|,]\s*$")
# "Referater af Udsatterådets møder i 2022", "Referat fra Ældrerådets møde": whose meetings the page records
_RECORDS_OF = re.compile(r"(?i)(?:^|[\s>›»/|])(?:referat|dagsorden)(?:er)?\s+(?:af|fra|for|til)\s+$")
LINE_LEAD = re.compile(r"^[\s\d.\-–|•*#]*$")  # a line's lead before its body: page numbers, "14-17 ", bullets
# "Bestyrelsesmøde", "Ungdomsskolebestyrelsesmøde", "Skolebestyrelsesmøde": a board's meeting, the board's own name
# compounded before its head word
BODY_MEETING = re.compile(
    r"(?i)\b(?P<stem>(?:[a-zæøå]{3,}?)?(?P<head>bestyrelse|byråd|kommunalbestyrelse|repræsentantskab))s?møde"
    # "UngdomsskolebestyrelsesmødeMandag den 21. september 2015": a web page's heading glued to the day under it
    r"(?:\b|(?-i:(?=(?:Man|Tirs|Ons|Tors|Fre|Lør|Søn)dag\b)))"
)
# The body a meeting word names, in the definite form a body's name takes
_DEFINITE = {"bestyrelse": "Bestyrelsen", "byråd": "Byrådet", "kommunalbestyrelse": "Kommunalbestyrelsen",
             "repræsentantskab": "Repræsentantskabet"}  # fmt: skip
# a municipality's council, which no organisation owns: its meeting "i X" names the room it meets in
_COUNCIL_HEADS = frozenset({"byråd", "kommunalbestyrelse"})
# "Ref. INN Den 9. marts 2009 Referat af bestyrelsesmøde i Nationalpark Thy": the document names the
# meeting it records, wherever in the line
_KIND_OF_MEETING = re.compile(r"(?i)\b(?:referat|dagsorden|(?:beslutnings)?protokol)\.?\s+(?:fra|for|til|af)\s+$")
_HELD = re.compile(r"(?i)\b(?:afholdes|afholdtes|holdes|holdtes)\s+(?:et\s+)?(?:(?:ordinært|ekstraordinært)\s+)?$")
# "Referat fra ", "Ekstraordinært ", "Referat af ordinært ": what may stand before a meeting word
# ("Ekstraordinært Ældrerådsmøde", "Referat af ordinært bestyrelsesmøde")
_MEETING_LEAD = re.compile(
    r"(?i)^[\s\d.\-–|•*#]*(?:(?:referat|dagsorden|(?:beslutnings)?protokol)\.?(?:\s+(?:fra|for|til|af)|\s*[-–:])?\s+)?"
    r"(?:(?:det\s+)?(?:ordinært|ekstraordinært|ordinære|ekstraordinære|konstituerende)\s+)?$"
)
# "Ældrerådsmøde", "Handicaprådsmøde", "Integrationsrådsmøde": a council's meeting, named by one word
# also in lower case and definite after "Referat af" ("Referat af lokalrådsmødet mandag den 6. marts 2017")
# likewise a committee's, a commission's or a board's ("Økonomiudvalgsmøde", "Beredskabskommissionsmøde",
# "Klagenævnsmøde")
_COUNCIL_MEETING = re.compile(
    r"\b(?P<stem>[A-ZÆØÅa-zæøå][a-zæøå]{2,}(?P<head>råd|udvalg|kommission|nævn))s?møde(?:t)?\b"
)
_DEFINITE_OF_HEAD = {"råd": "et", "udvalg": "et", "kommission": "en", "nævn": "et"}
# "... hos Nordjyllands Trafikselskab", "... i Midttrafik": whose board or council it is
_WHOSE = re.compile(  # also after the meeting's number: "Bestyrelsesmøde nr. 13 i Naturturisme I/S"
    r"^(?:\s+nr\.?\s*\d{1,3})?\s+(?P<prep>i|hos|for)\s+(?P<org>(?:(?!(?:Referat|Dagsorden|Beslutningsprotokol|Tid|Sted|Dato|Kl)\b)"
    r"(?:[A-ZÆØÅ][\wæøå&/-]*|I/S|A/S)(?:\.?\s+|\.?$)){1,4})"
)
_NOT_BODY = {"møde", "mødet", "referat", "dagsorden", "for", "fra", "dato", "tid", "sted", "punkter", "indhold"}


def dated_after(after: str) -> bool:
    lead = BEFORE_DATE.match(after)
    found = find_date(after[:60])
    return found is not None and lead is not None and found.start <= lead.end()


# a head word joined to a common noun: a topic a site's menu or breadcrumb names ("Lokalråd og nærdemokrati",
# "Byråd og udvalg", "Råd og nævn")
_TOPIC_AFTER = re.compile(r"^\s+(?:og|&)\s+[a-zæøå]")
_BREADCRUMB_BEFORE = re.compile(r"[>›»/]\s*$")
_SEGMENT_END = re.compile(r"^\s*(?:$|[>›»/|])")
_LISTING_BEFORE = re.compile(r"(?i)\b(?:dagsordener|referater)\b(?:\s+og\s+\w+)?\s+(?:for|fra|i|[-–:])\s*$")


CAPITAL_INSIDE = re.compile(r"[a-zæøå][A-ZÆØÅ]")  # glued words: "SagsfremstillingUdvalget"


def strong(line: str, phrase: BodyPhrase) -> bool:
    """Whether the line names ``phrase`` as the meeting's body: after "Referat"/"møde i"/"Udvalg:",
    before "- Referat" or the date, or as the line's first words."""
    before, after = line[: phrase.start], line[phrase.end :]
    if CAPITAL_INSIDE.search(phrase.name) or phrase.name.lower() in BARE_HEADS:
        return False  # "SagsfremstillingUdvalget" (glued words), a bare "Udvalg" column heading
    if plural(phrase.name):
        return False  # "Foreningerne - afgående", "Referat af grundejerforeningernes møde": several bodies, no one's
    if (
        phrase.name.lower() in _NAME_WORD_HEADS
        and _INSIDE_A_NAME_BEFORE.search(before)
        and _INSIDE_A_NAME_AFTER.match(after)
    ):
        return False  # "bestyrelsesmøde i DJ Kreds Fyn": a head word inside a name, the name's word, no body's
    if _KIND_BEFORE.search(before[-60:]) or _MUNICIPALITY_BEFORE.match(before) or _ORDINARY_LEAD.match(before):
        return True
    owner = _KIND_THEN_MUNICIPALITY.match(before[-120:])
    if owner and _KIND_BEFORE.search(owner["lead"].rstrip() + " ") and phrase.name[:1].isupper():
        return True
    if _TOPIC_AFTER.match(after):
        return False  # "Hjem Demokrati Lokalråd og nærdemokrati", "Byråd og udvalg": a site's section, no body
    if not phrase.name[0].isupper():
        return False
    if phrase.genitive:
        return bool(LINE_LEAD.match(before) or _RECORDS_OF.search(before[-30:]))
    if _BREADCRUMB_BEFORE.search(before) and _SEGMENT_END.match(after):
        return True  # "Forside > Politik > Dagsordener og referater > Kultur- og Idrætsudvalget"
    if _LISTING_BEFORE.search(before[-60:]):
        # "Dagsordener og referater for Økonomiudvalget"; a portal's list of the bodies it publishes ("… referater
        # fra Kommunalbestyrelse, fagudvalg, kommissioner, råd og nævn") names no one meeting's body
        return _LISTED_AFTER.match(after[:5]) is None
    if _LISTED_AFTER.match(after[:5]) and not _COUNCIL.search(phrase.name) and _listed_body(after):
        return False  # "Plan- og Boligudvalget, Økonomiudvalget og Byrådet": a case's route, several bodies
    if dated_after(after) and _IN_A_SENTENCE.search(before):
        return False  # "… behandlet i Økonomiudvalget den 15. juni og i Byrådet den 23. juni": a case's history
    if LINE_LEAD.match(before) and (_SENTENCE_AFTER.match(after) or _MODAL_AFTER.match(after)):
        return False  # "Borgerrepræsentationen vedtog 4. november 2021 nyt regulativ …": a sentence, no heading
    return bool(LINE_LEAD.match(before) or _KIND_AFTER.match(after) or dated_after(after))


# a capitalised word or an acronym right before and right after a one-word head: the head is a word of a longer name
_INSIDE_A_NAME_BEFORE = re.compile(r"(?<![\wæøåÆØÅ])[A-ZÆØÅ][\wæøåÆØÅ]*[ ]$")
_INSIDE_A_NAME_AFTER = re.compile(r"^[ ][A-ZÆØÅ][a-zæøå]")
# the head words a name may hold as one of its words ("DJ Kreds Fyn"); never a council's or a committee's word, which
# after its municipality's name is the body's own ("Egebjerg Kommune Økonomiudvalget Referat")
_NAME_WORD_HEADS = frozenset({"kreds", "forum", "netværk", "gruppe", "forening", "komité"})


# "Ordinær generalforsamling 2019", "Ekstraordinært repræsentantskabsmøde": the meeting's kind opening its heading
_ORDINARY_LEAD = re.compile(r"(?i)^[\s\d.\-–|•*#]*(?:ekstra)?ordinær[et]?\s+$")
# the rest of a sentence the body opens: a word in lower case that is no kind, meeting word or preposition (a
# heading's "Byrådet i Skive", "Kommunalbestyrelsen referat"), then words running to the sentence's full stop
_SENTENCE_AFTER = re.compile(
    r"^[ \t]+(?!(?:referat|dagsorden|beslutningsprotokol|ordinært|ekstraordinært|møde|mødet|i|for|af|på|under|og|"
    r"vedrørende|vedr|den|d)\b)[a-zæøå]{2,}\b[^\n]{40,}[.:!?][ \t]*$"
)


# "Borgerrepræsentationen skal som led i etablering af … godkende …": a body the sentence says will decide, a case's
# summary however long its line (cut before its full stop), no heading
_MODAL_AFTER = re.compile(r"^[ \t]+(?:skal|skulle|bedes|vil|ville|kan|kunne)[ \t]+[a-zæøå]")


# a body named in a sentence, after its preposition: "… og i Byrådet den 23. juni 2021"
_IN_A_SENTENCE = re.compile(r"[a-zæøå,]\s+(?:og\s+)?(?:i|af|til|fra|med|på|for)\s+$")
_LIST_GLUE = re.compile(r"^\s*(?:,|og\b|&)\s*$")


def _listed_body(after: str) -> bool:
    """Whether another body's name follows right after a list's comma or "og"."""
    phrases = body_phrases(after[:160])
    return bool(phrases) and _LIST_GLUE.match(after[: phrases[0].start]) is not None


_TERM_BEFORE = re.compile(r"^\d+\s*[-–]\s*\d+\s+")
_OWNER_BEFORE = re.compile(r"[A-ZÆØÅ][a-zæøå]{2,}s\s+")  # one word in the genitive: "Kulturskolens "


def _field_body(fields: dict[str, list[str]]) -> tuple[str, bool] | None:
    """The labelled field's body, and whether it was read by a body's head word."""
    value = first_field(fields, "body")
    if not value:
        return None
    first_line = _TERM_BEFORE.sub("", value.split("\n")[0].strip())  # "14-17 Byrådet": the term
    phrases = [p for p in body_phrases(first_line) if p.name.lower() not in BARE_HEADS]
    if phrases:
        bare_board = phrases[0].name.lower() in ("bestyrelse", "bestyrelsen")
        if (
            bare_board
            and _OWNER_BEFORE.fullmatch(first_line[: phrases[0].start])
            and not first_line[phrases[0].end :].strip()
        ):
            return first_line.strip(), True  # "Mødeforum: Kulturskolens bestyrelse": whose board it is, named
        return canonical(phrases[0].name), True
    return (first_line, False) if _plausible(first_line) and _field_name(first_line) else None


_DEFINITE_END = re.compile(r"(?:et|en)$")


def _field_name(value: str) -> bool:
    """A field's value with no body's head word names a body in several words ("Børn, Unge og Læring") or in one
    in the definite ("Formandskabet"); "Udvalg" / "Bemærkninger" is a label left empty over the next label or an
    item's section heading."""
    return len(value.split()) > 1 or _DEFINITE_END.search(value) is not None


_DIGIT = re.compile(r"\d")


def _plausible(candidate: str) -> bool:
    """A name that was not found by its head word: capitalised, short, no digits, not a label, no day or place."""
    words = candidate.split()
    return (
        bool(words)
        and candidate[0].isupper()
        and len(words) <= 5
        and not _DIGIT.search(candidate)
        and candidate.lower() not in _NOT_BODY
        and not any(candidate.lower() in keys for keys in LABEL_KEYS.values())
        and not _NAMES_NO_BODY.search(candidate)
    )


# what a name found by its place alone may not be: a day ("Referat fra mødet tirsdag den 3. maj"), a municipality
# ("Referat fra møde i Lyngby-Taarbæk Kommune – …"), a heading's words left without their name ("Møde i"), a row of
# column headings ("Udvalg Dato Type Hent")
_NAMES_NO_BODY = re.compile(
    rf"(?i)^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag|{'|'.join(DANISH_MONTHS)})\b|"
    r"^[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?\s+kommunes?$|^møde(?:t)?\s+i$|"
    r"^\S+\s+(?:dato|tid|sted|type)\b"
)


# the meeting's day right after a name: "… den 15. november 2011", "… fredag den 4. april 2008"
_DATED_AFTER = re.compile(r"(?i)\s+(?:(?:den|d\.)\s*\d|(?:man|tirs|ons|tors|fre|lør|søn)dag\s+(?:den\s+)?\d)")
# "den politiske ledelse", "det tværkommunale forum": a body named in lower case after its article
_ARTICLE_NAME = re.compile(r"^(?:den|det)\s+[a-zæøå]+\s+[a-zæøå]+$")
_LONG_NAME_WORDS = 7  # "Fællesmødet for Vandværker i Vejen kommune": a name with its owner, not a clause


def _named_meeting(candidate: str) -> bool:
    """A name a meeting's heading gives right before the meeting's day, with no body's head word: capitalised
    and up to seven words ("Fællesmødet for Vandværker i Vejen kommune"), or an article and two words in lower case
    ("Møde i den politiske ledelse fredag den 4. april 2008")."""
    words = candidate.split()
    if _DIGIT.search(candidate) or not words:
        return False
    if _ARTICLE_NAME.match(candidate):
        return True
    return (
        candidate[0].isupper()
        and len(words) <= _LONG_NAME_WORDS
        and candidate.lower() not in _NOT_BODY
        and not _NAMES_NO_BODY.search(candidate)
    )


def canonical(name: str) -> str:
    return BODY_ALIASES.get(name.lower(), name)


# "Social og sundheds møde": a committee named by its areas, in the genitive, before "møde"
_AREAS_MEETING = re.compile(
    r"^(?:(?:referat|dagsorden)\s+(?:fra|for|af)?\s*)?(?P<areas>[A-ZÆØÅ][a-zæøå]+(?:-?,\s+[a-zæøå]+)*-?\s+og\s+[a-zæøå]+?)s\s+"
    r"møde\b",
    re.IGNORECASE,
)


# "Byråd", "Kommunalbestyrelsen", "Regionsrådet", "Borgerrepræsentationen": a council, whose committees a
# header names after it
_COUNCIL = re.compile(r"(?i)(?:byråd|kommunalbestyrelse|regionsråd|borgerrepræsentation)(?:et|en|n)?$")
# "Byrådet, Økonomiudvalget og Teknisk Udvalg": bodies listed, none the meeting's more than the council
_LISTED_AFTER = re.compile(r"^\s*(?:,|og\b|&)")
# what stands between a council and its committee: punctuation, a breadcrumb's arrow ("Byrådet – ", "Byråd. ", " > ")
# (each blank run read once, possessive: the mark never opens with a blank; as `\s*[…]?\s*$` a run of blanks before
# a word was split every way, quadratic: 0.3 s at 4,000)
_COUNCIL_TO_COMMITTEE = re.compile(r"^\s*+[.,:;|/>›»–—-]?+\s*+$")


def _committee_after(text: str, phrases: list[BodyPhrase]) -> BodyPhrase:
    """The most specific body a header names: a council's committee named right after it ("Aalborg Byråd.
    Folkeoplysningsudvalget.", "X Kommune, Byrådet – Økonomiudvalget", "Regionsrådet > Social-udvalget")."""
    chosen = phrases[0]
    for following in phrases[1:]:
        if not _COUNCIL.search(chosen.name) or not _COUNCIL_TO_COMMITTEE.match(text[chosen.end : following.start]):
            break
        if following.name.lower() in BARE_HEADS or not following.name[:1].isupper() or following.genitive:
            break
        if _LISTED_AFTER.match(text[following.end : following.end + 5]):
            break
        chosen = following
    return chosen


# an association's general meeting in its definite form; whose it is follows ("Generalforsamling i Sejs Borgerforening")
_ASSEMBLIES = {"generalforsamling": "Generalforsamlingen", "årsmøde": "Årsmødet", "landsmøde": "Landsmødet"}
# a day's words that may follow the owner's name capitalised: "… i Sejs Borgerforening Tirsdag den 4. maj"
_NOT_OWNER_WORDS = frozenset({"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "den", "d"})


def _assembly_of(text: str, phrase: BodyPhrase) -> str | None:
    """An association's general meeting named with whose it is ("Referat af generalforsamling i Sejs
    Borgerforening", "Årsmøde for Lokalrådet Vestby"), as its definite form and the owner: "Generalforsamlingen
    i Sejs Borgerforening"; None for any other body, or an assembly named alone."""
    name = phrase.name.lower()
    assembly = next((_ASSEMBLIES[stem] for stem in (name, name[:-1], name[:-2]) if stem in _ASSEMBLIES), None)
    whose = _WHOSE.match(text[phrase.end :]) if assembly else None
    if assembly is None or whose is None:
        return None
    owner: list[str] = []
    for word in whose["org"].split():
        if word.lower().rstrip(".") in _NOT_OWNER_WORDS:
            break
        owner.append(word)
    return f"{assembly} {whose['prep']} {' '.join(owner).rstrip('.')}" if owner else None


def header_body(lines: list[Line], document: str = "") -> str | None:
    """The body the header's first lines name, by the lexicon of body names, or a committee named by
    its areas ("Social og sundheds møde" is Social og sundhed's), or by its initials ("Referat af OB-møde"),
    spelled out by the ``document``'s text where it names the compound they stand for."""
    nonblank = [line for line in lines if line.clean][:30]
    for position, line in enumerate(nonblank):
        text = line.clean[:400]
        areas = _AREAS_MEETING.match(text)
        if areas and areas["areas"][:1].isupper():
            return areas["areas"]
        phrases = body_phrases(text)
        for position, phrase in enumerate(phrases):
            if strong(despace(text), phrase):
                chosen = _committee_after(text, phrases[position:])
                return _assembly_of(text, chosen) or canonical(chosen.name)
        owned = owned_name_line(text, phrases)
        if owned is not None:
            return owned
        board = owner_board(text)
        if board is not None:
            return board
        council = _COUNCIL_MEETING.search(text)
        if council and _MEETING_LEAD.match(text[: council.start()]) and council["stem"].lower() != "byråd":
            # "Lokalrådsmøde i Folkemusikhuset … Referat af møde i Fensmark Lokalråd d. 13. feb. 2012": the
            # council's fuller name on the rest of the line or under it
            rest = [text[council.end() :], *(below.clean[:400] for below in nonblank[position + 1 :][:_FULLER_REACH])]
            fuller = _fuller_name(rest, council["stem"])
            ending = _DEFINITE_OF_HEAD[council["head"]]
            return fuller or f"{council['stem'][:1].upper()}{council['stem'][1:]}{ending}"
        meeting = BODY_MEETING.search(text)
        lead = text[: meeting.start()] if meeting else ""
        # "Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde tirsdag den 13. november"
        if meeting and (_MEETING_LEAD.match(lead) or _HELD.search(lead) or _KIND_OF_MEETING.search(lead)):
            # "Bestyrelsesmøde 29. januar 2016", "Referat Bestyrelsesmøde hos NT den ..."
            whose = _WHOSE.match(text[meeting.end() :])
            if whose is not None and case_blind_key(meeting["stem"]) in _COUNCIL_HEADS:
                # "kommunalbestyrelsesmøde i Kantinen på rådhuset": the council, no one's; "i" names its room
                return _DEFINITE[case_blind_key(meeting["stem"])]
            if whose is None:
                bare = meeting["stem"].lower() == meeting["head"].lower()
                below = [other.clean[:400] for other in nonblank[position + 1 : position + 1 + _FULLER_REACH]]
                fuller = _fuller_name(below, meeting["head"])
                return fuller if bare and fuller else meeting["stem"].capitalize()
            definite = _DEFINITE[case_blind_key(meeting["head"])]
            if meeting["stem"].lower() != meeting["head"].lower():
                definite = meeting["stem"].capitalize() + definite[len(meeting["head"]) :]
            return f"{definite} {whose['prep']} {whose['org'].strip().rstrip('.')}"
        initials = acronym_heading(text)
        if initials is not None:
            return acronym_body(initials, document)
    return None


_FULLER_REACH = 6  # the nonblank lines under a bare "Bestyrelsesmøde" that may name whose board it is
# "Lokalrådets første bestyrelsesmøde blev afholdt", "Foreningens ordinære bestyrelsesmøde": the owner's meeting
_OWNER_OF_MEETING = re.compile(r"^(?P<owner>[A-ZÆØÅ][\wæøå-]+?)s\s+(?:(?:første|ordinære|ekstraordinære|\d+\.)\s+)?$")


def _fuller_name(below: list[str], head: str) -> str | None:
    """Whose board a bare "Bestyrelsesmøde" is, as the lines under it say: a name of the same head word
    ("Møde i Nationalparkbestyrelsen 17. april 2013", "Referat fra møde i bestyrelsen for AVV"), or the body
    whose meeting it is ("Lokalrådets første bestyrelsesmøde blev afholdt d. 21. februar 2017")."""
    for text in below:
        for phrase in body_phrases(text):
            name = phrase.name.lower()
            bare = name in {head.lower() + ending for ending in ("", "n", "en", "et")}
            if head.lower() in name and not bare and not phrase.genitive and strong(despace(text), phrase):
                return phrase.name[:1].upper() + phrase.name[1:]
        meeting = BODY_MEETING.search(text)
        if meeting is None or meeting["head"].lower() != head.lower():
            continue
        owner = _OWNER_OF_MEETING.match(text[: meeting.start()])
        if owner is not None and meeting["stem"].lower() == head.lower():
            found = body_phrases(owner["owner"] + " møde")
            if found and found[0].start == 0 and found[0].genitive is False:
                return found[0].name[:1].upper() + found[0].name[1:]
    return None


# "Skagen Bytings bestyrelsesmøde", "Sejs-Svejbæk Lokalrådsmøde", "Foreningens udvalgsmøde": a name that ends in its
# body's meeting word names the body
_MEETING_END = re.compile(r"(?i)(?P<head>bestyrelse|repræsentantskab|råd|udvalg|forum|nævn|netværk|kreds)s?møde(?:t)?$")


# "Formandskabets møde", "Kommunemødes ordinære møde": a name in the genitive before its meeting
_GENITIVE_MEETING = re.compile(r"(?i)(?<=[a-zæøå])s\s+(?:[a-zæøå]+e\s+)?møde(?:t)?$")


def _board_of_meeting(candidate: str) -> str:
    """A candidate that ends in a body's meeting word, the body it names ("… bestyrelsesmøde" is "… bestyrelse"),
    or in the meeting of a name in the genitive ("Formandskabets møde" is "Formandskabet")."""
    return _GENITIVE_MEETING.sub("", _MEETING_END.sub(lambda m: m["head"], candidate))


_LABEL_COLON = re.compile(r"\s*:")


def body_name(lines: list[Line], fields: dict[str, list[str]], document: str = "") -> str | None:
    from_field = _field_body(fields)
    if from_field and from_field[1]:
        return from_field[0]
    from_lexicon = header_body(lines, document)
    if from_lexicon:
        # "Udvalg Ikon" / "Regionsrådet": a field's value with no body's head word (a portal's icon text)
        # gives way to a body the header names by one; a name from prose ("Møde i regionsrådet") as a name
        return from_lexicon[:1].upper() + from_lexicon[1:]
    if from_field:
        return from_field[0]
    for line in lines[:15]:
        text = line.clean
        if not text:
            continue
        for pattern in (_BODY_BEFORE_KIND, _BODY_AFTER_KIND, _MEETING_IN):
            match = pattern.search(text)
            if match and match["body"].strip():
                candidate = _board_of_meeting(match["body"].strip(" -–,:"))
                if pattern is _BODY_BEFORE_KIND and _LABEL_COLON.match(text, match.end("body")):
                    continue  # "Type: Referat": a field's label, whose value is the kind
                if lookup_alias(candidate) is not None or _plausible(candidate):
                    return canonical(candidate)
                if _DATED_AFTER.match(text, match.end("body")) and _named_meeting(candidate):
                    return candidate
    return None
