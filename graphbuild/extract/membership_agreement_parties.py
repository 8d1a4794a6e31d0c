"""The municipalities an owners' agreement is made between, and the body it is the agreement of: "EJERAFTALE
MELLEM ALBERTSLUND KOMMUNE, BALLERUP KOMMUNE, … OG VALLENSBÆK KOMMUNE" is an agreement of the company's owners, each
party a member of the company (README memberships: an owner municipality is a member of what it owns). The parties are
read from the agreement's title ("EJERAFTALE", "INTERESSENTSKABSKONTRAKT" printed as a title: in capitals or opening
its line) and the list ("A, B og C Kommuner") or the run of "<name> Kommune" after its "mellem", each party's address
between them (a flattened title page may glue two titles and space the letters of "M E L L E M"; a party's two-word
name may lose its hyphen, "Høje Taastrup Kommune"); at least two municipalities (one owning its own company is none).
The body is named where the agreement's own structure names it: its title ("Ejeraftale for Reno Djurs I/S",
"AKTIONÆROVERENSKOMST vedrørende X A/S mellem …"), the name it defines as its word for the body ('X A/S (herefter
"Selskabet")'), the defined name its preamble quotes ('… en fælles forsyningskoncern for Ejerkommunerne, "DIN
Forsyning-koncernen"'), or the name its standard sections' headings repeat ("BESTYRELSERNE I VORES RENS-KONCERNEN …
OPLØSNING AF VORES RENS-KONCERNEN"), as the text prints it.

A contract's or statute's parties clause ("Nærværende kontrakts interessenter er:", "Interessentskabet består af
følgende fire interessenter:") opens the same run of parties, in the body its name clause names ("Interessentskabets
navn er ”Nomi4S i/s”")"""

from __future__ import annotations

import re
from collections import Counter

from graphbuild.extract.membership_municipalities import MunicipalityRef, list_at
from graphbuild.extract.membership_name_clauses import contract_name
from graphbuild.extract.membership_relation import Context, named_network, relate
from graphbuild.vocab.municipality_names import municipality_named

