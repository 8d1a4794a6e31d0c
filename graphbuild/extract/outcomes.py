"""The outcome of an agenda item, read from this meeting's decision (or, in an agenda, its
recommendation) by the written rule; ``outcome_decision`` finds that decision text, ``decision_asides`` drops its
sentences that are no verdict and ``decision_rules`` holds the verdict forms.
"""

from __future__ import annotations

import re

from graphbuild.extract.decision_asides import without_attendance, without_dissent, without_motions, without_reports
from graphbuild.extract.decision_earlier import without_earlier
from graphbuild.extract.decision_rules import DECISION_RULES, WEAK_RULES, first_form, verdict_of
from graphbuild.extract.outcome_closing import closing_only
from graphbuild.extract.outcome_elected_lines import elected_in_title
from graphbuild.extract.outcome_elected_posts import posts_filled_first
from graphbuild.extract.outcome_information_openings import opens_as_information
from graphbuild.extract.outcome_introductions import introduction_only
from graphbuild.extract.outcome_listings import sub_item_headings_only
from graphbuild.extract.outcome_prose import ELECTION_TITLE, FINITE_VERB, NAME_ALONE, after_title
from graphbuild.extract.outcome_references import heading_before_reference, reference_only
from graphbuild.extract.outcome_told_decisions import news_of_elsewhere
from graphbuild.extract.outcome_votes import vote_result
from graphbuild.models import Outcome
from graphbuild.vocab.sentence_abbreviations import split_sentences

_QUOTED = re.compile(r"[”“\"„«][^”“\"„«»\n]{3,200}[”“\"»]")

TITLE_RULES: tuple[tuple[Outcome, str], ...] = (
    ("discussed", r"^(?:tema)?drøftelse"),
    # an information item: "Orientering", "Orientering om …", "X orienterer", "Meddelelser", "Nyt fra …", "Siden
    # sidst", "Status …", "Beretning", "… og orientering ved formanden"; "meddelelser" and "siden sidst" wherever they
    # stand ("Korte meddelelser siden sidst", "Formandens meddelelser", "Nyt siden sidst")
    (
        "noted",
        r"^(?:skriftlig\s+)?orientering|^status|\borienterer\b|\borientering\s+(?:ved|fra)\b|^meddelelse"
        r"|^nyt\s+fra\b|\bsiden\s+sidst\b|\bmeddelelser\b|beretning\b|\btil\s+orientering\b|\bgensidig\s+orientering\b"
        r"|\borientering\s+om\b"
        # the noun after one word ("Formandens orientering", "Kort orientering", "Fælles orientering om …") or closing
        # the title; "information" is "orientering" in other words ("Information fra formanden", "Gensidig
        # information", "Informationspunkt"); "Kort nyt"
        r"|^[\wæøå]+\s+orientering\b|\borientering\s*$|^(?:gensidig\s+)?information(?:er|spunkt)?\b"
        r"|\binformation\s+(?:fra|om|ved)\b|^kort\s+nyt\b",
    ),
)
# words that are no talk: a list of names ("Martin Bech, Bettina Bøcker Kjeldsen og Niels Vestergaard Salling.")
_NAME_GLUE = frozenset({"og", "samt", "fra", "for", "af", "i", "v", "ved", "var", "er", "fraværende", "afbud"})

_HELD_OR_DISCUSSED = re.compile(r"(?i)\b(?:blev|er|var)\s+(?:\w+\s+){0,2}(?:afholdt|holdt|gennemført|drøftet)\b")


def _records_talk(decision: str, title_key: str) -> bool:
    """A decision with no form that records the meeting's talk in a sentence of its own ("Temamøde blev afholdt."),
    not the item's title again nor names only."""
    sentence = _HELD_OR_DISCUSSED.search(decision)
    return sentence is not None and decision.strip().lower().rstrip(".") not in title_key


