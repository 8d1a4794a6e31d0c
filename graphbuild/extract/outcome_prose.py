"""Minutes' prose as an item's decision text where no decision heading opens it: the sentence that records the
decision ("Referatet blev godkendt.", "Beredskabskommissionen godkendte referatet"), else the item's own narrative
after its title ("Der er enighed om at vente med konstituering"), never a presented case's text."""

from __future__ import annotations

import re
from datetime import date

from graphbuild.extract.decision_rules import first_form
from graphbuild.extract.outcome_case_run_on import case_run_on
from graphbuild.models import Outcome
from graphbuild.parse.dates import find_date
from graphbuild.vocab.near import CASE_BLIND_LOOKALIKES

# a verdict word capitalised after a lower-case word, as a flattened page runs the decision on (case-sensitive)
_FLATTENED = r"(?-i:(?<=[a-zæøå]\s)"

# In prose minutes with no decision heading, the sentence that records the decision.
RECORD_RULES: tuple[tuple[Outcome, str], ...] = (
    ("rejected", r"\bblev\s+(?:\w+\s+){0,3}(?:afvist|forkastet)\b|\bikke\s+godkendt\b"),
    # "Udskudt til næste møde.": a sentence that opens with the word
    (
        "postponed",
        r"\bblev\s+(?:\w+\s+){0,3}udsat\b|(?:^\s*|(?<=\.\s)|(?<=\n))(?:punktet\s+|sagen\s+)?(?:udskudt|udsat)\b",
    ),
    # "Dagsorden godkendt og referat godkendt.": the agenda, the minutes or the proposal, approved
    (
        "approved",
        r"\bblev\s+(?:\w+\s+){0,3}(?:godkendt|valgt)\b|\bgodkendes\b|\bgodkendtes\b"
        # "Det blev besluttet at fastholde uændret kontingent", "Beredskabskommissionen godkendte referatet"
        r"|\bblev\s+(?:\w+\s+){0,2}(?:besluttet|vedtaget)\b|(?<!\bhar\s)(?<!\bhavde\s)\bbesluttede,?\s+at\b|\bgodkendte\s+(?:det\s+|den\s+)?(?-i:[a-zæøå]+)(?:et|en|ne)\b"
        # "Referatet er godkendt og udlagt ...", "1. Godkendelse af dagsorden. Godkendt."
        r"|\ber\s+godkendt\b|(?:^\s*|(?<=\.\s)|(?<=\n))godkendt\b"
        r"|(?:^\s*|(?<=\.\s)|(?<=\n))(?:dagsorden(?:en)?|referat(?:et)?|indstilling(?:en)?|punktet|sagen)\s+godkendt\b"
        # a flattened page that lost the line break before the decision: the verdict capitalised after a lower-case word
        # ("Bilag: Ingen Godkendt med følgende bemærkninger")
        rf"|{_FLATTENED}Godkendt\b)",
    ),
    (
        "noted",
        r"\b(?:blev|tages|toges)\s+(?:\w+\s+){0,2}til\s+efterretning\b|\btog\s+\w+\s+til\s+efterretning\b"
        r"|\b(?:har\s+)?noter(?:et|ede)\s+sig\b"
        rf"|{_FLATTENED}(?:Taget\s+til|Til)\s+efterretning\b)",  # "… Lån Indfriede lån/afdag på lån Til efterretning."
    ),
    ("discussed", r"\bblev\s+(?:\w+\s+){0,2}drøftet\b|\bdrøftedes\b"),
)

# Each rule above, compiled once, with the words (lower case) every one of its forms holds: a text without any of a
# rule's words is spared its pass. The letters a case-blind pattern also reads elsewhere ("ı", "ſ", "İ", the Kelvin
# sign) keep every rule asked.
_RECORD_WORDS: dict[Outcome, tuple[str, ...]] = {
    "rejected": ("afvist", "forkastet", "godkendt"),
    "postponed": ("udsat", "udskudt"),
    "approved": ("godkend", "valgt", "beslut", "vedtaget"),
    "noted": ("efterretning", "noter"),
    "discussed": ("drøfte",),
}
_RECORD_PATTERNS = tuple(
    (re.compile(pattern, re.IGNORECASE), _RECORD_WORDS[outcome]) for outcome, pattern in RECORD_RULES
)


