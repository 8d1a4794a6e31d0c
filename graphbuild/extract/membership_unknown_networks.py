"""The name a membership statement gives a network no list knows, read by ``membership_networks`` and
``membership_prose_members``: the name before the cue ("Trekantområdet består af kommunerne …", "X er et
tværkommunalt samarbejde mellem"), after it ("Medlemskommunerne i Movia er …", "… gået sammen om at stifte
Vestdata", "er medejer af X"), or in the genitive before its members ("Öresundskomiteens medlemmer er: …");
a name may end in its own number ("Gate 21"); a heading run into its sentence on a flattened page ("Ejerstrategi for
TrekantBrand TrekantBrand ejes af …") gives the name it repeats; never a municipality, a back reference or a body's
own word ("Kommissionen består af …"), nor a name after the cue in the genitive before what the body owns ("indtræder i
Movias bestyrelse", "står bag Xs projekt")."""

from __future__ import annotations

import re

from graphbuild.extract.membership_cues import MEMBERS_BODY, MEMBERSHIP_TAKEN, OWNED_BY
from graphbuild.extract.membership_municipalities import list_at
from graphbuild.extract.membership_network_forms import (
    BACK_REFERENCE,
    NOT_NETWORK_NAMES,
    TRAILING_OG_OR_FOR,
    place_genitive,
)
from graphbuild.vocab.bodies import NETWORK_NOUNS, RESCUE_SERVICE_NOUNS, noun_pattern
from graphbuild.vocab.municipality_names import municipality_named

