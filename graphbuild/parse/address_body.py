"""The body a document's web address names, for a meeting whose text names none: a path segment that is
one body's name ("/dagsordener-og-referater/Christianshavns%20Lokaludvalg/møde-29012014/",
"/Sites/Kommunalbestyrelsen/internet/", "/moede-i-kommunalbestyrelsen-28--marts",
"/erhvervs-klima-og-arbejdskraftudvalget/dagsordener-referater", "/handicapraadet-2017-10-25"), the
deepest such segment; else the council whose own site it is ("seniorraadet-rudersdal.dk").

A segment is read as one name only: kind words before it ("referat-til-moedet-i-"), its date or the
kind of page after it ("-2017-10-25", "-modemateriale"), and nothing else. A segment that names two
bodies ("byraad-og-udvalg") or none by a whole name ("politiske-udvalg-2022-2025") names none. A name
folded to ASCII in the address ("handicapraadet", "oekonomiudvalget") is read with its letters back."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from graphbuild.parse.body_names import body_phrases
from graphbuild.parse.publisher_site import council_site_municipality, host_of, original_address

_WORD_SPLIT = re.compile(r"[-_+\s]+|(?<=[a-zæøå])(?=\d)|(?<=\d)(?=[a-zæøå])", re.IGNORECASE)
# what stands before a name in a segment: "referat-til-moedet-i-", "moede-i-", "dagsorden-for-"
# "/om-seniorraadet/": a site's page about the body
_LEAD_WORDS = frozenset(
    {"referat", "dagsorden", "beslutningsprotokol", "protokol", "til", "fra", "for", "af", "i", "moedet", "moede",
     "mødet", "møde", "det", "ordinaert", "ordinært", "ekstraordinaert", "ekstraordinært", "aabent", "åbent", "om"}
)  # fmt: skip
# what a name ends before: its date, the kind of page ("-modemateriale", "-dagsordener-referater")
_END_WORDS = frozenset(
    {"den", "d", "kl", "modemateriale", "moedemateriale", "mødemateriale", "dagsorden", "dagsordener", "referat",
     "referater", "moede", "møde", "moeder", "møder", "januar", "februar", "marts", "april", "maj", "juni", "juli",
     "august", "september", "oktober", "november", "december"}
)  # fmt: skip
_NAME_WORDS = 8
_GLUED = re.compile(r"[a-zæøå][A-ZÆØÅ]")
_DEFINITE = re.compile(r"(?i)(?:et|en|n)$")  # "Kommunalbestyrelsen", "Handicaprådet", "Økonomiudvalget"
_BARE = frozenset({"udvalget", "rådet", "raadet", "bestyrelsen", "nævnet", "naevnet"})  # which one, it does not say
_UNFOLD = (("aa", "å"), ("ae", "æ"), ("oe", "ø"))
# a head word alone, or in the plural: a list of bodies ("politiske-udvalg"), no one body
_NO_ONE_BODY = re.compile(r"(?i)(?:^|\s)(?:\w+\s+)?(?:udvalg|udvalgene|råd|rådene|nævn|nævnene|bestyrelser)$")
# the councils every municipality has by law, as their own sites name them
_COUNCIL_OF_SITE = re.compile(r"(aeldre|senior|handicap|integrations)raad")
_COUNCIL_NAMES = {"aeldre": "Ældrerådet", "senior": "Seniorrådet", "handicap": "Handicaprådet",
                  "integrations": "Integrationsrådet"}  # fmt: skip


_FILE_ENDING = re.compile(r"(?i)\.(?:html?|aspx?|php|pdf)$")


def body_in_address(url: str | None, text: str = "") -> str | None:
    """The body the address names, or None. A name folded into a slug ("oekonomiudvalget",
    "okonomiudvalget", "konomiudvalget") is taken only as the text writes it somewhere, definite or not
    ("seniorraadet" as "Seniorråd")."""
    if not url or host_of(url) is None:
        return None
    path = urlsplit(original_address(url)).path
    for segment in reversed([unquote(part) for part in path.split("/") if part]):
        name = _segment_name(_FILE_ENDING.sub("", segment))
        if name is None:
            continue
        folded = segment.isascii() and " " not in segment and not _COUNCIL.fullmatch(name)
        if folded and not _name_at_word_start(_DEFINITE.sub("", name)).search(text, 0, _TEXT_REACH):
            continue  # a slug's spelling the text does not bear out
        return name
    return _site_council(url)


_TEXT_REACH = 30000


@lru_cache(maxsize=256)
def _name_at_word_start(name: str) -> re.Pattern[str]:
    """The name in any case where a word begins (a body's name: compiled once)."""
    return re.compile(rf"(?i)(?<![\w-]){re.escape(name)}")


# a council's name, which a slug spells one way only ("kommunalbestyrelsen", "byraadet")
_COUNCIL = re.compile(r"(?i)kommunalbestyrelsen|byrådet|borgerrepræsentationen|regionsrådet|magistraten")


def _segment_name(segment: str) -> str | None:
    words = [word for word in _WORD_SPLIT.split(segment) if word]
    start = 0
    while start < len(words) and words[start].lower() in _LEAD_WORDS:
        start += 1
    end = start
    while end < len(words) and not words[end].isdigit() and words[end].lower() not in _END_WORDS:
        end += 1
    run = words[start:end]
    if not run or len(run) > _NAME_WORDS or any(not word.isalpha() or _GLUED.search(word) for word in run):
        return None  # "ByraadOgUdvalg", "BorneFamilieUdvalget": words glued, not one name
    if run[-1].lower().endswith("s") and end < len(words) and words[end].lower() in _END_WORDS:
        run[-1] = run[-1][:-1]  # "folkeoplysningsudvalgets-modemateriale": the body's material
    if len(run) == 1 and (not _DEFINITE.search(run[0]) or run[0].lower() in _BARE):
        return None  # "/lokalraad/", "/byraad/": a site's section on such bodies, no one body's name
    if segment.isascii():
        run = [_unfold(word) for word in run]
    text = _compounds(run)
    phrases = body_phrases(text)
    if len(phrases) != 1 or phrases[0].start != 0 or phrases[0].end != len(text) or _NO_ONE_BODY.search(text):
        return None
    return phrases[0].name


def _unfold(word: str) -> str:
    for folded, letter in _UNFOLD:
        word = word.replace(folded, letter).replace(folded.capitalize(), letter.upper())
    return word


def _compounds(run: list[str]) -> str:
    """The words as a name, its first word capitalised; "erhvervs klima og arbejdskraftudvalget" as a
    compound's first parts listed before the head word's own, "Erhvervs-, klima- og arbejdskraftudvalget"."""
    words = [run[0][:1].upper() + run[0][1:], *run[1:]]
    firsts = words[:-2]
    if (
        len(words) >= 3
        and words[-2].lower() == "og"
        and not any(word.lower() in _NOT_FIRST_PART or body_phrases(word) for word in firsts)
        and body_phrases(words[-1])
    ):
        parts = [f"{word}-" for word in firsts]
        return f"{', '.join(parts)} og {words[-1]}"
    return " ".join(words)


_NOT_FIRST_PART = frozenset({"for", "vedrørende", "vedroerende", "om", "i", "og", "af", "til"})


def _site_council(url: str) -> str | None:
    """ "seniorraadet-rudersdal.dk": the council whose own site, named with its municipality, it is."""
    if council_site_municipality(url) is None:
        return None
    host = host_of(url) or ""
    council = _COUNCIL_OF_SITE.search(host)
    return _COUNCIL_NAMES[council[1]] if council else None