def _record_patterns(body: str) -> list[re.Pattern[str]]:
    """The record rules whose words the body holds, in order (every rule where a look-alike letter stands)."""
    if any(ch in body for ch in CASE_BLIND_LOOKALIKES):
        return [pattern for pattern, _words in _RECORD_PATTERNS]
    low = body.lower()
    return [pattern for pattern, words in _RECORD_PATTERNS if any(word in low for word in words)]


# A capitalised subject right before the recorded verb, after a lower-case word: a sentence's start
_SUBJECT = re.compile(r"(?<=[a-zæøå]\s)[A-ZÆØÅ][a-zæøå]+\s+(?=blev\b)")
_PAST = re.compile(
    r"(?i)blev\b|godkendte\b|\w+tes\b|toges\b|\w+edes\b|ikke\s+godkendt|tog\b|(?:har\s+)?noter|er\s+godkendt"
)
_PROPOSING = re.compile(r"(?i)\bindstill|\bforeslå|\banmod|^\s*(?:[•·*–-]\s*)?at\b")


# Sections of a presented case: an item that has one and no decision has no decision text of this meeting
CASE_KINDS = ("indstilling", "sagsfremstilling", "resume", "behandling", "anledning", "beslutning")


# The words of a presented case (its headings and file data, also where the parser found no section): such text
# is the case, not the minutes' narrative of the meeting ("Sagsresumé", "Sagstema", "Redegørelse", "Sagsnr.",
# "J. nr", "Direktionen indstiller", "fold dette punkt ind Resume"; not the noun: "godkendte indstillingen")
_CASE_TEXT = re.compile(
    r"(?i)\b(?:sagsresum[eé]|resum[eé]|sagsfremstilling|indstill(?!ing)\w*|sagstema|redegørelse|præsentation|sagsnr"
    r"|sagsgang|sags-?id|j\.\s?nr|beslutningstema|sagsbehandler|baggrund|lovgrundlag|bilag|punkttype"
    r"|sagens\s+kerne)\b"
)


# The headings and file data of a presented case alone: an information item's narrative may name what the report
# holds ("Der er udsendt en redegørelse …", "jf. bilag", "på baggrund af"), never a case's heading
_CASE_HEADINGS = re.compile(
    r"(?i)\b(?:sagsresum[eé]|resum[eé]|sagsfremstilling|indstill(?!ing)\w*|sagstema|sagsnr|sags-?id|j\.\s?nr"
    r"|beslutningstema|sagsbehandler|sagsansvarlig|lovgrundlag|sagens\s+kerne|punkttype)\b"
)
# a capitalised word that holds "kompetence" ("Beslutningskompetence", "Kompetenceplan", "KOMPETENCE") is case text
# too: found as a substring and its word's first letter read back (at most a long compound's first part), not by a
# branch "\b\w*kompetence\w*\b" of the patterns above, which at every place of a word ran on to the word's end
_COMPETENCE = "kompetence"
_COMPETENCE_WORD = re.compile(_COMPETENCE, re.IGNORECASE)
_LONGEST_PREFIX = 30


def _case_text(text: str, told: bool) -> bool:
    """Whether the text holds a presented case's words (its headings and file data only, where the item is ``told``)."""
    return (_CASE_HEADINGS if told else _CASE_TEXT).search(text) is not None or _competence_heading(text)