# one participle as the whole record ("Underskrevet.", "Gennemgået.", "Afholdt."): what was done at the meeting, no
# name (a name is two capitalised words) and no word of nothing ("Intet." is read before)
# ("Foretoges.", "Besvaredes.": the old passive past)
_ONE_WORD_RECORD = re.compile(r"^\s*[A-ZÆØÅ][a-zæøå]{3,}(?:et|t|edes|oges)\.\s*$")
_INFORMATION_ON = re.compile(r"(?:^|[.:]\s|\s)Orientering\s+om\b")
_LOWER_WORD = re.compile(r"\b[a-zæøå]{2,}\b")


def _no_form(decision: str) -> Outcome:
    """A decision text with no form of the table: talk at the meeting is discussed ("Temamødet blev holdt.",
    "Formanden sender en venlig reminder"); a list of names only, nothing ("none")."""
    if decision.lstrip().lower().startswith("orientering") or _INFORMATION_ON.search(decision):
        return "noted"  # the item's text opens "Orientering om status på …": an information item
    if _ONE_WORD_RECORD.match(decision):
        return "discussed"  # "Underskrevet.", "Gennemgået.": one word recording what was done, its full stop printed
    # a sentence in capitals ("REFERATER UDARBEJDES AF SEKRETÆREN.", its finite verb read in lower case) is read in
    # lower case; names in capitals with no verb stay names
    lowered = decision.lower()
    words = lowered if decision.isupper() and FINITE_VERB.search(lowered) else decision
    lower_words = {w for w in _LOWER_WORD.findall(words) if w not in _NAME_GLUE}
    return "discussed" if len(lower_words) >= 2 else "none"


# "Godkendt med den ændring, at sag nr. 7 udsættes", "Anbefales, idet ...", "Taget til efterretning.
# Administrationen orienterede om ...": a decision that opens with its verdict is that verdict; what the
# rest of the text mentions (a point postponed, a forwarding) qualifies it. Checked in order.
LEADING_VERDICTS: tuple[tuple[Outcome, str], ...] = (
    ("rejected", r"ikke\s+godkendt|afvist|afslået|forkastet"),
    ("postponed", r"udsat|udsættes"),
    (
        "noted",
        r"(?:orienteringen\s+)?(?:blev\s+)?(?:taget|tages)\s+til\s+(?:efterretning|orientering)|til\s+efterretning",
    ),
    # "Det indstilles, at …" opening the body's own decision: the committee recommends it on ("Beslutning
    # Økonomiudvalget den 19-06-2018 / Det indstilles, at regnskabet godkendes")
    ("endorsed", r"anbefales|anbefalet|det\s+indstilles(?=,?\s+at\b)"),
    (
        "approved",
        r"(?:(?:indstillingen|dagsorden(?:en)?|referat(?:et)?|forslaget)\s+(?:blev\s+|er\s+)?)?"
        r"(?:godkendt|godkendes|vedtaget|vedtages|tiltrådt|tiltrædes|bevilget)|som\s+indstillet",
    ),
)
_LEADING_VERDICT = re.compile(
    r"(?i)^(?:"
    + "|".join(f"(?P<v{k}>{pattern})" for k, (_, pattern) in enumerate(LEADING_VERDICTS))
    + r")(?=\s*(?:$|[.!,;]|\n|\s(?:med|idet|dog|under\s+forudsætning|og\s+(?:sendes|oversendes))\b))"
)
# What a decision section's text may open with before its verdict: the rest of its heading ("i
# Økonomiudvalget den 18. november 2019:", "den :") and who was absent ("Fraværende: Stén Knuth (V)")
# (each blank run read once, possessive: every part after the first is optional, so no part is ever read again once
# it has matched, and what follows each run, a mark, a word, a digit or a colon, never opens with a blank; as
# `den\s*[\d.\-/]*\s*(…)?\s*:` the blanks after "den" were split three ways, a hang at 4,000)
_DECISION_LEAD = re.compile(
    # a full stop or colon left of the title ("6.Høringssvar.  Der var ingen høringssvar.")
    r"(?i)^\s*+(?:[.:]\s*+)?"
    r"(?:(?:i\s++)?(?:[\wæøå\-&]++\s++){0,6}den\s*+[\d.\-/]*+\s*+(?:[a-zæøå]++\.?+\s++\d{4}|\d{2,4})?\s*+:\s*+)?"
    r"(?:(?:fraværende|ikke\s+til\s+stede|afbud(?:\s+fra)?)\s*:[^\n]*(?:\n\s*+|$))*"
    # the points of the recommendation the verdict answers: "1. Godkendt", "Ad 1. Taget til efterretning"
    r"(?:(?:ad\s+)?(?:pkt\.\s*)?\d{1,2}(?:\.|\))(?:\s*(?:[-–]|og)\s*\d{1,2}\.?)?\s+)?"
)