# the agreements whose parties are the owners of what they are about, in capitals or opening a line (a page's number
# may stand before it on a flattened page: "4 EJERAFTALE MELLEM og Esbjerg Kommune …"); "Side 3" of the page's
# running head may stand between title and "mellem"
_KINDS = (
    r"EJERAFTALE|EJEROVERENSKOMST|INTERESSENTSKABSKONTRAKT|INTERESSENTSKABSAFTALE|AKTIONÆRAFTALE"
    r"|AKTIONÆROVERENSKOMST"
)
# a flattened title page may glue two titles ("AKTIONÆROVERENSKOMSTEJERAFTALE", a draft's old and new word) and space
# a heading's letters ("M E L L E M")
_BETWEEN = r"MELLEM|[Mm]ellem|M[ \t]E[ \t]L[ \t]L[ \t]E[ \t]M"
# the words one of the titles holds, looked for in the lower-cased text before the title's pattern runs
_KIND_WORDS = ("ejeraftale", "ejeroverenskomst", "interessentskabs", "aktionær")
AGREEMENT_TITLE = re.compile(
    rf"(?:(?<![\w-])(?:{_KINDS})+|(?m:^[ \t]*(?:\d{{1,3}}[ \t]+)?)(?i:{_KINDS}))(?![\w-])"
    # the body the title names, maybe on a line of its own: "AKTIONÆROVERENSKOMST\nvedrørende\nX A/S\nmellem"
    r"(?:\s+(?i:for|om|vedrørende|vedr\.)\s+(?P<name>[^\n]{2,80}?))?"
    rf"(?:\s+Side\s+\d{{1,3}})?\s+(?P<between>{_BETWEEN})(?![\w-])"
)
# a party: a name before "Kommune" (in any case), read back from the word
KOMMUNE = re.compile(r"(?<![\w-])(?i:kommune)(?![\w-])")
_NAME_BEFORE = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ]*(?:-[\wæøåÆØÅ]+)*)[ \t]+$")
# a two-word name printed without its hyphen: "Høje Taastrup Kommune"
_TWO_WORDS_BEFORE = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ]*[ \t]+[A-ZÆØÅ][\wæøåÆØÅ]*)[ \t]+$")
FIRST_PARTY_REACH = 40  # "MELLEM OG ESBJERG KOMMUNE": the first party right after "mellem"
NEXT_PARTY_REACH = 160  # a party's address (CVR number, street, postcode and town) before the next party
# a name the title gives, up to its company form or the line's end: "Ejeraftale for Reno Djurs I/S"
TITLE_NAME = re.compile(
    r"[A-ZÆØÅ][\wæøåÆØÅ&-]*"
    r"(?:[ \t]+(?:I/S|A/S|P/S|a\.m\.b\.a\.|[A-ZÆØÅ][\wæøåÆØÅ&-]*|og(?=[ \t]+[A-ZÆØÅ]))(?![\w/])){0,5}"
)
# the defined name a preamble quotes after the body's noun: '… en fælles forsyningskoncern for Ejerkommunerne, "DIN
# Forsyning-koncernen"'
DEFINED_NAME = re.compile(
    r"(?i:koncern|selskab|interessentskab|forening|fællesskab|samarbejde)[\wæøå]*[^\n\".]{0,60}?"
    r"[\"“”„«]([A-ZÆØÅ][^\"“”„«»\n]{2,60}?)[\"“”»]"
)
# the body named, then defined as the agreement's word for it: "vedrørende ejerskabet af X A/S (herefter "Selskabet")"
DEFINED_AS = re.compile(
    r"(?P<name>[A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+(?:I/S|A/S|P/S|a\.m\.b\.a\.|[A-ZÆØÅ][\wæøåÆØÅ&-]*|og(?=[ \t]+[A-ZÆØÅ]))"
    r"(?![\w/])){0,5})\s*\(\s*(?i:herefter|i\s+det\s+følgende)\s+(?:(?i:benævnt|kaldet|omtalt\s+som)\s+)?"
    r"[\"“”„«]?(?:Selskabet|Interessentskabet|Foreningen|Fællesskabet|Koncernen|Holdingselskabet)[\"“”»]?\s*\)"
)
DEFINED_REACH = 4000  # how far past the parties the body's definition may stand
# the sections of an owners' agreement that name the body they are about: "BESTYRELSERNE I X", "DIREKTIONEN I X",
# "OPLØSNING AF X", "UDTRÆDEN AF X"
SECTION_HEADING = re.compile(
    r"(?<![\w-])(?:BESTYRELSE(?:N|RNE)?|DIREKTION(?:EN)?|GENERALFORSAMLING(?:EN)?|OPLØSNING|UDTRÆDEN)[ \t]+(?:I|AF|FOR)"
    r"[ \t]+((?:[A-ZÆØÅ0-9&/.-]+[ \t]*){1,6})"
)


# a contract's or a statute's clause of its parties, the run of them after its colon: "Nærværende kontrakts
# interessenter er:", "Interessentskabet består af følgende fire interessenter:"; never the parties that were or are
# to come ("tidligere interessenter er:", "nye interessenter")
PARTIES_CLAUSE = re.compile(
    r"(?i)(?<![\wæøå-])(?<!tidligere )(?<!kommende )(?<!nye )(?<!øvrige )"
    r"(?:interessenter(?:ne)?[ \t]+er|består[ \t]+af[ \t]+(?:de[ \t]+)?følgende[ \t]+(?:[\wæøå]+[ \t]+)?"
    r"(?:interessenter|ejere|ejerkommuner|parter))[ \t]*:"
)
# what may stand between "mellem" and a list of the parties sharing one "Kommuner": "mellem kommunerne A, B og C"
_LIST_OPENS = re.compile(r"\s*(?:(?i:kommunerne)\s+)?")


# a word of prose: lower-case, none of an address's ("CVR nr", "st. tv.") or the list's "og"; in a clause of the
# contract's text it ends the run of parties ("… 7600 Struer\n3 Formål og opgaveområde", "Lemvig Kommune har meldt
# sig ud")
PROSE_WORD = re.compile(r"(?<![\w/.-])(?!(?:og|nr|st|tv|th|mf|sal|att|cvr)(?![\wæøå]))[a-zæøå]{2,}(?![\w/-])")


