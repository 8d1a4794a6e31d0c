"""The cues of a membership stated in prose (``membership_prose`` reads the statements they open): members named
before the cue (its subject: "A er medlem af X", "A og B har dannet X"), a list after it ("X består af A, B og
C", "Medlemmer: A, B"), joining ("melde sig ind i"), a count of the members ("de ni medlemskommuner"), and for
each pass the words its matches cannot do without, so ``vocab.near`` runs it only around them."""

from __future__ import annotations

import re

from graphbuild.parse.dates import DANISH_MONTHS
from graphbuild.vocab.near import Word, asked_of_whole_documents

NUMBERS = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
    "atten": 18, "nitten": 19, "tyve": 20,
}  # fmt: skip
_NUMBER = r"\d{1,2}|" + "|".join(NUMBERS)
# when a municipality joined, between the verb and what it became: "blev i denne uge optaget i", "er netop
# blevet medlem af", "blev pr. 1. januar 2020 optaget i", "blev i november 2020 medlem af", "er nu formelt blevet"
_MONTH = f"(?:{'|'.join(DANISH_MONTHS)})"
WHEN = (
    r"(?:(?:nu|netop|også|allerede|officielt|formelt|endeligt|i\s+dag|i\s+går|i\s+år|i\s+denne\s+(?:uge|måned)|"
    rf"i\s+(?:{_MONTH}\s+)?\d{{4}}|(?:med\s+virkning\s+)?(?:pr\.|per|fra|fra\s+den|den)\s+\d{{1,2}}\.\s*"
    rf"(?:{_MONTH}|\d{{1,2}}\.?)\s*\d{{4}})\s+)*"
)
# how long a membership has stood, between "har" and "været": "siden 2015", "i mange år", "fra starten"
_SINCE = (
    r"(?:(?:siden\s+(?:\d{4}|starten|etableringen|stiftelsen)|fra\s+(?:starten|begyndelsen)|i\s+(?:mange|flere|\d{1,2})\s+år|"
    r"altid|længe|også|allerede)\s+)*"
)
# what a "har sammen med A og B dannet …" cue sets up: "et nyt fælles beredskab", "det fælles beredskabsselskab"
_SET_UP_BODY = (
    r"(?:[\wæøå-]+\s+){0,4}?[\wæøå-]*(?:selskab|fællesskab|samarbejde|beredskab|brandvæsen|netværk|forening)\b"
)
# members named before the cue (its subject)
SUBJECT_CUE = re.compile(
    # (a date between: "A og B Kommuner er fra 1. januar 2024 medlemmer af X", "er pr. 1. maj 2020 med i X")
    rf"\ber\s+{WHEN}(?:nu\s+|også\s+|allerede\s+|blandt\s+andet\s+)*(?:(?:nyt?\s+)?medlem(?:mer|skommuner?)?\b|med\s+i\b)|"
    # a part owner: "er medejer af X", "er interessent i X", "er en af ejerne af X", "er en af de 19 ejerkommuner i X",
    # "ejer sammen med A og B X", "ejer 6 % af X"
    r"\ber\s+(?:nu\s+|også\s+)?(?:(?:med)?ejer(?:e)?\s+af|interessent(?:er)?\s+i)\b|"
    # a standing membership in the perfect: "har været medlem af X siden 2015", "har siden 2007 været med i X",
    # "har i mange år været medlem af X" (an ended one has "tidligere", "indtil": DENIED)
    rf"\bhar\s+{_SINCE}været\s+(?:(?:med)?ejer(?:e)?\s+af|interessent(?:er)?\s+i|medlem(?:mer)?\s+(?:af|i)|med\s+i)\b|"
    r"\ber\s+(?:en|én)\s+af\s+(?:ejerne|interessenterne|medlemmerne|deltagerne)\s+(?:af|i|bag)\b|"
    r"\ber\s+(?:en|én)\s+af\s+de\s+(?:\d{1,2}|[a-zæøå]+)\s+(?:ejer|medlems|deltager)kommuner\s+(?:i|bag)\b|"
    r"\bejer\s+sammen\s+med\b|\bejer\s+\d{1,3}(?:[,.]\d{1,2})?\s*(?:%|pct\.?|procent)\s+af\b|"
    # a municipality's membership or ownership in the genitive: "Lejre Kommunes medlemskab af Gate 21", "Lejres
    # medlemskab af X", "Rebild Kommunes ejerandel i FBS", "Kommunernes ejerskab af X"
    r"(?<=s\s)(?:medlemskab|ejerandel|ejerskab)\s+(?:af|i)\b|"
    # "Kolding Kommune er sammen med Vejle, Fredericia og Middelfart medlem af X"
    r"\ber\s+sammen\s+med\s+(?=(?-i:[A-ZÆØÅ])[^.;:\n]{0,100}?\s(?:nyt?\s+)?medlem(?:mer)?\s+(?:af|i)\b)|"
    # the same fellows between the verb and its object: "Kolding Kommune deltager (indgår) sammen med Vejle og
    # Fredericia Kommuner i X" (the cue runs to "i", so what is joined is read right after it)
    r"\b(?:deltager|indgår|indgik)\s+sammen\s+med\s+(?-i:[A-ZÆØÅ])[^.;:\n]{0,100}?\s(?:[Kk]ommuner?\s+)?i\b|"
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
    rf"\bhar\s+{WHEN}(?:dannet|oprettet|etableret)\s+(?:[\wæøå-]+\s+){{0,3}}?[\wæøå-]*"
    r"(?:selskab|fællesskab|samarbejde|beredskab|brandvæsen|netværk|forening|partnerskab)\b|"
    r"\b(?:stiftede|har\s+(?:[\wæøå]+\s+){0,4}?stiftet)\b|\bsamarbejder\s+i\b|"
    # setting it up in the past tense, a body or a name right after: "A, B og C Kommuner etablerede i 2016 X",
    # "dannede et fælles beredskab, X"; joining in one: "er gået sammen om et fælles beredskab", "… om X"
    rf"\b(?:etablerede|dannede|oprettede)\s+{WHEN}(?=(?-i:[A-ZÆØÅ])|{_SET_UP_BODY})|"
    rf"\b(?:er\s+gået|gik|går)\s+sammen\s+om\s+(?=(?-i:[A-ZÆØÅ])|{_SET_UP_BODY})|"
    # the owners as the plural subject: "A, B og C Kommuner ejer X", "Kommunerne ejer selskabet"
    r"(?:(?<=ommuner\s)|(?<=ommunerne\s))ejer\s+(?=(?-i:[A-ZÆØÅ])|(?:selskabet|fællesskabet|interessentskabet)\b)|"
    # the councils' decision to set it up: "Byrådene i A, B og C kommuner har (på deres møder i december endeligt)
    # godkendt dannelsen af X", "Kommunalbestyrelserne i A og B godkendte etableringen af X"
    r"\b(?:godkendte|vedtog|har\s+(?:[\wæøå]+\s+){0,6}?(?:godkendt|vedtaget))\s+"
    r"(?:den\s+endelige\s+)?(?:dannelsen|etableringen|oprettelsen|stiftelsen)\s+af\b|"
    # one of a network's municipalities by the others: "Viborg har sammen med de 11 øvrige kommuner i Business
    # Region Aarhus søgt om …", "sammen med de andre medlemskommuner i X"
    r"\bsammen\s+med\s+de\s+(?:\d{1,2}\s+|[a-zæøå]+\s+)?(?:øvrige|andre)\s+(?:medlems|ejer|deltager|interessent)?kommuner\s+i\b|"
    # "A, B og C Kommuner har (haft) ét fælles beredskab": what they share they are members of
    r"\b(?:har|haft|fik|får|fået)\s+(?:hjælp\s+(?:af|fra)\s+)?(?:et|ét|en|én)\s+(?:fælles|samlet)\s+[\wæøå-]*"
    r"(?:beredskab|brandvæsen|selskab|fællesskab|samarbejde|sekretariat|forsyning|netværk|råd)\b|"
    # "etableret i 2015 med Greve, …, og Stevns kommuner som ejere", "… Kommuner som deltagere"
    r"\bsom\s+(?:ejere|deltagere|medlemmer|interessenter|(?:ejer|medlems|deltager)kommuner)\b|"
    # "A, B og C Kommuner står bag X", "… ejer i fællesskab X", "… indgår i samarbejdet X": the network
    # right after the cue, not any network of the sentence ("Aalborg Kommune indgår i dialog med X")
    r"\b(?:står\s+bag|ejer\s+(?:i\s+fællesskab|sammen|tilsammen)|(?:indgår|indgik)\s+i"
    r"(?:\s+(?:samarbejdet|fællesskabet|netværket|partnerskabet))?)\s+(?=(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
# membership entered or taken out: "har indgået medlemskab med X", "har tegnet et medlemskab af X"
MEMBERSHIP_TAKEN = rf"(?:indgået|tegnet|indgik|tegnede|indgår|tegner)\s+{WHEN}(?:et\s+)?medlemskab\s+(?:af|i|med|hos)"
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
    r"(?:(?<=ommune\s)|(?<=ommunen\s))ind\s+i\b|"
    rf"\b{MEMBERSHIP_TAKEN}\b",
    re.IGNORECASE,
)
# a body made of people, not of municipalities: "Kulturgruppen består af 12 medlemmer, der repræsenterer
# kommunerne A, B og C", "består af byrådsmedlemmer fra de deltagende kommuner", "består af borgmestrene i A, B
# og C" (the seats' municipalities)
_NOT_PEOPLE = (
    rf"(?!\s+(?:de\s+)?(?:(?:{_NUMBER})\s+)?(?:[\wæøå]+\s+)?(?:medlemmer|personer|repræsentanter|politikere|"
    r"byrådsmedlemmer|kommunalbestyrelsesmedlemmer|borgmestre|udvalgsformænd|embedsmænd|direktører|chefer)(?:ne)?\b)"
)
# what a joint body "for" or "mellem" its municipalities is, by its noun: "den fælles Beredskabskommission for A og B",
# "et fælleskommunalt beredskab for A, B og C" (never "en fælles strategi for", "et tværkommunalt projekt for")
_BODY_NOUN = (
    r"(?:kommission|beredskab|brandvæsen|råd|nævn|selskab|sekretariat|fællesskab|forening|netværk|samarbejde|"
    r"forsyning|organisation|interessentskab|forum|enhed)(?:et|en)?"
)
# owned by the ones named after it: "ejet af", "ejes af", a compound of the participle ("samejet af", "medejes af")
# and owning together between ("ejes i fællesskab af", "er ejet i fællesskab af")
OWNED_BY = r"(?:sam|med)?(?:ejet|ejes)\s+(?:i\s+fællesskab\s+|tilsammen\s+)?af\b"
# what the subject after the verb is or becomes: a member, a part owner, a participant ("medlem af", "med i",
# "medejer af", "interessent i"), the subject's name first and what stands between it and the noun lazily after
# (never a name in the genitive before what it has, "blev Ærø Kommunes borgmester medlem af X" (a person's seat), nor
# a hedge, "bliver Ærø Kommune måske medlem af X")
_GENITIVE_OWNER = r"(?-i:[A-ZÆØÅ])[\wæøå-]*s\s+(?!kommun|og\b|samt\b)(?-i:[a-zæøå])"
_HEDGED = r"\b(?:måske|muligvis|eventuelt|evt\.|formentlig|sandsynligvis)(?![\wæøå])"
_AFTER_VERB = (
    rf"(?!{_GENITIVE_OWNER})(?-i:[A-ZÆØÅ])(?:(?!{_GENITIVE_OWNER}|{_HEDGED})[^.;:\n]){{0,80}}?\s"
    r"(?:nu\s+|også\s+|allerede\s+)*"
)
_HELD = r"(?:(?:nyt?\s+)?medlem(?:mer)?\s+(?:af|i)|med\s+i|medejer(?:e)?\s+af|ejere\s+af|interessent(?:er)?\s+i)\b"
# a body whose members the words after it name: an association "med" its members, a members' organisation "for" them
MEMBERS_BODY = r"(?:forening\s+med|medlems(?:organisation|forening)\s+(?:for|med))"
# members listed after it
LIST_CUE = re.compile(
    r"\b(?:medlems|deltager|ejer)kommuner(?:ne)?\b|\bmedlemmer(?:ne)?\s+(?:af|i)\b|"
    # "Kommunerne i X er …", never a place's: "kommunerne i Region Syddanmark", "i hele landet"
    r"\bkommunerne\s+(?:i|bag)\b(?!\s+(?:Region|regionen|Danmark|hele|landet)\b)|"
    # "Ejerne af X er A, B og C", "Interessenterne i X er …"
    r"\b(?:ejerne|interessenterne|deltagerne)\s+(?:af|i|bag)\b|"
    rf"\b(?:består|bestod|bestående|bestå)\s+af\b{_NOT_PEOPLE}|\b(?:blev\s+|er\s+)?(?:stiftet|etableret|oprettet|dannet)\s+(?:i\s+\d{{4}}\s+)?af\b|"
    # "X er et fælleskommunalt beredskab for A, B og C Kommuner"
    rf"\b(?:fælles|tvær)kommunal[te]?\s+[\wæøå-]*{_BODY_NOUN}\s+(?:for|mellem)\s+(?=(?:kommunerne\s+)?(?-i:[A-ZÆØÅ]))|"
    # a body that comprises its municipalities, never an area that covers them ("Xs område omfatter A og B")
    r"(?<!område\s)(?<!området\s)(?<!opland\s)(?<!oplandet\s)\bomfatter\s+(?=kommunerne|de\s+\w+\s+kommuner|(?-i:[A-ZÆØÅ]))|"
    # also as a compound's head: "et beredskabssamarbejde mellem A og B", "et nyt turismesamarbejde mellem …"
    r"samarbejdet?\s+mellem\b|"
    r"\bdeltagende\s+kommuner\b|\binteressent(?:er|erne|kommuner(?:ne)?)?\b|"
    # a § 60 fællesskab's vedtægter: "Deltagere i fællesskabet er …", "Interessentskabets deltagere er …"
    r"\bdeltagere\s+i\s+(?:fællesskabet|interessentskabet|samarbejdet|selskabet|foreningen|netværket)\b|"
    # (the word's letters read once: "ets"/"ens" can only end the word, a blank follows them)
    r"\b[\wæøå]++(?<=[\wæøå]ets|[\wæøå]ens)\s+(?:deltagere|interessenter|medlemmer|ejere)\s+er\b|"
    # (also a compound of the participle and owning together: "samejet af", "medejes af", "ejes i fællesskab af")
    rf"\b(?:er\s+)?{OWNED_BY}|\b(?:fællesskab|selskab|partnerskab|interessentskab)(?:et)?\s+mellem\b|"
    # the subject after the verb (a sentence that opens with an adverb): "Nu er Vesthimmerlands Kommune også
    # medlem af X", "Dermed er A og B Kommuner medlemmer af X"; the same order with becoming one or having been one,
    # with a part owner's or a participant's noun ("I 2018 blev X Kommune medlem af Y", "Herudover har X Kommune
    # siden 2012 været medejer af Y", "Fra nytår er X Kommune med i Y")
    rf"\b(?:er(?=\s+{_AFTER_VERB}(?:blevet\s+)?{_HELD})|(?:blev|bliver)(?=\s+{_AFTER_VERB}{_HELD})|"
    # (never one that ended: "Tidligere har X Kommune været medlem af Y")
    rf"(?<!tidligere\s)har(?=\s+{_AFTER_VERB}været\s+{_HELD}))\s+|"
    # a body of members named with its municipalities: "X etableres som en forening med A, B, C og D kommuner", "X er
    # en medlemsorganisation for A, B og C" (never "et samarbejde med", "et selskab for": a partner, a service)
    # (a list of them, never one: "en forening med Aalborg Kommune som hjemsted")
    rf"\b(?:en|et)\s+(?:(?:ny|nyt|fælles)\s+)?{MEMBERS_BODY}\s+"
    r"(?=de\s+[\wæøå]+\s+kommuner\b|(?-i:[A-ZÆØÅ])[^.;:\n]{0,60}?(?:,|\sog\s))|"
    # "ledet af de syv borgmestre i Kolding, Vejle, … og Haderslev kommuner" (counted: not "Borgmestrene i A og B")
    r"\bde\s+(?:\d{1,2}|[a-zæøå]+)\s+borgmestre\s+(?:i|fra)\b|"
    # "den fælles Beredskabskommission for Viborg og Silkeborg kommuner"
    rf"\bfælles\s+(?:[\wæøå§-]+\s+)?[\wæøå§-]*{_BODY_NOUN}\s+(?:for|mellem)\s+(?=(?:kommunerne\s+)?(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
# a network only with two owners or more ("Ballerup Kommune har etableret et selskab, X" is its company, as is one
# "etableret af Ballerup Kommune")
OWNED = re.compile(
    rf"(?:er\s+)?{OWNED_BY}|(?:blev\s+|er\s+)?(?:stiftet|etableret|oprettet|dannet)\s+(?:i\s+\d{{4}}\s+)?af\b|har\s+{WHEN}(?:dannet|oprettet|etableret)\b|(?:etablerede|dannede|oprettede)\s|"
    r"ejer\s+(?:selskabet|fællesskabet|interessentskabet|(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
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
    ("medlemskab", re.compile(r"medlemskab\s+(?:af|i|med|hos)\b", re.IGNORECASE)),  # "har indgået medlemskab med"
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
asked_of_whole_documents(MORE_CUE_WORDS)  # over the whole text: read from the document's one pass
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
    ("sammen", re.compile(r"sammen\s+(?:om|i|og|med\s+de)\b|sammen\s+med\s+(?-i:[A-ZÆØÅ])", re.IGNORECASE)),
    "etablerede", "dannede", "oprettede",
    ("har", re.compile(r"har\s+(?:dannet|oprettet|etableret)\b", re.IGNORECASE)),
    "ejere", "stifte", "bestå", "bestod",
    ("været", re.compile(r"været\s+(?:(?:med)?ejer|interessent|medlem|med\s+i\b)", re.IGNORECASE)),
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
    ("forening", re.compile(r"forening\s+med\b", re.IGNORECASE)),  # "en forening med A, B og C"
    "mellem", "borgmestre",
    ("fælles", re.compile(
        r"(?:(?<=[tn]\s)|(?<=\s\s))fælles|fælles\s+(?:[\wæøå§-]+\s+){0,2}?(?:for|mellem)\b", re.IGNORECASE
    )),
    # "har fået hjælp af et samlet beredskab": what the members share, as "et fælles beredskab"
    ("samlet", re.compile(r"(?:(?<=[tn]\s)|(?<=\s\s))samlet\s", re.IGNORECASE)),
    ("som", re.compile(r"som\s+(?:ejer|deltager|medlem|interessent)", re.IGNORECASE)),
    ("står", re.compile(r"står\s+bag\b", re.IGNORECASE)),
    ("ejer", re.compile(
        r"ejer\s+(?:i\s+fællesskab|sammen|tilsammen|\d|selskabet|fællesskabet|interessentskabet|(?-i:[A-ZÆØÅ]))",
        re.IGNORECASE,
    )),
    "medejer", "ejerandel", "ejerskab",
    ("en af", re.compile(r"en\s+af\s+(?:ejerne|interessenterne|medlemmerne|deltagerne|de\s)", re.IGNORECASE)),
    ("indg", re.compile(r"indg(?:år|ik)\s+i\b", re.IGNORECASE)),
)  # fmt: skip
asked_of_whole_documents(CUE_WORDS)  # over the whole text: read from the document's one pass
MORE_CUES = re.compile(rf"(?P<subject>{JOIN_CUE.pattern})|(?P<list>{LABELLED_LIST_CUE.pattern})", re.IGNORECASE)