def _after_lead(decision: str) -> str:
    """A decision without its heading's rest and its absent members."""
    lead = _DECISION_LEAD.match(decision)
    return (decision[lead.end() :] if lead else decision).lstrip()


def leading_verdict(decision: str) -> Outcome | None:
    """The verdict a decision opens with, after its heading's rest and its absent members."""
    match = _LEADING_VERDICT.match(_after_lead(decision))
    if match is None:
        return None
    k = next(int(name[1:]) for name, value in match.groupdict().items() if value is not None)
    return LEADING_VERDICTS[k][0]


_ANY_LETTER = re.compile(r"[^\W\d_]")
_FIRST_SENTENCE_END = re.compile(r"(?<=\.)\s|\n")
PROPOSAL = re.compile(r"\bdet\s+indstilles\b|\bindstiller\b|\bindstilling\b", re.IGNORECASE)
# "Intet.", "Ingen bemærkninger.", "Ingen spørgsmål.", "Der var ingen meddelelser.", "Der er ikke indkommet
# spørgsmål.": nothing was decided or raised (none, by the written rule)
# Any noun of nothing raised and what it was for: "Ingen bemærkninger til dagsordenen.", "Intet til referat.", "Der
# var ingen sager.", "Der blev ikke stillet spørgsmål.", "Ingen spørgsmål fra borgerne."
_NOTHING_NOUN = (
    r"(?:bemærkninger|spørgsmål|meddelelser|orienteringer|forslag|sager|punkter|ændringer|emner"
    r"|høringssvar|henvendelser|ændringsforslag|spørgere)"
)
# the noun of nothing with a word before or after it: "Ingen indkomne forslag.", "Ingen forslag modtaget.", "der var
# ingen yderligere ændringsforslag"
_NOTHING_BEFORE = r"(?:(?:yderligere|indkomne|nye|andre|flere|modtagne)\s+)?"
_NOTHING_AFTER = r"(?:\s+(?:modtaget|indkommet|indsendt|stillet))?"
_NOTHING_TOLD = r"(?:bemærke|berette|meddele|melde)"
_NOTHING_FOR = r"(?:\s+(?:til|fra|under|på|om|forud\s+for)\s+(?:[\wæøå]+\s*){1,3}?)?"
NOTHING = re.compile(
    rf"^\s*(?:(?:ingen|intet)(?:\s+{_NOTHING_BEFORE}{_NOTHING_NOUN}{_NOTHING_AFTER})?{_NOTHING_FOR}"
    rf"|(?:intet|ikke\s+noget)\s+at\s+{_NOTHING_TOLD}{_NOTHING_FOR}|intet\s+nyt{_NOTHING_FOR}"
    # nothing at all, with what it was for: "Der var intet til eventuelt.", "Der var ikke noget nyt fra udvalgene."
    rf"|der\s+(?:var|er)\s+(?:intet|ikke\s+noget)(?:\s+(?:nyt|at\s+{_NOTHING_TOLD}))?{_NOTHING_FOR}"
    # one who had nothing to tell: "Formanden havde intet at meddele.", "Kassereren havde ikke noget at berette."
    rf"|(?:[\wæøå]+\s+){{1,2}}?(?:havde|har)\s+(?:intet|ikke\s+noget)(?:\s+nyt(?:\s+at\s+{_NOTHING_TOLD})?|\s+at\s+{_NOTHING_TOLD})"
    rf"{_NOTHING_FOR}"
    # no one came: "Ingen borgere var mødt op.", "Ingen fra pressen var til stede.", "Der var ingen borgere til
    # stede.", "Ingen fremmødte borgere."
    rf"|(?:der\s+(?:var|er)\s+)?ingen\s+(?:[\wæøå]+\s+){{0,2}}?(?:(?:var|er|havde|blev)\s+)?"
    rf"(?:mødt(?:\s+op)?|fremmødt|til\s+stede){_NOTHING_FOR}|ingen\s+fremmødte(?:\s+[\wæøå]+)?{_NOTHING_FOR}"
    # "Ingen borgere mødte op.", "Der mødte ingen borgere op.", "Ingen har henvendt sig."
    rf"|ingen\s+(?:[\wæøå]+\s+)?mødte(?:\s+op)?{_NOTHING_FOR}|(?:der\s+)?mødte\s+ingen(?:\s+[\wæøå]+)?(?:\s+op)?{_NOTHING_FOR}"
    r"|ingen\s+(?:har|havde)\s+henvendt\s+sig"
    # no one had a word: "Ingen af medlemmerne havde bemærkninger.", "Der var ingen, der havde bemærkninger.",
    # "Ingen ønskede ordet.", "Ingen havde noget til eventuelt."
    rf"|(?:der\s+(?:var|er)\s+)?ingen(?:\s+af\s+[\wæøå]+)?(?:,?\s+der)?\s+(?:havde|ønskede|tog)\s+"
    rf"(?:noget(?:\s+at\s+{_NOTHING_TOLD})?|ordet|{_NOTHING_NOUN}){_NOTHING_FOR}"
    r"|der\s+(?:var|er|blev|indkom|kom|forelå|foreligger)\s+(?:ingen|ikke\s+(?:\w+\s+){0,5}?(?:indkommet|modtaget|stillet|kommet))\s+(?:\w+\s+)?"
    rf"{_NOTHING_NOUN}{_NOTHING_FOR}"
    # no one came forward, in a participle: "Der var ingen indskrevet til spørgetid.", "Ingen tilmeldt."
    rf"|(?:der\s+(?:var|er|blev)\s+)?ingen\s+(?-i:[a-zæøå]{{3,}})(?:et|t){_NOTHING_FOR})\.?\s*$",
    re.IGNORECASE,
)


