"""Organisations named where only an organisation can stand, after a board, its meeting, a general meeting or a
director's post and a linking word ("Bestyrelsesmøde i Sejer Strande", "Generalforsamling i BRMV", "Bestyrelsen hos
Augustenborg Fjernvarme", "direktør for Holte Fjernvarme"), or before one in the genitive ("Vestforbrændings nye
bestyrelse"): the names (`owner_names`, read by `role_page_organisation`) and, after the linking word, a mention at
that place (read by `mentions`), so no person is read there; not inside a bracket, a person's own post ("Niels
Jørgensen (Direktør for Boesgaard Data)"), which the role readers read. Never a municipality's name, a region's, a
run of words a person's name stands in ("direktør for TV MidtVest Ivar Brændgaard"), nor the words a sentence or a
headline opens with ("Om", "Den nye")."""

from __future__ import annotations

import re

from graphbuild.extract.mention_record import Mention, mention_of
from graphbuild.vocab.municipality_names import municipality_named
from graphbuild.vocab.near import finditer_near, plain_lowered
from graphbuild.vocab.reference import first_names, last_names

_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ&/-]*"  # "A/S" one word
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# the bodies and posts only an organisation has
_OWNED = r"(?:bestyrelse(?:smøde)?|repræsentantskab|generalforsamling|direktion|direktør)"
# "bestyrelsen i Fynbus", "Generalforsamling i BRMV", "Bestyrelsen hos Augustenborg Fjernvarme", "direktør for X", "det
# første bestyrelsesmøde i Udvikling Fyn"
OWNED_OF = re.compile(rf"(?<![\wæøåÆØÅ])(?i:{_OWNED})(?:en|n|et|s|t)?[ \t]+(?:for|i|hos)[ \t]+(?P<name>{_NAME})")
# "Vestforbrændings nye bestyrelse", "Fynbus' bestyrelse", "Holte Fjernvarmes adm. direktør", read back from the owned
# word (a pattern opening with a name is tried at every capital): the word, then the genitive and an adjective right
# before it on its line
_OWNED_WORD = re.compile(rf"(?<![\wæøåÆØÅ]){_OWNED}(?:en|n|et)?(?![\wæøå])")
_GENITIVE_BEFORE = re.compile(
    rf"(?<![\wæøåÆØÅ&-])(?P<name>{_NAME})(?:s|'s|’s|'|’)[ \t]+"
    r"(?:(?:nye|nyvalgte|samlede|adm\.|administrerende)[ \t]+)?$"
)
_BEFORE_REACH = 120  # a name of four words, its genitive and an adjective
# the words a run of capitals opens with that name nothing: a headline's or a sentence's opening word, an article
_NO_NAME = frozenset(
    {"om", "den", "det", "de", "en", "et", "ny", "nye", "vores", "hans", "hendes", "deres", "dens", "dets", "sin",
     "sit", "sine", "i", "til", "fra", "for", "med", "af", "på", "efter", "ved", "når", "da", "nu", "her", "der",
     "og", "som", "hvor", "men", "at", "kommune", "kommunes", "region", "regionens", "danmark", "danmarks"}
)  # fmt: skip
_CUE_WORDS = ("bestyrelse", "repræsentantskab", "generalforsamling", "direkt")
# the patterns tried only this near a cue word (a name of four words and its genitive before it, a linking word and a
# name of four words after it), not at every capital of every text
_CUE_REACH = 160


def _a_person_in(parts: list[str]) -> bool:
    """Whether a person's name stands in the words: a first name after the first word ("direktør for TV MidtVest Ivar
    Brændgaard"), or a first name and a surname ("Jens Hansens bestyrelse"; "Holte Fjernvarme" is no person's)."""
    names = first_names()
    return any(part in names for part in parts[1:]) or (parts[0] in names and parts[-1] in last_names())


def owner_name(words: str) -> tuple[int, str] | None:
    """The organisation's name in a run of capitalised words and the characters left out before it (the words that
    name nothing, from its start); None when none is left, a person is named in them, or they name a municipality or
    a region."""
    tokens = list(re.finditer(r"\S+", words))
    while tokens and tokens[0].group(0).lower() in _NO_NAME:
        tokens.pop(0)
    parts = [token.group(0) for token in tokens]
    if not parts or parts[-1].lower() in _NO_NAME or _a_person_in(parts):
        return None
    name = " ".join(parts)
    if municipality_named(name) is not None or parts[0].startswith("Region"):
        return None
    return tokens[0].start(), name


def _holds_a_cue_word(text: str) -> bool:
    """Whether one of ``_CUE_WORDS`` stands in the text's lower case, lowered once (the document's shared copy when
    the text is a document's), not once per word."""
    low = plain_lowered(text)
    return any(word in low for word in _CUE_WORDS)


def owner_names(text: str) -> set[str]:
    """The names the text prints as a board's, its meeting's, a general meeting's or a director's owner."""
    if not _holds_a_cue_word(text):
        return set()
    names = set()
    for match in finditer_near(OWNED_OF, text, _CUE_WORDS, _CUE_REACH):
        found = owner_name(match["name"])
        if found is not None:
            names.add(found[1])
    for owned in _OWNED_WORD.finditer(text):
        reach = max(0, owned.start() - _BEFORE_REACH)
        line_start = text.rfind("\n", reach, owned.start()) + 1  # the genitive on the word's own line
        before = _GENITIVE_BEFORE.search(text, max(line_start, reach), owned.start())
        found = owner_name(before["name"]) if before is not None else None
        if found is not None:
            names.add(found[1])
    return names


# a board's own words: a board's readers read its owner ("bestyrelsen i Fynbus" is the page's board)
_BOARDS = ("bestyrelse ", "bestyrelsen", "bestyrelses ", "repræsentantskab")
# a name that runs on past its capitalised words: an inflection after an apostrophe ("LAG’en"), a linking word and a
# capital ("Partnerskab for Vestkystturisme", "Trafikselskaberne i Danmark"), "og" and any word (a department's "Børn og
# unge", read by the role readers)
_NAME_GOES_ON = re.compile(r"['’]|[ \t]+(?:for|i|af|på)[ \t]+[A-ZÆØÅ]|[ \t]+(?:og|&)[ \t]+[\wæøå]")


def _in_brackets(segment: str, pos: int) -> bool:
    """Whether pos stands inside a bracket opened on its line."""
    line_start = segment.rfind("\n", 0, pos) + 1
    return segment.rfind("(", line_start, pos) > segment.rfind(")", line_start, pos)


def owner_place_mentions(text: str, lo: int, hi: int) -> list[Mention]:
    """A mention of each organisation text[lo:hi] names after a board's, its meeting's, a general meeting's or a
    director's word and a linking word, at that place only (a name the finders read otherwise there keeps its reading:
    the lowest priority)."""
    segment = text[lo:hi]
    if not _holds_a_cue_word(segment):
        return []
    out = []
    for match in finditer_near(OWNED_OF, segment, _CUE_WORDS, _CUE_REACH):
        if match.group(0).lower().startswith(_BOARDS) or _NAME_GOES_ON.match(segment, match.end()):
            continue
        if _in_brackets(segment, match.start()):
            continue  # "Niels Jørgensen (Direktør for Boesgaard Data)": the person's own post, read by the role readers
        found = owner_name(match["name"])
        if found is not None:
            skipped, name = found
            start = lo + match.start("name") + skipped
            out.append(mention_of(start, start + len(name), "Organization", name, priority=-1))
    return out
