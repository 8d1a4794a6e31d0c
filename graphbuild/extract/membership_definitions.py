"""A body defined by what it is, its municipalities in the definition: a sentence opened by the body's name, a
copula in the present ("er"; "var" tells of the body as it was) and an indefinite kind of joint body ("Destination
Fjordlandet er en forening, der har til formål at skabe udvikling og vækst for turismeerhvervene i Roskilde, Lejre og
Frederikssund Kommune", "VEKS er et interessentskab mellem 12 kommuner på Vestegnen: A, B, …", "Trekantområdet
Danmark er et samarbejde mellem de syv kommuner A, B, …"). The sentence says what the body is, so the one list of
municipalities it names is the body's own, whatever word ties it (membership_cooccurring reads a list only beside a
word of membership, and never one a place's word opens: "turismen i A og B" where no definition names the body).
Never a sentence that states none (membership_not_stated) or denies anywhere, its relative clauses too ("som A og B
ikke er medlem af"), nor a list of partners the body works with or serves ("et samarbejde med A og B", "et selskab
for A og B") or of where its own sites lie ("et selskab med genbrugspladser i A og B")."""

from __future__ import annotations

import re

from graphbuild.extract.line_scan import finditer_on_lines
from graphbuild.extract.membership_municipalities import MunicipalityRef, long_lists, municipality_refs
from graphbuild.extract.membership_network_forms import may_be_network
from graphbuild.extract.membership_networks import NetworkRef, dissolved, network_id, networks_of
from graphbuild.extract.membership_not_stated import states_none
from graphbuild.extract.membership_proposed import proposed_only
from graphbuild.extract.membership_relation import Context, relate
from graphbuild.vocab.bodies import NETWORK_NOUNS, noun_pattern
from graphbuild.vocab.gazetteer import is_municipal_body

# the body's name opening its sentence: capitalised words, small words of a name between them ("Partnerskab for
# Vestkystturisme"), at most six
_NAME = (
    r"[A-ZÆØÅ0-9][\wæøåÆØÅ&/.'’-]*"
    r"(?:[ \t]+(?:(?:og|for|i|af|på)[ \t]+)?[A-ZÆØÅ0-9][\wæøåÆØÅ&/.'’-]*){0,5}"
)
# the kinds of joint body a definition names: a network's nouns but the broad "organisation", an interessentskab, a
# sammenslutning
KIND_NOUNS = tuple(noun for noun in (*NETWORK_NOUNS, "interessentskab", "sammenslutning") if noun != "organisation")
_KINDS = noun_pattern(KIND_NOUNS)
# a copula and an indefinite joint body's kind, the head of its phrase with a few words before it ("er et nyt
# turismesamarbejde", "er en forening"), never a part or a member of one ("er en del af et samarbejde", "er medlem
# af en forening": no article or preposition among the words); the sentence runs on to its end (a full stop or the
# line's end)
_BEFORE_KIND = r"(?:(?!(?:af|i|med|for|til|på|om|en|et|den|det|de)[ \t])[\wæøå-]+[ \t]+)"
DEFINITION = re.compile(
    rf"(?m)(?:^|(?<=[.!?:][ \t]))(?P<name>{_NAME})[ \t]+er[ \t]+(?:en|et)[ \t]+{_BEFORE_KIND}{{0,3}}?"
    rf"[\wæøå-]*(?:{_KINDS})(?![\wæøå])(?P<rest>[^.\n]*)"
)
MIN_MEMBERS = 2
# a denial or an end anywhere in the definition, a relative clause's too ("X er en forening, som A og B ikke er
# medlem af"): membership_not_stated reads none inside a relative clause, which a definition mostly is
_DENIED = re.compile(r"\b(?:ikke|aldrig|tidligere|udtr[åæ]d|udmeld|ophør|opløs)", re.IGNORECASE)
# a list right after "med" or "for": the body's partners or the ones it serves, not its members ("et samarbejde med A
# og B", "et selskab for A og B"); or after what the body has there ("et selskab med genbrugspladser i A og B")
_PARTNERS_BEFORE = re.compile(
    r"\b(?:(?:med|for)[ \t]+(?:(?:de|både)[ \t]+)?(?:\w+[ \t]+kommuner[ \t]+)?|"
    r"med[ \t]+(?:[\wæøå-]+[ \t]+){1,2}(?:i|på)[ \t]+)$",
    re.IGNORECASE,
)


def _the_list(text: str, refs: list[MunicipalityRef], lo: int, hi: int) -> list[MunicipalityRef]:
    """The one list of two or more municipalities in text[lo:hi], when it holds no other; none after "med"."""
    long = long_lists(text, refs, hi, MIN_MEMBERS)
    if len(long) != 1 or _PARTNERS_BEFORE.search(text, max(lo, long[0][0].start - 30), long[0][0].start):
        return []
    return long[0]


def add_definitions(ctx: Context) -> None:
    """MEMBER_OF for each municipality a body's definition lists: the body the sentence opens with."""
    text = ctx.text
    if " er e" not in text:
        return
    refs = municipality_refs(text)
    networks = networks_of(ctx)
    # a definition lies inside one line and holds its kind's noun as written (lower case): only the lines holding one
    # are read
    for match in finditer_on_lines(DEFINITION, text, KIND_NOUNS):
        lo, hi = match.start(), match.end()
        members = _the_list(text, refs.between(match.start("rest"), hi), lo, hi)
        if not members or states_none(text, lo, hi) or _DENIED.search(text, lo, hi) or proposed_only(ctx, lo, hi):
            continue
        name = " ".join(match["name"].split())
        if not may_be_network(name) or is_municipal_body(name):
            continue
        known = [n for n in networks if n.start == lo and n.end == match.end("name")]
        found = network_id(ctx, known[0] if known else NetworkRef(lo, match.end("name"), None, name))
        if not dissolved(ctx, found):
            relate(ctx, members, found)