# A sentence of welcome or of a round of introductions ("X bød velkommen", "Der var en kort præsentationsrunde",
# "Deltagerne præsenterede sig", "Præsentation bordet rundt")
_WELCOME = re.compile(
    r"(?i)\bbød\s+(?:\w+\s+){0,3}velkommen\b|^\s*velkommen\b|præsentationsrunde|\bpræsenterede\s+sig\b"
    r"|\bpræsentation\s+(?:af\s+)?(?:deltagerne|medlemmerne|bordet\s+rundt)\b|\bbordet\s+rundt\b"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!])(?<!\b[A-ZÆØÅ]\.)\s+|\n+")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _welcome_only(decision: str) -> bool:
    """Every sentence of the decision welcomes or introduces ("a welcome or round of introductions only": none)."""
    sentences = [part for part in split_sentences(_SENTENCE_BREAK, decision) if _TWO_LETTERS.search(part)]
    return bool(sentences) and all(
        (_WELCOME.search(part) and first_form(part) is None) or introduction_only(part) for part in sentences
    )


_ABBREVIATION_BEFORE = re.compile(r"^(?:[A-ZÆØÅ]{1,4}\s*-\s*)")


def _clean_title(title: str) -> str:
    return _ABBREVIATION_BEFORE.sub("", title.strip())


# A decision stated in the passive present, its verb second as a main clause puts it ("Udvalgsmødet fremrykkes til
# mandag den 11. juni", "Der nedsættes en arbejdsgruppe", "Der indkaldes til ekstraordinært møde", "Sagen
# genfremsættes i marts"): what the body decided, in words of no row of the table (not a plural genitive: "-nes"). Only
# whether it is found is read: the blanks before the sentence are read from its line's start (``[^\S\n]*``, not
# ``\s*`` from each of many blank lines to their end, quadratic), which finds one wherever the old pattern did
_PASSIVE_DECISION = re.compile(
    r"(?m)(?:^|(?<=[.!]\s))[^\S\n]*(?:Der|[A-ZÆØÅ][a-zæøå\-]+)\s+(?-i:[a-zæøå]{3,}(?<!n)es)\b"
)


