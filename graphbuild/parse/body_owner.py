"""The organisation a meeting's bare-kind body belongs to, as the header names the two together: a body the header
reads only by its kind ("Bestyrelse", "Generalforsamling") whose heading ties the kind word to its owner,
"Åben dagsorden til mødet i Bestyrelsen for Midttrafik", "Referat af generalforsamling i Idrætssamvirket",
"EKSTRAORDINÆRT BESTYRELSESMØDE I GRUNDEJERFORENINGEN SEJER STRANDE", "FynBus Bestyrelse. Referat.",
"Referat. 11. april Bestyrelse Væksthus Hovedstadsregionen": the body named in full, "Bestyrelsen for Midttrafik",
"FynBus Bestyrelse". Read once by the parse stage into `Meeting.body_in_full`; extract holds the roles of the
meeting's body there. Never an owner that is a municipality or a region (a council is its municipality's own), a
venue ("bestyrelsesmøde i Samsø Idrætshal"), a day or a field's label, nor a kind word that is not the body's."""

from __future__ import annotations

import re

from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.person_names import listed_first_name

_REACH = 1500  # the heading stands within the header's first characters
_LINE_OPENING = 80  # a heading's kind word stands within its line's first characters

# the body's kind (its bare name, indefinite) and the words of the text that name it or its meeting
_KINDS = {
    "bestyrelse": ("Bestyrelsen", r"bestyrelse(?:n|s|smødet?|smøde)?"),
    "generalforsamling": ("Generalforsamlingen", r"generalforsamling(?:en)?"),
    "repræsentantskab": ("Repræsentantskabet", r"repræsentantskab(?:et|smødet?)?"),
    "styregruppe": ("Styregruppen", r"styregruppe(?:n|mødet?)?"),
}
_BARE_BODY = re.compile(r"(?i)(bestyrelse|generalforsamling|repræsentantskab|styregruppe)(?:n|en|et)?")

# an owner's word: capitalised ("Midttrafik", "AVV-Affaldsselskabet", "I/S"), its quotation mark kept out
_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ&/'’.-]*(?<![.])"
# an owner: capitalised words, a small word between two ("Lokallisterne i Danmark", "Foreningen for Kommunal- og
# Forvaltningsret i Danmark"); in quotation marks or not
_OWNER = rf"[”“\"]?(?P<owner>{_WORD}(?:\s(?:(?:i|og|for|af|&)\s)?{_WORD}){{0,6}})[”“\"]?"
# an owner named right before its body's word: capitalised words only ("FynBus Bestyrelse"; "Forretningsorden for
# KL's bestyrelse" is a title naming a document, no owner)
_OWNER_BEFORE = rf"(?P<owner>{_WORD}(?:[ \t]{_WORD}){{0,3}})"
# words that end an owner's run: a day, a month, a field's label, the kind of record, a verdict
_STOP_WORDS = frozenset(
    {
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "januar", "februar", "marts",
        "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december", "dato", "tid",
        "sted", "mødedato", "mødetid", "mødested", "referat", "dagsorden", "godkendt", "deltagere", "møde", "mødet",
        "kl", "den", "d", "åben", "lukket", "mødeforum", "forum", "af", "fra", "til",
        "beslutningsreferat", "mødereferat", "j.nr", "nr",
    }
)  # fmt: skip
# the last word of a venue, where a meeting is held, no owner: "Samsø Idrætshal", "Kantinen", "Kulturhuset"
_VENUE = re.compile(r"(?i)(?:hus|huset|hal|hallen|sal|salen|lokale|lokalet|kantine|kantinen|cent(?:er|ret|eret))$")
_NOT_OWNER = re.compile(r"(?i)\b(?:kommunes?|region|regionen|regionsrådet?)\b")


