"""What makes a sentence with a membership cue state no membership: a denial
or an end ("ikke", "tidligere medlem", "meldt sig ud", "indtil 2019"; not one inside a relative clause about
the members), a person's seat ("som medlem af X", "er medlemmer af bestyrelsen"), a sub-body's composition by
the parties in its seats ("styregruppen, som … består af A, B og C"), a cue whose object is an
activity or a thing a body owns ("deltager i et møde i X", "er med i X' arbejdsgruppe"), a body named as the
members' partner ("i tæt samarbejde med Foreningen Y") or as the owner of what is joined, a membership only
applied for, considered, proposed, planned, advised or refused ("ansøger om at blive medlem af X", "undersøger
muligheden for", "påtænker at", "har sagt nej til") or only on a condition, also one after it ("…, hvis byrådene
godkender det"), or only supposed ("Ved et medlemskab af X vil A og B …"), a list an exception opens
("Alle kommuner undtagen A og B"), a list of
people by where they come from or who appoints them ("Afbud", "udpeges", "repræsentanter fra"), a wish, a list that a
place's, affiliation's or partner's word opens ("turismen i A og B", "et kompagniskab med A og B"), the ones a request
asks ("X har ansøgt A og B om tilskud til medlemskab") or a price is charged ("Medlemskab af X koster A og B 50.000
kr."). Read by
``membership_prose`` and ``membership_cooccurring`` (a whole sentence: ``states_none``)."""

from __future__ import annotations

import re

from graphbuild.extract.membership_networks import (
    NetworkRef,
)
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.pattern_dispatch import dispatched, finditer_dispatched

# a member's seat in a board is a person's role, not a municipality's membership
SEAT = re.compile(
    r"\bmedlem(?:mer)?\s+(?:af|i)\s+(?:\w+\s+)?"
    r"(?:bestyrelsen|styrelsen|udvalget|repræsentantskabet|styregruppen|arbejdsgruppen|præsidiet)\b",
    re.IGNORECASE,
)
# (not a body's admitting its members: "A og B er optaget som medlemmer af X", "optages som nyt medlem", "indtræder som
# medlem af X" name the ones admitted; a person admitted to a board is still a seat, SEAT)
PERSONAL = re.compile(
    rf"(?<!\boptaget\s)(?<!\boptages\s)(?<!\bindtræder\s)(?<!\bindtrådt\s)(?<!\bindtrådte\s)"
    rf"\bsom\s+(?:\w+\s+)?medlem|{SEAT.pattern}",
    re.IGNORECASE,
)
# an ended membership: "tidligere medlem", "meldt sig ud", "har været medlem af X indtil 2019"
DENIED = re.compile(
    r"\bikke\b|\budtræd|\budtrådt|\budmeld|\bophør|\bforlad|\bopsig|\bkunne\s+blive\b|"
    r"\btidligere\s+(?:været\s+)?(?:medlem|ejer|medejer|deltager|interessent)|\bmeldt(?:e)?\s+sig\s+ud\b|"
    r"\bindtil\s+(?:\d|udgangen|den\s+\d|nedlæggelsen|opløsningen)|"
    # an end in the past: "har været medlemmer af X frem til 2020", "var medlem af X, indtil foreningen blev nedlagt"
    r"\b(?:har\s+været|havde\s+været|var|deltog|ejede)\b[^.;]{0,80}?\bfrem\s+til\s+"
    r"(?:\d|udgangen|den\s+\d|nedlæggelsen|opløsningen)|"
    # the past tense of taking part or owning, said to be former: "deltog tidligere i X", "ejede tidligere X"
    r"\b(?:deltog|ejede|var)\s+tidligere\b|"
    r"\bindtil\s+(?:[^\s.;]+\s+){1,3}?(?:blev|er\s+blevet)\s+(?:nedlagt|opløst|lukket|fusioneret)|"
    # left in the past ("men er siden trådt ud"), once ("var engang medlemmer af X"), or for a period that ended ("var
    # medlemmer af X i perioden 2010-2019"); "træder ud af X" (a decision to leave) still states the membership it ends
    r"\b(?:trådt|trådte)\s+ud\b|\b(?:var|har\s+været)\s+(?:\w+\s+)?engang\b|"
    r"\b(?:var|har\s+været|havde\s+været)\b[^.;]{0,80}?\bi\s+perioden\s+(?:fra\s+)?\d{4}\s*(?:[-–]|til)\s*\d{4}|"
    # a membership refused: "har sagt nej til medlemskab af X", "afviste at blive medlem af", "afslået medlemskab"
    r"\b(?:sagt|siger|sagde|takket|takker|takkede)\s+nej\b|\bafvis(?:e|er|te|es)?\b|\bafvist\b|\bafslå(?:r|et)?\b|\bafslog\b|"
    # a membership opted out of or stopped: "har besluttet at fravælge medlemskab af X", "har fravalgt X", "stoppede
    # deres medlemskab af X i 2020" (stopping something else, "for at stoppe oversvømmelser", is none)
    r"\bfravælg(?:e|er|es)?\b|\bfravalg(?:t|te)\b|"
    r"\bstop(?:pe|per|pede|pet)\s+(?:\w+\s+)?(?:medlemskab|deltagelse|ejerskab)",
    re.IGNORECASE,
)