def _competence_heading(text: str) -> bool:
    """A capitalised word holding "kompetence" ("Beslutningskompetence: KB", "Kompetenceplan"): the case's heading;
    the plain noun in a sentence ("ønske om, at kompetencer vedr. redigering ligger hos bestyrelsen") is the
    minute's."""
    if _COMPETENCE not in text.lower():
        return False
    for found in _COMPETENCE_WORD.finditer(text):
        word_start, limit = found.start(), max(0, found.start() - _LONGEST_PREFIX)
        while word_start > limit and text[word_start - 1].isalpha():
            word_start -= 1
        if text[word_start].isupper():
            return True
    return False


# A line of the item's file data: its case number, its access ("Lukket punkt", "Åben sag")
_FILE_DATA_LINE = re.compile(
    r"(?im)^[ \t]*(?:(?:sagsnr|sags-?id|j\.\s?nr|journalnr|dok\.?\s?nr)\.?[ \t]*:?[ \t]*[\w./\-]*"
    r"|lukket\s+(?:punkt|sag)|åben(?:t)?\s+(?:sag|punkt))[ \t]*$"
)
# tried only where a sentence starts (the text's start, after a full stop or a line end): not again from
# each character of a long line with no full stop
_EARLIER_MEETING = re.compile(
    r"(?i)(?:^|(?<=[.\n]))[^.\n]*\bmøde(?:t)?\s+(?:den|d\.)\s[^.\n]*(?:\.(?=\s?(?-i:[\da-zæøå]))[^.\n]*)*\.?"
)
_NUMBER_ALONE = re.compile(r"\s*[\w.]*\d[\w.]*\s*")


def _after_title(item_text: str, title: str) -> str:
    """The item's text after its title line, or after the title where a flattened page ran the text on after it."""
    first_line = item_text.split("\n", 1)[0]
    at_title = first_line.find(title) if title else -1
    if at_title >= 0 and len(first_line) - (at_title + len(title)) > 20:
        return item_text[at_title + len(title) :]
    rest = item_text.split("\n", 1)[1] if "\n" in item_text else ""
    if title and at_title < 0 and _NUMBER_ALONE.fullmatch(first_line) and rest.lstrip().startswith(title):
        # the number on a line of its own, the title on the next ("1. \nUnderskrift af referatet\n\nUnderskrevet."):
        # the text after the title line
        rest = rest.lstrip()[len(title) :]
    return rest


after_title = _after_title  # the item's text after its title line, for the readers of an item line's own record


def _title_again(body: str, title: str) -> bool:
    """The text after an item's title opens with that title again (its first 30 characters, a title of three or
    more words)."""
    wanted = title.strip().lower()[:30]
    return len(wanted.split()) >= 3 and body.lstrip(" .:\n\t").lower().startswith(wanted)


_CAPITAL = re.compile(r"[A-ZÆØÅ]")
_WORD_OF_LETTERS = re.compile(r"[^\W\d_]{2,}")


def narrative(
    item_text: str, offset: int, title: str, closed: bool = False, told: bool = False
) -> tuple[str | None, int]:
    """Minutes' own narrative of an item with no decision heading and no case text ("Henrik G. Petersen bød
    velkommen …", "Der er enighed om at vente med konstituering"): the item's text after its title, read as its
    decision text by the written rule (a form of the table, else talk)."""
    body = _after_title(item_text, title)
    if not closed and case_run_on(title, body):
        # a flattened case page run on into the item's line: its headings kept in the title, or the title printed again
        # after a title the item reader ended early ("Oplæg fra Det syddanske" / "EU-kontor Oplæg fra Det syddanske …")
        return None, -1
    if title and title in item_text.split("\n", 1)[0] and _title_again(body, title):
        # the item's title printed again as the heading of its own case page ("Oplæg vedrørende turismeindsats" under
        # "146. Oplæg vedrørende turismeindsats"): what follows is the case presented, not the minutes' narrative
        return None, -1
    # a sentence about an earlier meeting ("På sit møde den 20. juni 2017 godkendte Byrådet skema A") is history
    body = _EARLIER_MEETING.sub(lambda m: " " * len(m[0]), body)
    if closed:
        # a closed item's page withholds the case and shows its decision after its file data ("Lukket punkt",
        # "Sagsnr.: 23-012305", "Byrådet godkendte Økonomiudvalgets indstilling."): the file data is no case text
        body = _FILE_DATA_LINE.sub(lambda m: " " * len(m[0]), body)
    stripped = body.strip()
    # a closed item's page withholds its case: its words are the decision's, "jf. bilag" too; the decision may be a
    # short sentence ("Temamøde blev afholdt.", "Ikke godkendt.")
    # one sentence alone on its line, its full stop printed ("Underskrevet.", "Afholdt."): the record, however short
    sentence = "\n" not in stripped and stripped.endswith(".") and _CAPITAL.match(stripped) is not None
    if len(_WORD_OF_LETTERS.findall(stripped)) < (1 if sentence else 2 if closed else 4) or (
        not closed and _case_text(stripped, told)
    ):
        return None, -1
    return stripped, offset + len(item_text) - len(body) + (len(body) - len(body.lstrip()))


