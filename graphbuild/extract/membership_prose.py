"""Memberships stated in a sentence of prose, found and built here:

- a list after the statement: "Medlemskommunerne i KD-Net er Favrskov, …, Viborg og Aarhus Kommune",
  "X er et fælleskommunalt affaldsselskab, der ejes af A, B og C", "X er et tværkommunalt samarbejde mellem",
  "De ni kommuner i foreningen er A, B, …", "Netværket består af kommunerne A, B og C",
  "Foreningen blev stiftet af A, B og C", "… medlem af DSD sammen med Ballerup, Brøndby, …",
  "organiseret på tværs af 12 kommuner Hedensted, Horsens, …" (a bare count is believed only when the
  list that follows has that many municipalities), "ledet af de syv borgmestre i Kolding, Vejle, …";
- the subject before it: "Albertslund Kommune er medlem af DSD", "Struer Kommune er med i DASSOS",
  "A, B og C er gået sammen om at stifte X", "A og B har allerede i 2007 stiftet et § 60-fællesskab: X",
  "borgerne i A, B og C Kommuner har haft ét fælles beredskab … X", "… med A, B og C kommuner som ejere",
  "A, B og C Kommuner står bag X", "… ejer i fællesskab X", "… indgår i (samarbejdet) X";
- joining: "X er (blevet) (nyt) medlem af", "at blive medlem i", "er blevet en del af", "melde sig ind (i)",
  "melde X Kommune ind i", "indtræder pr. 1. januar 2016 i"; the subject after the verb ("Nu er X Kommune
  også medlem af"); a council for its municipality ("Byrådet i X har besluttet at melde sig ind i");
- a list under a label or after "Med i": "Medlemmer: A, B", "Nye medlemmer er A og B", "Med i netværket er A, B";
- setting it up: "Byrådene i A, B og C kommuner har … godkendt dannelsen af X" (the councils' decision).

The network is the one the sentence names (membership_networks); a sentence that names none continues
the statement right before it ("… har meldt sig ind i X. Også A, B og C kommuner har meldt sig ind.").
A municipality named as someone's affiliation ("direktør i Struer Kommune", "fra Vejle Kommune") is no
member, nor are people's seats ("Borgmestrene i A og B er medlemmer af bestyrelsen"); a sentence that
denies or ends a membership gives none. The network is the cue's own object when one stands right after it
("A har bedt X om bistand, og B er medlem af Y": Y, and only B, the subject of the cue's clause); a cue whose
object is an activity or a thing a body owns joins no body ("deltager i et møde i X", "er med i X'
arbejdsgruppe"); "…, mens B er medlem af Y" is a statement of its own."""

from __future__ import annotations

import re
from bisect import bisect_left

from graphbuild.extract.adoption_forms import HEDGE
from graphbuild.extract.membership_municipalities import (
    AFFILIATION_BEFORE,
    MunicipalityRef,
    MunicipalityRefs,
    before_fellows,
    fellow_members,
    list_at,
    vertical_list_after,
)
from graphbuild.extract.membership_networks import (
    NetworkRef,
    body_is_network,
    dissolved,
    heading_body,
    listed_with,
    network_id,
    network_of,
    networks_of,
    unknown_network,
)
from graphbuild.extract.membership_relation import Context, named_network, relate, relate_fellows
from graphbuild.vocab.near import Word, finditer_near, lowered