# a list's first name after a place's, an affiliation's or a partner's word: "turismen i A og B", "direktør i A",
# "fra (både) A og B", "et kompagniskab med A og B" (not "sammen med A og B", who are fellow members)
PLACE_BEFORE = re.compile(
    r"\b(?:i|for|fra|ved|hos|til|på|omkring|udenfor|uden\s+for|(?<!sammen\s)med)\s+(?:både\s+)?$", re.IGNORECASE
)
# a list of people by where they come from or who appoints them: an attendance list, an appointment, an observer
NOT_MEMBERSHIP = re.compile(
    r"\b(?:afbud|fraværende|til\s+stede|deltagere\s*:|mødedeltagere|repræsentant\w*|udpeg\w*|valgt\w*|"
    r"observatør\w*)\b",
    re.IGNORECASE,
)
# a list right after a verb of applying or requesting and right before its "om": the ones asked, "X har ansøgt A og B
# Kommuner om tilskud til medlemskab" (the body asks them for money; they are no members by it), "har bedt A og B om
# at betale kontingent"
_ASKED_VERB = re.compile(
    r"\b(?:ansøg(?:er|te|t)|søg(?:er|te|t)|anmod(?:er|ede|et)|bed(?:er)?|bad|bedt|"
    r"kontakt(?:er|ede|et)|spørger|spurgte|spurgt)[ \t]+$",
    re.IGNORECASE,
)
_ASKED_FOR = re.compile(r"[ \t]+om\b", re.IGNORECASE)