# what a statement says its network is ("er et tværkommunalt samarbejde mellem", "X, et fælleskommunalt selskab ejet
# af"): a network's noun or a partnership of owners, an interessentskab
KIND_NOUNS = noun_pattern((*NETWORK_NOUNS, "interessentskab"))
# the body set up before its name ("stiftet deres eget nye selskab, X", "oprette et fælles beredskab: X"): a company,
# a community, a collaboration or a rescue service (the four this cue has always read: the other nouns left out by
# name)
SET_UP_NOUNS = noun_pattern(
    (*NETWORK_NOUNS, *RESCUE_SERVICE_NOUNS),
    without=("partnerskab", "netværk", "organisation", "forening", "brandvæsen"),
)
# a network no list knows, named where the statement puts it: "Trekantområdet består af kommunerne …",
# "Medlemskommunerne i Movia er …", "… gået sammen om at stifte Vestdata"
# a name's words may end in a number of its own: "Gate 21", "Projekt 2030" (never a date: "21. marts")
# a sentence a PDF wrapped breaks a line between a name's words or before its verb: one line break is a space
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# a company's form ends its name: "er medejer af HOFOR Vand Holding A/S og HOFOR Spildevand Holding A/S" names "HOFOR
# Vand Holding A/S" first, never "HOFOR Vand Holding A/S og HOFOR" (a form opening a name, "I/S Hedeland", opens it)
_NAME = (
    rf"(?:(?:I/S|A/S){_GAP}(?=[A-ZÆØÅÖÄ]))?(?:[A-ZÆØÅÖÄ][\wæøåöä&/-]*|I/S|A/S)"
    rf"(?:(?<!/S)(?<!ApS){_GAP}"
    r"(?:[A-ZÆØÅÖÄ][\wæøåöä&/-]*|og|for|I/S|A/S|\d{1,4}(?!\d)(?![.,]\d)(?!\.\s*[a-zæøå]))){0,5}"
)
# a count or "nuværende"/"nye" between the genitive and its members' noun: "Destination Sønderjyllands tre
# ejerkommuner er …", "Xs nuværende ejere er …" (network_forms.GENITIVE_HEAD names the body so)
_HOLDERS_COUNT = rf"(?:(?:\d{{1,2}}|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|nuværende|nye){_GAP})"
# the network in the genitive before its members: "Öresundskomiteens medlemmer er: …", "Movias ejere er …"
NAME_OF_MEMBERS = re.compile(
    rf"(?<![\w-])({_NAME}?)(?:s|['’]){_GAP}{_HOLDERS_COUNT}?(?:medlemmer|deltagere|interessenter|ejere|ejerkommuner|medlemskommuner|"
    rf"deltagerkommuner){_GAP}(?:er|var|består\s+af)\b"
)
NAME_BEFORE_CUE = re.compile(
    rf"({_NAME}){_GAP}(?:består\s+af|bestod\s+af|blev\s+stiftet|er\s+stiftet|dækker|omfatter|er\s+et\s+samarbejde|"
    # the definite, "X er samarbejdet mellem A, B og C kommuner"
    r"er\s+samarbejdet\s+mellem|"
    # "X er etableret af A, B og C", "X blev oprettet i 2016 af …"
    r"(?:blev|er)\s+(?:etableret|oprettet|dannet)\s+(?:i\s+\d{4}\s+)?af|"
    # (a compound of the participle, owning together: "er samejet af", "ejes i fællesskab af": cues.OWNED_BY)
    rf"er\s+{OWNED_BY}|(?:sam|med)?ejes\s+(?:i\s+fællesskab\s+|tilsammen\s+)?af|"
    # "Gate 21 har følgende medlemskommuner: …", "X har i dag 20 medlemmer: …", "X har tre ejerkommuner, A, B og C"
    r"har\s+(?:(?:i\s+dag|nu|pt\.|p\.t\.)\s+)?(?:følgende\s+|\d{1,2}\s+|[a-zæøå]+\s+)?"
    r"(?:medlemmer|ejere|deltagere|interessenter|(?:medlems|ejer|deltager|interessent)kommuner)|"
    # "AffaldPlus er et fælleskommunalt affaldsselskab, der ejes af …", "X er et tværkommunalt samarbejde mellem"
    rf"er\s+(?:et|en)\s+(?:[\wæøå§-]+\s+){{0,3}}?[\wæøå-]*(?:{KIND_NOUNS})"
    r"(?:\s+mellem|\s+bestående\s+af|,?\s+(?:der|som)\s+(?:ejes\s+af|er\s+ejet\s+af|består\s+af|dækker|omfatter)))\b"
)
# the name of a body of members said to be one, its members after it: "X er en medlemsorganisation for A, B og C", "X,
# der er en medlemsorganisation for …", "X etableres som en forening med A, B og C kommuner" (cues.MEMBERS_BODY)
NAME_OF_MEMBERS_BODY = re.compile(
    rf"({_NAME})(?:,{_GAP}(?:der|som))?{_GAP}(?:er|etableres{_GAP}som|blev{_GAP}etableret{_GAP}som){_GAP}(?:en|et){_GAP}"
    rf"(?:(?:ny|nyt|fælles){_GAP})?{MEMBERS_BODY}"
)
# the name before an apposition that says what it is: "X – et samarbejde mellem A, B og C –", "X, et fælleskommunalt
# selskab ejet af …"
NAME_IN_APPOSITION = re.compile(
    rf"({_NAME})(?:{_GAP}[–—-]|,){_GAP}(?:et|en)\s+(?:[\wæøå§-]+\s+){{0,3}}?[\wæøå-]*(?:{KIND_NOUNS})"
    r"(?:\s+mellem|\s+bestående\s+af|,?\s+(?:der|som)\s+"
    r"(?:ejes\s+af|er\s+ejet\s+af|består\s+af|omfatter)|\s+ejet\s+af)\b"
)
NAME_AFTER_CUE = re.compile(
    r"(?i:(?:medlems|deltager|ejer)kommuner(?:ne)?\s+i|kommunerne\s+(?:i|bag)|medlemmer(?:ne)?\s+(?:af|i)|"
    r"om\s+at\s+(?:stifte|etablere|danne)|samarbejder\s+i|er\s+(?:nu\s+|også\s+)?(?:nyt?\s+)?medlem(?:mer)?\s+af|er\s+med\s+i|"
    # "Frederikssund Kommune deltager i Nationalpark Skjoldungernes Land sammen med …", "… medlem af X"
    r"(?:er\s+)?deltager(?:kommune)?\s+i|(?:deltager|indgår|indgik)\s+sammen\s+med\s+[^.;:\n]{0,100}?\s(?:[Kk]ommuner?\s+)?i|(?<=\s)(?:nyt?\s+)?medlem(?:mer)?\s+af|(?<=s\s)(?:medlemskab|ejerandel|ejerskab)\s+(?:af|i)|"
    # a part owner: "er medejer af X", "er interessent i X", "en af ejerne af X", "ejer 6 % af X"
    r"været\s+(?:med\s+i|interessent(?:er)?\s+i|ejer(?:e)?\s+af)|"
    r"(?:(?<=er\s)ejer(?:e)?|medejer(?:e)?)\s+af|er\s+interessent(?:er)?\s+i|(?:ejerne|interessenterne|deltagerne)\s+(?:af|i|bag)|en\s+af\s+(?:ejerne|interessenterne|medlemmerne|deltagerne)\s+(?:af|i|bag)|"
    r"ejer\s+\d{1,3}(?:[,.]\d{1,2})?\s*(?:%|pct\.?|procent)\s+af|"
    # "Nu er Vesthimmerlands Kommune også medlem af X"
    r"(?:(?<=ommune\s)|(?<=ommuner\s))(?:nu\s+|også\s+|allerede\s+)*(?:nyt?\s+)?medlem(?:mer)?\s+(?:af|i)|"
    r"(?:er\s+(?:nu\s+)?blevet|blive|bliver|blev)\s+(?:nu\s+)?"
    r"(?:(?:nyt\s+)?medlem(?:mer)?\s+(?:af|i)|(?:en\s+)?del\s+af)|"
    # "… gå sammen og oprette det kommunalt ejede affaldsselskab, X", "har dannet deres eget nye selskab, X"
    r"(?:stifte|etablere|danne|oprette|stiftet|etableret|dannet|oprettet|stiftede|etablerede|dannede|oprettede)\s+"
    r"(?:[\wæøå-]+\s+){0,4}?"
    rf"[\wæøå-]*(?:{SET_UP_NOUNS})\s*[,:]|"
    r"(?:indtræder|indtrådte|er\s+indtrådt)\s+(?:(?:fra|pr\.|per|med)\s+(?:[\wæøå.]+\s+){1,3}?)?"
    r"(?:som\s+medlem\s+)?(?:af|i)|"
    r"optaget\s+(?:som\s+(?:nyt?\s+)?(?:medlem|interessent|ejer|medejer|deltager)\s+)?(?:af|i)|"
    rf"{MEMBERSHIP_TAKEN}|"  # "har indgået medlemskab med X", "tegnede et medlemskab af X"
    r"sammen\s+med\s+de\s+(?:\d{1,2}\s+|[a-zæøå]+\s+)?(?:øvrige|andre)\s+(?:medlems|ejer|deltager|interessent)?kommuner\s+i|"
    rf"(?:melde|meldt|melder|meldte)\s+sig\s+ind\s+i|(?:(?<=ommune\s)|(?<=ommunen\s))ind\s+i|(?:træde|træder|trådte)\s+ind\s+i|"
    # "A, B og C Kommuner står bag X", "… ejer i fællesskab X", "… indgår i (samarbejdet) X"
    r"står\s+bag|ejer\s+(?:i\s+fællesskab|sammen|tilsammen)|(?:(?<=ommuner\s)|(?<=ommunerne\s))ejer|"
    r"(?:etablerede|dannede|oprettede|stiftede)(?:\s+i\s+\d{4})?|gået\s+sammen\s+om|"
    # "A, B og C Kommuner har (i fællesskab) stiftet X", "… har sammen etableret X"
    r"har\s+(?:(?:i\s+fællesskab|sammen|nu|netop|allerede)\s+)?(?:stiftet|etableret|dannet|oprettet)|"
    r"(?:indgår|indgik)\s+i(?:\s+(?:samarbejdet|fællesskabet|netværket|partnerskabet))?|"
    # "Samarbejdet i Trekantområdet er politisk ledet af de syv borgmestre i …": the network it names
    rf"(?<![\w-])(?:samarbejdet|netværket|partnerskabet|fællesskabet)\s+i)\s+"
    # the body's kind word before its name: "medlem af foreningen Gate 21", "deltager i netværket X"
    rf"(?:(?i:foreningen|netværket|selskabet|samarbejdet|fællesskabet|interessentskabet|organisationen)\s+)?({_NAME})"
)