# A finite verb: an auxiliary, a past tense of deciding, or a passive present ("udarbejdes", "afholdes", "aftales")
FINITE_VERB = re.compile(
    r"\b(?:er|var|blev|bliver|vil|skal|har|havde|kan|kunne|vedtog|besluttede|aftalte)\b"
    r"|\b[a-zæøå]{3,}(?:des|tes|les|ges|res)\b"
)


def sentence_title(item_text: str, offset: int, title: str) -> tuple[str | None, int]:
    """Minutes written as a numbered list of what happened ("2. Referater udarbejdes af sekretæren.", "1. Vi vedtog at
    udbetale tilskud", "3. Der er enighed om at vente med konstituering"): an item whose line is a sentence of four
    or more words with a finite verb and no text after it is its own narrative."""
    if not title or _after_title(item_text, title).strip():
        return None, -1
    at = item_text.find(title)
    # the line a sentence: its full stop printed after the title (the item's parser keeps the title without it)
    stopped = title.rstrip().endswith(".") or (at >= 0 and item_text[at + len(title) : at + len(title) + 1] == ".")
    # a line in capitals ("3. DER ER ENIGHED OM AT VENTE MED KONSTITUERING.") is read in lower case
    if not stopped or len(_WORD_OF_LETTERS.findall(title)) < 4 or not FINITE_VERB.search(title.lower()):
        return None, -1
    return title, offset + max(at, 0)


# An item line that runs its minutes on after a heading of a few words and a colon or a dash ("3. Valg af ordstyrer:
# Poul Erik blev valgt.", "4. Evt. – FU har drøftet opstart …", "Punkt 1. Økonomi: Regnskab og budget er ved at blive
# færdiggjort …"): the heading, then the minutes' sentence opening with a capital
_HEADING_THEN_SENTENCE = re.compile(r"^[^:–\n]{2,60}?(?::|[ \t][–-])[ \t]+(?=[A-ZÆØÅ])")


def sentence_after_heading(item_text: str, offset: int, title: str) -> tuple[str | None, int]:
    """The minutes an item line prints after its heading and a colon or a dash, kept in the item's title, with the
    item's text after that line: a sentence of four or more words with a finite verb, or a verdict form opening it
    ("Dagsorden: Godkendt uden tilføjelser."), its full stop printed on the line
    (a line the excerpt cuts off mid-sentence, "Kulturnat 2021 ved Kent Ravn: Der var opstartsmøde på den 28/9 p", is
    no record), and no presented case's words in it."""
    head = _HEADING_THEN_SENTENCE.match(title) if title else None
    at = item_text.find(title) if head else -1
    if head is None or at < 0:
        return None, -1
    begin = at + head.end()
    line_end = item_text.find("\n", begin)
    line = item_text[begin : line_end if line_end >= 0 else len(item_text)]
    # or the record a verdict form opening the line, its full stop printed ("2. Dagsorden: Godkendt uden tilføjelser.")
    opening = first_form(line)
    verdict_first = opening is not None and opening[1] == 0 and "." in line
    if not verdict_first and (
        "." not in line or len(_WORD_OF_LETTERS.findall(line)) < 4 or not FINITE_VERB.search(line.lower())
    ):
        return None, -1
    body = item_text[begin:].strip()
    # a presented case's text after a heading ("TEMA: Infrastruktur Direktionen indstiller, at …") is no minutes
    return (None, -1) if _case_text(body, told=False) else (body, offset + begin)