# A minutes item whose title prints that it was taken off ("Spørgetid 29. april 2020 - udgår", "Udgår: Salg af grund",
# "Lokalplan 12 (udgået)", "Temamøde – aflyst"): the mark opens the title or closes it after a dash, colon or bracket
_TAKEN_OFF_TITLE = re.compile(
    r"^(?:punktet\s+)?(?:udgår|udgået|udgik|aflyst|trukket)\b\s*[:.\-–]|[-–:(]\s*(?:punktet\s+)?(?:udgår|udgået|udgik|aflyst|trukket)\)?\.?\s*$"
)
_INFORMATION_TITLE = re.compile(r"(?:skriftlig\s+)?orientering\b")


def _nothing_raised(decision: str, title_key: str) -> Outcome | None:
    """The outcome of a decision that says nothing was decided or raised ("Intet.", "Ingen bemærkninger."), or None
    when it says more."""
    # after the heading's rest ("den : Der var ingen spørgsmål."), as a verdict is read
    first, *rest = split_sentences(_FIRST_SENTENCE_END, _after_lead(decision).strip(), maxsplit=1)
    # "Der var ingen spørgsmål. … Dagsorden godkendt.": a verdict after the sentence of nothing is the verdict
    if not (NOTHING.match(decision) or (NOTHING.match(first) and first_form(" ".join(rest)) is None)):
        return None
    # under a written report ("Skriftlig orientering om …": "Ingen bemærkninger.") the report is taken without
    # remarks; "Ingen orienteringer." is no information given
    remarks = "bemærkning" in decision.lower()
    return "noted" if remarks and _INFORMATION_TITLE.match(title_key) else "none"


# what names the item itself as what is put off ("Sagen udsættes", "Punktet blev udsat", "Orienteringen udskydes")
_THE_ITEM = re.compile(r"(?i)\b(?:sagen|punktet|pkt|orienteringen|emnet|drøftelsen|dette)\b")


def _news_put_off(decision: str) -> bool:
    """The decision's first postponing form stands in a sentence about something else than the item, after the
    sentence's first word ("DCH's Årsmøde er blevet udsat."), not opening the decision ("Udsat.")."""
    if leading_verdict(decision) is not None:
        return False
    found = first_form(decision)
    if found is None:
        return False
    start = found[1]
    sentence_start = max(decision.rfind(".", 0, start), decision.rfind("\n", 0, start)) + 1
    sentence = decision[sentence_start:start]
    return len(sentence.split()) >= 2 and _THE_ITEM.search(sentence) is None


_INFORMATION_WORD = re.compile(r"\borienter(?:ing|er)\b")
# who stays in a post under an election's title ("Carina fortsætter som revisor", "Flemming fortsætter i bestyrelsen")
# an election joined to the item's other business in its title ("Velkomst og konstituering af bestyrelsen",
# "Godkendelse af dagsorden, valg af referent")
_JOINED_ELECTION = re.compile(r"(?:\bog|\bsamt|,)\s+" + ELECTION_TITLE.pattern)
_STAYS_IN_POST = re.compile(r"(?i)\bfortsætter\s+(?:som|i)\b(?!\s+(?:dag|morgen)\b)")
_NAME_BEFORE_A_CAPITAL = re.compile(r"[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ]")
_CLOSED_TITLE = re.compile(r"^lukket\b", re.IGNORECASE)


# an agenda's label of an information item ("Sager til orientering", "Orientering om …"), not a record of the meeting
_INFORMATION_LABEL = re.compile(r"(?i)til\s|orientering$")
_NOTED_FORMS = tuple(rule for rule in DECISION_RULES if rule[0] == "noted")
_WEAK_NOTED_FORMS = tuple(rule for rule in WEAK_RULES if rule[0] == "noted")