def asked_of(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the list text[start:end] stands between a verb of applying or requesting and its "om": the ones
    asked, not members."""
    return _ASKED_VERB.search(text, max(lo, start - 20), start) is not None and _ASKED_FOR.match(text, end) is not None


# a list right after a verb of costing: the ones a price is charged, "Medlemskab af X koster A og B 50.000 kr." (a
# price, also of a membership only proposed, states none: README `memberships` rules 1-3)
_CHARGED_VERB = re.compile(r"\b(?:koste(?:r|de)|vil[ \t]+koste|skal[ \t]+koste)[ \t]+$", re.IGNORECASE)


def charged(text: str, lo: int, start: int) -> bool:
    """Whether the list starting at ``start`` stands right after a verb of costing: the ones charged, not members."""
    return _CHARGED_VERB.search(text, max(lo, start - 20), start) is not None


# the municipalities of a list an exception opens: "Alle kommuner undtagen A og B er medlemmer af X", "på nær",
# "bortset fra", "med undtagelse af", a contrast "A og B er medlemmer af X, men ikke C og D" (the ones left out, no
# members); the words between the exception and the
# municipality are only the list's names and separators
_EXCEPTED = re.compile(
    r"\b(?:undtagen|på[ \t]+nær|bortset[ \t]+fra|med[ \t]+undtagelse[ \t]+af|(?:men|dog)[ \t]+ikke)[ \t]+"
    r"(?:(?-i:[A-ZÆØÅ])[\wæøå-]*(?:[ \t]+[Kk]ommune)?[ \t]*(?:,|og|samt)[ \t]*)*$",
    re.IGNORECASE,
)


def excepted(text: str, lo: int, start: int) -> bool:
    """Whether the municipality starting at ``start`` stands in a list an exception word opens: left out, no
    member."""
    return _EXCEPTED.search(text, max(lo, start - 160), start) is not None


# a municipality marked an observer right after its name: "…, Norddjurs og Randers (observatør)", "Randers Kommune
# (observatør)" (README `memberships`: an observer is no member)
_OBSERVER_AFTER = re.compile(r"(?:[ \t]+[Kk]ommuner?)?[ \t]*\([ \t]*(?:som[ \t]+)?observatør\w*[ \t]*\)", re.IGNORECASE)


# a note in brackets right after a municipality's name: "Randers (udtrådt 2019)", "Favrskov Kommune (tidligere medlem)"
_NOTE_AFTER = re.compile(r"(?:[ \t]+[Kk]ommuner?)?[ \t]*\((?P<note>[^()\n]{1,40})\)")
_NAME_BEFORE_NOTE = re.compile(r"(?P<name>(?-i:[A-ZÆØÅ])[\wæøå-]*)(?:[ \t]+[Kk]ommuner?)?[ \t]*\([^()\n]{0,40}$")


def marked_observer(text: str, end: int) -> bool:
    """Whether the municipality ending at ``end`` is marked an observer in brackets right after it, or marked out by a
    denial or an end there ("Randers (udtrådt 2019)", "(ikke medlem)": the note is about it alone)."""
    if _OBSERVER_AFTER.match(text, end) is not None:
        return True
    note = _NOTE_AFTER.match(text, end)
    return note is not None and DENIED.search(note["note"]) is not None


def _in_a_note(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a note in brackets right after a municipality's name ("Randers (udtrådt 2019)")."""
    before = _NAME_BEFORE_NOTE.search(text, max(0, at - 80), at)
    return before is not None and municipality_named(before["name"]) is not None


# a wish or a hope, no membership stated: "har et fælles ønske om samarbejdet med X"
WISHED = re.compile(r"\b(?:ønske[rt]?|ønsker|håbe[rt]?|gerne\s+vil)\b", re.IGNORECASE)


def states_none(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence text[lo:hi], whatever its cue, states no membership: an attendance or appointment, a
    person's seat, a denial or an end, a membership undecided, a wish."""
    return bool(
        NOT_MEMBERSHIP.search(text, lo, hi)
        or PERSONAL.search(text, lo, hi)
        or SEAT.search(text, lo, hi)
        or denied(text, lo, hi, lo)
        or on_condition(text, lo, hi, lo)
        or supposed(text, lo, hi, lo)
        or undecided(text, lo, hi)
        or WISHED.search(text, lo, hi)
    )


# the object of a subject cue that is an activity, not a body: "deltager i et møde i X", "er med i arbejdet i
# X", "deltager i projektet, som X står bag", "deltager i konferencen", "er med i dialogen med X"
ACTIVITY_OBJECT = re.compile(
    r"\s+(?:(?:af|i)\s+)?(?:(?:et|en|det|den|de|nogle|flere|alle)\s+)?(?:[\wæøå-]+\s+)?"
    r"(?:[\wæøå]*(?:møde|konference|seminar|workshop|arrangement|kursus|forløb|høring|dialog|debat|drøftelse|"
    r"undersøgelse|analyse|indsats|aktivitet|arbejdsgruppe|styregruppe|følgegruppe|projekt)(?:t|et|en|n|r|rne|er|erne|ne)?|"
    r"arbejdet|arbejde)\b",
    re.IGNORECASE,
)
# the bodies named after "i (tæt) samarbejde med": the members' partners ("… i tæt samarbejde med Foreningen Y")
PARTNERS = re.compile(r"\bi\s+(?:[\wæøå]+\s+)?samarbejde\s+med\b", re.IGNORECASE)
# a body named as the owner of a thing right after it: "X' arbejdsgruppe", "X's netværk", "Gate 21s projekt" (its
# members, owners or municipalities are the body's own: "X' medlemskommuner er A og B")
# (also after a count or "nuværende"/"nye": "Xs tre ejerkommuner er A, B og C", "Xs nuværende ejere er A og B")
_HOLDERS_COUNT = r"(?:(?:\d{1,2}|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|nuværende|nye)[ \t]+)?"
GENITIVE_OWNER = re.compile(
    rf"(?:['’]s?|s)[ \t]+(?!{_HOLDERS_COUNT}(?:medlem|ejer|deltager|interessent|kommune|stifte))(?-i:[a-zæøå])",
    re.IGNORECASE,
)


# a name as the owner of the cue's object: "Business Region Aarhus' arbejdsgruppe", "Gate 21's netværk", "Gate
# 21s projekt" (a genitive "s" only after a digit: "Aarhus" ends in s); also after a cue that ends in the white space
# before its object's capital ("indgår i Gate 21s projekt", "står bag Gate 21s projekt")
OWNED_OBJECT = re.compile(
    r"\s*(?:(?:af|i)\s+)?(?:(?:det|den|de)\s+)?(?:(?-i:[A-ZÆØÅ0-9])[\wæøå&.-]*[ \t]+){0,4}?"
    r"(?-i:[A-ZÆØÅ0-9])[\wæøå&.-]*?"
    r"(?:['’]s?|(?<=\d)s)[ \t]+(?!(?:medlem|ejer|deltager|interessent|kommune|stifte))(?-i:[a-zæøå])",
    re.IGNORECASE,
)


def not_a_body(text: str, cue_end: int, hi: int) -> bool:
    """Whether a subject cue's object is an activity or a thing a named body owns, not a body to be in."""
    return bool(ACTIVITY_OBJECT.match(text, cue_end, hi) or OWNED_OBJECT.match(text, cue_end, hi))


def personal_seat(text: str, start: int, end: int, hi: int) -> bool:
    """Whether the cue at text[start:end] states a person's seat: it begins as one ("som medlem af X")
    or holds one ("er medlemmer af bestyrelsen for X"); "indtræder som medlem af X" is a municipality's."""
    if PERSONAL.match(text, start, hi):
        return True
    match = SEAT.search(text, start, hi)
    return match is not None and match.start() <= end


def seat_opens(text: str, start: int, hi: int) -> bool:
    """Whether a list cue at ``start`` opens a person's seat: "medlemmer af bestyrelsen (for X) er …" lists people."""
    return SEAT.match(text, start, hi) is not None


# a body's own sub-body (its board, steering group) as the subject of a composition, right before the cue or
# through a relative clause: "styregruppen, som foruden Frederiksberg Kommune består af A, B og C"
_SUB_BODY_SUBJECT = re.compile(
    r"\b(?:bestyrelsen|styrelsen|udvalget|repræsentantskabet|styregruppen|arbejdsgruppen|præsidiet)"
    r"(?:,?\s+(?:som|der)\b[^.;:,\n]{0,80}?)?\s*$",
    re.IGNORECASE,
)
_COMPOSED = re.compile(r"(?:består|bestod|bestående|bestå)\s+af\b", re.IGNORECASE)


def sub_body_composed(text: str, lo: int, start: int) -> bool:
    """Whether a list cue at ``start`` gives a sub-body's composition: the parties that fill its seats, no members of
    the body it serves (README memberships: "a board's composition by the parties that fill its seats")."""
    if not _COMPOSED.match(text, start):
        return False
    return _SUB_BODY_SUBJECT.search(text, max(lo, start - 160), start) is not None


# a membership not (yet) decided, before the statement's first cue: "ansøger om at blive medlem af X", "overvejer
# at melde sig ind i X", "Forvaltningen foreslår, at A melder sig ind i X" (a recorded decision is a row); one only
# possible, wished or invited: "A og B kan blive medlem af X", "ønsker at blive medlem af", "er inviteret til at
# blive medlem af", "opfordres til at melde sig ind i"
UNDECIDED = re.compile(
    r"\b(?:ansøg(?:er|te|t)?\s+om|søg(?:er|te|t)\s+om|overvej\w*|undersøg\w*|foreslå\w*|anbefal\w*|"
    r"mulighed(?:en)?\s+for|hvorvidt|kan\s+(?:også\s+)?(?:blive|melde|træde)|ønsker\s+at|"
    r"invitere[ts]?|inviteret|opfordre[st]?|opfordret|"
    # an invitation, not one accepted ("har takket ja til invitationen og er nu medlemmer af X" states one)
    r"(?<!ja til )(?<!accepteret )(?<!accepterede )invitation(?:en)?)\b|"
    # only to be decided or discussed: "skal tage stilling til medlemskab af X", "har drøftet et medlemskab af X" (the
    # indefinite; "drøftede Lejres medlemskab af X", a membership discussed in the genitive, stands)
    r"\btage[rs]?\s+stilling\s+til\s+(?:et\s+|om\s+)?(?:[^\s.;]+\s+){0,3}?(?:medlemskab|optagelse)|"
    # an indirect question of whether they will be members, to be decided or discussed: "skal tage stilling til, om de
    # vil være medlemmer af X", "drøftede, om A og B skal være medlemmer", "vurderer, om", "spørgsmålet om, hvorvidt"
    r"\b(?:tage[rs]?\s+stilling\s+til|drøft(?:e|er|ede|et|es)|vurder(?:e|er|ede|et|es)|afgør(?:e|es)?|afgjort|"
    r"beslutte[rs]?|spørgsmålet)(?:,[ \t]+|[ \t]+)om(?=[ \t]+(?:de|den|det|kommunerne|(?-i:[A-ZÆØÅ])))|"
    r"\bdrøft(?:e|er|ede|et|es)\s+(?:et|evt\.|eventuelt|muligt|mulig)\s+(?:[^\s.;]+\s+){0,2}?(?:medlemskab|optagelse)|"
    # only offered: "har modtaget tilbud om medlemskab af X", "er blevet tilbudt medlemskab af X", "X tilbyder A og B
    # medlemskab" (a service offered, "tilbuddet om genoptræning", is none of these: the membership's word must follow;
    # an offer taken, "har takket ja til tilbuddet om medlemskab", is joining decided)
    r"(?<!ja til )(?<!imod )(?<!accepteret )(?<!accepterede )(?<!accepterer )"
    r"\b(?:tilbud(?:det|et)?\s+om|tilbudt|tilbyde[rs]?|tilbød)\s+(?:[^\s.;]+\s+){0,6}?(?:et\s+)?(?:medlemskab|optagelse)|"
    # the modal right before a cue the search ends at ("kan blive medlem af": the cue opens at "blive")
    r"\bkan\s+(?:også\s+)?$|"
    # only planned, expected or advised: "påtænker at blive medlem af", "har planer om", "forventes at", "bør", "måske"
    # (the adverbs, also "evt.", "muligvis", "formentlig", and "bør" only right before the cue's verb: "Det bør
    # bemærkes, at A er medlem af X" states one)
    r"\b(?:påtænk\w*|planer\s+om|forvente[rs]?,?\s+at|forventet,?\s+at)\b|"
    # only a goal or an expectation before a comma's "at": "regner med, at A og B bliver medlemmer af X", "Målet er,
    # at …", "Der arbejdes på, at …" (not "arbejder for at fremme turismen", what a body does)
    r"\b(?:regne[rs]?\s+med|målet\s+er|arbejde[rs]?\s+på),?\s+at\b|"
    # only on a condition: "Såfremt A og B bliver medlemmer af X, …", "Hvis A og B melder sig ind i X, …" (the
    # conditional "Hvis" opening the sentence; ", hvis formål er" is a relative genitive), "forudsat at"
    r"\b(?:såfremt|forudsat\s+at|på\s+betingelse\s+af|under\s+forudsætning\s+af)\b|"
    r"(?:(?<=[.!?:][ \t])|(?<=\n)|(?<=^))(?-i:Hvis)\b|"
    r"\b(?:bør|måske|eventuelt|evt\.|muligvis|formentlig|sandsynligvis)\s+(?:også\s+)?"
    r"(?:(?:blive|være|melde|træde|indtræde)\b|$)|"
    # a hedge between the copula and the membership's word: "A og B bliver evt. medlemmer af X", "er måske med i"
    r"\b(?:bliver|blive|er|være)\s+(?:også\s+)?(?:evt\.|eventuelt|måske|muligvis|formentlig|sandsynligvis)\s+"
    r"(?:også\s+)?(?:medlem|ejer|deltager|interessent|en\s+del\s+af|med\s+i\b)|"
    # only an interest, an attitude, a dialogue or a process toward it: "er interesserede i at blive medlemmer af X",
    # "har udtrykt interesse for medlemskab af X", "er positive over for et medlemskab af X", "er i dialog om
    # medlemskab af X", "er i gang med at blive medlemmer af X", "arbejder hen imod et medlemskab af X", "et muligt
    # medlemskab" (no decision: README `memberships`)
    # (the interest the subject's: "Organisationer med interesse i vandløb" is someone else's)
    r"\b(?:er|var|blevet)\s+(?:\w+\s+)?interesse(?:ret|rede)\b|"
    r"\b(?:udtrykt|udtrykker|udtrykte|vist|viser|viste|tilkendegivet|tilkendegiver|tilkendegav)\s+(?:\w+\s+)?interesse\b|"
    r"\b(?:positive?|åbne?)\s+over\s+for\b|"
    r"\bdialog\w*\s+(?:med\s+[^.;]{1,60}?\s+)?om\b|\bi\s+(?:gang|proces)\s+med\s+at\b|\bhen\s*imod\b|"
    r"\b(?:muligt|potentielt|fremtidigt)\s+(?:medlemskab|optagelse|$)|"
    # not yet done, only proposed or put off: "mangler stadig at blive medlemmer af X", "har stillet forslag om at
    # blive medlemmer af X", "har udskudt beslutningen om medlemskab af X"
    r"\bmangle[rt]?\s+(?:stadig\s+|endnu\s+|fortsat\s+)?at\b|\bstille(?:[rt]|de)?\s+(?:et\s+)?forslag\s+om\b|"
    r"\budsk(?:ud|yd)\w*\s+(?:beslutningen|stillingtagen|afgørelsen)\b|"
    # membership only a topic: presented, or its pros, price or terms told or asked about ("har besøgt A og B og
    # præsenteret medlemskab", "orienterede A og B om fordelene ved medlemskab", "har spurgt X om prisen på et
    # medlemskab"); a membership stated before it in the sentence stands (the prose reader looks before its cue)
    r"\bpræsenter(?:e|er|ede|et)\s+(?:[^\s.;]+\s+){0,2}?(?:medlemskab|optagelse)|"
    r"\b(?:fordel(?:e|ene)?|ulemper?(?:ne)?|pris(?:en)?|prisen|betingelser(?:ne)?|vilkår(?:ene)?|konsekvens(?:er|erne)?)"
    r"\s+(?:ved|på|af|for|om)\s+(?:et\s+)?(?:evt\.\s+|eventuelt\s+|muligt\s+)?(?:medlemskab|optagelse)\b|"
    # membership applied for as a thing: "afventer svar på ansøgningen om medlemskab af X" (a membership discussed in
    # the genitive, "drøftede Lejres medlemskab af X", stands)
    r"\bansøgning\w*\s+om\s+(?:\w+\s+){0,2}?(?:medlemskab|optagelse|$)",
    re.IGNORECASE,
)
# its forms grouped by the character each can open with (``pattern_dispatch``): it finds a match where UNDECIDED does
_UNDECIDED_PLACES = dispatched(UNDECIDED)


def undecided(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a membership only applied for, considered, proposed or planned (``UNDECIDED``)."""
    return _UNDECIDED_PLACES.search(text, lo, hi) is not None


# a network only considered or looked into between the statement's cue and its name: "Borgmestrene fra A, B og C
# drøftede mulighederne for et strategisk samarbejde om … X", "undersøger muligheden for at blive en del af X",
# "overvejer at etablere X" (README `memberships`: investigated with no decision is no row)
CONSIDERED = re.compile(
    r"\bmulighed(?:en|erne)?\s+for\b|\bundersøg(?:e|er|te|t|es|elsen?)\b|\bovervej(?:e|er|ede|et|es|elser?)\b",
    re.IGNORECASE,
)


def only_considered(text: str, first: int, named: list[NetworkRef]) -> bool:
    """Whether the network the statement names after its first cue stands after a word of considering it."""
    after = [n.start for n in named if n.start > first]
    return bool(after) and CONSIDERED.search(text, first, min(after)) is not None


# a relative clause after the statement's last cue: a denial in it is about the members, not the membership
# ("Medlem er desuden Frederikshavn Kommune, der ikke har opland til Limfjorden")
RELATIVE_CLAUSE = re.compile(r",[ \t]+(?:der|som)[ \t]")


# a contrast that denies only the municipalities it names: "A og B er medlemmer af X, men ikke C og D" (C and D are
# left out, ``excepted``; A and B stand); "men ikke af Y", "men ikke længere" deny the membership itself
_CONTRAST = re.compile(r",?[ \t]+(?:men|dog)[ \t]+ikke[ \t]+(?P<name>(?-i:[A-ZÆØÅ])[\wæøå-]*)", re.IGNORECASE)


def _contrast_start(text: str, lo: int, hi: int) -> int:
    """Where a contrast naming only municipalities ("…, men ikke C og D") opens in text[lo:hi], else hi."""
    for match in _CONTRAST.finditer(text, lo, hi):
        if municipality_named(match["name"]) is not None:
            return match.start()
    return hi


def denied(text: str, lo: int, hi: int, last_cue_end: int) -> bool:
    """Whether the sentence text[lo:hi] denies or ends the membership: a denial before its relative clause and
    before a contrast that names only municipalities left out ("…, men ikke C og D")."""
    relative = RELATIVE_CLAUSE.search(text, last_cue_end, hi)
    end = _contrast_start(text, lo, relative.start() if relative else hi)
    # a denial in a note on one municipality is about it alone (``marked_observer`` leaves it out)
    return any(not _in_a_note(text, m.start()) for m in finditer_dispatched(DENIED, text, lo, end))


# a condition anywhere in the statement, also after its cue: "A og B bliver medlemmer af X, hvis byrådene godkender
# det", "…, såfremt …", "indtræder i X, forudsat at …", "med forbehold for byrådenes godkendelse", "vil i givet fald"
# (README `memberships`: only proposed, no decision, is no row). A conditional "hvis" takes a subject of its own, a
# pronoun or a noun in the definite ("hvis byrådene", "hvis det"); the relative genitive before a bare noun ("X, hvis
# medlemmer er A og B", "…, hvis formål er …") states its members
CONDITION = re.compile(
    r",[ \t]+hvis[ \t]+(?:det|de|den|der|man|vi|disse|alle|begge|[\wæøå]+(?:ene|erne|et|en))\b|"
    r"\b(?:såfremt|forudsat,?[ \t]+at|på[ \t]+betingelse[ \t]+af|under[ \t]+forudsætning[ \t]+af|"
    r"med[ \t]+forbehold[ \t]+(?:for|af)|i[ \t]+givet[ \t]+fald)\b",
    re.IGNORECASE,
)


def on_condition(text: str, lo: int, hi: int, last_cue_end: int) -> bool:
    """Whether the sentence text[lo:hi] states the membership only on a condition: one before the relative clause
    after its last cue (a condition in "…, som yder tilskud, hvis projektet godkendes" is the clause's own)."""
    relative = RELATIVE_CLAUSE.search(text, last_cue_end, hi)
    return CONDITION.search(text, lo, relative.start() if relative else hi) is not None


# a membership only supposed: the membership as a thing in the indefinite ("Et medlemskab af X", "ved (et) medlemskab
# af X", "med et medlemskab af X") with a modal later in the sentence ("Ved et medlemskab af X vil A og B få adgang
# til …", "Et medlemskab af X vil give A og B …"), or the conditional mood ("A og B ville blive medlemmer af X"):
# what a membership would bring, no membership stated (README `memberships`). The definite ("Med medlemskabet af X
# har A og B …") or no modal ("Ved et medlemskab af X har A og B siden 2015 haft …") still states one.
HYPOTHETICAL = re.compile(
    r"(?:\b(?:ved|med|gennem)[ \t]+(?:et[ \t]+)?|(?<![\wæøå])(?-i:Et)[ \t]+)"
    r"(?:(?:evt\.|eventuelt|muligt|fremtidigt)[ \t]+)?(?:medlemskab|optagelse)\b"
    r"[^.;]{0,160}?\b(?:vil|ville|kan|kunne)\b|"
    r"\bville[ \t]+(?:også[ \t]+)?(?:blive|være|melde|indtræde|træde)\b",
    re.IGNORECASE,
)


def supposed(text: str, lo: int, hi: int, last_cue_end: int) -> bool:
    """Whether the sentence text[lo:hi] only supposes the membership (what one would bring, the conditional mood),
    before the relative clause after its last cue ("… med et medlemskab, der kan opsiges" states one)."""
    relative = RELATIVE_CLAUSE.search(text, last_cue_end, hi)
    return HYPOTHETICAL.search(text, lo, relative.start() if relative else hi) is not None


def joinable_bodies(text: str, named: list[NetworkRef], cue_end: int, hi: int) -> list[NetworkRef]:
    """The bodies named in a statement that can be what its members joined or set up: not a body named as the owner
    of what is joined ("er med i X' arbejdsgruppe", "deltager i Gate 21s projekt": its sub-bodies and projects are
    no networks, README `memberships`), nor one the members work with, named after the cue ("X etableres af A og B
    i tæt samarbejde med Foreningen Y, Z og W": partners, no network of theirs)."""
    partner = PARTNERS.search(text, cue_end, hi)
    return [
        n
        for n in named
        if not GENITIVE_OWNER.match(text, n.end, hi)
        and not _read_with_genitive(text, n, hi)
        and (partner is None or n.start < partner.end())
    ]


_LAST_NAME_WORD = re.compile(r"\S+$")
# what a body owns or holds, right after its name in the genitive (one word may stand between): its meeting, its
# sub-body, its network or work ("Destination Sønderjyllands årlige generalforsamling"); never a verb ("AffaldPlus er
# et …", "Norfors igangsat …": names that end in "s")
_OWNED_THING = re.compile(
    r"[ \t]+(?:[a-zæøå-]+[ \t]+)?[a-zæøå]*(?:møde|generalforsamling|konference|seminar|workshop|arrangement|kursus|"
    r"netværk|projekt|arbejde|bestyrelse|sekretariat|repræsentantskab|udvalg|styregruppe|arbejdsgruppe|følgegruppe|"
    r"kampagne|strategi|indsats)(?:t|et|en|n|r|rne|er|erne|ne|s)?\b"
)


def _read_with_genitive(text: str, network: NetworkRef, hi: int) -> bool:
    """Whether a body's name was read with its genitive "s" before what the body owns (``_OWNED_THING``: "deltager i
    Destination Sønderjyllands generalforsamling", the body's meeting, no body joined); a last word that is a
    municipality's name ending in "s" ("Business Region Aarhus") is no genitive."""
    end = network.end
    if end - network.start < 3 or text[end - 1] != "s" or not text[end - 2].isalpha():
        return False
    last = _LAST_NAME_WORD.search(text, network.start, end)
    if last is None or municipality_named(last.group()) is not None:
        return False
    return _OWNED_THING.match(text, end, hi) is not None