# a body's own word, no name: "Kommissionen består af …" is the body the document is about
BODY_WORD = re.compile(r"(?i:kommissionen|beredskabskommissionen|repræsentantskabet|rådet|forummet)")


# a name in the genitive before a lower-case word is what the body owns or does, not the body: "står bag Xs projekt",
# "er medlem af Xs bestyrelse", "indgår i Xs arbejde" (a word that may follow a name ending in s, "Sygehus og",
# "Movias, som", is no noun it owns)
OWNED_AFTER = re.compile(
    r"[ \t]+(?!(?:og|eller|samt|som|der|hvor|i|på|til|fra|for|med|om|siden|pr|per|efter|under|ved|"
    r"er|var|har|havde|blev|bliver|at|men|mens|da|fordi|idet|hvilket|hvis)\b)(?-i:[a-zæøå])"
)
# a genitive's ending: a lower-case s after a letter or a number ("Xforeningens", "Movias", "Gate 21s") or an apostrophe
# ("Fynbus'"), never a name's own s ("Psykiatriens Hus", "Campus", "Business", "Kronos")
_GENITIVE_END = re.compile(r"(?:[a-hj-nprtv-xzæøå0-9]s|['’])$")


def _owned_by(text: str, name_end: int, name: str) -> bool:
    """Whether a name read after a cue is in the genitive before what its body owns ("Xs projekt")."""
    return _GENITIVE_END.search(name) is not None and OWNED_AFTER.match(text, name_end) is not None


LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
LINE_INDENT = 40  # how far a line's indent may reach before its first word


def _within_sentence(text: str, start: int, name: str) -> str:
    """A name read across a line break, without the line it opens when that line is a heading of its own (the
    name starts the line: "Ejerforhold\nVEKS ejes af …" names VEKS; "… oplyser. Business\nRegion X består af"
    names Business Region X)."""
    # (the line may be indented: "  Sagsfremstilling\nForeningen består af …")
    if "\n" not in name:
        return name
    tail = name[name.rindex("\n") + 1 :]
    # a line that opens with a reference back is no name's tail, whatever the line before it: a statute's section
    # heading "§ 3 Medlemskreds\nForeningens medlemmer er …" names no "Medlemskreds Foreningen"
    if not LINE_START.search(text, max(0, start - LINE_INDENT), start) and not BACK_REFERENCE.fullmatch(tail.strip()):
        return name
    return tail


# a heading that ends in the body's name run into the sentence that opens with it again, as a PDF-to-text step that puts
# a page on one line prints it: "Ejerstrategi for TrekantBrand TrekantBrand ejes af …" ("Om Fynbus Fynbus ejes af …")
REPEATED_TAIL = re.compile(r"(?<![\w&/-])(?P<name>[A-ZÆØÅÖÄ][\w&/-]*(?: [\w&/-]+){0,2}) (?P=name)$")


def _heading_run_in(name: str) -> str:
    """A name read across a heading run into its sentence, without the heading: its repeated tail's second copy."""
    repeated = REPEATED_TAIL.search(name)
    return repeated.group("name") if repeated is not None else name


def _members_list(name: str) -> bool:
    """Whether the words read as a name are the tail of the members' own list: "(A,) B og C Kommuner" before "har som
    ejere" is no network."""
    items = list_at(name, 0, len(name))
    return len(items) >= 2 and items[-1].end == len(name)


def unknown_network(text: str, lo: int, hi: int) -> str | None:
    """The name a statement gives its network when no list knows it; never a municipality, a region,
    a council or a back reference ("Netværket består af …")."""
    for pattern in (NAME_BEFORE_CUE, NAME_IN_APPOSITION, NAME_AFTER_CUE, NAME_OF_MEMBERS, NAME_OF_MEMBERS_BODY):
        match = pattern.search(text, lo, hi)
        if match is None:
            continue
        name = " ".join(_within_sentence(text, match.start(1), match.group(1)).split())
        name = _heading_run_in(TRAILING_OG_OR_FOR.sub("", name))
        if (
            NOT_NETWORK_NAMES.match(name)
            or BACK_REFERENCE.fullmatch(name)
            or BODY_WORD.fullmatch(name)
            or municipality_named(name) is not None
            or place_genitive(name)
            or _members_list(name)
            or (pattern is NAME_AFTER_CUE and _owned_by(text, match.end(1), name))
        ):
            continue
        return name
    return None