def _title_records_information(title: str) -> bool:
    """Minutes' item line that records information given at the meeting ("Formanden orienterer", "Sigurd
    præsenterede sit projekt", "Introduktion ved X X gav en kort introduktion til …"): a noted form of the table as a
    finite verb or a sentence, not an information item's label."""
    found = first_form(title, _NOTED_FORMS)
    if found is not None and not _INFORMATION_LABEL.match(title[found[1] : found[2]]):
        return True
    # a weak form only as a past tense ("præsenterede"): "Projektet præsenteres" is what is to come
    weak = first_form(title, _WEAK_NOTED_FORMS)
    return weak is not None and title[weak[1] : weak[2]].lower().endswith("ede")


_TITLE_SENTENCE_WORDS = 4


def _verdict_in_title_sentence(title: str) -> Outcome | None:
    """The verdict an item line of narrative minutes prints as its first sentence ("1. Til dirigent valgtes Inge Skau.
    Hun konstaterede generalforsamlingens lovlighed."): the minute opens there, so the line's form is the first
    printed."""
    if len(title.split()) < _TITLE_SENTENCE_WORDS or not FINITE_VERB.search(title.lower()):
        return None
    verdict = verdict_of(title)
    return verdict if verdict not in (None, "adopted") else None


def _election_title(title_key: str, title: str) -> bool:
    """The item is an election ("Valg af …", "Konstituering", "Godkendelse af dagsorden, valg af referent") or its line
    prints the election's result."""
    return bool(ELECTION_TITLE.match(title_key) or _JOINED_ELECTION.search(title_key) or elected_in_title(title))