NUMBERS = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
    "atten": 18, "nitten": 19, "tyve": 20,
}  # fmt: skip
_NUMBER = r"\d{1,2}|" + "|".join(NUMBERS)
# when a municipality joined, between the verb and what it became: "blev i denne uge optaget i", "er netop
# blevet medlem af", "blev pr. 1. januar 2020 optaget i", "blev i november 2020 medlem af", "er nu formelt blevet"
_MONTH = r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
WHEN = (
    r"(?:(?:nu|netop|også|allerede|officielt|formelt|endeligt|i\s+dag|i\s+går|i\s+år|i\s+denne\s+(?:uge|måned)|"
    rf"i\s+(?:{_MONTH}\s+)?\d{{4}}|(?:pr\.|per|fra|den)\s+\d{{1,2}}\.\s*(?:{_MONTH}|\d{{1,2}}\.?)\s*\d{{4}})\s+)*"
)
# what a "har sammen med A og B dannet …" cue sets up: "et nyt fælles beredskab", "det fælles beredskabsselskab"
_SET_UP_BODY = (
    r"(?:[\wæøå-]+\s+){0,4}?[\wæøå-]*(?:selskab|fællesskab|samarbejde|beredskab|brandvæsen|netværk|forening)\b"
)
# members named before the cue (its subject)
SUBJECT_CUE = re.compile(
    r"\ber\s+(?:nu\s+|også\s+|allerede\s+|blandt\s+andet\s+)*(?:(?:nyt?\s+)?medlem(?:mer|skommuner?)?\b|med\s+i\b)|"
    # a part owner: "er medejer af X", "er interessent i X", "er en af ejerne af X", "er en af de 19 ejerkommuner i X",
    # "ejer sammen med A og B X", "ejer 6 % af X"
    r"\ber\s+(?:nu\s+|også\s+)?(?:(?:med)?ejer(?:e)?\s+af|interessent(?:er)?\s+i)\b|"
    r"\ber\s+(?:en|én)\s+af\s+(?:ejerne|interessenterne|medlemmerne|deltagerne)\s+(?:af|i|bag)\b|"
    r"\ber\s+(?:en|én)\s+af\s+de\s+(?:\d{1,2}|[a-zæøå]+)\s+(?:ejer|medlems|deltager)kommuner\s+(?:i|bag)\b|"
    r"\bejer\s+sammen\s+med\b|\bejer\s+\d{1,3}(?:[,.]\d{1,2})?\s*(?:%|pct\.?|procent)\s+af\b|"
    # a municipality's membership or ownership in the genitive: "Lejre Kommunes medlemskab af Gate 21", "Lejres
    # medlemskab af X", "Rebild Kommunes ejerandel i FBS", "Kommunernes ejerskab af X"
    r"(?<=s\s)(?:medlemskab|ejerandel|ejerskab)\s+(?:af|i)\b|"
    # "Kolding Kommune er sammen med Vejle, Fredericia og Middelfart medlem af X"
    r"\ber\s+sammen\s+med\s+(?=(?-i:[A-ZÆØÅ])[^.;:\n]{0,100}?\s(?:nyt?\s+)?medlem(?:mer)?\s+(?:af|i)\b)|"
    # the same order with setting it up: "Vejen Kommune har sammen med Billund, Vejle og Kolding kommuner dannet et
    # nyt fælles beredskab, X" (the verb after the fellows, not right after "har")
    rf"\bhar\s+sammen\s+med\s+(?=(?-i:[A-ZÆØÅ])[^.;:\n]{{0,120}}?\s(?:dannet|oprettet|etableret|stiftet)\s+{_SET_UP_BODY})|"
    # becoming one: "er (nu) blevet medlem af", "at blive medlem i", "bliver medlem af", "er blevet en del af"
    rf"\b(?:er\s+{WHEN}blevet|blive|bliver|blev)\s+{WHEN}(?:(?:nyt\s+)?medlem(?:mer)?\s+"
    r"(?:af|i)|(?:en\s+)?del\s+af)\b|"
    r"\b(?:er\s+)?deltager(?:kommune)?\s+i\b|\bdeltagerkommuner\s+i\b|"
    r"\b(?:er\s+gået|gik|går|gå|har\s+slået\s+sig)\s+sammen\s+(?:om\s+at\s+(?:stifte|etablere|danne)|i|"
    r"og\s+(?:stifte|etablere|danne|oprette))\b|"
    # "A, B og C har dannet deres eget nye affaldsselskab, X"
    r"\bhar\s+(?:dannet|oprettet|etableret)\s+(?:[\wæøå-]+\s+){0,3}?[\wæøå-]*"
    r"(?:selskab|fællesskab|samarbejde|beredskab|brandvæsen|netværk|forening|partnerskab)\b|"
    r"\b(?:stiftede|har\s+(?:[\wæøå]+\s+){0,4}?stiftet)\b|\bsamarbejder\s+i\b|"
    # the councils' decision to set it up: "Byrådene i A, B og C kommuner har (på deres møder i december endeligt)
    # godkendt dannelsen af X", "Kommunalbestyrelserne i A og B godkendte etableringen af X"
    r"\b(?:godkendte|vedtog|har\s+(?:[\wæøå]+\s+){0,6}?(?:godkendt|vedtaget))\s+"
    r"(?:den\s+endelige\s+)?(?:dannelsen|etableringen|oprettelsen|stiftelsen)\s+af\b|"
    # one of a network's municipalities by the others: "Viborg har sammen med de 11 øvrige kommuner i Business
    # Region Aarhus søgt om …", "sammen med de andre medlemskommuner i X"
    r"\bsammen\s+med\s+de\s+(?:\d{1,2}\s+|[a-zæøå]+\s+)?(?:øvrige|andre)\s+(?:medlems|ejer|deltager|interessent)?kommuner\s+i\b|"
    # "A, B og C Kommuner har (haft) ét fælles beredskab": what they share they are members of
    r"\b(?:har|haft|fik|får)\s+(?:et|ét|en|én)\s+fælles\s+[\wæøå-]*"
    r"(?:beredskab|brandvæsen|selskab|fællesskab|samarbejde|sekretariat|forsyning|netværk|råd)\b|"
    # "etableret i 2015 med Greve, …, og Stevns kommuner som ejere", "… Kommuner som deltagere"
    r"\bsom\s+(?:ejere|deltagere|medlemmer|interessenter|(?:ejer|medlems|deltager)kommuner)\b|"
    # "A, B og C Kommuner står bag X", "… ejer i fællesskab X", "… indgår i samarbejdet X": the network
    # right after the cue, not any network of the sentence ("Aalborg Kommune indgår i dialog med X")
    r"\b(?:står\s+bag|ejer\s+(?:i\s+fællesskab|sammen|tilsammen)|(?:indgår|indgik)\s+i"
    r"(?:\s+(?:samarbejdet|fællesskabet|netværket|partnerskabet))?)\s+(?=(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
# joining, a subject cue too: "træde ind i", "har meldt sig ind i", "indtræder som medlem af"
JOIN_CUE = re.compile(
    r"\b(?:træde|træder|trådte|er\s+trådt)\s+ind\s+i\b|\b(?:melde|meldt|melder|meldte)\s+sig\s+ind\b(?:\s+i\b)?|"
    # "indtræder som medlem af X", "der indtræder fra dags dato i X", "indtræder pr. 1. januar 2016 i X"
    r"\b(?:indtræder|indtrådte|er\s+indtrådt)\s+(?:(?:fra|pr\.|per|med)\s+(?:[\wæøå.]+\s+){1,3}?)?"
    r"(?:som\s+medlem\s+)?(?:af|i)\b(?!\s+stedet)|"
    # admitted: "Køge Kommune er optaget som ny interessent i VEKS", "blev optaget som medlem af X"
    rf"\b(?:er|blev|bliver)\s+{WHEN}(?:blevet\s+{WHEN})?optaget\s+(?:som\s+(?:nyt?\s+)?(?:medlem|interessent|ejer|medejer|deltager)\s+)?"
    r"(?:af|i)\b|"
    # "har vedtaget at melde Hedensted Kommune ind i X": the municipality before the cue
    r"(?:(?<=ommune\s)|(?<=ommunen\s))ind\s+i\b",
    re.IGNORECASE,
)
# a body made of people, not of municipalities: "Kulturgruppen består af 12 medlemmer, der repræsenterer
# kommunerne A, B og C", "består af byrådsmedlemmer fra de deltagende kommuner", "består af borgmestrene i A, B
# og C" (the seats' municipalities)
_NOT_PEOPLE = (
    rf"(?!\s+(?:de\s+)?(?:(?:{_NUMBER})\s+)?(?:[\wæøå]+\s+)?(?:medlemmer|personer|repræsentanter|politikere|"
    r"byrådsmedlemmer|kommunalbestyrelsesmedlemmer|borgmestre|udvalgsformænd|embedsmænd|direktører|chefer)(?:ne)?\b)"
)
# members listed after it
LIST_CUE = re.compile(
    r"\b(?:medlems|deltager|ejer)kommuner(?:ne)?\b|\bmedlemmer(?:ne)?\s+(?:af|i)\b|\bkommunerne\s+(?:i|bag)\b|"
    # "Ejerne af X er A, B og C", "Interessenterne i X er …"
    r"\b(?:ejerne|interessenterne|deltagerne)\s+(?:af|i|bag)\b|"
    rf"\b(?:består|bestod|bestående|bestå)\s+af\b{_NOT_PEOPLE}|\b(?:blev\s+|er\s+)?(?:stiftet|etableret|oprettet|dannet)\s+(?:i\s+\d{4}\s+)?af\b|"
    # "X er et fælleskommunalt beredskab for A, B og C Kommuner"
    r"\b(?:fælles|tvær)kommunal[te]?\s+[\wæøå-]+\s+(?:for|mellem)\s+(?=(?:kommunerne\s+)?(?-i:[A-ZÆØÅ]))|"
    r"\b(?:dækker|omfatter)\s+(?=kommunerne|de\s+\w+\s+kommuner|(?-i:[A-ZÆØÅ]))|\bsamarbejdet?\s+mellem\b|"
    r"\b(?:deltagende|følgende)\s+kommuner\b|\binteressent(?:er|erne|kommuner(?:ne)?)?\b|"
    # a § 60 fællesskab's vedtægter: "Deltagere i fællesskabet er …", "Interessentskabets deltagere er …"
    r"\bdeltagere\s+i\s+(?:fællesskabet|interessentskabet|samarbejdet|selskabet|foreningen|netværket)\b|"
    r"\b[\wæøå]+(?:ets|ens)\s+(?:deltagere|interessenter|medlemmer|ejere)\s+er\b|"
    r"\b(?:er\s+)?ejet\s+af\b|\bejes\s+af\b|\b(?:fællesskab|selskab|partnerskab|interessentskab)(?:et)?\s+mellem\b|"
    # the subject after the verb (a sentence that opens with an adverb): "Nu er Vesthimmerlands Kommune også
    # medlem af X", "Dermed er A og B Kommuner medlemmer af X"
    r"\ber\s+(?=(?-i:[A-ZÆØÅ])[^.;:\n]{0,80}?\s(?:nu\s+|også\s+|allerede\s+)*(?:nyt?\s+)?medlem(?:mer)?\s+(?:af|i)\b)|"
    r"\bborgmestre(?:ne)?\s+(?:i|fra)\b|"  # "ledet af de syv borgmestre i Kolding, Vejle, … og Haderslev kommuner"
    # "den fælles Beredskabskommission for Viborg og Silkeborg kommuner"
    r"\bfælles\s+(?:[\wæøå§-]+\s+){0,2}?(?:for|mellem)\s+(?=(?:kommunerne\s+)?(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
# a network only with two owners or more ("Ballerup Kommune har etableret et selskab, X" is its company)
OWNED = re.compile(r"(?:er\s+)?ejet\s+af\b|ejes\s+af\b|har\s+(?:dannet|oprettet|etableret)\b", re.IGNORECASE)
# lists under a label or after "Med i …": "Medlemmer: A, B", "Nye medlemmer er A og B", "Med i netværket er A, B"
LABELLED_LIST_CUE = re.compile(
    r"(?<![\w-])(?:Medlemmer|Medlemskommuner|Deltagere|Deltagerkommuner|Ejerkommuner|Ejere|Interessenter|"
    r"Interessentkommuner)[ \t]*:|\b(?:nye\s+)?(?:medlemmer|ejere|deltagere)(?:ne)?\s+er\b|"
    # one more after a list: "Medlem er desuden Frederikshavn Kommune", "Medlemmer er også A og B"
    r"(?<![\w-])(?:Medlem|Medlemmer|medlem|medlemmer)\s+er\s+(?:desuden|også|endvidere|tillige)\b|"
    r"(?<![\w-])Med\s+i\s+(?=[^.;:\n]{1,60}?\ber\s)|"
    # a label naming the body with its members' word, a list after its colon: "Kommuner i DK2020:", "DK2020-kommuner:",
    # "Underskrivere af Borgmesterpagten:"
    r"(?<![\w-])(?:Kommuner(?:ne)?|Underskrivere|Underskriverne)[ \t]+(?:i|af|bag)[ \t]+(?!Region\b|Danmark\b|hele\b)"
    r"(?=[^.;:\n]{2,60}:)|"
    r"(?<=\S)-kommuner(?:ne)?[ \t]*:|"
    # a heading over a list one municipality a line: "Medlemskommuner", "Medlemmer"
    r"(?m:^[ \t]*(?-i:Medlemmer|Medlemskommuner|Ejerkommuner|Deltagerkommuner|Deltagende\s+kommuner|Interessenter)"
    r"[ \t]*$)",
    re.IGNORECASE,
)
# what the councils decide to set up: "godkendt (den endelige) dannelsen af X" (a subject cue's word, CUE_WORDS)
_SETTING_UP = r"(?:den\s+endelige\s+)?(?:dannelsen|etableringen|oprettelsen|stiftelsen)\s+af\b"
# a word each of the two above holds near its start: MORE_CUES runs only around them (vocab.near)
MORE_CUE_WORDS: tuple[Word, ...] = (
    ("ind", re.compile(r"ind\s+i\b", re.IGNORECASE)),  # "træder ind i", "meldt sig ind i"
    "sig ind",  # "har meldt sig ind."
    "indtr",
    "optaget",  # "er optaget som ny interessent i"
    # "Medlemmer:", "Medlemskommuner", "medlemmer er", "Med i"; "Deltagere:", "deltagere er", "Deltagerkommuner"
    # (the joining cues' "som medlem af", "som ny deltager i" hold "indtr" or "optaget")
    ("med", re.compile(r"med(?:lem(?:mer(?:ne)?|skommuner)\b|lem\s+er\b|\s+i\b)", re.IGNORECASE)),  # "Medlemmerne er"
    ("deltager", re.compile(r"deltager(?:ne|e|kommuner)\b", re.IGNORECASE)),
    "ejer",  # "Ejerkommuner:", "Ejere:"
    "interessent",  # "Interessenter:"
    # "Kommuner i X:", "X-kommuner:", "Underskrivere af X:"
    (
        "kommuner",
        re.compile(
            r"(?:kommuner(?:ne)?[ \t]+(?:i|af|bag)[ \t]+(?!region\b|danmark\b|hele\b)[^.;:\n]{2,60}"
            r"|-kommuner(?:ne)?[ \t]*):",
            re.IGNORECASE,
        ),
    ),
    ("underskriver", re.compile(r"underskriver(?:ne|e)[ \t]+(?:af|bag)[ \t]+[^.;:\n]{2,60}:", re.IGNORECASE)),
)
# an adjective of the counted ones: "De 46 nye kommuner i DK2020 er: …", "De 20 første kommuner i DK2020 er …"
_COUNT_ADJECTIVE = r"(?:nye|første|deltagende|udvalgte|øvrige|resterende)\s+"
# "de ni medlemskommuner", "de seks ejer kommuner" (a compound written apart), "seks nordsjællandske
# kommuner", "syv midt- og vestjyske kommuner", "de 11 nordjyske kommuner"
COUNT_CUE = re.compile(
    rf"\b(?:de\s+|alle\s+)?({_NUMBER})\s+(?:[\wæøå]+-\s+og\s+)?(?:[\wæøå]+ske\s+|{_COUNT_ADJECTIVE})?"
    r"(?:(?:medlems|deltager|ejer|interessent)[ -]?)?kommuner\b",
    re.IGNORECASE,
)
KOMMUNER = re.compile(r"kommuner\b", re.IGNORECASE)  # where a count cue can end: found first, it is fast
CUES = re.compile(rf"(?P<subject>{SUBJECT_CUE.pattern})|(?P<list>{LIST_CUE.pattern})", re.IGNORECASE)
# a word every cue holds near its start: the pass runs only around them (vocab.near)
CUE_REACH = 80  # how far from its start (and past it) a cue may hold that word
CUE_WORDS: tuple[Word, ...] = (
    ("med", re.compile(r"med(?:lem|\s+i\b)", re.IGNORECASE)),  # "medlem…", "er med i"
    ("blev", re.compile(r"blev(?:et)?\s+(?:nu\s+)?(?:en\s+)?del\s+af\b", re.IGNORECASE)),  # "er blevet en del af"
    ("blive", re.compile(r"bliver?\s+(?:nu\s+)?(?:en\s+)?del\s+af\b", re.IGNORECASE)),
    ("sammen", re.compile(r"sammen\s+(?:om\s+at\s+(?:stifte|etablere|danne)|i|og|med\s+de)\b", re.IGNORECASE)),
    ("har", re.compile(r"har\s+(?:dannet|oprettet|etableret)\b", re.IGNORECASE)),
    "ejere", "stifte", "bestå", "bestod", "dækker",
    # the councils' decision to set it up: "har … godkendt dannelsen af X"
    ("godkend", re.compile(rf"godkend(?:te|t)\s+{_SETTING_UP}", re.IGNORECASE)),
    ("vedt", re.compile(rf"vedt(?:og|aget)\s+{_SETTING_UP}", re.IGNORECASE)),
    # common words: a window only where a cue holds them with no other word of these ("deltager i", "deltagerne
    # af", "samarbejder i" ("samarbejdet mellem" has "mellem"), "de ejerkommuner", "deltagende kommuner",
    # "kommunerne i"; "har et fælles beredskab", "fælles X for A og B")
    ("deltager", re.compile(r"deltager(?:kommuner|(?:kommune|e|ne)?\s+(?:i|af|bag|er)\b)", re.IGNORECASE)),
    ("samarbejde", re.compile(r"samarbejder\s+i\b", re.IGNORECASE)),
    ("kommuner", re.compile(r"(?:(?<=ejer)|(?<=nde\s)|(?<=\s\s))kommuner|kommunerne", re.IGNORECASE)),
    # "etableret/oprettet/dannet af A, B og C", "et fælleskommunalt beredskab for A, B og C": confirmed where they
    # stand, so "kommunalbestyrelsen" and "etableret" alone open no window
    ("etableret", re.compile(rf"etableret\s+(?:i\s+\d{{4}}\s+)?af\b|etableret\s+{_SET_UP_BODY}", re.IGNORECASE)),
    ("oprettet", re.compile(rf"oprettet\s+(?:i\s+\d{{4}}\s+)?af\b|oprettet\s+{_SET_UP_BODY}", re.IGNORECASE)),
    ("dannet", re.compile(rf"dannet\s+(?:i\s+\d{{4}}\s+)?af\b|dannet\s+{_SET_UP_BODY}", re.IGNORECASE)),
    ("kommunal", re.compile(r"kommunal[te]?\s+[\wæøå-]+\s+(?:for|mellem)\b", re.IGNORECASE)),
    "omfatter", "interessent", "ejet", "ejes", "ejerne",
    "mellem", "borgmestre",
    ("fælles", re.compile(
        r"(?:(?<=[tn]\s)|(?<=\s\s))fælles|fælles\s+(?:[\wæøå§-]+\s+){0,2}?(?:for|mellem)\b", re.IGNORECASE
    )),
    ("som", re.compile(r"som\s+(?:ejer|deltager|medlem|interessent)", re.IGNORECASE)),
    ("står", re.compile(r"står\s+bag\b", re.IGNORECASE)),
    ("ejer", re.compile(r"ejer\s+(?:i\s+fællesskab|sammen|tilsammen|\d)", re.IGNORECASE)),
    "medejer", "ejerandel", "ejerskab",
    ("en af", re.compile(r"en\s+af\s+(?:ejerne|interessenterne|medlemmerne|deltagerne|de\s)", re.IGNORECASE)),
    ("indg", re.compile(r"indg(?:år|ik)\s+i\b", re.IGNORECASE)),
)  # fmt: skip
MORE_CUES = re.compile(rf"(?P<subject>{JOIN_CUE.pattern})|(?P<list>{LABELLED_LIST_CUE.pattern})", re.IGNORECASE)
# where a list may begin: right after one of these (and white space or a colon); never after "repræsentanter
# for": a board's composition by the parties that fill its seats states no membership (README `memberships`)
LIST_OPENER = re.compile(
    r"(?:\ber|\ber\s+(?:desuden|også|endvidere|tillige)|:|\(|\bsammen\s+med|\b(?:består|bestod|bestående)\s+af|\baf|\bkommunerne|\b(?:medlems|deltager|ejer|interessent)?kommuner|\bmellem|\bherunder|\bnemlig|"
    r"\bomfatter|\bdækker|\bborgmestre(?:ne)?\s+(?:i|fra)|\bmellem\s+[\wæøå]+\s+i|"
    r"\bfælles\b[^.\n]{0,40}?\s(?:for|mellem)|\b(?:fælles|tvær)kommunal[te]?\s+[\wæøå-]+\s+(?:for|mellem)|"
    r"\bblandt\s+andre|\bbl\.\s*a\.|\bsom\s+er|;)\s*[:,]?\s*$",
    re.IGNORECASE,
)
# a clause of its own after the statement: "X er medlem af KL og har sammen med A og B søgt om midler" (the
# others act with X in the new clause, they are not KL's members by it)
NEW_CLAUSE = re.compile(r"\b(?:og|men|samt)\s+(?:har|havde|vil|skal|kan|kunne|blev|er)\b", re.IGNORECASE)
# a person's municipality in brackets after the name: "Ole Hansen (Greve Kommune)" (not "ejerkommuner (A, B)")
AFFILIATION_BRACKET = re.compile(r"(?<![\w-])(?-i:[A-ZÆØÅ][\wæøå-]+)(?<![Kk]ommuner)[ \t]*\([ \t]*$")
# a member's seat in a board is a person's role, not a municipality's membership
SEAT = re.compile(
    r"\bmedlem(?:mer)?\s+(?:af|i)\s+(?:\w+\s+)?"
    r"(?:bestyrelsen|styrelsen|udvalget|repræsentantskabet|styregruppen|arbejdsgruppen|præsidiet)\b",
    re.IGNORECASE,
)
PERSONAL = re.compile(rf"\bsom\s+(?:\w+\s+)?medlem|{SEAT.pattern}", re.IGNORECASE)
DENIED = re.compile(r"\bikke\b|\budtræd|\budtrådt|\budmeld|\bophør|\bforlad|\bopsig|\bkunne\s+blive\b", re.IGNORECASE)
COUNCIL_OF = re.compile(
    r"(?<![\w-])(?:Byrådet|Byrådene|Kommunalbestyrelsen|Kommunalbestyrelserne|Borgerrepræsentationen)[ \t]+i[ \t]+$"
)
# a statement's end: a sentence's, a blank line, a bullet, or a contrasting clause ("A er medlem af X, mens B er
# medlem af Y": two statements; not ";", which also joins a list's items)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\d•])|\n[ \t]*\n|\n[ \t]*[•·▪*–-][ \t]|,[ \t]+(?=mens[ \t])")
WINDOW = 800


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
GENITIVE_OWNER = re.compile(
    r"(?:['’]s?|s)[ \t]+(?!(?:medlem|ejer|deltager|interessent|kommune|stifte))(?-i:[a-zæøå])", re.IGNORECASE
)


# a name as the owner of the cue's object: "Business Region Aarhus' arbejdsgruppe", "Gate 21's netværk", "Gate
# 21s projekt" (a genitive "s" only after a digit: "Aarhus" ends in s)
OWNED_OBJECT = re.compile(
    r"\s+(?:(?:af|i)\s+)?(?:(?:det|den|de)\s+)?(?:(?-i:[A-ZÆØÅ0-9])[\wæøå&.-]*[ \t]+){0,4}?"
    r"(?-i:[A-ZÆØÅ0-9])[\wæøå&.-]*?"
    r"(?:['’]s?|(?<=\d)s)[ \t]+(?!(?:medlem|ejer|deltager|interessent|kommune|stifte))(?-i:[a-zæøå])",
    re.IGNORECASE,
)


def _not_a_body(text: str, cue_end: int, hi: int) -> bool:
    """Whether a subject cue's object is an activity or a thing a named body owns, not a body to be in."""
    return bool(ACTIVITY_OBJECT.match(text, cue_end, hi) or OWNED_OBJECT.match(text, cue_end, hi))


def sentence_at(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around text[start:end], across wrapped lines (a PDF's), within [lo, hi)."""
    left = max(lo, start - WINDOW)
    for match in SENTENCE_END.finditer(text, left, start):
        left = match.end()
    stop = SENTENCE_END.search(text, end, min(hi, end + WINDOW))
    return left, stop.start() if stop else min(hi, end + WINDOW)


def _members(
    refs: MunicipalityRefs, lo: int, hi: int, cue_start: int, subject: bool, names: list[NetworkRef]
) -> list[MunicipalityRef]:
    """The municipalities a membership sentence names as members: its subject (before the cue) and
    the lists that begin right after an opener at or after the cue."""
    text = refs.text
    inside = [(n.start, n.end) for n in names]
    out: list[MunicipalityRef] = []
    if subject:
        group: list[MunicipalityRef] = []  # a list after a preposition: all in or all out
        taken = True
        for ref in refs.between(lo, cue_start):
            if OTHER_CLAUSE.search(text, ref.end, cue_start):
                continue  # the subject of a clause before the cue's
            if ref in group:
                if taken:
                    out.append(ref)
            elif not AFFILIATION_BEFORE.search(text[max(lo, ref.start - 12) : ref.start]):
                group, taken = [], True
                out.append(ref)
            else:
                # "borgerne i Esbjerg, Fanø og Varde Kommuner har haft ét fælles beredskab": a group;
                # "Borgmestrene i Esbjerg og Varde Kommuner", "Ole Hansen fra Esbjerg": affiliations
                group = _plural_list(text, ref.start, cue_start) or list_at(text, ref.start, cue_start)
                taken = len(group) >= 2 and _plural_list(text, ref.start, cue_start) == group
                # "Kommunalbestyrelsen i Billund Kommune har besluttet, at kommunen skal være medlem af X":
                # a council speaks for its municipality
                taken = taken or COUNCIL_OF.search(text, max(lo, ref.start - 40), ref.start) is not None
                if taken:
                    out.append(ref)
    pos = cue_start
    for ref in refs.between(cue_start, hi):
        if ref.start < pos:
            continue
        opens = before_fellows(text, cue_start, ref.start)  # "er: Region Hovedstaden, Region Skåne, A, B og C"
        opener = LIST_OPENER.search(text[max(cue_start, opens - 40) : opens])
        if opener is None or (
            opener.group(0).lower().startswith("sammen") and NEW_CLAUSE.search(text, cue_start, opens)
        ):
            continue
        if AFFILIATION_BRACKET.search(text, max(cue_start, opens - 40), opens):
            continue  # "Medlemmer: Ole Hansen (Greve Kommune), …": a person's seat, not a membership
        items = list_at(text, ref.start, hi)
        out += items
        pos = items[-1].end if items else ref.end
    return [r for r in out if not any(a <= r.start < b for a, b in inside)]


# a membership or a share in the genitive: its owners are the municipalities in the genitive right before it
# ("Lejre Kommunes medlemskab af X", "Lejre og Roskilde Kommuners ejerskab af X", "Lejres medlemskab af X"), not
# any of the sentence ("deltagelse i Folkemødet på Bornholm og LAG Småøernes medlemskab af X": none)
GENITIVE_CUE = re.compile(r"(?:medlemskab|ejerandel|ejerskab)\s", re.IGNORECASE)
GENITIVE_END = re.compile(r"(?:[ \t]+[Kk]ommuner?)?(?:s|['’])?[ \t]+")
LIST_JOIN = re.compile(r"[ \t]*(?:,|og|samt)[ \t]*|[ \t]*,[ \t]*(?:og|samt)[ \t]+")


def _genitive_owners(text: str, members: list[MunicipalityRef], cue: int) -> list[MunicipalityRef]:
    """The members that end at a genitive cue, with the list they end."""
    owners = [m for m in members if m.end <= cue and GENITIVE_END.fullmatch(text, m.end, cue)]
    if not owners:
        return []
    out = [owners[-1]]
    for m in reversed([m for m in members if m.end <= out[0].start]):
        if not LIST_JOIN.fullmatch(text, m.end, out[0].start):
            break
        out.insert(0, m)
    return out


# what may stand between a subject cue and the network it names: a preposition, an article, a kind word
_OBJECT_GAP = re.compile(r"[ \t]*(?:(?:af|i|til|det|den|de|et|en|nye|fælles|[a-zæøå]+(?:et|en))[ \t]+){0,3}")


def _right_after(text: str, cue_end: int, start: int) -> bool:
    """Whether a network starting at ``start`` is the object of the cue ending at ``cue_end``."""
    return start >= cue_end and _OBJECT_GAP.fullmatch(text, cue_end, start) is not None


# a clause of its own before the cue: "A har bedt X om bistand, og B er medlem af Y" (A acts in another clause)
OTHER_CLAUSE = re.compile(
    r"\b(?:har|havde|er|var|blev|skal|vil|kan)\b[^;]*?(?:,[ \t]*(?:og|men|mens)|;)[ \t]+", re.IGNORECASE
)


def _personal(text: str, start: int, end: int, hi: int) -> bool:
    """Whether the cue at text[start:end] states a person's seat: it begins as one ("som medlem af X")
    or holds one ("er medlemmer af bestyrelsen for X"); "indtræder som medlem af X" is a municipality's."""
    if PERSONAL.match(text, start, hi):
        return True
    match = SEAT.search(text, start, hi)
    return match is not None and match.start() <= end


# people named by their post before a list: "Borgmestrene i A, B og C Kommuner" (their seats are theirs)
PEOPLE_OF = re.compile(
    r"(?i:borgmest|direktør|formand|formænd|næstformand|medlem|repræsentant|politiker|chef|rådmand|rådmænd|"
    r"byrådsmedlem|leder)[\wæøå]*[ \t]+\S+[ \t]*$"
)


def _plural_list(text: str, pos: int, hi: int) -> list[MunicipalityRef]:
    """The list at pos when it names two municipalities or more as "… Kommuner" (a group, not one
    person's affiliation: "borgerne i A, B og C Kommuner"), else []; never after people named by their
    post ("Borgmestrene i A, B og C Kommuner")."""
    if PEOPLE_OF.search(text, max(0, pos - 40), pos):
        return []
    items = list_at(text, pos, hi)
    if len(items) < 2 or not re.search(r"[Kk]ommuner$", text[items[-1].start : items[-1].end]):
        return []
    return items


def count_cues(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """COUNT_CUE's matches in text[lo:hi], read only where "kommuner" is: KOMMUNER's matches, found by
    ``str.find`` in the document's lower-cased text (made once per document) and a word's end after."""
    out = []
    find = lowered(text).find
    at = find("kommuner", lo, hi)
    while at >= 0:
        end = at + len("kommuner")
        if end == hi or not (text[end].isalnum() or text[end] == "_"):  # KOMMUNER's \b
            match = COUNT_CUE.search(text, max(lo, at - 40), end)
            if match is not None and match.end() == end:
                out.append(match)
        at = find("kommuner", end, hi)
    return out


def _count_lists(refs: MunicipalityRefs, lo: int, hi: int) -> list[tuple[int, list[MunicipalityRef]]]:
    """(cue start, list) for "N kommuner … A, B, …" where the list has N municipalities."""
    text = refs.text
    out = []
    for count in count_cues(text, lo, hi):
        raw = count.group(1).lower()
        wanted = int(raw) if raw.isdigit() else NUMBERS[raw]
        for ref in refs.between(count.end(), min(hi, count.end() + 80)):
            # a colon or semicolon may open the list: "de tre kommuner; Roskilde, Lejre og Frederikssund"
            gap = re.sub(r"[;:]\s*$", "", text[count.end() : ref.start])
            if re.search(r"[.;!?]", gap) or not LIST_OPENER.search(text[count.start() : ref.start]):
                continue
            items = list_at(text, ref.start, hi)
            if len(items) == wanted:
                out.append((count.start(), items))
            break
    return out


COUNTED_NETWORK_BEFORE = 300  # how far before "De syv kommuner er A, B, …" the network it counts may be named


def _counted_network(ctx: Context, networks: list[NetworkRef], starts: list[int], lo: int) -> str | None:
    """The network a counted list names no network for ("… døbt: 'Nordsjællands digitaliseringssamarbejde'.
    De syv kommuner er A, B, …", "… så det i dag tæller de 7 kommuner: A, B, …"): the network named just
    before it, else the subject of a page of no one municipality and no council (its first line)."""
    before = networks[: bisect_left(starts, lo)]
    if before and before[-1].end >= lo - COUNTED_NETWORK_BEFORE:
        return network_id(ctx, before[-1])
    if ctx.meeting.municipality is None and (ctx.meeting.body is None or body_is_network(ctx.meeting)):
        return heading_body(ctx, any_name=True)
    return None


# a new body of a kind as the object of the cue, its name given in the next sentence: "A, B og C kommuner er gået
# sammen i et nyt destinationsselskab, der skal … . Med … bliver Destination NordVestkysten et af landets største
# …", "har stiftet et fælles selskab. Selskabet hedder X", "er gået sammen om at danne en ny forening. X får …"
NEW_BODY = re.compile(
    r"\s+(?:om\s+at\s+(?:stifte|etablere|danne|oprette)\s+)?(?:et|en)\s+(?:(?:nyt?|fælles|tvær[\wæøå]*|"
    r"fælleskommunal[te]?)\s+){1,2}[\wæøå-]*(?:selskab|samarbejde|fællesskab|forening|netværk|partnerskab|"
    r"beredskab|brandvæsen|organisation)\b",
    re.IGNORECASE,
)
NEXT_SENTENCE_REACH = 400
SPACE = re.compile(r"\s*")


def _named_next(
    ctx: Context, networks: list[NetworkRef], starts: list[int], cue_ends: list[int], hi: int
) -> str | None:
    """The network the sentence after a statement names first, when the statement's cue joins a new body of a
    kind it does not name ("er gået sammen i et nyt destinationsselskab")."""
    text = ctx.text
    if not any(NEW_BODY.match(text, e) for e in cue_ends):
        return None
    nxt = SPACE.match(text, hi).end()  # type: ignore[union-attr]
    _, end = sentence_at(text, nxt, nxt, nxt, min(len(text), nxt + NEXT_SENTENCE_REACH))
    following = networks[bisect_left(starts, hi) : bisect_left(starts, end)]
    return network_id(ctx, following[0]) if following else None


# a network only considered or looked into between the statement's cue and its name: "Borgmestrene fra A, B og C
# drøftede mulighederne for et strategisk samarbejde om … X", "undersøger muligheden for at blive en del af X",
# "overvejer at etablere X" (README `memberships`: investigated with no decision is no row)
CONSIDERED = re.compile(
    r"\bmulighed(?:en|erne)?\s+for\b|\bundersøg(?:e|er|te|t|es|elsen?)\b|\bovervej(?:e|er|ede|et|es|elser?)\b",
    re.IGNORECASE,
)


def _only_considered(text: str, first: int, named: list[NetworkRef]) -> bool:
    """Whether the network the statement names after its first cue stands after a word of considering it."""
    after = [n.start for n in named if n.start > first]
    return bool(after) and CONSIDERED.search(text, first, min(after)) is not None


# a relative clause after the statement's last cue: a denial in it is about the members, not the membership
# ("Medlem er desuden Frederikshavn Kommune, der ikke har opland til Limfjorden")
RELATIVE_CLAUSE = re.compile(r",[ \t]+(?:der|som)[ \t]")


def _denied(text: str, lo: int, hi: int, last_cue_end: int) -> bool:
    """Whether the sentence text[lo:hi] denies or ends the membership: a denial before its relative clause."""
    relative = RELATIVE_CLAUSE.search(text, last_cue_end, hi)
    return DENIED.search(text, lo, relative.start() if relative else hi) is not None


def _joinable(text: str, named: list[NetworkRef], cue_end: int, hi: int) -> list[NetworkRef]:
    """The bodies named in a statement that can be what its members joined or set up: not a body named as the owner
    of what is joined ("er med i X' arbejdsgruppe", "deltager i Gate 21s projekt": its sub-bodies and projects are
    no networks, README `memberships`), nor one the members work with, named after the cue ("X etableres af A og B
    i tæt samarbejde med Foreningen Y, Z og W": partners, no network of theirs)."""
    partner = PARTNERS.search(text, cue_end, hi)
    return [
        n for n in named if not GENITIVE_OWNER.match(text, n.end, hi) and (partner is None or n.start < partner.end())
    ]


def add_prose_memberships(ctx: Context) -> None:
    """MEMBER_OF for every membership a sentence of the text states."""
    text = ctx.text
    networks = networks_of(ctx)
    starts = [n.start for n in networks]
    body_network = ctx.body_id is not None and body_is_network(ctx.meeting)
    more = finditer_near(MORE_CUES, text, MORE_CUE_WORDS, CUE_REACH)
    cues = sorted(
        [(m.start(), m.end(), m.lastgroup == "subject") for m in finditer_near(CUES, text, CUE_WORDS, CUE_REACH)]
        + [(m.start(), m.end(), m.lastgroup == "subject") for m in more]
        + [(m.start(), m.end(), False) for m in count_cues(text, 0, len(text))]
    )
    cue_starts = [c[0] for c in cues]
    done: set[tuple[int, int]] = set()
    stated: list[tuple[int, int, str]] = []  # (sentence start, end, network) of each statement, in order
    refs = MunicipalityRefs(text)
    alive: set[str] = set()  # the networks the text does not say were dissolved
    for cue_start, cue_end, _ in cues:
        lo, hi = sentence_at(text, cue_start, cue_end, 0, len(text))
        if (lo, hi) in done:
            continue
        done.add((lo, hi))
        here = cues[bisect_left(cue_starts, lo) : bisect_left(cue_starts, hi)]
        if _denied(text, lo, hi, max(e for _, e, _ in here)):
            continue
        named = networks[bisect_left(starts, lo) : bisect_left(starts, hi)]
        first = min(s for s, _, _ in here)
        members: list[MunicipalityRef] = []
        # people's seats ("Borgmestrene i A, B og C er medlemmer af bestyrelsen for X") are no municipality's,
        # and a list in their sentence names the people's municipalities; another subject cue of the sentence
        # still stands ("A er medlem af X, og borgmesteren er medlem af bestyrelsen for foreningen")
        # a cue whose object is an activity ("deltager i et møde i X", "er med i arbejdet i X") joins no body
        # (or a thing a body owns: "er med i Business Region Aarhus' arbejdsgruppe", "deltager i Gate 21's netværk")
        if any(subject and _not_a_body(text, e, hi) for s, e, subject in here):
            here = [(s, e, subject) for s, e, subject in here if not (subject and _not_a_body(text, e, hi))]
            if not here:
                continue
        joinable = _joinable(text, named, max(e for _, e, _ in here), hi)
        if named and not joinable:
            continue  # every body named is an owner of what is joined or a partner
        named = joinable
        if any(subject and _personal(text, s, e, hi) for s, e, subject in here):
            here = [(s, e, True) for s, e, subject in here if subject and not _personal(text, s, e, hi)]
            if not here:
                continue
        subject_cues = [s for s, _, subject in here if subject]
        list_cues = [s for s, e, subject in here if not subject and not COUNT_CUE.match(text, s, e)]
        object_of: list[NetworkRef] = []  # the network right after the subject cue that names the members
        object_name: str | None = None  # or the name of one no list knows, when all it names stand before the cue
        if subject_cues:
            # the first cue with a subject: "KL har etableret X, hvor A og B allerede er medlemmer"
            for cue in subject_cues:
                members = _members(refs, lo, hi, cue, True, named)
                if GENITIVE_CUE.match(text, cue):
                    members = _genitive_owners(text, members, cue)
                if members:
                    cue_end = next(e for s, e, subject in here if s == cue and subject)
                    object_of = [n for n in named if _right_after(text, cue_end, n.start)]
                    if named and not object_of and all(n.end <= cue for n in named):
                        object_name = unknown_network(text, cue, hi)
                    break
        elif list_cues:
            members += _members(refs, lo, hi, list_cues[0], False, named)
        counted = False
        for _, items in _count_lists(refs, lo, hi):
            members += [r for r in items if r not in members]
            counted = True
        if (subject_cues or list_cues) and len(members) <= 1:
            vertical = vertical_list_after(text, max(s for s, _, _ in here))
            members = vertical if len(vertical) > len(members) else members
        if not members or (len(members) < 2 and all(OWNED.match(text, s, e) for s, e, _ in here)):
            continue  # one owner is a company's, not a network's: "Forsyningen er ejet af Aarhus Kommune"
        named = [n for n in named if not listed_with(text, n, members)]
        # the cue's own object is the network, not one named elsewhere in the sentence ("A har bedt X om bistand,
        # og B er medlem af Y": Y)
        named = object_of[:1] or named
        if _only_considered(text, first, named):
            continue
        if object_name is not None:
            network: str | None = named_network(ctx, object_name)
        else:
            network = network_of(ctx, named, networks, starts, text, lo, hi, first, body_network, stated)
        if network is None and counted:
            network = _counted_network(ctx, networks, starts, lo)
        if network is None and subject_cues:
            network = _named_next(ctx, networks, starts, [e for _, e, subject in here if subject], hi)
        if network is None:
            continue
        if ctx.facts.type_of(network) == "Initiative" and HEDGE.search(text, lo, first):
            continue  # taking part in a programme only considered, wished or proposed (adoption_forms.HEDGE)
        if network not in alive and dissolved(ctx, network):
            continue
        alive.add(network)
        stated.append((lo, hi, network))
        relate(ctx, members, network)
        relate_fellows(ctx, fellow_members(text, members), network)