def _forms(kind: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _KINDS[kind][1]
    # "Bestyrelsen for Midttrafik", "bestyrelsesmøde i Grundejerforeningen Sejer Strande"
    linked = re.compile(rf"(?i:\b{words})\s+(?P<link>(?i:for|i))\s+{_OWNER}")
    # "FynBus Bestyrelse", "DAGSORDEN FYNBUS BESTYRELSE": the owner opening the line, the board's word after it
    before = re.compile(
        rf"(?m)^[\s\d.•*#-]*(?:(?i:referat|dagsorden)[\s.:,-]+)?{_OWNER_BEFORE}"
        rf"[ \t]+(?P<noun>(?i:{kind}(?:n|en|et)?))\b"
        r"(?=[ \t]*$|[ \t]*[.:,–-]|[ \t]+[A-ZÆØÅ\d])"
    )
    # "Bestyrelse Væksthus Hovedstadsregionen" ending its line
    after = re.compile(rf"(?m)(?P<noun>\b{kind.capitalize()}(?:n|en|et)?)\s+{_OWNER}[ \t]*$")
    return linked, before, after


_PATTERNS = {kind: _forms(kind) for kind in _KINDS}


def clean_owner(owner: str, *, whole: bool, recase: bool = True) -> str | None:
    """The owner's words up to the first that ends a run (a day, a label; with `whole`, such a word gives none), in
    the case a heading prints (a word in capitals of five letters or more written as a name is,
    "GRUNDEJERFORENINGEN" as "Grundejerforeningen"); none for a municipality, a region, a venue or a person."""
    words: list[str] = []
    for word in owner.split():
        if word.lower().strip(".:") in _STOP_WORDS or any(ch.isdigit() for ch in word):
            if whole:
                return None
            break
        words.append(word)
    while words and words[-1] in ("i", "og", "for", "af", "&"):
        words.pop()
    if not words:
        return None
    name = " ".join(w.capitalize() if recase and w.isupper() and len(w) >= 5 else w for w in words)
    if _NOT_OWNER.search(name) or _VENUE.search(words[-1]) or municipality_named(name) is not None:
        return None
    if listed_first_name(words[0]) and len(words) > 1:
        return None  # "Bestyrelse Jens Hansen": a member, no owner
    if len(words) == 1 and words[0].lower() in ("bestyrelsen", "foreningen", "selskabet", "udvalget"):
        return None
    return name


def body_in_full(header_text: str, body: str | None) -> str | None:
    """The meeting's body named with its owner when the header reads it by its bare kind ("Bestyrelse") and a
    heading in the header's first characters ties that kind's word to an owner: "Bestyrelsen for Midttrafik",
    "Generalforsamlingen i Idrætssamvirket", "FynBus Bestyrelse"; else None."""
    bare = _BARE_BODY.fullmatch((body or "").strip())
    if bare is None:
        return None
    kind = bare.group(1).lower()
    head = header_text[:_REACH]
    if kind not in head.lower() and kind not in head.lower().replace("ø", "o"):
        return None
    definite, _ = _KINDS[kind]
    linked, before, after = _PATTERNS[kind]
    found = [(m.start(), "linked", m) for m in linked.finditer(head)]
    found += [(m.start(), "before", m) for m in before.finditer(head)]
    found += [(m.start(), "after", m) for m in after.finditer(head)]
    # a kind word linked to its owner first ("Mødeforum Styregruppen for Rammeaftale Sjælland"), then by position
    for start, form, match in sorted(found, key=lambda f: (f[1] != "linked", f[0])):
        line_start = head.rfind("\n", 0, start) + 1
        if form == "linked" and start - line_start > _LINE_OPENING:
            continue  # "… indstilles til bestyrelsen for X" in a sentence: no heading
        owner = clean_owner(match["owner"], whole=form != "linked")
        if owner is None:
            continue
        if form == "linked":
            return f"{definite} {match['link'].lower()} {owner}"
        noun = match["noun"].capitalize() if match["noun"].isupper() else match["noun"]
        return f"{owner} {noun}" if form == "before" else f"{noun} {owner}"
    return None


# a board named with its owner, the owner's words apart: "Bestyrelsen i Sydtrafik", "Repræsentantskabet for
# Midttrafik", "FynBus Bestyrelse", "Væksthus Hovedstadsregionen, bestyrelsen", "Bestyrelse Væksthus
# Hovedstadsregionen"
_BOARD_WORD = r"(?i:bestyrelse(?:n)?|repræsentantskab(?:et)?|generalforsamling(?:en)?)"
_OWNER_OF = (
    re.compile(rf"{_BOARD_WORD}\s+(?i:for|i)\s+(?P<owner>[A-ZÆØÅ].*)"),
    re.compile(rf"(?P<owner>[A-ZÆØÅ][^,]*?)(?:,\s*|\s+){_BOARD_WORD}"),
    re.compile(
        r"(?P<owner>[A-ZÆØÅ][^,]*?)(?:,\s*|\s+)(?-i:Bestyrelse(?:n)?|Repræsentantskab(?:et)?|Generalforsamling(?:en)?)"
    ),
    re.compile(r"(?-i:Bestyrelse)\s+(?P<owner>[A-ZÆØÅ].*)"),
)


def board_owner(body: str | None, text: str | None = None) -> str | None:
    """The organisation whose board or council of representatives a body's name says it is, "Bestyrelsen i
    Sydtrafik" → "Sydtrafik", "FynBus Bestyrelse" → "FynBus"; none for a municipality's or a region's, a day or a
    label. A name ending in "s" before the board's word in lower case may be in the genitive ("Skagen Bytings
    bestyrelse") or end so itself ("FynBus bestyrelse"): `text`, the document's, tells which (`_genitive`); with no
    text, none."""
    name = " ".join((body or "").split())
    linked, before, capitalised, after = _OWNER_OF
    for form in (linked, capitalised, before, after):
        found = form.fullmatch(name)
        if found is None:
            continue
        owner = clean_owner(found["owner"], whole=True, recase=False)
        if owner is None or owner.endswith(("'s", "’s")):
            return None
        if form is before and owner.endswith("s"):
            read = _genitive(owner, text) if text is not None else None
            return None if read is None else owner[:-1] if read else owner
        return owner
    return None


_WORD_END = r"(?![\wæøåÆØÅ])"


def _genitive(owner: str, text: str) -> bool | None:
    """Whether the "s" closing an owner's name before its board's word is the genitive's: the text prints the name
    without it ("KTC" beside "KTCs bestyrelse"), or with it only before a noun ("Skagen Bytings ønske", "Skagen
    Bytings bestyrelsesmøde"); not where the name with its "s" stands before anything else ("FynBus. Bestyrelsesmøde",
    "FynBus og Midttrafik": the name's own); None where the text does not say."""
    if re.search(rf"(?<![\wæøåÆØÅ]){re.escape(owner[:-1])}{_WORD_END}", text):
        return True
    after = [text[m.end() : m.end() + 2] for m in re.finditer(rf"(?<![\wæøåÆØÅ]){re.escape(owner)}{_WORD_END}", text)]
    if not after:
        return None
    return all(len(gap) == 2 and gap[0] in " \t" and gap[1].islower() for gap in after)