def outcome_of(
    title: str, public: bool, decision: str | None, is_agenda: bool, item_text: str, headed: bool = False
) -> Outcome:
    """The item's outcome by the written rule; ``headed`` when its decision text stands under a decision heading
    (where words of no row that state what was decided are approved, not talk)."""
    if not public and not (decision or "").strip() and not is_agenda:
        return "closed"  # an agenda's closed item has no decision yet, withheld or not: none (below)
    title_key = _clean_title(title).lower()
    if decision and not _ANY_LETTER.search(decision):
        decision = ""  # a decision section holding only a dash ("-"): an empty decision section
    recorded = decision or ""  # as written: a vote's "imod stemte 4" is no dissent to drop
    if decision and not is_agenda:
        decision = _QUOTED.sub(" ", without_attendance(decision) or decision)  # a quoted item title says nothing
        decision = without_dissent(decision) or decision
        decision = without_reports(decision)
        decision = without_earlier(decision)
        decision = without_motions(decision) if "forslag" in decision.lower() else decision
    if decision and decision.strip() and not is_agenda:
        if not headed and reference_only(decision):
            # "Se referatet fra lokalrådsmødet 2. februar 2017": a reference, no record of the meeting's talk
            return "noted" if _from_title(title_key) == "noted" else "none"
        nothing = _nothing_raised(decision, title_key)
        if nothing is not None:
            return nothing
        if _welcome_only(decision):
            return "none"  # "Formanden bød velkommen. Der var en kort præsentationsrunde.": no decision of the item
        if closing_only(decision):
            return "none"  # "Underskrift af referat. / Mødet slut: 21:30": the meeting closed, no decision of the item
        if sub_item_headings_only(decision):
            return "none"  # "2. a. Syddanske styrkepositioner / 2. b. Spirende klynger": the points, not what was done
        if _election_title(title_key, title) and posts_filled_first(decision):
            return "approved"  # "Formand – Marina Wijngaard / Næstformand – …": the election's result printed first
        verdict = leading_verdict(decision) or verdict_of(decision)
        if verdict == "approved" and first_form(decision) is None and _from_title(title_key) == "discussed":
            # "Det blev besluttet at følge den proces, KL lægger op til" under a discussion item ("Drøftelse …"): the
            # course the talk agreed on, not a verdict of the table
            return "discussed"
        if (
            not public
            and verdict != "adopted"
            and first_form(decision) is None
            and leading_verdict(decision) is None
            and not _records_talk(decision, title_key)
        ):
            # a closed item whose decision the document does not show ("Orientering om personalesag (Lukket)" is its
            # title again, no verdict form); what it shows of the meeting's talk ("Temamøde blev afholdt.") is talk
            return "closed"
        if verdict == "discussed" and _INFORMATION_WORD.search(title_key):
            # the item's title prints the noted form ("Sager til orientering", "Siden sidst - gensidig orientering"):
            # talk under it ("… blev drøftet") is information taken
            return "noted"
        if verdict == "forwarded" and _from_title(title_key) == "noted":
            # an information item is sent to no body: "… som vil blive medsendt referatet, så I kan videresende den til
            # jeres medlemmer", "relevant materiale fra kommunen videresendes løbende" pass papers on, the item is noted
            return "noted"
        if (
            verdict in ("approved", "rejected", "endorsed")
            and _from_title(title_key) == "noted"
            and leading_verdict(decision) is None
            and news_of_elsewhere(decision)
        ):
            # "PU har godkendt ansøgning vedr. kirkemur" under "Meddelelser": news of another body's decision, told the
            # meeting; the information is taken
            return "noted"
        if verdict == "postponed" and _from_title(title_key) == "noted" and _news_put_off(decision):
            # "DCH's Årsmøde er blevet udsat." under "Gensidig orientering": news of something put off, told the
            # meeting; the item itself is not put off
            return "noted"
        if verdict is not None:
            return verdict
        if not headed:
            in_title = _verdict_in_title_sentence(title)
            if in_title is not None:
                return in_title
        talk = _no_form(without_attendance(decision))
        if talk == "discussed" and headed and _PASSIVE_DECISION.search(decision):
            talk = "approved"
        if (
            talk == "none"
            and _election_title(title_key, title)
            and (_NAME_BEFORE_A_CAPITAL.search(decision) or NAME_ALONE.fullmatch(decision.strip()))
        ):
            return "approved"  # an election's result printed as names and posts, or the elected's name alone, no talk
        if talk == "discussed" and ELECTION_TITLE.match(title_key) and _STAYS_IN_POST.search(decision):
            return "approved"  # "Carina fortsætter som revisor.": re-elected, the election's result
        if talk == "discussed" and not _from_title(title_key) and opens_as_information(item_text, title):
            return "noted"  # the item opens as information ("Under denne sag bliver Handicaprådet orienteret om …")
        return vote_result(recorded) or _from_title(title_key) or talk
    if is_agenda:
        return "proposed" if PROPOSAL.search(item_text) else "none"
    if title_key.startswith("lukket") or _CLOSED_TITLE.match(title.strip()):
        return "closed"
    if _TAKEN_OFF_TITLE.search(title_key):
        return "postponed"  # "Spørgetid 29. april 2020 - udgår": the title prints the item's fate
    if not headed and _title_records_information(title):
        return "noted"  # "Formanden orienterer" with no text under it: the line is the minutes' record
    if public and _referred_report(title, item_text):
        return "noted"  # "Årsberetning ved …" / "Se formandens beretning": the report referred to was given
    return "none"


def _referred_report(title: str, item_text: str) -> bool:
    """An information item whose whole record is a reference to the report ("Se formandens beretning" under its
    title, "1. Meddelelser Se andre pkt." on its line): the report was given."""
    heading = heading_before_reference(title)
    if heading is not None:
        return not after_title(item_text, title).strip(" .\n") and _from_title(_clean_title(heading).lower()) == "noted"
    return reference_only(after_title(item_text, title)) and _from_title(_clean_title(title).lower()) == "noted"


# TITLE_RULES compiled once (each title looked them up in re's cache, 4,169 lookups over the real corpus)
_TITLE_PATTERNS = tuple((outcome, re.compile(pattern)) for outcome, pattern in TITLE_RULES)


def title_outcome(title: str) -> Outcome | None:
    """The outcome an item's title alone gives ("Orientering om …": noted), by TITLE_RULES."""
    return _from_title(_clean_title(title).lower())


def _from_title(title_key: str) -> Outcome | None:
    for outcome, pattern in _TITLE_PATTERNS:
        if pattern.search(title_key):
            return outcome
    return None