# "Valg af referent", "Valg til bestyrelsen", "Konstituering", "Udpegning af …": an election, whose result may be
# printed as names (read in lower case, at the title's start)
ELECTION_TITLE = re.compile(r"(?:valg\s+(?:af|til)\b|konstituering\b|udpegning\s+af\b)")
# the elected's names alone, their post's word before them or not: "Anna", "Kristian Mortensen", "Helle Thagesen.",
# "Ordstyrer: Kristian Mortensen", "Stemmetællere: Carina og Vita"
_NAME = r"[A-ZÆØÅ][a-zæøå]+(?:[ \t]+[A-ZÆØÅ][a-zæøå]+){0,3}"
NAME_ALONE = re.compile(rf"(?:[A-ZÆØÅ][a-zæøå]+:[ \t]*)?{_NAME}(?:(?:,[ \t]*|[ \t]+og[ \t]+){_NAME}){{0,5}}\.?")


def elected_name(item_text: str, offset: int, title: str) -> tuple[str | None, int]:
    """An election item's text that is the elected person's name alone ("1. Valg af ordstyrer" over "Anna"): the
    election's result, too short for the narrative's reading, is the item's decision text."""
    if not title or not ELECTION_TITLE.match(title.strip().lower()):
        return None, -1
    body = _after_title(item_text, title)
    stripped = body.strip()
    if not NAME_ALONE.fullmatch(stripped):
        return None, -1
    return stripped, offset + len(item_text) - len(body) + (len(body) - len(body.lstrip()))


# A flattened page's item line with its verdict right after the title ("1. Godkendelse af referat af mødet 9. september
# 2014 Godkendt 3", "2. Godkendelse af dagsorden Godkendt 2. Sager til behandling"): the title's year and the page
# number or the next item's number may stand around it; the verdict capitalised, as a decision of its own opens
# (in capitals too, as a line of capitals prints it: "GODKENDELSE AF REFERAT … GODKENDT")
_PRINTED_VERDICT = (
    r"(Godkendt|GODKENDT|Taget til efterretning|TAGET TIL EFTERRETNING|Vedtaget|VEDTAGET|Udskudt|UDSKUDT|Udsat|UDSAT)"
)
_VERDICT_ENDING_TITLE = re.compile(rf"\s{_PRINTED_VERDICT}$")
# a verdict the title's own line ends in, in any case after a dash ("6) City kirke samarbejdet - drøftet", "3. Regnskab
# 2024 – godkendt"), or a participle in lower case ("1. Referat: fra sidste bestyrelsesmøde godkendt"): the record of a
# small body's minutes that keep an item to one line; never after "ikke" (a refusal, no approval)
_VERDICT_AFTER_DASH = re.compile(
    r"(?i)\s[-–]\s*(godkendt|vedtaget|drøftet|udsat|udskudt|taget\s+til\s+efterretning|tiltrådt|anbefalet|afvist)\.?$"
)
_VERDICT_IN_LOWER_CASE = re.compile(r"(?<!ikke)\s(godkendt|drøftet|vedtaget|udsat|udskudt|tiltrådt)\.?$")
_VERDICT_AFTER_TITLE = re.compile(
    rf"[ \t]*(?:\d{{4}}[ \t]+)?(?-i:{_PRINTED_VERDICT})\.?[ \t]*"
    r"(?:\d{1,3}(?:/\d{1,3})?[ \t]*)?(?:\n|$|\d{1,2}\.\s)"
)