def _parties(text: str, start: int, in_prose: bool = False) -> list[MunicipalityRef]:
    """The parties after "mellem", the longer reading: a list of them ("A, B og C Kommuner"), or the run of "<name>
    Kommune" (in any case), each within an address's reach of the one before; ``in_prose``, a word of prose between
    two parties or right after one ends the run."""
    opening = _LIST_OPENS.match(text, start)
    listed = list_at(text, opening.end() if opening is not None else start, min(len(text), start + 1000))
    parties: list[MunicipalityRef] = []
    reach = start + FIRST_PARTY_REACH
    for word in KOMMUNE.finditer(text, start, min(len(text), start + 4000)):
        name = _NAME_BEFORE.search(text, max(start, word.start() - 40), word.start())
        if name is None:
            continue
        if name.start() > reach:
            break
        if in_prose and (
            (parties and PROSE_WORD.search(text, parties[-1].end, name.start()))
            or PROSE_WORD.match(text, word.end() + 1)
        ):
            break
        info = municipality_named(name.group(1))
        if info is None:
            name = _TWO_WORDS_BEFORE.search(text, max(start, word.start() - 40), word.start())
            info = municipality_named(name.group(1)) if name is not None else None
        if info is None or name is None:
            continue
        if all(p.info.code != info.code for p in parties):
            parties.append(MunicipalityRef(info, name.start(1), word.end()))
        reach = word.end() + NEXT_PARTY_REACH
    return listed if len(listed) > len(parties) else parties


def _printed(text: str, name: str) -> str | None:
    """The name as the text prints it outside capitals ("Vores Rens-koncernen" for "VORES RENS-KONCERNEN")."""
    for match in re.finditer(re.escape(name), text, re.IGNORECASE):
        if not match.group().isupper():
            return match.group()
    return None


def _common_words(names: list[list[str]]) -> list[str]:
    common: list[str] = []
    for words in zip(*names, strict=False):
        if len(set(words)) != 1:
            break
        common.append(words[0])
    return common


def _heading_name(text: str) -> str | None:
    """The name at least two of the agreement's section headings give, the words they all begin with."""
    names = [m.group(1).split() for m in SECTION_HEADING.finditer(text)]
    counts = Counter(words[0] for words in names)
    if not counts:
        return None
    first, seen = counts.most_common(1)[0]
    if seen < 2:
        return None
    common = _common_words([words for words in names if words[0] == first])
    return _printed(text, " ".join(common)) if common else None


def _is_name(name: str) -> bool:
    """A body's own name, not a defined common word ("Selskabet", "Ejerkommunerne", "Aftalen")."""
    words = name.split()
    return len(words) > 1 or any(c.isupper() for c in name[1:]) or "-" in name


def _body_name(text: str, title: re.Match[str], parties_end: int) -> str | None:
    if title["name"]:
        named = TITLE_NAME.match(title["name"])
        if named is not None and _is_name(named.group()) and municipality_named(named.group()) is None:
            return named.group()
    named = DEFINED_AS.search(text, parties_end, min(len(text), parties_end + DEFINED_REACH))
    if named is not None and municipality_named(named["name"]) is None:
        return named["name"]
    defined = DEFINED_NAME.search(text, parties_end, min(len(text), parties_end + 600))
    if defined is not None and _is_name(defined.group(1)):
        return defined.group(1).strip()
    name = _heading_name(text)
    return name if name is not None and _is_name(name) and municipality_named(name) is None else None


def add_agreement_parties(ctx: Context) -> None:
    """MEMBER_OF for each municipality an owners' agreement is made between, in the body the agreement names."""
    lower = ctx.index.lower
    if ("mellem" not in lower and "m e l l e m" not in lower) or not any(word in lower for word in _KIND_WORDS):
        return
    text = ctx.text
    for title in AGREEMENT_TITLE.finditer(text):
        parties = _parties(text, title.end("between"))
        if len(parties) < 2:
            continue
        name = _body_name(text, title, parties[-1].end)
        if name is not None:
            relate(ctx, parties, named_network(ctx, name))


def add_parties_clause(ctx: Context) -> None:
    """MEMBER_OF for each municipality a contract's parties clause lists, in the body its name clause names."""
    if "interessent" not in ctx.index.lower or " navn " not in ctx.text:
        return
    text = ctx.text
    name = contract_name(text)
    if name is None or municipality_named(name) is not None:
        return
    for clause in PARTIES_CLAUSE.finditer(text):
        parties = _parties(text, clause.end(), in_prose=True)
        if len(parties) >= 2:
            relate(ctx, parties, named_network(ctx, name))