def verdict_after_title(item_text: str, offset: int, title: str) -> tuple[str | None, int]:
    """The verdict a flattened item line prints right after its title (or the item parser kept in the title's end:
    "Godkendelse af dagsorden Godkendt"), as the item's decision text."""
    if not title:
        return None, -1
    first_line = item_text.split("\n", 1)[0]
    at = first_line.find(title)
    if at < 0:
        return None, -1
    kept = (
        _VERDICT_ENDING_TITLE.search(title) or _VERDICT_AFTER_DASH.search(title) or _VERDICT_IN_LOWER_CASE.search(title)
    )
    if kept:
        return kept[1], offset + at + kept.start(1)
    after = at + len(title)
    verdict = _VERDICT_AFTER_TITLE.match(first_line, after)
    if verdict is None:
        return None, -1
    return verdict[1], offset + verdict.start(1)


# what was done at a meeting the sentence dates ("på Teknik-, Erhvervs-, Plan- og Miljøudvalgets møde den 14. august
# 2018", "på mødet d. 3. maj"): another day's, not the minutes' record of this meeting ("Referatet fra mødet den 3. maj
# blev godkendt" names the meeting whose minutes were approved, not where)
_AT_A_DATED_MEETING = re.compile(r"(?i)\bpå\s+(?:[\wæøå,\-]+\s+){0,6}?møde(?:t)?\s+(?:den|d\.)\s+(?=\d)")
_DATE_SPAN = 24  # "14. september 2018", "05-03-2019": the date after "den"


def _at_another_meeting(text: str, begin: int, end: int, meeting_day: date | None) -> bool:
    """The sentence of ``text`` from ``begin`` to ``end`` records what was done at a meeting it dates, a day other than
    this meeting's (or one it cannot tell); the date read on past the sentence's end, which a date's own full stop
    may have set ("den 20. august 2015")."""
    at = _AT_A_DATED_MEETING.search(text, begin, end)
    if at is None:
        return False
    found = find_date(text[at.end() : at.end() + _DATE_SPAN])
    return meeting_day is None or found is None or found.value != meeting_day


def recorded(
    item_text: str, offset: int, past_only: bool = False, title: str = "", meeting_day: date | None = None
) -> tuple[str | None, int]:
    """The sentence of prose minutes that records the decision ("Referatet blev godkendt."), when it
    is not part of a recommendation, or closes the item. The item's text is read after its title
    line, or after the title where a flattened page ran the text on after it on one line."""
    first_line = item_text.split("\n", 1)[0]
    at_title = first_line.find(title) if title else -1
    if at_title >= 0 and len(first_line) - (at_title + len(title)) > 20:
        body = item_text[at_title + len(title) :]
    else:
        body = _after_title(item_text, title) if "\n" in item_text else item_text
    body_at = len(item_text) - len(body)
    found: tuple[str, int] | None = None
    for pattern in _record_patterns(body):
        for match in pattern.finditer(body):
            if past_only and not _PAST.match(match.group(0)):
                continue
            stop = body.rfind(". ", 0, match.start())
            begin = max(stop + 2 if stop >= 0 else 0, body.rfind("\n", 0, match.start()) + 1)
            subject = _SUBJECT.search(body, begin, match.start() + 4)
            if subject:  # flattened: "at referatet godkendes Referatet blev godkendt" lost a full stop
                begin = subject.start()
            end_dot = body.find(".", match.end())
            end = end_dot + 1 if end_dot >= 0 else len(body)
            sentence = body[begin:end].strip()
            if _at_another_meeting(body, begin, end, meeting_day):
                continue  # "… blev drøftet på udvalgets møde den 14. august 2018": that meeting's record, history here
            closing = len(body[match.end() :].strip()) <= 12
            if (not _PROPOSING.search(body[begin : match.start()]) or closing) and (found is None or begin < found[1]):
                found = (sentence, begin)
    if found is None:
        return None, -1
    return found[0], offset + body_at + found[1]
